"""The summary of the meeting: the text the chair edits, generated from the record."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.services.summary import MeetingSummaryText
from app.ui.common.dates import format_date
from app.ui.common.page_support import page_action


class SummaryView(QWidget):
    """The editor, "Save" (Ctrl+S while in the editor) and "Regenerate from the record"."""

    def __init__(
        self,
        save: Callable[[], Any],
        regenerate: Callable[[], Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("summaryEditor")
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        font = QFont(self.editor.font())
        font.setPointSizeF(font.pointSizeF() + 1)
        self.editor.setFont(font)
        self.save_action = page_action(
            self,
            self.tr("Save the summary"),
            save,
            self.tr("Keep your text of the summary with the meeting"),
            shortcuts=[QKeySequence.StandardKey.Save],
        )
        self.regenerate_action = page_action(
            self,
            self.tr("Regenerate from the record"),
            regenerate,
            self.tr("Bring the summary up to date with the record; your own paragraphs are kept"),
        )
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        buttons = QHBoxLayout()
        for action in (self.regenerate_action, self.save_action):
            button = QToolButton(self)
            button.setDefaultAction(action)
            buttons.addWidget(button)
        buttons.addWidget(self.state, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.editor, 1)
        self.editor.modificationChanged.connect(self._modified)
        self._summary: MeetingSummaryText | None = None

    def show_summary(self, summary: MeetingSummaryText | None) -> None:
        """Show a meeting's summary; text being edited is kept while the chair edits it."""
        same = (
            summary is not None
            and self._summary is not None
            and self._summary.meeting_id == summary.meeting_id
        )
        self._summary = summary
        if same and self.editor.document().isModified():
            return
        self.editor.setPlainText(summary.text if summary else "")
        self.editor.document().setModified(False)
        self.editor.setEnabled(summary is not None)
        self.regenerate_action.setEnabled(summary is not None)
        self._modified(False)

    def text(self) -> str:
        return self.editor.toPlainText()

    def is_modified(self) -> bool:
        return self.editor.document().isModified()

    def _modified(self, modified: bool) -> None:
        self.save_action.setEnabled(modified)
        summary = self._summary
        if summary is None:
            self.state.setText("")
        elif modified:
            self.state.setText(self.tr("Edited: not saved yet."))
        elif not summary.stored:
            self.state.setText(
                self.tr("Generated from the record; not saved with the meeting yet.")
            )
        elif summary.generated_at is not None:
            self.state.setText(
                self.tr("Saved with the meeting; last generated from the record on {date}.")
                .format(date=format_date(summary.generated_at.date()))
            )  # fmt: skip
        else:
            self.state.setText(self.tr("Saved with the meeting."))
