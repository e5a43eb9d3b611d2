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
    "Revision",
    "RevisionFile",
    "StatusChange",
    "WorkingGroup",
    "all_versions",
    "localized_value",
    "localized_version",
    "mandate_documents",
    "mandate_meetings",
    "utcnow",
]
