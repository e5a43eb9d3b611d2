"""Reading an iCalendar file someone chose: refuse what is not one, before anything is imported.

``icalendar`` is lenient: it returns an empty list for a truncated file and records
values it cannot read in each component's ``errors`` instead of raising. So the
file's size, encoding and BEGIN/END structure are checked first, and the parsed
components' ``errors`` after; any problem ends with a :class:`CalendarFileError`
whose message says what is wrong and what to do.
"""

from __future__ import annotations

import codecs
import re
import warnings
from dataclasses import dataclass
from pathlib import Path

from icalendar import Calendar, Component, Event

from app.exchange.clean_text import shortened
from app.messages import Message, Messages, Number
from app.services.errors import ServiceError

#: A calendar of meetings is a few hundred kilobytes; 20 MB is far beyond any real one.
MAX_FILE_BYTES = 20 * 1024 * 1024
_MB = 1024 * 1024
#: Control characters no text calendar holds (tab, line feed, form feed and CR aside).
_CONTROL = re.compile(rb"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_FOLD = re.compile(rb"\r?\n[ \t]")
#: What a VTIMEZONE may hold: real zones have a few dozen observances at most, each a
#: yearly rule or a few dates. A rule repeating every second (or every hour through
#: BYHOUR) would be expanded without bound by the library that reads it.
MAX_OBSERVANCES = 400
MAX_ZONE_DATES = 2000
ZONE_RULE_PARTS = frozenset(
    {"FREQ", "INTERVAL", "UNTIL", "COUNT", "BYMONTH", "BYDAY", "BYMONTHDAY", "BYSETPOS", "WKST"}
)
#: Years a time zone's observances may start in.
ZONE_YEARS = range(1583, 2201)


class CalendarFileError(ServiceError):
    """The file is not an iCalendar file that can be imported; nothing was changed."""


def read_calendar_file(path: Path) -> bytes:
    """The bytes of ``path``, refused before reading when the file is too large."""
    path = Path(path)
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise CalendarFileError(_too_large(path.name, size))
    with open(path, "rb") as stream:
        data = stream.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise CalendarFileError(_too_large(path.name, len(data)))
    return data


def _too_large(name: str, size: int) -> Message:
    return Messages.tr(
        "{file} is {size} MB, more than the {limit} MB a calendar file may have; nothing was "
        "imported. Check that you chose the right file, or export only the meetings you need.",
        file=name,
        size=Number(round(size / _MB)),
        limit=MAX_FILE_BYTES // _MB,
    )


def unfold(data: bytes) -> bytes:
    """``data`` with its folded lines joined, on bytes (RFC 5545 section 3.1).

    A fold may fall inside a multi-octet UTF-8 character, so lines are joined before
    the text is decoded, never after.
    """
    return _FOLD.sub(b"", data)


def _decode(data: bytes, name: str) -> tuple[str, Message | None]:
    """The text of ``data`` and a note for the report when it was not UTF-8.

    UTF-8 as RFC 5545 requires, or UTF-16 announced by its BOM. A file that is
    neither but is valid Windows-1252 (what Outlook 2003 and 2007 wrote) is read as
    that, and the report says so and names a line to check; anything else is refused
    with the line that is not UTF-8. Nothing is decoded by guess without a word.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            data = data.decode("utf-16").encode("utf-8")
        except UnicodeDecodeError:
            raise CalendarFileError(
                Messages.tr(
                    "{file} is not UTF-8 text, as iCalendar files must be: the file holds "
                    "characters in another encoding (perhaps Windows-1252 from an old "
                    "Outlook). Nothing was imported. Export the calendar again, or open the "
                    "file in a text editor and save it as UTF-8, then import it again.",
                    file=name,
                )
            ) from None
    if _CONTROL.search(data):
        raise CalendarFileError(
            Messages.tr(
                "{file} is not an iCalendar file (it holds binary data); nothing was imported. "
                "Choose the .ics file your calendar program exported.",
                file=name,
            )
        )
    data = unfold(data)
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        start = data.rfind(b"\n", 0, exc.start) + 1
        line_end = data.find(b"\n", exc.start)
        line = data[start : line_end if line_end >= 0 else len(data)]
        number = data.count(b"\n", 0, exc.start) + 1

        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            shown = shortened(line.decode("utf-8", errors="replace").strip(), 60)
            raise CalendarFileError(
                Messages.tr(
                    "{file} is not UTF-8 text, as iCalendar files must be: line {line} (after "
                    "unfolding), “{text}”, holds characters in another encoding (perhaps "
                    "Windows-1252 from an old Outlook). Nothing was imported. Export the "
                    "calendar again, or open the file in a text editor and save it as UTF-8, "
                    "then import it again.",
                    file=name,
                    line=number,
                    text=shown,
                )
            ) from None
        shown = shortened(line.decode("cp1252").strip(), 60)
        return text, Messages.tr(
            "{file} is not UTF-8 text; it was read as Windows-1252, the encoding older Outlook "
            "versions write. Check the accents of what was imported, e.g. line {line} (after "
            "unfolding): “{text}”.",
            file=name,
            line=number,
            text=shown,
        )


def _check_structure(text: str, name: str) -> None:
    """The file starts with BEGIN:VCALENDAR and every BEGIN has its END, in order."""
    open_blocks: list[tuple[str, int]] = []
    seen_calendar = False
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line[0] in " \t":
            continue
        head = line.split(":", 1)
        keyword = head[0].strip().upper()
        if not seen_calendar and keyword != "BEGIN":
            raise CalendarFileError(
                Messages.tr(
                    "{file} is not an iCalendar file: it should start with BEGIN:VCALENDAR, "
                    "but line {line} reads “{text}”. Nothing was imported. Choose the "
                    ".ics file your calendar program exported.",
                    file=name,
                    line=number,
                    text=line[:40],
                )
            )
        if keyword not in ("BEGIN", "END"):
            continue
        block = head[1].strip().upper() if len(head) > 1 else ""
        if keyword == "BEGIN":
            if not seen_calendar and block != "VCALENDAR":
                raise CalendarFileError(
                    Messages.tr(
                        "{file} is not an iCalendar file: it starts with BEGIN:{block} instead "
                        "of BEGIN:VCALENDAR. Nothing was imported.",
                        file=name,
                        block=block,
                    )
                )
            seen_calendar = True
            open_blocks.append((block, number))
        elif not open_blocks or open_blocks[-1][0] != block:
            raise CalendarFileError(
                Messages.tr(
                    "{file} is damaged: END:{block} on line {line} closes nothing that was "
                    "opened. Nothing was imported; export the calendar again.",
                    file=name,
                    block=block,
                    line=number,
                )
            )
        else:
            open_blocks.pop()
    if open_blocks:
        block, number = open_blocks[-1]
        raise CalendarFileError(
            Messages.tr(
                "{file} is incomplete: BEGIN:{block} on line {line} is never closed (the file "
                "may have been cut short). Nothing was imported; export the calendar again.",
                file=name,
                block=block,
                line=number,
            )
        )
    if not seen_calendar:
        raise CalendarFileError(_empty(name))


def parse_calendar(data: bytes, name: str = "The file") -> list[Event]:
    """The VEVENTs of ``data``, or a :class:`CalendarFileError` saying what is wrong."""
    if not data.strip():
        raise CalendarFileError(_empty(name))
    text, note = _decode(data, name)
    _check_structure(text, name)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            calendars = Calendar.from_ical(text, multiple=True)
    except ValueError as exc:
        raise CalendarFileError(
            Messages.tr(
                "{file} is damaged and cannot be read ({reason}). Nothing was imported; export "
                "the calendar again.",
                file=name,
                reason=exc,
            )
        ) from None
    problems = [
        f"{component.name} {prop or ''}: {message}".replace(" :", ":")
        for calendar in calendars
        for component in calendar.walk()
        for prop, message in component.errors
    ]
    if problems:
        if len(problems) > 3:
            raise CalendarFileError(
                Messages.tr(
                    "{file} has values that cannot be read: {problems} (and {more} more). "
                    "Nothing was imported; correct these lines or export the calendar again.",
                    file=name,
                    problems="; ".join(problems[:3]),
                    more=len(problems) - 3,
                )
            )
        raise CalendarFileError(
            Messages.tr(
                "{file} has values that cannot be read: {problems}. Nothing was imported; "
                "correct these lines or export the calendar again.",
                file=name,
                problems="; ".join(problems),
            )
        )
    for calendar in calendars:
        _check_zones(calendar, name)
    events = []
    for calendar in calendars:
        context = CalendarContext(
            method=str(calendar.get("METHOD", "")).strip().upper(),
            zone=str(calendar.get("X-WR-TIMEZONE", "")).strip(),
            note=note,
        )
        for event in calendar.walk("VEVENT"):
            event.chairdesk_calendar = context  # type: ignore[attr-defined]
            events.append(event)
    if not events:
        raise CalendarFileError(
            Messages.tr(
                "{file} holds no events (VEVENT), so there are no meetings to import.",
                file=name,
            )
        )
    return events


@dataclass(frozen=True)
class CalendarContext:
    """What the VCALENDAR around an event says that bears on the event."""

    #: METHOD, upper case ("PUBLISH", "REQUEST", "CANCEL"), or "".
    method: str = ""
    #: X-WR-TIMEZONE as written (Google, Apple): the zone of the calendar's floating times.
    zone: str = ""
    #: What the report must say about how the file was read (its encoding), or None.
    note: Message | None = None


def context_of(event: Event) -> CalendarContext:
    """The calendar context :func:`parse_calendar` gave ``event`` (empty for other events)."""
    found = getattr(event, "chairdesk_calendar", None)
    return found if isinstance(found, CalendarContext) else CalendarContext()


def _check_zones(calendar: Calendar, name: str) -> None:
    """Refuse VTIMEZONEs that would take unbounded time or memory to read."""
    for zone in calendar.walk("VTIMEZONE"):
        observances = [sub for sub in zone.subcomponents if sub.name in ("STANDARD", "DAYLIGHT")]
        tzid = shortened(str(zone.get("TZID", "")), 60)
        if len(observances) > MAX_OBSERVANCES:
            raise CalendarFileError(
                _bad_zone(
                    name,
                    tzid,
                    Messages.tr("it has {count} STANDARD/DAYLIGHT parts", count=len(observances)),
                )
            )
        dates = 0
        for observance in observances:
            problem = _zone_problem(observance)
            dates += sum(len(rdate.dts) for rdate in _as_list(observance.get("RDATE")))
            if dates > MAX_ZONE_DATES:
                problem = Messages.tr(
                    "it lists more than {limit} change dates (RDATE)", limit=MAX_ZONE_DATES
                )
            if problem:
                raise CalendarFileError(_bad_zone(name, tzid, problem))


def _as_list(value: object) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _zone_problem(observance: Component) -> Message | None:
    start = observance.get("DTSTART")
    year = getattr(getattr(start, "dt", None), "year", None)
    if year is None or year not in ZONE_YEARS:
        if not year:
            return Messages.tr("a part has no start")
        return Messages.tr("a {part} part starts in year {year}", part=observance.name, year=year)
    for rule in _as_list(observance.get("RRULE")):
        frequency = [str(value).upper() for value in rule.get("FREQ", [])]
        if frequency != ["YEARLY"]:
            return Messages.tr(
                "a {part} rule repeats {frequency}, not yearly",
                part=observance.name,
                frequency=", ".join(frequency) or "NONE",
            )
        extra = sorted(set(rule) - ZONE_RULE_PARTS)
        if extra:
            return Messages.tr(
                "a {part} rule uses {parts}", part=observance.name, parts=", ".join(extra)
            )
    return None


def _bad_zone(name: str, tzid: str, problem: Message) -> Message:
    return Messages.tr(
        "{file} describes its time zone “{zone}” in a way no calendar program writes "
        "({problem}); reading it might never finish. Nothing was imported; export the "
        "calendar again from your calendar program.",
        file=name,
        zone=tzid,
        problem=problem,
    )


def _empty(name: str) -> Message:
    return Messages.tr(
        "{file} is empty: it holds no calendar. Nothing was imported; choose the .ics "
        "file your calendar program exported.",
        file=name,
    )
