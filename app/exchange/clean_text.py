"""Text from files someone sent: without control characters, and short enough to show.

A workbook, CSV or calendar can carry NUL, BEL, ESC sequences that recolour or clear a
terminal, and Unicode direction overrides that make a name read differently on screen
than it is stored. Imported text is cleaned once, here, before it is validated and
stored; anything printed back to a person (a report line, an error naming a value) is
also kept to a readable length.

- :func:`clean_text` keeps line breaks and tabs (notes, descriptions);
- :func:`clean_line` is for one-line values (names, e-mails, titles): every run of
  whitespace, line breaks included, becomes one space;
- :func:`shortened` cuts a value for a message, saying how long it really is.
"""

from __future__ import annotations

import re

#: Escape sequences a terminal acts on: CSI (``ESC [ ... final``), OSC (``ESC ] ... BEL``
#: or ``ESC \\``), and two-character ESC sequences. Removed whole, so no "[31m" is left.
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]?"
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"
    r"|\x9b[0-?]*[ -/]*[@-~]?"
    r"|\x1b[ -~]?"
)
#: C0 controls but tab, LF and CR; DEL; C1 controls; direction overrides and isolates;
#: the byte-order mark / zero-width no-break space; the Unicode noncharacters U+FFFE/F.
_CONTROLS = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufeff\ufffe\uffff]"
)
_NEEDS_WORK = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufeff\ufffe\uffff\r]"
)
_SPACES = re.compile(r"\s+")

#: How many characters of a value a message shows.
SHOWN_CHARACTERS = 120


def clean_text(value: str) -> str:
    """``value`` without control characters or escape sequences; CR LF and CR become LF."""
    if _NEEDS_WORK.search(value) is None:
        return value
    value = _ESCAPES.sub("", value)
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROLS.sub("", value)


def clean_line(value: str) -> str:
    """``value`` cleaned as :func:`clean_text`, on one line, without outer spaces."""
    value = clean_text(value)
    if "\n" in value or "\t" in value or "  " in value:
        value = _SPACES.sub(" ", value)
    return value.strip()


def shortened(value: str, limit: int = SHOWN_CHARACTERS) -> str:
    """``value`` cleaned for one line of a message and cut at ``limit`` characters.

    A cut value says how long it was: "Reunión del grupo… (10,000,000 characters)".
    """
    # Only what can be shown is cleaned: a 10 MB value is not scanned whole for a message.
    line = clean_line(value[: limit * 4])
    if len(line) <= limit and len(value) <= limit * 4:
        return line
    return f"{line[: max(limit - 1, 1)].rstrip()}… ({len(value):,} characters)"
