"""A month view that marks the days with meetings.

Meeting days are bold on a blue tint, days with overlapping meetings on an orange one,
and a day whose meetings are all cancelled is struck out; hovering a day lists its
meetings. Clicking a meeting day reports its meetings; double-clicking a free day asks
for a new meeting on it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QWidget

from app.ui.common import meeting_labels as labels
from app.ui.common.dates import qdate

if TYPE_CHECKING:
    from app.services.meeting_rows import MeetingRow

MEETING_TINT = QColor(59, 111, 182, 48)
OVERLAP_TINT = QColor(214, 140, 30, 70)


def to_date(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class MeetingCalendar(QCalendarWidget):
    #: The user clicked a day with meetings: their ids, in time order.
    meetings_clicked = Signal(list)
    #: The user double-clicked (or pressed Enter on) a day without meetings.
    free_day_activated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._by_date: dict[date, list[MeetingRow]] = {}
        self.setGridVisible(False)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.setMinimumHeight(self.sizeHint().height() * 4 // 3)
        self.clicked.connect(self._day_clicked)
        self.activated.connect(self._day_activated)

    def show_meetings(self, rows: Sequence[MeetingRow], overlapping: Iterable[int]) -> None:
        flagged = set(overlapping)
        self._by_date = {}
        for row in rows:
            day = row.date
            while day <= row.last_date:  # every day of a meeting of several days
                self._by_date.setdefault(day, []).append(row)
                day += timedelta(days=1)
        self.setDateTextFormat(QDate(), QTextCharFormat())
        for day, meetings in self._by_date.items():
            text_format = QTextCharFormat()
            text_format.setFontWeight(700)
            overlaps = any(row.id in flagged for row in meetings)
            text_format.setBackground(QBrush(OVERLAP_TINT if overlaps else MEETING_TINT))
            text_format.setFontStrikeOut(all(str(row.status) == "cancelled" for row in meetings))
            text_format.setToolTip("\n".join(self._describe(row) for row in meetings))
            self.setDateTextFormat(qdate(day), text_format)

    def meetings_on(self, day: date) -> list[MeetingRow]:
        return list(self._by_date.get(day, ()))

    def show_day(self, day: date) -> None:
        """Select ``day`` and turn to its month, without reporting a click."""
        self.setSelectedDate(qdate(day))

    @staticmethod
    def _describe(row: MeetingRow) -> str:
        span = labels.meeting_time(row)
        status = labels.label(labels.meeting_statuses(), row.status)
        return f"{row.title} — {span} ({status})"

    def _day_clicked(self, day: QDate) -> None:
        meetings = self._by_date.get(to_date(day))
        if meetings:
            self.meetings_clicked.emit([row.id for row in meetings])

    def _day_activated(self, day: QDate) -> None:
        if to_date(day) not in self._by_date:
            self.free_day_activated.emit(to_date(day))
