"""The agenda page's text: the meeting and timing lines above the table, an item's details."""

from __future__ import annotations

import html
from datetime import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.ui.common import meeting_labels as labels

if TYPE_CHECKING:
    from app.services.agenda_rows import ItemRow
    from app.services.meeting_rows import MeetingRow

LATE_RED = "#b3261e"


def _tr(text: str) -> str:
    # lupdate files a module-level tr() under the empty context (tools/update_translations.py).
    return QCoreApplication.translate("", text)


def meeting_line(meeting: MeetingRow) -> str:
    """``<b>Thursday 15 September 2011</b> · 10:00–13:00 EDT · room, venue`` (rich text)."""
    span = labels.time_span(meeting.date, meeting.start_time, meeting.end_time, meeting.timezone)
    parts = [f"<b>{html.escape(labels.long_date(meeting.date))}</b>", html.escape(span)]
    place = ", ".join(p for p in (meeting.room, meeting.venue) if p)
    if place:
        parts.append(html.escape(place))
    return " · ".join(parts)


def timing_line(meeting: MeetingRow, end: time | None, count: int) -> str:
    """How many items and when they should end; in red when after the meeting's end."""
    items = _tr("1 item") if count == 1 else _tr("{n} items").format(n=count)
    if not count:
        return items
    if end is None:
        return _tr("{count} · planned end unknown: give every item a duration").format(count=items)
    if end > meeting.end_time:
        return _tr(
            "{count} · planned end <span style='color:{red}'><b>{end}</b>, after the "
            "scheduled end {scheduled}</span>"
        ).format(
            count=items, red=LATE_RED, end=f"{end:%H:%M}", scheduled=f"{meeting.end_time:%H:%M}"
        )
    return _tr("{count} · planned end {end}").format(count=items, end=f"{end:%H:%M}")


def planned_text(start: time | None, minutes: int | None) -> str:
    parts = []
    if start is not None:
        parts.append(_tr("from {start}").format(start=f"{start:%H:%M}"))
    if minutes:
        parts.append(_tr("{n} min").format(n=minutes))
    return ", ".join(parts) or "—"


def item_details(row: ItemRow | None) -> str:
    """The selected item as a small table (rich text), or a hint when none is selected."""
    if row is None:
        hint = _tr(
            "Select an item to see its details. Drag items, or use Ctrl+Up and "
            "Ctrl+Down, to change their order."
        )
        return f"<p style='color:gray'>{html.escape(hint)}</p>"
    facts = [
        (_tr("Kind"), labels.label(labels.item_kinds(), row.kind)),
        (_tr("Pillar"), labels.label(labels.pillars(), row.pillar) or "—"),
        (_tr("Responsible"), row.responsible or "—"),
        (_tr("Planned"), planned_text(row.planned_start, row.duration_minutes)),
        (_tr("Status"), labels.label(labels.item_statuses(), row.status)),
        (_tr("Documents"), ", ".join(row.documents) or "—"),
        (_tr("Decision"), row.decision or "—"),
    ]
    body = "".join(
        f"<tr><td style='padding-right:12px;color:gray'>{html.escape(name)}</td>"
        f"<td>{html.escape(value)}</td></tr>"
        for name, value in facts
    )
    return f"<p><b>{row.position}. {html.escape(row.title)}</b></p><table>{body}</table>"
