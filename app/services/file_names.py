"""A stored file name made safe to write: one plain name, inside the folder chosen.

A workspace someone sent can hold any name for a revision's file: ``../../x.txt``, an
absolute path, a Windows path, a NUL byte, control characters, a name reserved on
Windows. Only the last part of the name is kept, cleaned, so that saving or opening
the file writes inside the folder the user chose and nowhere else.
"""

from __future__ import annotations

import re
import unicodedata

_UNSAFE = re.compile(r'[\x00-\x1f\x7f-\x9f<>:"|?*\u202a-\u202e\u2066-\u2069]')
_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$", re.IGNORECASE)
MAX_NAME = 200
FALLBACK = "file"


def safe_file_name(stored: str, fallback: str = FALLBACK) -> str:
    """The last part of ``stored`` as a name that stays in its folder on any system."""
    name = unicodedata.normalize("NFC", stored or "")
    name = name.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]
    name = _UNSAFE.sub("", name).strip().strip(".").strip()
    if _RESERVED.match(name):
        name = f"_{name}"
    if len(name) > MAX_NAME:
        stem, dot, suffix = name.rpartition(".")
        name = (
            (stem[: MAX_NAME - len(suffix) - 1] + dot + suffix)
            if dot and len(suffix) < 16
            else name[:MAX_NAME]
        )
    return name or fallback
