"""Meetings of the working group: create, edit, cancel, postpone, delete, series."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import (
    AgendaItem,
    Language,
    Meeting,
    MeetingFormat,
    MeetingStatus,
    WorkingGroup,
    localized_value,
)
from app.services import validate
from app.services.errors import ValidationError
from app.services.localized import set_localized, translations_of

#: Changing any of these is a change calendars must see: SEQUENCE goes up.
SCHEDULING_FIELDS = ("date", "start_time", "end_time", "timezone", "room", "venue", "status")
EDITABLE_FIELDS = (
    *SCHEDULING_FIELDS,
    "title",
    "title_language",
    "translations",
    "number",
    "format",
    "notes",
)
UID_DOMAIN = "chairdesk"


def new_uid() -> str:
    return f"{uuid.uuid4()}@{UID_DOMAIN}"


def _validated(values: Mapping[str, Any]) -> dict[str, Any]:
    """Check a full set of meeting values; returns them cleaned."""
    clean = dict(values)
    clean["date"] = validate.a_date("date", values.get("date"))
    clean["start_time"] = validate.a_time("start_time", values.get("start_time"))
    clean["end_time"] = validate.a_time("end_time", values.get("end_time"))
    if clean["end_time"] <= clean["start_time"]:
        raise ValidationError(
            "end_time",
            f"The meeting must end after it starts ({clean['start_time']:%H:%M}); "
            f"{clean['end_time']:%H:%M} is not later.",
        )
    clean["timezone"] = validate.timezone("timezone", values.get("timezone"))
    clean["room"] = validate.text("room", values.get("room"), max_length=300)
    clean["venue"] = validate.text("venue", values.get("venue"), max_length=300)
    clean["notes"] = validate.text("notes", values.get("notes"), max_length=20000)
    clean["format"] = validate.choice(
        "format", values.get("format") or MeetingFormat.IN_PERSON, MeetingFormat
    )
    clean["status"] = validate.choice(
        "status", values.get("status") or MeetingStatus.PLANNED, MeetingStatus
    )
    number = values.get("number")
    clean["number"] = validate.positive_int("number", number)
    return clean


def default_title(number: int | None, day: date) -> str:
    return f"Meeting {number}" if number else f"Meeting of {day:%d %B %Y}"


def create_meeting(
    session: Session,
    *,
    date: date,
    start_time: time,
    end_time: time,
    timezone: str,
    title: str = "",
    title_language: Language | str = Language.EN,
    translations: Mapping[str, str] | None = None,
    number: int | None = None,
    room: str = "",
    venue: str = "",
    format: MeetingFormat | str = MeetingFormat.IN_PERSON,
    status: MeetingStatus | str = MeetingStatus.PLANNED,
    notes: str = "",
    uid: str | None = None,
    sequence: int = 0,
) -> Meeting:
    """Create a meeting. ``uid`` and ``sequence`` are given only when a meeting comes
    back (an undone delete, an import): calendars that saw it must recognise it and
    must not see its SEQUENCE go down."""
    clean = _validated(locals())
    if isinstance(sequence, bool) or not isinstance(sequence, int) or sequence < 0:
        raise ValidationError("sequence", "The calendar sequence must be zero or more.")
    meeting = Meeting(
        working_group_id=session.scalar(select(WorkingGroup.id).limit(1)),
        uid=validate.text("uid", uid, max_length=255) or new_uid(),
        sequence=sequence,
        **{key: clean[key] for key in (*SCHEDULING_FIELDS, "number", "format", "notes")},
    )
    set_localized(
        meeting,
        "title",
        title.strip() or default_title(clean["number"], clean["date"]),
        title_language,
        translations,
    )
    if session.scalar(select(Meeting.id).where(Meeting.uid == meeting.uid)) is not None:
        raise ValidationError("uid", f"A meeting with the identifier {meeting.uid} exists already.")
    session.add(meeting)
    session.flush()
    return meeting


def meeting_values(meeting: Meeting) -> dict[str, Any]:
    """The editable values of a meeting, in the form ``update_meeting`` takes (for undo)."""
    values = {field: getattr(meeting, field) for field in SCHEDULING_FIELDS}
    values.update(
        title=meeting.title,
        title_language=meeting.original_language,
        translations=translations_of(meeting, "title"),
        number=meeting.number,
        format=meeting.format,
        notes=meeting.notes,
    )
    return values


def read_meeting_values(session: Session, meeting_id: int) -> dict[str, Any]:
    """The editable values of meeting ``meeting_id``, as ``meeting_values`` gives them."""
    return meeting_values(validate.get(session, Meeting, meeting_id, "meeting"))


@dataclass(frozen=True)
class SavedMeeting:
    """What a deleted meeting needs to be created again as the same calendar event."""

    uid: str
    sequence: int
    values: dict[str, Any]


def save_meeting(session: Session, meeting_id: int) -> SavedMeeting:
    meeting = validate.get(session, Meeting, meeting_id, "meeting")
    return SavedMeeting(meeting.uid, meeting.sequence, meeting_values(meeting))


def describe_meeting(meeting: Meeting) -> tuple[str, dict[str, Any]]:
    """The meeting's name and its editable values: what a conflict shows."""
    return meeting.title, meeting_values(meeting)


