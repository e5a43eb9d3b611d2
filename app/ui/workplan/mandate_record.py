"""Under the work plan, for the selected mandate: the meetings, decisions and open
follow-up actions that address it (from the meeting record)."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTextBrowser, QWidget

from app.ui.common.dates import format_date

if TYPE_CHECKING:
    from app.services.actions import ActionRow, MandateRecord
    from app.ui.common.context import AppContext


def _tr(text: str) -> str:
    # lupdate files a module-level tr() under the empty context (tools/update_translations.py).
    return QCoreApplication.translate("", text)


def _due(row: ActionRow) -> str:
    return _tr("due {date}").format(date=format_date(row.due_date)) if row.due_date else ""


def mandate_record_html(record: MandateRecord | None) -> str:
    if record is None:
        return escape(_tr("Select a mandate to see the meetings, decisions and actions for it."))
    none_yet, none = _tr("none yet"), _tr("none")
    meetings_heading, decisions_heading = _tr("Meetings:"), _tr("Decisions:")
    actions_heading = _tr("Open actions:")
    meetings = ", ".join(format_date(day) for _, day in record.meetings) or none_yet
    parts = [f"<b>{escape(meetings_heading)}</b> {escape(meetings)}"]
    decisions = [
        escape(
            _tr("{date}, item {position}: {title}").format(
                date=format_date(d.meeting_date), position=d.position, title=d.title
            )
        )
        + (f" — <i>{escape(d.decision)}</i>" if d.decision else "")
        for d in record.decisions
    ]
    actions = [
        escape(" — ".join(part for part in (a.description, a.responsible, _due(a)) if part))
        for a in record.open_actions
    ]
    for heading, entries, empty in (
        (decisions_heading, decisions, none_yet),
        (actions_heading, actions, none),
    ):
        if entries:
            listed = "".join(f"<li>{entry}</li>" for entry in entries)
            parts.append(f"<b>{escape(heading)}</b><ul>{listed}</ul>")
        else:
            parts.append(f"<b>{escape(heading)}</b> {escape(empty)}")
    return "<br>".join(parts)


class MandateRecordPane(QTextBrowser):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mandateRecord")
        self.context = context
        self.setOpenLinks(False)
        self.setMaximumHeight(130)

    def show_mandate(self, mandate_id: int | None) -> None:
        from app.services.actions import mandate_record

        record = None
        if mandate_id is not None and self.context.workspace is not None:
            try:
                record = self.context.read(lambda s: mandate_record(s, mandate_id))
            except Exception:  # the mandate went away in another window: show nothing
                record = None
        self.setHtml(mandate_record_html(record))
