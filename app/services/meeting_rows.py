"""The meetings as the window, the papers and the exchange read them: one row per meeting,
its title in the reader's language, overlaps, and the next meeting after one."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import (
    AgendaItem,
    Meeting,
    MeetingFormat,
    MeetingStatus,
    all_versions,
    localized_version,
)
from app.services.meeting_days import span


@dataclass(frozen=True)
class MeetingRow:
    """What the calendar list shows of a meeting."""

    id: int
    number: int | None
    title: str
    date: date
    start_time: time
    end_time: time
    timezone: str
    room: str
    venue: str
    format: MeetingFormat
    status: MeetingStatus
    uid: str
    sequence: int
    item_count: int
    #: The language ``title`` is in: the one asked for, or the original when the title
    #: has no version in it.
    title_language: str = ""
    #: Every version of the title, for searching in any language.
    title_versions: tuple[str, ...] = ()
    #: Why it was cancelled or postponed ("" when the chair gave no reason).
    status_reason: str = ""
    all_day: bool = False
    #: The last day of an all-day meeting of several days; None: one day.
    end_date: date | None = None

    @property
    def last_date(self) -> date:
        return self.end_date or self.date

    def starts_at(self) -> datetime:
        return span(*self._span_values())[0]

    def ends_at(self) -> datetime:
        return span(*self._span_values())[1]

    def _span_values(self) -> tuple[date, time, time, str, bool, date | None]:
        return (
            self.date,
            self.start_time,
            self.end_time,
            self.timezone,
            self.all_day,
            self.end_date,
        )


#: The MeetingRow fields read straight from the meetings table, in query order.
ROW_COLUMNS = (
    "id", "number", "date", "start_time", "end_time", "timezone", "room", "venue",
    "format", "status", "uid", "sequence", "status_reason", "all_day", "end_date",
)  # fmt: skip
TITLE_COLUMNS = (
    Meeting.original_language,
    Meeting.title_en,
    Meeting.title_es,
    Meeting.title_fr,
    Meeting.title_pt,
)


def list_meetings(
    session: Session,
    *,
    language: str | None = None,
    first: date | None = None,
    last: date | None = None,
) -> list[MeetingRow]:
    counts = (
        select(AgendaItem.meeting_id, func.count().label("n"))
        .group_by(AgendaItem.meeting_id)
        .subquery()
    )
    # Columns, not ORM objects: the calendar reloads this after every change, and
    # building 2,000 Meeting objects cost most of that reload.
    columns = [getattr(Meeting, name) for name in ROW_COLUMNS]
    query = (
        select(*columns, *TITLE_COLUMNS, func.coalesce(counts.c.n, 0).label("item_count"))
        .outerjoin(counts, counts.c.meeting_id == Meeting.id)
        .order_by(Meeting.date, Meeting.start_time, Meeting.id)
    )
    if first is not None:
        query = query.where((Meeting.date >= first) | (Meeting.end_date >= first))
    if last is not None:
        query = query.where(Meeting.date <= last)
    return [
        MeetingRow(
            **{name: row[i] for i, name in enumerate(ROW_COLUMNS)},
            **_title_fields(row, language),
            item_count=row.item_count,
        )
        for row in session.execute(query)
    ]


def _title_fields(row: Any, language: str | None) -> dict[str, Any]:
    title, title_language = localized_version(row, "title", language)
    return {
        "title": title,
        "title_language": title_language,
        "title_versions": all_versions(row, "title"),
    }


def overlapping_ids(rows: Iterable[MeetingRow]) -> set[int]:
    """Meetings that overlap another in time (cancelled and postponed ones aside)."""
    active = sorted(
        (r for r in rows if r.status not in (MeetingStatus.CANCELLED, MeetingStatus.POSTPONED)),
        key=lambda r: r.starts_at(),
    )
    flagged: set[int] = set()
    latest: MeetingRow | None = None  # the meeting that ends last among those seen
    for row in active:
        if latest is not None and row.starts_at() < latest.ends_at():
            flagged.update((row.id, latest.id))
        if latest is None or row.ends_at() > latest.ends_at():
            latest = row
    return flagged


def next_meeting_after(session: Session, meeting: Meeting) -> Meeting | None:
    """The next meeting that is not cancelled, after ``meeting`` in time."""
    return session.scalar(
        select(Meeting)
        .where(
            Meeting.id != meeting.id,
            Meeting.status.not_in([MeetingStatus.CANCELLED, MeetingStatus.POSTPONED]),
            (Meeting.date > meeting.date)
            | ((Meeting.date == meeting.date) & (Meeting.start_time > meeting.start_time)),
        )
        .order_by(Meeting.date, Meeting.start_time)
        .limit(1)
    )
