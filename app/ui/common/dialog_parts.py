"""What the edit dialogs are built from: their fields, the OK/Cancel row, the red line
that says why OK is disabled, and a dialog that checks its input as the user types."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, time

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTime
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.ui.common import meeting_labels as labels

DATE_FORMAT = "ddd d MMM yyyy"
TIME_FORMAT = "HH:mm"
ERROR_RED = QColor("#b3261e")


# -- values ----------------------------------------------------------------------------
def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def to_time(value: QTime) -> time:
    return time(value.hour(), value.minute())


# -- fields ----------------------------------------------------------------------------
def date_edit(parent: QWidget, day: date) -> QDateEdit:
    edit = QDateEdit(labels.qdate(day), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    return edit


def time_edit(parent: QWidget, at: time) -> QTimeEdit:
    edit = QTimeEdit(QTime(at.hour, at.minute), parent)
    edit.setDisplayFormat(TIME_FORMAT)
    return edit


def combo(parent: QWidget, choices: Mapping[str, str], current: str | None) -> QComboBox:
    box = QComboBox(parent)
    for value, text in choices.items():
        box.addItem(text, value)
    index = box.findData(str(current)) if current is not None else -1
    box.setCurrentIndex(max(index, 0))
    return box


def span_row(parent: QWidget, first: QWidget, last: QWidget) -> QHBoxLayout:
    """``first`` "to" ``last`` on one line, for a span of dates or times."""
    row = QHBoxLayout()
    row.addWidget(first)
    row.addWidget(QLabel(QCoreApplication.translate("dialog_parts", "to"), parent))
    row.addWidget(last)
    row.addStretch(1)
    return row


def buddy_label(parent: QWidget, text: str, buddy: QWidget) -> QLabel:
    """A form label whose mnemonic focuses ``buddy``, for rows whose field is a layout."""
    label = QLabel(text, parent)
    label.setBuddy(buddy)
    return label


# -- the dialog's frame ----------------------------------------------------------------
def error_label(parent: QWidget) -> QLabel:
    """A label for a message in red that says why OK is disabled."""
    label = QLabel(parent)
    label.setWordWrap(True)
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, ERROR_RED)
    label.setPalette(palette)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def ok_cancel_buttons(dialog: QDialog) -> QDialogButtonBox:
    """OK and Cancel, accepting and rejecting ``dialog``."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def stack(owner: QWidget, *parts: QWidget | QLayout) -> QVBoxLayout:
    """Lay ``parts`` out in ``owner`` from top to bottom."""
    layout = QVBoxLayout(owner)
    for part in parts:
        if isinstance(part, QLayout):
            layout.addLayout(part)
        else:
            layout.addWidget(part)
    return layout


class CheckedDialog(QDialog):
    """A dialog whose OK stays disabled, with the reason in red under the fields, while
    ``problem()`` finds something to fix; a subclass calls ``show_problem()`` on each edit.

    A subclass makes its fields first and then calls ``make_buttons()``: widgets take Tab
    in the order they are made, and OK comes after the fields.
    """

    message_label: QLabel
    buttons: QDialogButtonBox
    ok_button: QPushButton

    def make_buttons(self, ok_text: str = "") -> None:
        """Make the message line and OK/Cancel, OK reading ``ok_text`` if given."""
        self.message_label = error_label(self)
        self.buttons = ok_cancel_buttons(self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok_text:
            self.ok_button.setText(ok_text)

    def problem(self) -> str:
        """Why the values cannot be saved yet, or ""."""
        return ""

    def show_problem(self) -> str:
        """Say what ``problem()`` finds, enable OK only when it finds nothing; return it."""
        message = self.problem()
        self.message_label.setText(message)
        self.message_label.setVisible(bool(message))
        self.ok_button.setEnabled(not message)
        return message

    def accept(self) -> None:
        if self.problem():
            return
        super().accept()
