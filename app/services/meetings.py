"""Meetings of the working group: create, edit, cancel, postpone, delete, series."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, time, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.messages import Messages
from app.models import (
    Language,
    Meeting,
    MeetingFormat,
    MeetingStatus,
    WorkingGroup,
)
from app.services import validate
from app.services.errors import ValidationError
from app.services.localized import set_localized, translations_of
from app.services.meeting_days import validated_days

#: Changing any of these is a change calendars must see: SEQUENCE goes up.
SCHEDULING_FIELDS = (
    "date", "end_date", "all_day", "start_time", "end_time", "timezone", "room", "venue", "status",
)  # fmt: skip
EDITABLE_FIELDS = (
    *SCHEDULING_FIELDS,
    "title",
    "title_language",
    "translations",
    "number",
    "format",
    "notes",
    "status_reason",
)
#: Stored as given, beside the scheduling fields.
OTHER_FIELDS = ("number", "format", "notes", "status_reason")
UID_DOMAIN = "chairdesk"


def new_uid() -> str:
    return f"{uuid.uuid4()}@{UID_DOMAIN}"


#: Years a meeting may be held in. Outside them a date is a slip (or a hostile file),
#: and the calendar export could not describe its time zone (year 9999 ends the
#: calendar the date types know).
MEETING_YEARS = range(1900, 2201)


def _validated(values: Mapping[str, Any]) -> dict[str, Any]:
    """Check a full set of meeting values; returns them cleaned."""
    clean = dict(values)
    clean["date"] = validate.a_date("date", values.get("date"))
    if clean["date"].year not in MEETING_YEARS:
        raise ValidationError(
            "date",
            Messages.tr(
                "A meeting must be held between {first} and {last}; {date} is not.",
                first=MEETING_YEARS.start,
                last=MEETING_YEARS.stop - 1,
                date=clean["date"],
            ),
        )
    clean.update(validated_days(values, clean["date"]))
    clean["timezone"] = validate.timezone("timezone", values.get("timezone"))
    clean["room"] = validate.text("room", values.get("room"), max_length=300)
    clean["venue"] = validate.text("venue", values.get("venue"), max_length=300)
    clean["notes"] = validate.text("notes", values.get("notes"), max_length=20000)
    clean["status_reason"] = validate.text(
        "status_reason", values.get("status_reason"), max_length=2000
    )
    clean["format"] = validate.choice(
        "format", values.get("format") or MeetingFormat.IN_PERSON, MeetingFormat
    )
    clean["status"] = validate.choice(
        "status", values.get("status") or MeetingStatus.PLANNED, MeetingStatus
    )
    number = values.get("number")
    clean["number"] = validate.positive_int("number", number)
    return clean


#: What ``create_series`` fills into a title pattern.
TITLE_PATTERN_FIELDS = ("number", "date", "group")


def default_title(number: int | None, day: date, group: str = "") -> str:
    """``MISPA III Working Group – meeting 7`` (or ``Meeting 7`` when the group has no name)."""
    if group:
        return f"{group} – meeting {number}" if number else f"{group} – meeting of {day:%d %B %Y}"
    return f"Meeting {number}" if number else f"Meeting of {day:%d %B %Y}"


def group_label(session: Session) -> str:
    """The working group's short name, else its name, else ""."""
    row = session.execute(
        select(WorkingGroup.short_name, WorkingGroup.name).order_by(WorkingGroup.id).limit(1)
    ).first()
    return (row.short_name or row.name) if row is not None else ""


def title_from_pattern(pattern: str, *, number: int | None, day: date, group: str) -> str:
    """Fill ``{number}``, ``{date}`` and ``{group}`` into a series' title pattern."""
    try:
        title = pattern.format(number=number or "", date=f"{day:%d %B %Y}", group=group)
    except (KeyError, IndexError, ValueError):
        raise ValidationError(
            "title_pattern",
            Messages.tr(
                "The title pattern can use {{number}}, {{date}} and {{group}}, each in braces; "
                "remove any other braces."
            ),
        ) from None
    return title.strip()


