"""The period of the calendar of activities in the print preview: all meetings, or from/to."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from app.ui.common.dates import DATE_FORMAT, qdate


def tr(text: str) -> str:
    # lupdate files a module-level tr() under the empty context (tools/update_translations.py).
    return QCoreApplication.translate("", text)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class PeriodChooser(QWidget):
    """ "Only the meetings from [date] to [date]", off by default (every meeting).

    The last day cannot be set before the first: the "to" field's minimum follows "from".
    """

    changed = Signal()

    def __init__(self, span: tuple[date, date] | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        first, last = span or (date.today(), date.today())
        self.limit_box = QCheckBox(tr("Only the meetings from"))
        self.limit_box.setToolTip(tr("Leave unticked for every meeting in the calendar"))
        self.start_edit = self._date_edit(first)
        self.end_edit = self._date_edit(last)
        self.end_edit.setMinimumDate(qdate(first))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.limit_box)
        layout.addWidget(self.start_edit)
        layout.addWidget(QLabel(tr("to")))
        layout.addWidget(self.end_edit)
        layout.addStretch(1)
        self.limit_box.toggled.connect(self._limit_toggled)
        self.start_edit.dateChanged.connect(self._start_changed)
        self.end_edit.dateChanged.connect(self._end_changed)
        self._limit_toggled(False)

    def _date_edit(self, day: date) -> QDateEdit:
        edit = QDateEdit(qdate(day))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(DATE_FORMAT)
        return edit

    def _limit_toggled(self, limited: bool) -> None:
        self.start_edit.setEnabled(limited)
        self.end_edit.setEnabled(limited)
        self.changed.emit()

    def _start_changed(self, value: QDate) -> None:
        self.end_edit.setMinimumDate(value)  # moves "to" along when it was earlier
        if self.limit_box.isChecked():
            self.changed.emit()

    def _end_changed(self, _value: QDate) -> None:
        if self.limit_box.isChecked():
            self.changed.emit()

    def period(self) -> tuple[date | None, date | None]:
        """(first day, last day) of the period, or (None, None) for every meeting."""
        if not self.limit_box.isChecked():
            return None, None
        return _day(self.start_edit.date()), _day(self.end_edit.date())

    def set_period(self, start: date, end: date) -> None:
        """Limit the calendar to ``start``..``end`` (used by tests and by a remembered choice)."""
        self.blockSignals(True)
        try:
            self.start_edit.setDate(qdate(start))
            self.end_edit.setDate(qdate(end))
            self.limit_box.setChecked(True)
        finally:
            self.blockSignals(False)
        self.changed.emit()
