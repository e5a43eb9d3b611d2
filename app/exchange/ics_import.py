"""Meetings from an iCalendar file: create new ones, update those with the same UID.

The whole import is one transaction: a dry run computes the report and rolls it
back, a failure leaves the workspace as it was. Each meeting is matched by UID and
changed through ``app.services.meetings`` only where the file says something
different (so SEQUENCE rises only for real changes, and importing a file twice
changes nothing). Events a meeting cannot be (all-day, past midnight, recurring
without a range) are refused one by one with the reason, and the rest imported.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from icalendar import Event
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.exchange.clean_text import shortened
from app.exchange.ics_events import Occurrence, Reading, read_occurrences
from app.exchange.ics_export import CALENDAR_STATUS, FORMAT_CATEGORY, STATUS_MEANING
from app.exchange.ics_read import parse_calendar, read_calendar_file
from app.exchange.windows_zones import pick_windows_zone
from app.models import Meeting, MeetingFormat, MeetingStatus
from app.services.agenda import add_item
from app.services.errors import ValidationError
from app.services.localized import translations_of
from app.services.meetings import create_meeting, record_sequence, update_meeting
from app.services.working_group import get_working_group
from app.store import Workspace

Progress = Callable[[int, int], None]
FALLBACK_ZONE = "UTC"
MAX_NOTES = 20000
MAX_LOCATION_PART = 300
AGENDA_LINE = re.compile(r"^\s*(\d{1,3})[.)]\s+(\S.*?)\s*$")
#: How Outlook marks a cancelled meeting's title, in the OAS languages.
CANCELLED_PREFIXES = (
    "Canceled:",
    "Cancelled:",
    "Cancelado:",
    "Cancelada:",
    "Annulé :",
    "Annulé:",
)
CHANGE_LABELS = {
    "date": "date",
    "end_date": "date",
    "all_day": "time",
    "start_time": "time",
    "end_time": "time",
    "timezone": "time zone",
    "room": "place",
    "venue": "place",
    "status": "status",
    "format": "format",
    "title": "title",
}


@dataclass(frozen=True)
class EventResult:
    """One line of the report: which event, and what happened to it or why not."""

    uid: str
    title: str
    when: str
    detail: str = ""


@dataclass
class ImportReport:
    created: list[EventResult] = field(default_factory=list)
    updated: list[EventResult] = field(default_factory=list)
    unchanged: list[EventResult] = field(default_factory=list)
    refused: list[EventResult] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    #: Events refused only because they repeat and no expansion range was given.
    recurring_refused: int = 0
    dry_run: bool = False

    @property
    def needs_range(self) -> bool:
        return self.recurring_refused > 0

    def summary(self) -> str:
        verbs = (
            ("would create", "would update", "would leave unchanged", "would refuse")
            if self.dry_run
            else ("created", "updated", "left unchanged", "refused")
        )
        counts = (len(self.created), len(self.updated), len(self.unchanged), len(self.refused))
        return ", ".join(f"{verb} {count}" for verb, count in zip(verbs, counts, strict=True))

    def lines(self) -> list[str]:
        """The report as text: a summary line, then each event under its heading."""
        lines = [f"{'Dry run, nothing written: ' if self.dry_run else ''}{self.summary()}."]
        sections = (
            ("Created", self.created),
            ("Updated", self.updated),
            ("Unchanged", self.unchanged),
            ("Refused", self.refused),
        )
        for heading, results in sections:
            if results:
                lines.append(f"{heading}:")
                for result in results:
                    detail = f": {result.detail}" if result.detail else ""
                    name = shortened(result.title or result.uid, 100)
                    lines.append(f"  {result.when}  {name}{detail}")
        lines.extend(f"Note: {note}" for note in self.notes)
        return lines


class _DryRun(Exception):
    """Raised at the end of a dry run so the transaction rolls back."""


def cancel_prefix(summary: str) -> str:
    """The "Canceled: " Outlook put before a cancelled meeting's title, or ""."""
    for prefix in CANCELLED_PREFIXES:
        if summary[: len(prefix)].casefold() == prefix.casefold():
            return summary[: len(prefix)]
    return ""


