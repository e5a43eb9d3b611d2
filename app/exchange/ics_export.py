"""The calendar of meetings as an iCalendar file that Outlook, Google, Apple and Thunderbird import.

One VEVENT per meeting with the meeting's stored UID and SEQUENCE (so a calendar
updates the event instead of duplicating it), DTSTART/DTEND in the meeting's own
zone with a VTIMEZONE in the yearly-rule form for every zone used, and the agenda
as a numbered list in DESCRIPTION. The file is published (``METHOD:PUBLISH``)
without ORGANIZER or ATTENDEE: with them, Outlook treats it as an invitation.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar
from sqlalchemy import ColumnElement, Table, case, func, select
from sqlalchemy.orm import Session

from app import __version__
from app.exchange.ics_lines import LineCache, content_line, fold
from app.exchange.ics_vtimezone import vtimezone
from app.messages import Messages
from app.models import LANGUAGES, AgendaItem, Meeting, MeetingFormat, MeetingStatus
from app.services.errors import NotFoundError
from app.services.working_group import get_working_group
from app.store import Workspace

PRODID = f"-//Chairdesk//Chairdesk {__version__}//EN"
#: How a meeting's status reads in a calendar; the exact status rides along in
#: X-CHAIRDESK-STATUS where the calendar's three words cannot say it.
CALENDAR_STATUS = {
    MeetingStatus.PLANNED: "TENTATIVE",
    MeetingStatus.CONFIRMED: "CONFIRMED",
    MeetingStatus.HELD: "CONFIRMED",
    MeetingStatus.POSTPONED: "TENTATIVE",
    MeetingStatus.CANCELLED: "CANCELLED",
}
#: The meeting status a calendar's STATUS alone stands for.
STATUS_MEANING = {
    "TENTATIVE": MeetingStatus.PLANNED,
    "CONFIRMED": MeetingStatus.CONFIRMED,
    "CANCELLED": MeetingStatus.CANCELLED,
}
STATUS_PROPERTY = "X-CHAIRDESK-STATUS"
FORMAT_CATEGORY = {
    MeetingFormat.IN_PERSON: "In person",
    MeetingFormat.VIRTUAL: "Virtual",
    MeetingFormat.HYBRID: "Hybrid",
}
#: Outlook's own mark of an all-day event, beside the DATE values every client reads.
ALL_DAY_LINE = "X-MICROSOFT-CDO-ALLDAYEVENT:TRUE"
#: The zone of an all-day meeting, which its DATE values cannot carry (for a re-import).
ZONE_PROPERTY = "X-CHAIRDESK-TIMEZONE"
#: Report progress every so many events.
PROGRESS_STEP = 50

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class CalendarEntry:
    """What one VEVENT says about a meeting."""

    id: int
    uid: str
    sequence: int
    title: str
    date: date
    start_time: time
    end_time: time
    timezone: str
    room: str
    venue: str
    format: MeetingFormat
    status: MeetingStatus
    created_at: datetime
    updated_at: datetime
    agenda: tuple[str, ...]
    all_day: bool = False
    end_date: date | None = None

    @property
    def location(self) -> str:
        return ", ".join(part for part in (self.room, self.venue) if part)


@dataclass(frozen=True)
class CalendarExport:
    data: bytes
    meeting_count: int


def read_entries(
    session: Session, meeting_ids: Collection[int] | None = None, language: str | None = None
) -> list[CalendarEntry]:
    """The meetings to export (all, or ``meeting_ids``) with their agendas, in date order.

    Two Core queries whatever the number of meetings, the titles picked in SQL.
    Raises NotFoundError naming any id that is not a meeting of the workspace.
    """
    meetings_table = Meeting.__table__
    items_table = AgendaItem.__table__
    query = select(
        *(meetings_table.c[name] for name in _MEETING_COLUMNS),
        _title(meetings_table, language).label("title"),
    ).order_by(meetings_table.c.date, meetings_table.c.start_time, meetings_table.c.id)
    items = select(items_table.c.meeting_id, _title(items_table, language).label("title"))
    items = items.order_by(items_table.c.meeting_id, items_table.c.position)
    if meeting_ids is not None:
        wanted = sorted(set(meeting_ids))
        query = query.where(meetings_table.c.id.in_(wanted))
        items = items.where(items_table.c.meeting_id.in_(wanted))
    meetings = session.execute(query).all()
    if meeting_ids is not None:
        missing = sorted(set(meeting_ids) - {row.id for row in meetings})
        if missing:
            listed = ", ".join(str(number) for number in missing)
            if len(missing) == 1:
                raise NotFoundError(
                    Messages.tr(
                        "There is no meeting with id {ids} in this workspace; nothing was "
                        "exported. Check the meeting numbers (ids) and try again.",
                        ids=listed,
                    )
                )
            raise NotFoundError(
                Messages.tr(
                    "There are no meetings with ids {ids} in this workspace; nothing was "
                    "exported. Check the meeting numbers (ids) and try again.",
                    ids=listed,
                )
            )
    agendas: dict[int, list[str]] = {}
    for meeting_id, title in session.execute(items):
        agendas.setdefault(meeting_id, []).append(" ".join(title.split()))
    return [
        CalendarEntry(
            id=row.id,
            uid=row.uid,
            sequence=row.sequence,
            title=row.title,
            date=row.date,
            start_time=row.start_time,
            end_time=row.end_time,
            timezone=row.timezone,
            room=row.room,
            venue=row.venue,
            format=MeetingFormat(row.format),
            status=MeetingStatus(row.status),
            created_at=_utc(row.created_at),
            updated_at=_utc(row.updated_at),
            agenda=tuple(agendas.get(row.id, ())),
            all_day=bool(row.all_day),
            end_date=row.end_date,
        )
        for row in meetings
    ]


_MEETING_COLUMNS = (
    "id",
    "uid",
    "sequence",
    "date",
    "start_time",
    "end_time",
    "timezone",
    "room",
    "venue",
    "format",
    "status",
    "created_at",
    "updated_at",
    "all_day",
    "end_date",
)


def _title(table: Table, language: str | None) -> ColumnElement[str]:
    """The title in ``language`` where filled in, else in its original language."""
    original = case(
        *((table.c.original_language == code, table.c[f"title_{code}"]) for code in LANGUAGES),
        else_="",
    )
    if language not in LANGUAGES:
        return original
    return func.coalesce(func.nullif(table.c[f"title_{language}"], ""), original)


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def agenda_description(agenda: Sequence[str]) -> str:
    """The agenda as calendars show it: "1. Election of ...\\n2. ..."."""
    return "\n".join(f"{number}. {title}" for number, title in enumerate(agenda, start=1))


def summary_of(title: str, short_name: str) -> str:
    """The event's title, led by the working group's short name unless it says it already."""
    if not short_name or short_name.casefold() in title.casefold():
        return title
    return f"{short_name}: {title}"


class _EventWriter:
    """Writes VEVENTs straight to content lines; repeated values are encoded once."""

    def __init__(self, short_name: str, stamp: datetime) -> None:
        self.short_name = short_name
        self.cache = LineCache()
        self.stamp_line = self.cache.line("DTSTAMP", stamp)
        self.zones: dict[str, ZoneInfo] = {}

    def _zone(self, name: str) -> ZoneInfo:
        zone = self.zones.get(name)
        if zone is None:
            zone = self.zones[name] = ZoneInfo(name)
        return zone

    def lines(self, entry: CalendarEntry) -> list[str]:
        """The event's lines, in the order ``icalendar`` writes them."""
        cache = self.cache
        zone = self._zone(entry.timezone)
        status = CALENDAR_STATUS[entry.status]
        categories = tuple(
            category for category in (self.short_name, FORMAT_CATEGORY[entry.format]) if category
        )
        if entry.all_day:
            # Whole days as DATE values, DTEND the day after the last (RFC 5545 3.6.1).
            start: date | datetime = entry.date
            end: date | datetime = (entry.end_date or entry.date) + timedelta(days=1)
        else:
            start = datetime.combine(entry.date, entry.start_time, zone)
            end = datetime.combine(entry.date, entry.end_time, zone)
        lines = [
            "BEGIN:VEVENT",
            fold(content_line("SUMMARY", summary_of(entry.title, self.short_name))),
            fold(content_line("DTSTART", start)),
            fold(content_line("DTEND", end)),
            self.stamp_line,
            fold(content_line("UID", entry.uid)),
            cache.line("SEQUENCE", entry.sequence),
            cache.line("CATEGORIES", categories),
            cache.line("CREATED", entry.created_at),
        ]
        if entry.agenda:
            lines.append(fold(content_line("DESCRIPTION", agenda_description(entry.agenda))))
        lines.append(cache.line("LAST-MODIFIED", entry.updated_at))
        if entry.location:
            lines.append(cache.line("LOCATION", entry.location))
        lines.append(cache.line("STATUS", status))
        lines.append(
            cache.line(
                "TRANSP", "TRANSPARENT" if entry.status == MeetingStatus.CANCELLED else "OPAQUE"
            )
        )
        if STATUS_MEANING[status] != entry.status:
            lines.append(cache.line(STATUS_PROPERTY, entry.status.value))
        if entry.all_day:
            lines.append(cache.line(ZONE_PROPERTY, entry.timezone))
            lines.append(ALL_DAY_LINE)
        lines.append("END:VEVENT")
        return lines


