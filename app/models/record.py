"""The record of a held meeting: attendance, revisions requested, follow-up actions, summary."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    CheckConstraint,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, UTCDateTime, str_enum, utcnow
from app.models.contact import Contact
from app.models.enums import ActionStatus


class Attendance(Base):
    """Whether a delegation (a contact) attended a meeting, and who represented it that day.

    A contact with no row was not marked present; rows exist for the contacts the
    secretariat marked or described.
    """

    __tablename__ = "attendances"
    __table_args__ = (UniqueConstraint("meeting_id", "contact_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), index=True
    )
    present: Mapped[bool] = mapped_column(default=False)
    #: Who represented the delegation that day, e.g. "Ambassador Jane Doe".
    representative_name: Mapped[str] = mapped_column(String(300), default="")
    #: e.g. "Alternate Representative".
    representative_title: Mapped[str] = mapped_column(String(300), default="")
    credentials_received: Mapped[bool] = mapped_column(default=False)
    version: Mapped[int] = mapped_column(Integer)

    contact: Mapped[Contact] = relationship()

    __mapper_args__ = {"version_id_col": version}


class RevisionRequest(Base):
    """A new revision of a document that an agenda item asked for ("rev. 2 to be circulated").

    Shown on the document until a revision with that number (or a later one) exists.
    """

    __tablename__ = "revision_requests"
    __table_args__ = (
        UniqueConstraint("agenda_item_id", "document_id"),
        CheckConstraint("revision >= 1", name="revision_from_one"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    agenda_item_id: Mapped[int] = mapped_column(
        ForeignKey("agenda_items.id", ondelete="CASCADE"), index=True
    )
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    revision: Mapped[int]
    #: e.g. "The secretariat will circulate rev. 2 by 10 October".
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class FollowUpAction(Base):
    """Something to be done after a meeting, by whom and by when."""

    __tablename__ = "follow_up_actions"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: The meeting that agreed the action.
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    #: The agenda item under which it was agreed, if any.
    agenda_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_items.id", ondelete="SET NULL"), index=True
    )
    description: Mapped[str] = mapped_column(Text)
    #: A delegation, the chair, the secretariat, a department.
    responsible: Mapped[str] = mapped_column(String(300), default="")
    due_date: Mapped[date | None]
    mandate_id: Mapped[int | None] = mapped_column(
        ForeignKey("mandates.id", ondelete="SET NULL"), index=True
    )
    status: Mapped[ActionStatus] = mapped_column(
        str_enum(ActionStatus, "status"), default=ActionStatus.OPEN, index=True
    )
    #: The item of a later agenda that takes the action up, once the chair made one.
    follow_up_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_items.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    version: Mapped[int] = mapped_column(Integer)

    __mapper_args__ = {"version_id_col": version}


class MeetingSummary(Base):
    """The summary of a meeting: the chair's text, and what the record produced last time.

    ``generated`` holds the paragraphs last produced from the record as JSON
    (``[[key, text], ...]``), so that regenerating can tell the chair's own
    paragraphs and edits from text that only came from the record.
    """

    __tablename__ = "meeting_summaries"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), unique=True
    )
    text: Mapped[str] = mapped_column(Text, default="")
    generated: Mapped[str] = mapped_column(Text, default="[]")
    generated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer)

    __mapper_args__ = {"version_id_col": version}