def is_cancellation(occurrence: Occurrence) -> bool:
    """An Outlook cancellation: METHOD:CANCEL, or the title it prefixes with "Canceled: "."""
    return occurrence.method == "CANCEL" or bool(cancel_prefix(occurrence.summary.strip()))


def title_of(occurrence: Occurrence, short_name: str) -> str:
    """The meeting title in the SUMMARY, without the group prefix the export adds.

    The prefix is the working group's short name, or (in a workspace of another
    group) the one the export also put first in CATEGORIES. Outlook's "Canceled: "
    is taken off too: the meeting keeps its title and becomes cancelled.
    """
    summary = occurrence.summary.strip()
    summary = summary[len(cancel_prefix(summary)) :].strip()
    for name in (short_name, *occurrence.categories[:1]):
        prefix = f"{name.strip()}: "
        if name.strip() and summary.startswith(prefix):
            return summary[len(prefix) :].strip()
    return summary


def agenda_in(description: str) -> list[str] | None:
    """The items of a numbered list ("1. ...\\n2. ..."), or None when it is not one."""
    lines = [line for line in description.splitlines() if line.strip()]
    items = []
    for expected, line in enumerate(lines, start=1):
        match = AGENDA_LINE.match(line)
        if match is None or int(match.group(1)) != expected:
            return None
        items.append(match.group(2))
    return items or None


def split_location(location: str) -> tuple[str, str]:
    """Room and venue from a LOCATION; a long one is cut at a comma ("room, venue")."""
    if len(location) <= MAX_LOCATION_PART:
        return location, ""
    cut = location.rfind(", ", 0, MAX_LOCATION_PART + 1)
    if cut <= 0:
        return location, ""  # too long either way: the service refuses it with a reason
    return location[:cut], location[cut + 2 :]


def status_of(occurrence: Occurrence, current: MeetingStatus | None) -> MeetingStatus:
    """The meeting status the event stands for, keeping ``current`` where it agrees.

    A calendar knows three statuses, Chairdesk five: CONFIRMED is "confirmed" or
    "held", TENTATIVE "planned" or "postponed". X-CHAIRDESK-STATUS (written by the
    export) or the meeting's current status decides between them.
    """
    if is_cancellation(occurrence):
        return MeetingStatus.CANCELLED
    meaning = STATUS_MEANING.get(occurrence.status)
    if meaning is None:
        return current or MeetingStatus.PLANNED
    try:
        named: MeetingStatus | None = MeetingStatus(occurrence.chairdesk_status)
    except ValueError:
        named = None
    if named is not None and CALENDAR_STATUS[named] == occurrence.status:
        return named
    if current is not None and CALENDAR_STATUS[current] == occurrence.status:
        return current
    return meaning


def format_of(occurrence: Occurrence, current: MeetingFormat | None) -> MeetingFormat:
    labels = {label.casefold(): kind for kind, label in FORMAT_CATEGORY.items()}
    for category in occurrence.categories:
        kind = labels.get(category.strip().casefold())
        if kind is not None:
            return kind
    return current or MeetingFormat.IN_PERSON


