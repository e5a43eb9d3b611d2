"""A session of the working group (``Meeting``, so as not to clash with SQLAlchemy's Session)."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, UTCDateTime, str_enum, utcnow
from app.models.enums import MeetingFormat, MeetingStatus
from app.models.localized import LocalizedTitle, original_filled_check

if TYPE_CHECKING:
    from app.models.agenda import AgendaItem


class Meeting(LocalizedTitle, Base):
    __tablename__ = "meetings"
    __table_args__ = (
        CheckConstraint("end_time > start_time", name="end_after_start"),
        CheckConstraint("end_date IS NULL OR end_date > date", name="end_date_after_date"),
        CheckConstraint("sequence >= 0", name="sequence_not_negative"),
        original_filled_check("title", "title_in_original_language"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    working_group_id: Mapped[int | None] = mapped_column(
        ForeignKey("working_groups.id", ondelete="SET NULL"), index=True
    )
    #: The session's number in the series ("1st meeting"), optional.
    number: Mapped[int | None]
    date: Mapped[date] = mapped_column(index=True)
    start_time: Mapped[time]
    end_time: Mapped[time]
    #: An all-day meeting (the ministerial itself): it takes whole days, from ``date`` to
    #: ``end_date``; its ``start_time`` and ``end_time`` are 00:00 and 23:59, unused.
    all_day: Mapped[bool] = mapped_column(default=False)
    #: The last day of a meeting of several days (all-day meetings only); None: one day.
    end_date: Mapped[date | None]
    #: IANA zone name in which ``date``/``start_time``/``end_time`` are wall-clock values.
    timezone: Mapped[str] = mapped_column(String(64))
    room: Mapped[str] = mapped_column(String(300), default="")
    venue: Mapped[str] = mapped_column(String(300), default="")
    format: Mapped[MeetingFormat] = mapped_column(
        str_enum(MeetingFormat, "format"), default=MeetingFormat.IN_PERSON
    )
    status: Mapped[MeetingStatus] = mapped_column(
        str_enum(MeetingStatus, "status"), default=MeetingStatus.PLANNED, index=True
    )
    notes: Mapped[str] = mapped_column(Text, default="")
    #: Why the meeting was cancelled or postponed, as the chair gave it.
    status_reason: Mapped[str] = mapped_column(Text, default="")
    #: iCalendar UID, kept for the life of the meeting so calendars update, not duplicate.
    uid: Mapped[str] = mapped_column(String(255), unique=True)
    #: iCalendar SEQUENCE: raised whenever time, place or status changes.
    sequence: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer)

    agenda_items: Mapped[list[AgendaItem]] = relationship(
        back_populates="meeting",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="AgendaItem.position",
        foreign_keys="AgendaItem.meeting_id",
    )

    __mapper_args__ = {"version_id_col": version}
