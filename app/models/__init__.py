"""The domain model: typed SQLAlchemy declarative classes, no behaviour."""

from app.models.agenda import AgendaItem, ItemDocument
from app.models.base import Base, utcnow
from app.models.contact import Contact, InviteeList, ListEntry, StatusChange
from app.models.document import Document, Revision, RevisionFile
from app.models.enums import (
    ContactCategory,
    DocumentKind,
    DocumentStatus,
    InvitationStatus,
    ItemKind,
    ItemStatus,
    Language,
    MandateStatus,
    MeetingFormat,
    MeetingStatus,
    OfficerRole,
    Pillar,
)
from app.models.invitation import (
    InvitationReply,
    PublishedEvent,
    SentInvitation,
    meeting_invitee_lists,
)
from app.models.localized import LANGUAGES, all_versions, localized_value, localized_version
from app.models.mandate import Mandate, mandate_documents, mandate_meetings
from app.models.meeting import Meeting
from app.models.working_group import Officer, WorkingGroup

__all__ = [
    "LANGUAGES",
    "AgendaItem",
    "Base",
    "Contact",
    "ContactCategory",
    "Document",
    "DocumentKind",
    "DocumentStatus",
    "InvitationReply",
    "InvitationStatus",
    "InviteeList",
    "ItemDocument",
    "ItemKind",
    "ItemStatus",
    "Language",
    "ListEntry",
    "Mandate",
    "MandateStatus",
    "Meeting",
    "MeetingFormat",
    "MeetingStatus",
    "Officer",
    "OfficerRole",
    "Pillar",
    "PublishedEvent",
    "Revision",
    "RevisionFile",
    "SentInvitation",
    "StatusChange",
    "WorkingGroup",
    "all_versions",
    "localized_value",
    "localized_version",
    "mandate_documents",
    "mandate_meetings",
    "meeting_invitee_lists",
    "utcnow",
]