class _Importer:
    def __init__(self, session: Session, report: ImportReport) -> None:
        self.session = session
        self.report = report
        group = get_working_group(session)
        self.short_name = group.short_name if group else ""
        self.default_zone = (group.default_timezone if group else "") or FALLBACK_ZONE
        self.city = (group.ministerial_city if group else "") or ""
        self.seen: set[str] = set()

    def refuse(self, occurrence: Occurrence, when: str, reason: str) -> None:
        title = title_of(occurrence, self.short_name)
        self.report.refused.append(EventResult(occurrence.uid, title, when, reason))

    def apply(self, occurrence: Occurrence) -> None:
        title = title_of(occurrence, self.short_name)
        if occurrence.uid in self.seen:
            self.refuse(occurrence, occurrence.start.label(), "it appears twice in the file.")
            return
        self.seen.add(occurrence.uid)
        existing = self.session.scalar(select(Meeting).where(Meeting.uid == occurrence.uid))
        occurrence = self._placed(occurrence, existing)
        found = self._values(occurrence, existing)
        if found is None:
            return
        values, when = found
        try:
            with self.session.begin_nested():
                if existing is None:
                    detail = self._create(occurrence, title, values)
                    self.report.created.append(EventResult(occurrence.uid, title, when, detail))
                else:
                    self._update(existing, occurrence, title, values, when)
        except ValidationError as exc:
            self.refuse(occurrence, when, exc.message)

    def _values(
        self, occurrence: Occurrence, existing: Meeting | None
    ) -> tuple[dict[str, Any], str] | None:
        """The meeting's date, times and zone the event asks for, and how to name them.

        None (and a refusal in the report) for an event with times past midnight.
        """
        target = existing.timezone if existing else (occurrence.start.hint or self.default_zone)
        if occurrence.days is not None:
            first, last = occurrence.days
            span = f"{first:%Y-%m-%d}" + (f" to {last:%Y-%m-%d}" if last > first else "")
            values = {"date": first, "end_date": last if last > first else None, "all_day": True}
            return {**values, "timezone": target}, f"{span} (all day)"
        start, zone = occurrence.start.wall_clock(target)
        end, _ = occurrence.end.wall_clock(zone)
        if existing is not None and zone != existing.timezone:
            start, end, zone = same_instants_in(existing, start, end, zone)
        if end.date() != start.date():
            self.refuse(
                occurrence,
                f"{start:%Y-%m-%d %H:%M} to {end:%Y-%m-%d %H:%M} {zone}",
                "it runs past midnight; a meeting with times starts and ends on the same day. "
                "Split it into one event per day, or make it an all-day event, in your "
                "calendar and import it again.",
            )
            return None
        values = {
            "date": start.date(),
            "end_date": None,
            "all_day": False,
            "start_time": start.time(),
            "end_time": end.time(),
            "timezone": zone,
        }
        return values, f"{start:%Y-%m-%d %H:%M}–{end:%H:%M} {zone}"

    def _placed(self, occurrence: Occurrence, existing: Meeting | None) -> Occurrence:
        """``occurrence`` with a Windows zone name resolved where the meeting is held."""
        if not occurrence.start.windows:
            return occurrence
        zones = [existing.timezone] if existing else []
        zones += [occurrence.start.hint, self.default_zone]
        places = [occurrence.location, self.city]
        zone = pick_windows_zone(occurrence.start.windows, zones, places)
        return replace(
            occurrence,
            start=replace(occurrence.start, zone=zone),
            end=replace(occurrence.end, zone=zone),
        )

    def _create(self, occurrence: Occurrence, title: str, values: dict[str, Any]) -> str:
        room, venue = split_location(occurrence.location)
        agenda = agenda_in(occurrence.description)
        meeting = create_meeting(
            self.session,
            title=title,
            room=room,
            venue=venue,
            status=status_of(occurrence, None),
            format=format_of(occurrence, None),
            notes="" if agenda else occurrence.description[:MAX_NOTES],
            uid=occurrence.uid,
            sequence=occurrence.sequence,
            **values,
        )
        for item in agenda or ():
            add_item(self.session, meeting.id, title=item)
        return f"with {len(agenda)} agenda item(s)" if agenda else ""

    def _changes(
        self, meeting: Meeting, occurrence: Occurrence, title: str, values: dict[str, Any]
    ) -> dict[str, Any]:
        wanted = dict(values)
        current_place = ", ".join(part for part in (meeting.room, meeting.venue) if part)
        if occurrence.location != current_place:
            wanted["room"], wanted["venue"] = split_location(occurrence.location)
        wanted["status"] = status_of(occurrence, meeting.status)
        wanted["format"] = format_of(occurrence, meeting.format)
        changes = {key: value for key, value in wanted.items() if getattr(meeting, key) != value}
        if title and title not in translations_of(meeting, "title").values():
            changes["title"] = title
        return changes

    def _update(
        self,
        meeting: Meeting,
        occurrence: Occurrence,
        title: str,
        values: dict[str, Any],
        when: str,
    ) -> None:
        changes = self._changes(meeting, occurrence, title, values)
        shown = title or meeting.title
        if not changes:
            detail = ""
            if occurrence.sequence > meeting.sequence:
                record_sequence(self.session, meeting.id, occurrence.sequence)
                detail = f"its calendar SEQUENCE {occurrence.sequence} was recorded"
            self.report.unchanged.append(EventResult(occurrence.uid, shown, when, detail))
            return
        if occurrence.sequence < meeting.sequence:
            self.report.refused.append(
                EventResult(
                    occurrence.uid,
                    shown,
                    when,
                    f"the workspace holds a newer version of this meeting (SEQUENCE "
                    f"{meeting.sequence}, the file has {occurrence.sequence}); it was left "
                    "as it is.",
                )
            )
            return
        update_meeting(self.session, meeting.id, changes)
        # The file's SEQUENCE wins when the organiser's calendar counted further.
        record_sequence(self.session, meeting.id, occurrence.sequence)
        changed = sorted({CHANGE_LABELS[key] for key in changes})
        detail = ", ".join(changed) + " changed"
        self.report.updated.append(EventResult(occurrence.uid, shown, when, detail))


