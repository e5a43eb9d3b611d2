"""The closed vocabularies of the domain, stored as their string values."""

from __future__ import annotations

from enum import StrEnum


class Language(StrEnum):
    """The four official languages of the OAS."""

    EN = "en"
    ES = "es"
    FR = "fr"
    PT = "pt"


class MeetingFormat(StrEnum):
    IN_PERSON = "in_person"
    VIRTUAL = "virtual"
    HYBRID = "hybrid"


class MeetingStatus(StrEnum):
    PLANNED = "planned"
    CONFIRMED = "confirmed"
    HELD = "held"
    POSTPONED = "postponed"
    CANCELLED = "cancelled"


class ItemKind(StrEnum):
    ELECTION = "election"
    CONSIDERATION = "consideration"
    APPROVAL = "approval"
    INFORMATION = "information"
    OTHER = "other"


class ItemStatus(StrEnum):
    PENDING = "pending"
    CONSIDERED = "considered"
    APPROVED = "approved"
    DEFERRED = "deferred"
    WITHDRAWN = "withdrawn"


class Pillar(StrEnum):
    """The five pillars of the MISPA process that classify topics."""

    MANAGEMENT = "public_security_management"
    PREVENTION = "prevention"
    POLICE = "police_management"
    PARTICIPATION = "citizen_participation"
    COOPERATION = "international_cooperation"


class DocumentKind(StrEnum):
    WORK_PLAN = "work_plan"
    AGENDA = "agenda"
    CALENDAR = "calendar"
    INVITEE_LIST = "invitee_list"
    RULES_OF_PROCEDURE = "rules_of_procedure"
    OUTCOME = "outcome"
    DECLARATION = "declaration"
    REPORT = "report"
    INFORMATION = "information"
    OTHER = "other"


class DocumentStatus(StrEnum):
    DRAFT = "draft"
    UNDER_CONSIDERATION = "under_consideration"
    APPROVED = "approved"
    WITHDRAWN = "withdrawn"


class ContactCategory(StrEnum):
    MEMBER_STATE = "member_state"
    PERMANENT_OBSERVER = "permanent_observer"
    INTERNATIONAL_ORGANIZATION = "international_organization"
    CIVIL_SOCIETY = "civil_society"
    SECRETARIAT = "secretariat"
    OTHER = "other"


class InvitationStatus(StrEnum):
    TO_INVITE = "to_invite"
    INVITED = "invited"
    CONFIRMED = "confirmed"
    DECLINED = "declined"
    ATTENDED = "attended"


class MandateStatus(StrEnum):
    PENDING = "pending"
    IN_PROGRESS = "in_progress"
    FULFILLED = "fulfilled"


class OfficerRole(StrEnum):
    CHAIR = "chair"
    VICE_CHAIR = "vice_chair"


class QuorumRule(StrEnum):
    """How many member states a meeting needs to take decisions."""

    #: More than half of the parent body's member states (18 of the OAS's 35).
    MAJORITY = "majority"
    FIXED = "fixed"
    NONE = "none"


class ActionStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"
