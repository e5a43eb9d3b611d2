"""Reading an iCalendar file someone chose: refuse what is not one, before anything is imported.

``icalendar`` is lenient: it returns an empty list for a truncated file and records
values it cannot read in each component's ``errors`` instead of raising. So the
file's size, encoding and BEGIN/END structure are checked first, and the parsed
components' ``errors`` after; any problem ends with a :class:`CalendarFileError`
whose message says what is wrong and what to do.
"""

from __future__ import annotations

import re
import warnings
from pathlib import Path

from icalendar import Calendar, Event

from app.services.errors import ServiceError

#: A calendar of meetings is a few hundred kilobytes; 20 MB is far beyond any real one.
MAX_FILE_BYTES = 20 * 1024 * 1024
_MB = 1024 * 1024
#: Control characters no text calendar holds (tab, line feed, form feed and CR aside).
_CONTROL = re.compile(rb"[\x00-\x08\x0b\x0e-\x1f\x7f]")


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


def _decode(data: bytes, name: str) -> str:
    if _CONTROL.search(data):
        raise CalendarFileError(
            f"{name} is not an iCalendar file (it holds binary data); nothing was imported. "
            "Choose the .ics file your calendar program exported."
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Older Outlook versions wrote Windows-1252 although RFC 5545 says UTF-8.
        return data.decode("cp1252", errors="replace")


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
    text = _decode(data, name)
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
    events = [event for calendar in calendars for event in calendar.walk("VEVENT")]
    if not events:
        raise CalendarFileError(
            f"{name} holds no events (VEVENT), so there are no meetings to import."
        )
    return events