def same_instants_in(
    meeting: Meeting, start: datetime, end: datetime, zone: str
) -> tuple[datetime, datetime, str]:
    """The file's times in the meeting's stored zone, when that changes no instant.

    An event at the meeting's very instants keeps the meeting's date, times and zone
    whatever zone the file wrote them in (Outlook re-saves "America/Port_of_Spain" as
    "SA Western Standard Time"); one moved in time, but in a zone that gives the same
    instants as the stored one, is moved within the stored zone.
    """
    stored_zone = ZoneInfo(meeting.timezone)
    file_zone = ZoneInfo(zone)
    stored = (
        datetime.combine(meeting.date, meeting.start_time, stored_zone),
        datetime.combine(meeting.date, meeting.end_time, stored_zone),
    )
    wanted = (start.replace(tzinfo=file_zone), end.replace(tzinfo=file_zone))
    if wanted == stored:
        return stored[0].replace(tzinfo=None), stored[1].replace(tzinfo=None), meeting.timezone
    moved = tuple(moment.astimezone(stored_zone) for moment in wanted)
    same_clock = all(
        moment.utcoffset() == original.utcoffset()
        for moment, original in zip(moved, wanted, strict=True)
    )
    if same_clock:
        return moved[0].replace(tzinfo=None), moved[1].replace(tzinfo=None), meeting.timezone
    return start, end, zone


def apply_reading(
    session: Session, reading: Reading, *, progress: Progress | None = None
) -> ImportReport:
    """Create or update the meetings ``reading`` asks for, in ``session``'s transaction."""
    report = ImportReport(notes=list(reading.notes))
    report.refused.extend(
        EventResult(refusal.uid, refusal.summary, refusal.when, refusal.reason)
        for refusal in reading.refusals
    )
    report.recurring_refused = sum(1 for refusal in reading.refusals if refusal.needs_range)
    importer = _Importer(session, report)
    total = len(reading.occurrences)
    for done, occurrence in enumerate(reading.occurrences, start=1):
        importer.apply(occurrence)
        if progress is not None:
            progress(done, total)
    return report


def import_events(
    workspace: Workspace,
    events: Iterable[Event],
    *,
    dry_run: bool = False,
    expand_until: date | None = None,
    progress: Progress | None = None,
) -> ImportReport:
    """Import parsed VEVENTs in one transaction; a dry run rolls it back and reports."""
    reading = read_occurrences(events, expand_until)
    report = ImportReport()
    try:
        with workspace.writing() as session:
            report = apply_reading(session, reading, progress=progress)
            if dry_run:
                raise _DryRun()
    except _DryRun:
        report.dry_run = True
    return report


def import_calendar_file(
    workspace: Workspace,
    path: Path,
    *,
    dry_run: bool = False,
    expand_until: date | None = None,
    progress: Progress | None = None,
) -> ImportReport:
    """Read, check and import ``path``; a bad file raises CalendarFileError, changing nothing."""
    events = parse_calendar(read_calendar_file(path), Path(path).name)
    return import_events(
        workspace, events, dry_run=dry_run, expand_until=expand_until, progress=progress
    )
