"""The line under a document's revision history that says which new revision a meeting
asked for and is still awaited ("rev. 3 requested at the meeting of 29 Sep 2011")."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.ui.common.dates import format_date

if TYPE_CHECKING:
    from app.services.decisions import RevisionRequestRow


def _tr(text: str) -> str:
    # lupdate files a module-level tr() under the empty context (tools/update_translations.py).
    return QCoreApplication.translate("", text)


def requests_text(rows: Sequence[RevisionRequestRow]) -> str:
    """One sentence per awaited revision, or "" when none is awaited."""
    lines = []
    for row in rows:
        line = _tr("{symbol} requested at the meeting of {date} (item {position}); awaited.")
        line = line.format(
            symbol=row.requested_symbol,
            date=format_date(row.meeting_date),
            position=row.item_position,
        )
        if row.note:
            line += " " + row.note
        lines.append(line)
    return "\n".join(lines)
