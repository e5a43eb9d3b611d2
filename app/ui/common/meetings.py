"""What several areas need to know about the list of meetings."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.services.meetings import MeetingRow


def default_meeting_id(rows: Sequence[MeetingRow], today: date | None = None) -> int:
    """The meeting to show first: the next one that is not cancelled, else the last one."""
    today = today or date.today()
    for row in sorted(rows, key=lambda r: (r.date, r.start_time)):
        if row.date >= today and str(row.status) != "cancelled":
            return row.id
    return max(rows, key=lambda r: (r.date, r.start_time)).id if rows else 0
