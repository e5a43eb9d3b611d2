"""What several areas need to know about the list of meetings."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.services.meeting_rows import MeetingRow


def default_meeting_id(rows: Sequence[MeetingRow], today: date | None = None) -> int:
    """The meeting to show first: the next one that is not cancelled, else the last one.

    The group's own sessions come before all-day events (the ministerial meeting the
    group prepares has no agenda of the group's): an all-day one is shown first only
    when there is no session at all.
    """
    today = today or date.today()
    sessions = [row for row in rows if not getattr(row, "all_day", False)] or list(rows)
    for row in sorted(sessions, key=lambda r: (r.date, r.start_time)):
        if row.date >= today and str(row.status) != "cancelled":
            return row.id
    return max(sessions, key=lambda r: (r.date, r.start_time)).id if sessions else 0
