"""Meetings from an iCalendar file: create new ones, update those with the same UID.

The whole import is one transaction: a dry run computes the report and rolls it
back, a failure leaves the workspace as it was. Each meeting is matched by UID and
changed through ``app.services.meetings`` only where the file says something
different (so SEQUENCE rises only for real changes, and importing a file twice
changes nothing). Events a meeting cannot be (all-day, past midnight, recurring
without a range) are refused one by one with the reason, and the rest imported.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from icalendar import Event
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.exchange.clean_text import shortened
from app.exchange.ics_events import Occurrence, Reading, read_occurrences
from app.exchange.ics_meaning import (
    agenda_in,
    format_of,
    same_instants_in,
    split_location,
    status_of,
    title_of,
)
from app.exchange.ics_read import parse_calendar, read_calendar_file
from app.exchange.windows_zones import pick_windows_zone
from app.messages import Message, Messages
from app.models import Meeting
from app.services.agenda import add_item
from app.services.errors import ValidationError
from app.services.localized import translations_of
from app.services.meetings import create_meeting, record_sequence, update_meeting
from app.services.working_group import get_working_group
from app.store import Workspace

Progress = Callable[[int, int], None]
FALLBACK_ZONE = "UTC"
MAX_NOTES = 20000
_DATE = Messages.tr("date")
_TIME = Messages.tr("time")
_PLACE = Messages.tr("place")
#: What an update of each field changes, in words (several fields, one word: "time").
CHANGE_LABELS = {
    "date": _DATE,
    "end_date": _DATE,
    "all_day": _TIME,
    "start_time": _TIME,
    "end_time": _TIME,
    "timezone": Messages.tr("time zone"),
    "room": _PLACE,
    "venue": _PLACE,
    "status": Messages.tr("status"),
    "format": Messages.tr("format"),
    "title": Messages.tr("title"),
}


@dataclass(frozen=True)
class EventResult:
    """One line of the report: which event, and what happened to it or why not."""

    uid: str
    title: str
    #: When the event is: a Message the window writes its way, or the file's own words.
    when: Message | str
    detail: str = ""
    #: ``detail`` as a message the window translates (None: show ``detail`` as it is).
    explanation: Message | None = None

    @classmethod
    def said(cls, uid: str, title: str, when: Message | str, detail: Message | None) -> EventResult:
        return cls(uid, title, when, str(detail) if detail else "", detail)


@dataclass
class ImportReport:
    created: list[EventResult] = field(default_factory=list)
    updated: list[EventResult] = field(default_factory=list)
    unchanged: list[EventResult] = field(default_factory=list)
    refused: list[EventResult] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    explained_notes: list[Message] = field(default_factory=list)
    #: Events refused only because they repeat and no expansion range was given.
    recurring_refused: int = 0
    dry_run: bool = False

    @property
    def needs_range(self) -> bool:
        return self.recurring_refused > 0

    def summary(self) -> str:
        return str(self.summary_message())

    def summary_message(self) -> Message:
        """ "created 2, updated 1, left unchanged 3, refused 0" (what a dry run would do)."""
        counts = {
            "created": len(self.created),
            "updated": len(self.updated),
            "unchanged": len(self.unchanged),
            "refused": len(self.refused),
        }
        if self.dry_run:
            return Messages.tr(
                "would create {created}, would update {updated}, would leave unchanged "
                "{unchanged}, would refuse {refused}",
                **counts,
            )
        return Messages.tr(
            "created {created}, updated {updated}, left unchanged {unchanged}, refused {refused}",
            **counts,
        )

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


class _Importer:
    def __init__(self, session: Session, report: ImportReport) -> None:
        self.session = session
        self.report = report
        group = get_working_group(session)
        self.short_name = group.short_name if group else ""
        self.default_zone = (group.default_timezone if group else "") or FALLBACK_ZONE
        self.city = (group.ministerial_city if group else "") or ""
        self.seen: set[str] = set()

    def refuse(self, occurrence: Occurrence, when: Message | str, reason: Message) -> None:
        title = title_of(occurrence, self.short_name)
        self.report.refused.append(EventResult.said(occurrence.uid, title, when, reason))

    def apply(self, occurrence: Occurrence) -> None:
        title = title_of(occurrence, self.short_name)
        if occurrence.uid in self.seen:
            self.refuse(
                occurrence, occurrence.start.label(), Messages.tr("it appears twice in the file.")
            )
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
                    self.report.created.append(
                        EventResult.said(occurrence.uid, title, when, detail)
                    )
                else:
                    self._update(existing, occurrence, title, values, when)
        except ValidationError as exc:
            self.refuse(occurrence, when, exc.explanation)

    def _values(
        self, occurrence: Occurrence, existing: Meeting | None
    ) -> tuple[dict[str, Any], Message] | None:
        """The meeting's date, times and zone the event asks for, and how to name them.

        None (and a refusal in the report) for an event with times past midnight.
        """
        target = existing.timezone if existing else (occurrence.start.hint or self.default_zone)
        if occurrence.days is not None:
            first, last = occurrence.days
            target = existing.timezone if existing else (occurrence.day_zone or target)
            span = (
                Messages.tr("{first} to {last} (all day)", first=first, last=last)
                if last > first
                else Messages.tr("{day} (all day)", day=first)
            )
            values = {"date": first, "end_date": last if last > first else None, "all_day": True}
            return {**values, "timezone": target}, span
        start, zone = occurrence.start.wall_clock(target)
        end, _ = occurrence.end.wall_clock(zone)
        if existing is not None and zone != existing.timezone:
            start, end, zone = same_instants_in(existing, start, end, zone)
        if end.date() != start.date():
            self.refuse(
                occurrence,
                Messages.tr("{start} to {end} {zone}", start=start, end=end, zone=zone),
                Messages.tr(
                    "it runs past midnight; a meeting with times starts and ends on the same "
                    "day. Split it into one event per day, or make it an all-day event, in your "
                    "calendar and import it again."
                ),
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
        return values, Messages.tr(
            "{start}–{end} {zone}", start=start.replace(tzinfo=None), end=end.time(), zone=zone
        )

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

    def _create(self, occurrence: Occurrence, title: str, values: dict[str, Any]) -> Message | None:
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
        if not agenda:
            return None
        return Messages.tr("with {count} agenda item(s)", count=len(agenda))

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
        when: Message | str,
    ) -> None:
        changes = self._changes(meeting, occurrence, title, values)
        shown = title or meeting.title
        if not changes:
            detail = None
            if occurrence.sequence > meeting.sequence:
                record_sequence(self.session, meeting.id, occurrence.sequence)
                detail = Messages.tr(
                    "its calendar SEQUENCE {sequence} was recorded", sequence=occurrence.sequence
                )
            self.report.unchanged.append(EventResult.said(occurrence.uid, shown, when, detail))
            return
        if occurrence.sequence < meeting.sequence:
            self.report.refused.append(
                EventResult.said(
                    occurrence.uid,
                    shown,
                    when,
                    Messages.tr(
                        "the workspace holds a newer version of this meeting (SEQUENCE "
                        "{kept}, the file has {given}); it was left as it is.",
                        kept=meeting.sequence,
                        given=occurrence.sequence,
                    ),
                )
            )
            return
        update_meeting(self.session, meeting.id, changes)
        # The file's SEQUENCE wins when the organiser's calendar counted further.
        record_sequence(self.session, meeting.id, occurrence.sequence)
        labels = {str(CHANGE_LABELS[key]): CHANGE_LABELS[key] for key in changes}
        changed = Message.joined((labels[name] for name in sorted(labels)), ", ")
        detail = Messages.tr("{fields} changed", fields=changed)
        self.report.updated.append(EventResult.said(occurrence.uid, shown, when, detail))


def apply_reading(
    session: Session, reading: Reading, *, progress: Progress | None = None
) -> ImportReport:
    """Create or update the meetings ``reading`` asks for, in ``session``'s transaction."""
    report = ImportReport(notes=list(reading.notes), explained_notes=list(reading.explained_notes))
    report.refused.extend(
        EventResult(refusal.uid, refusal.summary, refusal.when, refusal.reason, refusal.explanation)
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
