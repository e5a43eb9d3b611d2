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


def _too_large(name: str, size: int) -> str:
    return (
        f"{name} is {size / _MB:.0f} MB, more than the {MAX_FILE_BYTES // _MB} MB a calendar "
        "file may have; nothing was imported. Check that you chose the right file, or export "
        "only the meetings you need."
    )


def unfold(data: bytes) -> bytes:
    """``data`` with its folded lines joined, on bytes (RFC 5545 section 3.1).

    A fold may fall inside a multi-octet UTF-8 character, so lines are joined before
    the text is decoded, never after.
    """
    return _FOLD.sub(b"", data)


def _decode(data: bytes, name: str) -> tuple[str, str]:
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
            raise CalendarFileError(_not_utf8(name, "the file", "")) from None
    if _CONTROL.search(data):
        raise CalendarFileError(
            f"{name} is not an iCalendar file (it holds binary data); nothing was imported. "
            "Choose the .ics file your calendar program exported."
        )
    data = unfold(data)
    try:
        return data.decode("utf-8-sig"), ""
    except UnicodeDecodeError as exc:
        start = data.rfind(b"\n", 0, exc.start) + 1
        line_end = data.find(b"\n", exc.start)
        line = data[start : line_end if line_end >= 0 else len(data)]
        number = data.count(b"\n", 0, exc.start) + 1
        where = f"line {number} (after unfolding)"
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            shown = shortened(line.decode("utf-8", errors="replace").strip(), 60)
            raise CalendarFileError(_not_utf8(name, where, shown)) from None
        shown = shortened(line.decode("cp1252").strip(), 60)
        return text, (
            f"{name} is not UTF-8 text; it was read as Windows-1252, the encoding older "
            f"Outlook versions write. Check the accents of what was imported, e.g. {where}: "
            f"“{shown}”."
        )


def _not_utf8(name: str, where: str, shown: str) -> str:
    quoted = f", “{shown}”," if shown else ""
    return (
        f"{name} is not UTF-8 text, as iCalendar files must be: {where}{quoted} holds "
        "characters in another encoding (perhaps Windows-1252 from an old Outlook). Nothing "
        "was imported. Export the calendar again, or open the file in a text editor and "
        "save it as UTF-8, then import it again."
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
                f"{name} is not an iCalendar file: it should start with BEGIN:VCALENDAR, "
                f"but line {number} reads “{line[:40]}”. Nothing was imported. Choose the "
                ".ics file your calendar program exported."
            )
        if keyword not in ("BEGIN", "END"):
            continue
        block = head[1].strip().upper() if len(head) > 1 else ""
        if keyword == "BEGIN":
            if not seen_calendar and block != "VCALENDAR":
                raise CalendarFileError(
                    f"{name} is not an iCalendar file: it starts with BEGIN:{block} instead of "
                    "BEGIN:VCALENDAR. Nothing was imported."
                )
            seen_calendar = True
            open_blocks.append((block, number))
        elif not open_blocks or open_blocks[-1][0] != block:
            raise CalendarFileError(
                f"{name} is damaged: END:{block} on line {number} closes nothing that was "
                "opened. Nothing was imported; export the calendar again."
            )
        else:
            open_blocks.pop()
    if open_blocks:
        block, number = open_blocks[-1]
        raise CalendarFileError(
            f"{name} is incomplete: BEGIN:{block} on line {number} is never closed (the file "
            "may have been cut short). Nothing was imported; export the calendar again."
        )
    if not seen_calendar:
        raise CalendarFileError(
            f"{name} is empty: it holds no calendar. Nothing was imported; choose the .ics "
            "file your calendar program exported."
        )


def parse_calendar(data: bytes, name: str = "The file") -> list[Event]:
    """The VEVENTs of ``data``, or a :class:`CalendarFileError` saying what is wrong."""
    if not data.strip():
        raise CalendarFileError(
            f"{name} is empty: it holds no calendar. Nothing was imported; choose the .ics "
            "file your calendar program exported."
        )
    text, note = _decode(data, name)
    _check_structure(text, name)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            calendars = Calendar.from_ical(text, multiple=True)
    except ValueError as exc:
        raise CalendarFileError(
            f"{name} is damaged and cannot be read ({exc}). Nothing was imported; export the "
            "calendar again."
        ) from None
    problems = [
        f"{component.name} {prop or ''}: {message}".replace(" :", ":")
        for calendar in calendars
        for component in calendar.walk()
        for prop, message in component.errors
    ]
    if problems:
        more = f" (and {len(problems) - 3} more)" if len(problems) > 3 else ""
        raise CalendarFileError(
            f"{name} has values that cannot be read: {'; '.join(problems[:3])}{more}. "
            "Nothing was imported; correct these lines or export the calendar again."
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
            f"{name} holds no events (VEVENT), so there are no meetings to import."
        )
    return events


@dataclass(frozen=True)
class CalendarContext:
    """What the VCALENDAR around an event says that bears on the event."""

    #: METHOD, upper case ("PUBLISH", "REQUEST", "CANCEL"), or "".
    method: str = ""
    #: X-WR-TIMEZONE as written (Google, Apple): the zone of the calendar's floating times.
    zone: str = ""
    #: What the report must say about how the file was read (its encoding), or "".
    note: str = ""


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
                _bad_zone(name, tzid, f"it has {len(observances)} STANDARD/DAYLIGHT parts")
            )
        dates = 0
        for observance in observances:
            problem = _zone_problem(observance)
            dates += sum(len(rdate.dts) for rdate in _as_list(observance.get("RDATE")))
            if dates > MAX_ZONE_DATES:
                problem = f"it lists more than {MAX_ZONE_DATES} change dates (RDATE)"
            if problem:
                raise CalendarFileError(_bad_zone(name, tzid, problem))


def _as_list(value: object) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _zone_problem(observance: Component) -> str:
    start = observance.get("DTSTART")
    year = getattr(getattr(start, "dt", None), "year", None)
    if year is None or year not in ZONE_YEARS:
        return f"a {observance.name} part starts in year {year}" if year else "a part has no start"
    for rule in _as_list(observance.get("RRULE")):
        frequency = [str(value).upper() for value in rule.get("FREQ", [])]
        if frequency != ["YEARLY"]:
            shown = ", ".join(frequency) or "none"
            return f"a {observance.name} rule repeats {shown.lower()}, not yearly"
        extra = sorted(set(rule) - ZONE_RULE_PARTS)
        if extra:
            return f"a {observance.name} rule uses {', '.join(extra)}"
    return ""


def _bad_zone(name: str, tzid: str, problem: str) -> str:
    return (
        f"{name} describes its time zone “{tzid}” in a way no calendar program writes "
        f"({problem}); reading it might never finish. Nothing was imported; export the "
        "calendar again from your calendar program."
    )
