"""Cancelling and postponing a meeting: each asks for the reason, which the meeting keeps,
and says that the exported calendar will tell delegates.

Postponing onto a day that already has a meeting is said in the dialog, before anything
happens, and OK waits until the chair ticks that both meetings are meant to be held that day.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from app.ui.common import meeting_labels as labels
from app.ui.common.dialog_parts import CheckedDialog, date_edit, stack, to_date

REASON_LENGTH = 2000


def _note(parent: QWidget, text: str) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def _reason_edit(parent: QWidget, placeholder: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setMaxLength(REASON_LENGTH)
    edit.setPlaceholderText(placeholder)
    edit.setMinimumWidth(parent.fontMetrics().averageCharWidth() * 50)
    return edit


class CancelDialog(CheckedDialog):
    """Cancel one meeting or several, with the reason kept on each."""

    def __init__(self, parent: QWidget | None, titles: list[tuple[str, date]]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cancel meeting"))
        if len(titles) == 1:
            question = self.tr("Cancel “{title}” of {date}?").format(
                title=titles[0][0], date=labels.long_date(titles[0][1])
            )
        else:
            question = self.tr("Cancel these {n} meetings?").format(n=len(titles))
        intro = QLabel(question, self)
        intro.setWordWrap(True)
        self.reason_edit = _reason_edit(self, self.tr("e.g. The Permanent Council meets that day"))
        note = _note(
            self,
            self.tr(
                "The meeting stays in the calendar, marked cancelled with this reason. "
                "The next calendar you export tells delegates it is cancelled."
            ),
        )
        self.make_buttons(self.tr("Cancel Meeting"))
        self.buttons.button(self.buttons.StandardButton.Cancel).setText(self.tr("Keep Meeting"))
        form = QFormLayout()
        form.addRow(self.tr("&Reason:"), self.reason_edit)
        stack(self, intro, form, note, self.message_label, self.buttons)
        self.show_problem()

    def reason(self) -> str:
        return self.reason_edit.text().strip()


class PostponeDialog(CheckedDialog):
    """Move a meeting to another date, or mark it postponed until a date is known."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        current: date,
        taken: Mapping[date, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Postpone meeting"))
        intro = QLabel(
            self.tr("Postpone “{title}” of {date}:").format(
                title=title, date=labels.long_date(current)
            ),
            self,
        )
        intro.setWordWrap(True)
        #: Other meetings' dates, each with a title: postponing onto one is said first.
        self.taken = dict(taken or {})
        self.move_radio = QRadioButton(self.tr("&Move it to"), self)
        self.later_radio = QRadioButton(
            self.tr("Mark it &postponed; the new date is not known yet"), self
        )
        group = QButtonGroup(self)
        group.addButton(self.move_radio)
        group.addButton(self.later_radio)
        self.move_radio.setChecked(True)
        self.date_edit = date_edit(self, current + timedelta(days=7))
        self.current = current
        self.both_box = QCheckBox(self.tr("&Hold both meetings on that day"), self)
        self.reason_edit = _reason_edit(self, self.tr("e.g. The documents are not ready"))
        note = _note(
            self,
            self.tr(
                "The meeting keeps this reason. The next calendar you export tells "
                "delegates of the new date, or that the meeting is postponed."
            ),
        )
        self.make_buttons(self.tr("Postpone"))

        row = QHBoxLayout()
        row.addWidget(self.move_radio)
        row.addWidget(self.date_edit)
        row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("&Reason:"), self.reason_edit)
        stack(
            self,
            intro,
            row,
            self.both_box,
            self.later_radio,
            form,
            note,
            self.message_label,
            self.buttons,
        )
        self.move_radio.toggled.connect(self._validate)
        self.date_edit.dateChanged.connect(self._validate)
        self.both_box.toggled.connect(self._validate)
        self._validate()

    def clash(self) -> str:
        """The title of the meeting already on the chosen day, or ""."""
        if not self.move_radio.isChecked():
            return ""
        return self.taken.get(to_date(self.date_edit.date()), "")

    def problem(self) -> str:
        if self.move_radio.isChecked() and to_date(self.date_edit.date()) == self.current:
            return self.tr("Choose a date other than the current one.")
        clash = self.clash()
        if clash and not self.both_box.isChecked():
            return self.tr(
                "“{title}” is already on {date}. Choose another date, or tick that both "
                "meetings are held that day."
            ).format(title=clash, date=labels.long_date(to_date(self.date_edit.date())))
        return ""

    def _validate(self) -> None:
        self.date_edit.setEnabled(self.move_radio.isChecked())
        clash = bool(self.clash())
        self.both_box.setVisible(clash)
        if not clash:
            self.both_box.setChecked(False)
        self.show_problem()

    def new_date(self) -> date | None:
        """The date chosen, or None to mark the meeting postponed."""
        return to_date(self.date_edit.date()) if self.move_radio.isChecked() else None

    def reason(self) -> str:
        return self.reason_edit.text().strip()