def _header(name: str | None, default_zone: str, zones: Iterable[tuple[str, list[int]]]) -> bytes:
    """BEGIN:VCALENDAR, its properties and the VTIMEZONEs, without the closing line."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    if name:
        calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", default_zone)
    for zone_name, years in zones:
        calendar.add_component(vtimezone(zone_name, years))
    data = calendar.to_ical()
    closing = b"END:VCALENDAR\r\n"
    return data[: -len(closing)]


def _needs_vtimezone(line: str) -> bool:
    return ";TZID=" in line.split(":", 1)[0]


def export_calendar(
    session: Session,
    meeting_ids: Collection[int] | None = None,
    *,
    progress: Progress | None = None,
    language: str | None = None,
    now: datetime | None = None,
) -> CalendarExport:
    """The iCalendar file of all meetings, or of ``meeting_ids``; titles in ``language``.

    ``progress(done, total)`` is called as events are written; an exception it raises
    (the window's Cancel) stops the export with nothing written anywhere.
    """
    entries = read_entries(session, meeting_ids, language)
    group = get_working_group(session)
    short_name = group.short_name if group else ""
    default_zone = group.default_timezone if group else ""
    if not default_zone:
        default_zone = entries[0].timezone if entries else "UTC"
    writer = _EventWriter(short_name, (now or datetime.now(UTC)).astimezone(UTC))
    total = len(entries)
    body: list[str] = []
    years: dict[str, set[int]] = {}
    for done, entry in enumerate(entries, start=1):
        lines = writer.lines(entry)
        if _needs_vtimezone(lines[2]):
            years.setdefault(entry.timezone, set()).add(entry.date.year)
        body.extend(lines)
        if progress is not None and (done % PROGRESS_STEP == 0 or done == total):
            progress(done, total)
    whole = meeting_ids is None
    header = _header(
        group.name if whole and group else None,
        default_zone,
        ((zone, sorted(found)) for zone, found in sorted(years.items())),
    )
    body.append("END:VCALENDAR")
    events = ("\r\n".join(body) + "\r\n").encode("utf-8")
    return CalendarExport(header + events, total)


def current_umask() -> int:
    """The process's umask (read by setting it and putting it back at once)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``path`` and rename it into place.

    A failure (or a cancel) leaves ``path`` as it was and no temporary file behind.
    The file gets the permissions any new file of the user gets (the umask), not the
    owner-only 0600 of a temporary file: an exported calendar is meant to be shared.
    """
    path = Path(path)
    handle, temporary = tempfile.mkstemp(
        dir=path.parent, prefix=f".{path.name}.", suffix=".partial"
    )
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(handle, 0o666 & ~current_umask())
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def export_to_file(
    workspace: Workspace,
    path: Path,
    meeting_ids: Collection[int] | None = None,
    *,
    progress: Progress | None = None,
    language: str | None = None,
) -> int:
    """Export to ``path`` (replaced only once the whole file is ready); returns the count."""
    from app.store.output_guard import refuse_overwriting_workspace

    refuse_overwriting_workspace(path, [workspace.path])
    with workspace.reading() as session:
        result = export_calendar(session, meeting_ids, progress=progress, language=language)
    write_atomically(path, result.data)
    return result.meeting_count
