"""Deferring an item: the chair chooses the meeting it goes to; the next one is proposed."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from app.ui.common import meeting_labels as labels
from app.ui.common.dialog_parts import CheckedDialog, stack

if TYPE_CHECKING:
    from app.services.meeting_rows import MeetingRow


class DeferDialog(CheckedDialog):
    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        current: MeetingRow,
        meetings: Sequence[MeetingRow],
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Defer item"))
        intro = QLabel(self.tr("Defer “{title}” to:").format(title=title), self)
        intro.setWordWrap(True)
        self.meeting_combo = QComboBox(self)
        choices = [m for m in meetings if m.id != current.id and str(m.status) != "cancelled"]
        later = [m for m in choices if (m.date, m.start_time) > (current.date, current.start_time)]
        for meeting in choices:
            self.meeting_combo.addItem(
                self.tr("{date} — {title}").format(
                    date=labels.short_date(meeting.date), title=meeting.title
                ),
                meeting.id,
            )
        if later:
            self.meeting_combo.setCurrentIndex(self.meeting_combo.findData(later[0].id))
        note = QLabel(
            self.tr(
                "The item is added at the end of that meeting's agenda with its documents, "
                "and marked deferred here."
            ),
            self,
        )
        note.setWordWrap(True)
        note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.make_buttons(self.tr("Defer"))
        form = QFormLayout()
        form.addRow(self.tr("&Meeting:"), self.meeting_combo)
        stack(self, intro, form, note, self.message_label, self.buttons)
        self.show_problem()

    def problem(self) -> str:
        if self.meeting_combo.count() == 0:
            return self.tr("There is no other meeting to defer the item to. Create it first.")
        return ""

    def meeting_id(self) -> int:
        return int(self.meeting_combo.currentData())
