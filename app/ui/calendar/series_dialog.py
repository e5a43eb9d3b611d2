"""The dialog that creates a series of meetings on chosen weekdays between two dates.

The dates it would create are listed live, each with a tick box: the chair unticks
holidays and weeks already taken. The dates come from ``services.meetings.series_dates``
so that the dialog and the service agree on what a series is.
"""

from __future__ import annotations

from datetime import date, time, timedelta
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from app.ui.common import meeting_labels as labels
from app.ui.common.dialog_parts import (
    CheckedDialog,
    buddy_label,
    combo,
    date_edit,
    span_row,
    stack,
    time_edit,
    to_date,
    to_time,
)
from app.ui.common.errors import error_text
from app.ui.common.timezone_picker import TimezonePicker

THURSDAY = 3
DATE_ROLE = Qt.ItemDataRole.UserRole + 1


class SeriesDialog(CheckedDialog):
    """Choose the dates of a series; ``values()`` is what ``create_series`` takes."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        first: date | None = None,
        start_time: time = time(10, 0),
        end_time: time = time(13, 0),
        timezone: str = "America/New_York",
        room: str = "",
        venue: str = "",
        title_pattern: str = "Meeting {number}",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New series of meetings"))
        self.title_edit = QLineEdit(title_pattern, self)
        self.title_edit.setToolTip(
            self.tr(
                "Each meeting's title: {number} becomes its number, {date} its date and "
                "{group} the working group's acronym."
            )
        )
        first = first or date.today()
        self.first_edit = date_edit(self, first)
        self.last_edit = date_edit(self, first + timedelta(weeks=6))
        self.weekday_boxes: list[QCheckBox] = []
        locale = QLocale()
        for weekday in range(7):
            box = QCheckBox(locale.dayName(weekday + 1, QLocale.FormatType.ShortFormat), self)
            box.setChecked(weekday == THURSDAY)
            self.weekday_boxes.append(box)
        self.start_edit = time_edit(self, start_time)
        self.end_edit = time_edit(self, end_time)
        self.zone_picker = TimezonePicker(self)
        self.zone_picker.set_zone(timezone)
        self.room_edit = QLineEdit(room, self)
        self.venue_edit = QLineEdit(venue, self)
        self.format_combo = combo(self, labels.meeting_formats(), "in_person")

        self.dates_list = QListWidget(self)
        self.dates_list.setAlternatingRowColors(True)
        self.dates_list.setMinimumHeight(self.fontMetrics().lineSpacing() * 9)
        self.summary_label = QLabel(self)
        self.make_buttons()
        self._skipped: set[date] = set()
        self._range_problem = ""

        self._lay_out()
        for box in self.weekday_boxes:
            box.toggled.connect(self._refresh_dates)
        self.first_edit.dateChanged.connect(self._refresh_dates)
        self.last_edit.dateChanged.connect(self._refresh_dates)
        self.start_edit.timeChanged.connect(self._validate)
        self.end_edit.timeChanged.connect(self._validate)
        self.zone_picker.zone_changed.connect(self._validate)
        self.title_edit.textChanged.connect(self._validate)
        self.dates_list.itemChanged.connect(self._date_ticked)
        self._refresh_dates()

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&Titles:"), self.title_edit)
        form.addRow(
            buddy_label(self, self.tr("&From:"), self.first_edit),
            span_row(self, self.first_edit, self.last_edit),
        )
        days = QHBoxLayout()
        for box in self.weekday_boxes:
            days.addWidget(box)
        days.addStretch(1)
        form.addRow(self.tr("Every:"), days)
        form.addRow(
            buddy_label(self, self.tr("T&ime:"), self.start_edit),
            span_row(self, self.start_edit, self.end_edit),
        )
        form.addRow(self.tr("Time &zone:"), self.zone_picker)
        form.addRow(self.tr("&Room:"), self.room_edit)
        form.addRow(self.tr("&Venue:"), self.venue_edit)
        form.addRow(self.tr("F&ormat:"), self.format_combo)
        dates_label = buddy_label(self, self.tr("&Dates (untick any to skip):"), self.dates_list)
        layout = stack(
            self,
            form,
            dates_label,
            self.dates_list,
            self.summary_label,
            self.message_label,
            self.buttons,
        )
        layout.setStretchFactor(self.dates_list, 1)

    # -- the dates -------------------------------------------------------------------
    def weekdays(self) -> list[int]:
        return [day for day, box in enumerate(self.weekday_boxes) if box.isChecked()]

    def _refresh_dates(self) -> None:
        from app.services.errors import ValidationError
        from app.services.meetings import series_dates

        self.dates_list.blockSignals(True)
        self.dates_list.clear()
        self._range_problem = ""
        try:
            days = series_dates(
                to_date(self.first_edit.date()), to_date(self.last_edit.date()), self.weekdays()
            )
        except ValidationError as exc:
            days = []
            self._range_problem = error_text(exc)
        for day in days:
            item = QListWidgetItem(labels.long_date(day), self.dates_list)
            item.setData(DATE_ROLE, day)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Unchecked if day in self._skipped else Qt.CheckState.Checked
            )
        self.dates_list.blockSignals(False)
        self._validate()

    def _date_ticked(self, item: QListWidgetItem) -> None:
        day = item.data(DATE_ROLE)
        if item.checkState() == Qt.CheckState.Checked:
            self._skipped.discard(day)
        else:
            self._skipped.add(day)
        self._validate()

    def dates(self) -> list[date]:
        """The ticked dates."""
        return [
            item.data(DATE_ROLE)
            for item in (self.dates_list.item(row) for row in range(self.dates_list.count()))
            if item.checkState() == Qt.CheckState.Checked
        ]

    def problem(self) -> str:
        if self._range_problem:
            return self._range_problem
        if self.end_edit.time() <= self.start_edit.time():
            return self.tr("The meetings must end after they start.")
        if not self.zone_picker.zone():
            return self.tr("Pick a time zone from the list: type part of its name, e.g. “York”.")
        if not self.dates():
            return self.tr("No dates are ticked: tick at least one.")
        return self.pattern_problem()

    def _validate(self) -> None:
        count = len(self.dates())
        total = self.dates_list.count()
        self.summary_label.setText(
            self.tr("{count} of {total} dates ticked").format(count=count, total=total)
        )
        self.show_problem()
        self.ok_button.setText(
            self.tr("Create 1 meeting")
            if count == 1
            else self.tr("Create {count} meetings").format(count=count)
        )

    def values(self) -> dict[str, Any]:
        return {
            "dates": self.dates(),
            "start_time": to_time(self.start_edit.time()),
            "end_time": to_time(self.end_edit.time()),
            "timezone": self.zone_picker.zone(),
            "room": self.room_edit.text().strip(),
            "venue": self.venue_edit.text().strip(),
            "format": self.format_combo.currentData(),
            "title_pattern": self.title_edit.text().strip(),
        }

    def pattern_problem(self) -> str:
        """Why the title pattern cannot be filled in, or ""."""
        try:
            self.title_edit.text().format(number=1, date="", group="")
        except (KeyError, IndexError, ValueError):
            return self.tr(
                "The titles can use {number}, {date} and {group}, each in braces; "
                "remove any other braces."
            )
        return ""