def create_meeting(
    session: Session,
    *,
    date: date,
    start_time: time | None = None,
    end_time: time | None = None,
    timezone: str,
    all_day: bool = False,
    end_date: date | None = None,
    title: str = "",
    title_language: Language | str = Language.EN,
    translations: Mapping[str, str] | None = None,
    number: int | None = None,
    room: str = "",
    venue: str = "",
    format: MeetingFormat | str = MeetingFormat.IN_PERSON,
    status: MeetingStatus | str = MeetingStatus.PLANNED,
    notes: str = "",
    status_reason: str = "",
    uid: str | None = None,
    sequence: int = 0,
) -> Meeting:
    """Create a meeting. ``uid`` and ``sequence`` are given only when a meeting comes
    back (an undone delete, an import): calendars that saw it must recognise it and
    must not see its SEQUENCE go down."""
    clean = _validated(locals())
    if isinstance(sequence, bool) or not isinstance(sequence, int) or sequence < 0:
        raise ValidationError(
            "sequence", Messages.tr("The calendar sequence must be zero or more.")
        )
    meeting = Meeting(
        working_group_id=session.scalar(select(WorkingGroup.id).limit(1)),
        uid=validate.text("uid", uid, max_length=255) or new_uid(),
        sequence=sequence,
        **{key: clean[key] for key in (*SCHEDULING_FIELDS, *OTHER_FIELDS)},
    )
    set_localized(
        meeting,
        "title",
        title.strip() or default_title(clean["number"], clean["date"], group_label(session)),
        title_language,
        translations,
    )
    if session.scalar(select(Meeting.id).where(Meeting.uid == meeting.uid)) is not None:
        raise ValidationError(
            "uid",
            Messages.tr("A meeting with the identifier {uid} exists already.", uid=meeting.uid),
        )
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
        status_reason=meeting.status_reason,
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
    for field in (*SCHEDULING_FIELDS, *OTHER_FIELDS):
        setattr(meeting, field, clean[field])
    if "title" in changes or "translations" in changes or "title_language" in changes:
        title = validate.text("title", merged["title"]) or default_title(
            clean["number"], clean["date"], group_label(session)
        )
        # Translations not given again are cleared only when asked with "".
        set_localized(meeting, "title", title, merged["title_language"], merged["translations"])
    if rescheduled:
        meeting.sequence += 1
    validate.flush_edit(session, "meeting", meeting.title, meeting_id)
    return meeting


def record_sequence(session: Session, meeting_id: int, sequence: int) -> Meeting:
    """Raise the meeting's calendar SEQUENCE to ``sequence`` if that is higher; never lower it.

    An organiser's calendar (Outlook) numbers its own versions of a meeting; once a
    calendar has seen SEQUENCE 3, a file at 2 reads as outdated and is ignored, so
    the highest SEQUENCE seen for a UID is kept.
    """
    if isinstance(sequence, bool) or not isinstance(sequence, int) or sequence < 0:
        raise ValidationError(
            "sequence", Messages.tr("The calendar sequence must be zero or more.")
        )
    meeting = validate.get(session, Meeting, meeting_id, "meeting")
    if sequence > meeting.sequence:
        meeting.sequence = sequence
        session.flush()
    return meeting


def cancel_meeting(session: Session, meeting_id: int, reason: str = "") -> Meeting:
    """Mark cancelled, keeping the chair's reason on the meeting."""
    return update_meeting(
        session, meeting_id, {"status": MeetingStatus.CANCELLED, "status_reason": reason}
    )


def postpone_meeting(
    session: Session, meeting_id: int, new_date: date | None = None, reason: str = ""
) -> Meeting:
    """Mark postponed; with a new date, move it there and keep it planned. The reason is kept."""
    if new_date is None:
        changes: dict[str, Any] = {"status": MeetingStatus.POSTPONED}
    else:
        changes = {"date": new_date, "status": MeetingStatus.PLANNED}
        meeting = validate.get(session, Meeting, meeting_id, "meeting")
        if meeting.end_date is not None:  # a meeting of several days keeps its length
            changes["end_date"] = new_date + (meeting.end_date - meeting.date)
    return update_meeting(session, meeting_id, {**changes, "status_reason": reason})


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
        raise ValidationError(
            "last_date", Messages.tr("The series must end on or after its first date.")
        )
    days = set(weekdays)
    if not days or not days <= set(range(7)):
        raise ValidationError("weekdays", Messages.tr("Choose at least one day of the week."))
    if (last - first).days > 3 * 366:
        raise ValidationError("last_date", Messages.tr("A series can span at most three years."))
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
    title_pattern: str = "",
) -> list[Meeting]:
    """One meeting on each of ``dates`` (from :func:`series_dates`), numbered on, each titled
    by ``title_pattern`` (``{group} – meeting {number}``; empty: the default title)."""
    chosen = sorted(set(dates))
    if not chosen:
        raise ValidationError(
            "dates", Messages.tr("The series has no dates left; tick at least one.")
        )
    if first_number is None:
        highest = session.scalar(select(Meeting.number).order_by(Meeting.number.desc()).limit(1))
        first_number = (highest or 0) + 1
    group = group_label(session)
    return [
        create_meeting(
            session,
            title=title_from_pattern(
                title_pattern, number=first_number + index, day=day, group=group
            ),
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
