"""Reading a calendar with vobject as a fresh process would.

vobject keeps the first VTIMEZONE it saw for each TZID for the life of the process
and ignores the VTIMEZONE of every later file with the same TZID; a test that reads
several exports must forget them first, or it checks an earlier file's zone.
"""

from __future__ import annotations

from typing import Any

import pytest


def read_with_vobject(text: str | bytes) -> Any:
    vobject = pytest.importorskip("vobject")
    zones = vobject.icalendar.__dict__["__tzidMap"]
    zones.clear()
    vobject.icalendar.registerTzid("UTC", vobject.icalendar.utc)
    if isinstance(text, bytes):
        text = text.decode("utf-8")
    return vobject.readOne(text)