def update_meeting(
    session: Session,
    meeting_id: int,
    changes: Mapping[str, Any],
    *,
    expected_version: int | None = None,
) -> Meeting:
    """Apply ``changes``; SEQUENCE goes up when time, place or status changed.

    ``expected_version``: the meeting's version when the edit began; a newer row is
    refused with a :class:`ConflictError` (nothing written).
    """
    validate.unknown_fields(changes, EDITABLE_FIELDS)
    meeting = validate.get_for_edit(
        session, Meeting, meeting_id, "meeting", expected_version, describe_meeting
    )
    merged = {**meeting_values(meeting), **changes}
    clean = _validated(merged)
    rescheduled = any(getattr(meeting, field) != clean[field] for field in SCHEDULING_FIELDS)
    for field in (*SCHEDULING_FIELDS, "number", "format", "notes"):
        setattr(meeting, field, clean[field])
    if "title" in changes or "translations" in changes or "title_language" in changes:
        title = validate.text("title", merged["title"]) or default_title(
            clean["number"], clean["date"]
        )
        # Translations not given again are cleared only when asked with "".
        set_localized(meeting, "title", title, merged["title_language"], merged["translations"])
    if rescheduled:
        meeting.sequence += 1
    validate.flush_edit(session, "meeting", meeting.title, meeting_id)
    return meeting


def cancel_meeting(session: Session, meeting_id: int) -> Meeting:
    return update_meeting(session, meeting_id, {"status": MeetingStatus.CANCELLED})


def postpone_meeting(session: Session, meeting_id: int, new_date: date | None = None) -> Meeting:
    """Mark postponed; with a new date, move it there and keep it planned."""
    if new_date is None:
        return update_meeting(session, meeting_id, {"status": MeetingStatus.POSTPONED})
    return update_meeting(session, meeting_id, {"date": new_date, "status": MeetingStatus.PLANNED})


def delete_meeting(
    session: Session, meeting_id: int, *, expected_version: int | None = None
) -> None:
    meeting = validate.get_for_edit(
        session, Meeting, meeting_id, "meeting", expected_version, describe_meeting
    )
    session.delete(meeting)
    validate.flush_edit(session, "meeting", meeting.title, meeting_id)


def series_dates(
    first: date, last: date, weekdays: Iterable[int], skip: Iterable[date] = ()
) -> list[date]:
    """Dates between ``first`` and ``last`` falling on ``weekdays`` (Monday=0), less ``skip``."""
    if last < first:
        raise ValidationError("last_date", "The series must end on or after its first date.")
    days = set(weekdays)
    if not days or not days <= set(range(7)):
        raise ValidationError("weekdays", "Choose at least one day of the week.")
    if (last - first).days > 3 * 366:
        raise ValidationError("last_date", "A series can span at most three years.")
    skipped = set(skip)
    result = []
    day = first
    while day <= last:
        if day.weekday() in days and day not in skipped:
            result.append(day)
        day += timedelta(days=1)
    return result


def create_series(
    session: Session,
    *,
    dates: Iterable[date],
    start_time: time,
    end_time: time,
    timezone: str,
    room: str = "",
    venue: str = "",
    format: MeetingFormat | str = MeetingFormat.IN_PERSON,
    first_number: int | None = None,
) -> list[Meeting]:
    """One meeting on each of ``dates`` (from :func:`series_dates`), numbered on."""
    chosen = sorted(set(dates))
    if not chosen:
        raise ValidationError("dates", "The series has no dates left; tick at least one.")
    if first_number is None:
        highest = session.scalar(select(Meeting.number).order_by(Meeting.number.desc()).limit(1))
        first_number = (highest or 0) + 1
    return [
        create_meeting(
            session,
            date=day,
            start_time=start_time,
            end_time=end_time,
            timezone=timezone,
            number=first_number + index,
            room=room,
            venue=venue,
            format=format,
        )
        for index, day in enumerate(chosen)
    ]


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

    def starts_at(self) -> datetime:
        return datetime.combine(self.date, self.start_time, ZoneInfo(self.timezone))

    def ends_at(self) -> datetime:
        return datetime.combine(self.date, self.end_time, ZoneInfo(self.timezone))


#: The MeetingRow fields read straight from the meetings table, in query order.
ROW_COLUMNS = (
    "id", "number", "date", "start_time", "end_time", "timezone", "room", "venue",
    "format", "status", "uid", "sequence",
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
        query = query.where(Meeting.date >= first)
    if last is not None:
        query = query.where(Meeting.date <= last)
    return [
        MeetingRow(
            **{name: row[i] for i, name in enumerate(ROW_COLUMNS)},
            title=localized_value(row, "title", language),
            item_count=row.item_count,
        )
        for row in session.execute(query)
    ]


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
