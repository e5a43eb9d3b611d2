"""A meeting as an iTIP invitation (RFC 5546): METHOD:REQUEST or METHOD:CANCEL.

The event itself is the one the calendar export writes (app/exchange/ics_export.py:
same UID, times, zones, agenda, status) with its VTIMEZONE from
app/exchange/ics_vtimezone.py; this module adds what makes it an invitation:
METHOD, the ORGANIZER (the secretariat) and one ATTENDEE per addressee, and the
SEQUENCE the sending plan chose. CalDAV publishing uses the same event without
METHOD, ORGANIZER or ATTENDEE (a published calendar is not an invitation).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

from icalendar import Calendar, vCalAddress
from icalendar.parser import Contentline
from sqlalchemy.orm import Session

from app.exchange.ics_export import PRODID, CalendarEntry, _EventWriter, read_entries
from app.exchange.ics_lines import fold
from app.exchange.ics_vtimezone import vtimezone
from app.models import LANGUAGES
from app.services.working_group import get_working_group

_CLOSING = b"END:VCALENDAR\r\n"
#: Properties that change on every writing without the meeting changing.
_STAMPS = ("DTSTAMP:", "SEQUENCE:", "LAST-MODIFIED:", "CREATED:")


@dataclass(frozen=True)
class Attendee:
    email: str
    name: str
    required: bool = True


def attendee_line(attendee: Attendee) -> str:
    address = vCalAddress(f"mailto:{attendee.email}")
    address.params["CN"] = attendee.name
    address.params["ROLE"] = "REQ-PARTICIPANT" if attendee.required else "OPT-PARTICIPANT"
    address.params["PARTSTAT"] = "NEEDS-ACTION"
    address.params["RSVP"] = "TRUE"
    return fold(Contentline.from_parts("ATTENDEE", address.params, address))


def organizer_line(name: str, email: str) -> str:
    address = vCalAddress(f"mailto:{email}")
    if name:
        address.params["CN"] = name
    return fold(Contentline.from_parts("ORGANIZER", address.params, address))


def calendar_bytes(method: str | None, zones: Iterable[tuple[str, int]], events: str) -> bytes:
    """A VCALENDAR around ``events`` (CRLF-ended lines), with a VTIMEZONE per zone used."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    if method:
        calendar.add("method", method)
    years: dict[str, set[int]] = {}
    for zone, year in zones:
        years.setdefault(zone, set()).add(year)
    for zone, found in sorted(years.items()):
        calendar.add_component(vtimezone(zone, sorted(found)))
    return calendar.to_ical()[: -len(_CLOSING)] + events.encode("utf-8") + _CLOSING


@dataclass(frozen=True)
class MeetingEvent:
    """One meeting's VEVENT in each language, ready to become an invitation or a resource."""

    meeting_id: int
    uid: str
    title: str
    entries: dict[str, CalendarEntry]
    short_name: str
    stamp: datetime
    _heads: dict[tuple[str, int, tuple[str, str], str], bytes] = field(
        default_factory=dict, compare=False, repr=False
    )

    @property
    def entry(self) -> CalendarEntry:
        return self.entries["en"]

    def zones(self) -> list[tuple[str, int]]:
        return [(self.entry.timezone, self.entry.date.year)]

    def lines(self, language: str, sequence: int | None = None) -> list[str]:
        entry = self.entries.get(language, self.entry)
        if sequence is not None:
            entry = replace(entry, sequence=sequence)
        return _EventWriter(self.short_name, self.stamp).lines(entry)

    def content_hash(self) -> str:
        """What the event says in every language, without the stamps that change anyway."""
        digest = hashlib.sha256()
        for language in LANGUAGES:
            for line in self.lines(language):
                if not line.startswith(_STAMPS):
                    digest.update(line.encode("utf-8") + b"\n")
        return digest.hexdigest()

    def invitation(
        self,
        method: str,
        sequence: int,
        organizer: tuple[str, str],
        attendees: Sequence[Attendee],
        language: str = "en",
    ) -> bytes:
        """The iTIP calendar for ``attendees``: METHOD, ORGANIZER, ATTENDEEs, SEQUENCE.

        All but the attendees is built once per method, sequence, organizer and language
        and reused for every message of a run.
        """
        key = (method, sequence, organizer, language)
        head = self._heads.get(key)
        if head is None:
            lines = self.lines(language, sequence)
            calendar = calendar_bytes(
                method, self._zones_of(lines), "\r\n".join(lines[:-1]) + "\r\n"
            )
            head = self._heads[key] = (
                calendar[: -len(_CLOSING)] + (organizer_line(*organizer) + "\r\n").encode()
            )
        people = "".join(attendee_line(person) + "\r\n" for person in attendees)
        return head + people.encode("utf-8") + b"END:VEVENT\r\n" + _CLOSING

    def published(self, sequence: int | None = None) -> bytes:
        """The event as a calendar resource (CalDAV): no METHOD, no ORGANIZER or ATTENDEE."""
        lines = self.lines("en", sequence)
        return calendar_bytes(None, self._zones_of(lines), "\r\n".join(lines) + "\r\n")

    def published_hash(self) -> str:
        """What a published resource says, its SEQUENCE included but not its stamps."""
        digest = hashlib.sha256()
        for line in self.lines("en"):
            if not line.startswith(("DTSTAMP:", "LAST-MODIFIED:")):
                digest.update(line.encode("utf-8") + b"\n")
        return digest.hexdigest()

    def _zones_of(self, lines: Sequence[str]) -> list[tuple[str, int]]:
        uses_zone = any(";TZID=" in line.split(":", 1)[0] for line in lines[:4])
        return self.zones() if uses_zone else []


def meeting_events(
    session: Session, meeting_ids: Iterable[int] | None = None, now: datetime | None = None
) -> list[MeetingEvent]:
    """The meetings (all, or ``meeting_ids``) as events in every language, in date order."""
    group = get_working_group(session)
    short_name = group.short_name if group else ""
    stamp = (now or datetime.now(UTC)).astimezone(UTC)
    ids = None if meeting_ids is None else list(meeting_ids)
    by_language = {language: read_entries(session, ids, language) for language in LANGUAGES}
    events = []
    for position, entry in enumerate(by_language["en"]):
        entries = {language: found[position] for language, found in by_language.items()}
        events.append(MeetingEvent(entry.id, entry.uid, entry.title, entries, short_name, stamp))
    return events
