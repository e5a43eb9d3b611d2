"""iCalendar content lines for thousands of events, byte for byte as ``icalendar`` writes them.

Each value is encoded by ``icalendar``'s own property types and ``Contentline``;
what this module saves is the rest of ``Component.to_ical``: building a component
per event only to serialise it at once, and folding every line character by
character. Lines no longer than the fold limit (most of them) are kept as they
are; longer ones are folded with the same rules as ``icalendar`` (at most 75
octets, never inside a UTF-8 character, never just after a backslash escape).
Values that repeat across events (the status, the room, the time stamp) are
encoded once.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

from icalendar import Event
from icalendar.parser import Contentline

#: Octets a line may hold before ``icalendar`` folds it (the space of a
#: continuation line comes on top).
FOLD_LIMIT = 74
_CONTINUATION = 0b1000_0000
_ESCAPES = frozenset(b"\\^")


def fold(line: str) -> str:
    """``line`` folded as ``icalendar`` folds it (RFC 5545 section 3.1)."""
    if len(line) <= FOLD_LIMIT // 4 or (line.isascii() and len(line) <= FOLD_LIMIT):
        return line
    data = line.encode("utf-8")
    if len(data) <= FOLD_LIMIT:
        return line
    parts = []
    start, size = 0, len(data)
    while size - start > FOLD_LIMIT:
        cut = start + FOLD_LIMIT
        while data[cut] & 0b1100_0000 == _CONTINUATION:
            cut -= 1
        if data[cut - 1] in _ESCAPES and cut - 1 > start:
            cut -= 1
        parts.append(data[start:cut])
        start = cut
    parts.append(data[start:])
    return b"\r\n ".join(parts).decode("utf-8")


def content_line(name: str, value: Any) -> str:
    """The unfolded line for property ``name`` (upper case) with the Python ``value``."""
    encoded = Event.types_factory.for_property(name)(value)
    return Contentline.from_parts(name, encoded.params, encoded)


class LineCache:
    """Folded content lines of values that repeat, each encoded once."""

    def __init__(self) -> None:
        self._lines: dict[tuple[str, Hashable], str] = {}

    def line(self, name: str, value: Hashable) -> str:
        key = (name, value)
        found = self._lines.get(key)
        if found is None:
            found = self._lines[key] = fold(content_line(name, value))
        return found
