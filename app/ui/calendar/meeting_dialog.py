"""The dialog in which a meeting is created or edited, and the one that postpones it.

It checks as the user types (the OK button stays disabled, with the reason in red under
the fields, until the meeting ends after it starts and has a known time zone) and
returns the values ``services.meetings.create_meeting`` / ``update_meeting`` take.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, time, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QToolButton,
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
from app.ui.common.timezone_picker import TimezonePicker


class MeetingDialog(CheckedDialog):
    """New meeting (no ``values``) or edit one (``values`` from ``meeting_values``)."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        values: Mapping[str, Any] | None = None,
        default_timezone: str = "America/New_York",
        next_number: int | None = None,
        default_date: date | None = None,
    ) -> None:
        super().__init__(parent)
        editing = values is not None
        values = dict(values or {})
        self.setWindowTitle(self.tr("Edit meeting") if editing else self.tr("New meeting"))

        self.title_edit = QLineEdit(values.get("title", ""), self)
        self.title_edit.setPlaceholderText(self.tr("e.g. Sixth meeting of the Working Group"))
        self.title_edit.setToolTip(
            self.tr("Left empty, the meeting is called by its number or its date.")
        )
        self.title_edit.setMinimumWidth(self.fontMetrics().averageCharWidth() * 56)
        self.title_edit.setCursorPosition(0)
        self.language_combo = combo(
            self, labels.languages(), str(values.get("title_language") or "en")
        )
        self.language_combo.setToolTip(self.tr("The language the title was written in"))

        self.translations_toggle = QToolButton(self)
        self.translations_toggle.setText(self.tr("Titles in other languages"))
        self.translations_toggle.setCheckable(True)
        self.translations_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.translations_toggle.setAutoRaise(True)
        self.translations_box = QWidget(self)
        translations_form = QFormLayout(self.translations_box)
        translations_form.setContentsMargins(16, 0, 0, 0)
        given = dict(values.get("translations") or {})
        self.translation_edits: dict[str, QLineEdit] = {}
        for code, name in labels.languages().items():
            edit = QLineEdit(given.get(code, ""), self.translations_box)
            self.translation_edits[code] = edit
            translations_form.addRow(self.tr("{language}:").format(language=name), edit)
        filled = any(v for c, v in given.items() if c != self.language_combo.currentData())
        self.translations_toggle.setChecked(filled)

        number = values.get("number", next_number if not editing else None)
        self.number_spin = QSpinBox(self)
        self.number_spin.setRange(0, 9999)
        self.number_spin.setSpecialValueText(self.tr("none"))
        self.number_spin.setValue(number or 0)
        self.number_spin.setToolTip(self.tr("The meeting's number in the series (1st, 2nd …)"))

        self.date_edit = date_edit(self, values.get("date") or default_date or date.today())
        self.start_edit = time_edit(self, values.get("start_time") or time(10, 0))
        self.end_edit = time_edit(self, values.get("end_time") or time(13, 0))
        self.zone_picker = TimezonePicker(self)
        self.zone_picker.set_zone(values.get("timezone") or default_timezone)
        self.offset_label = QLabel(self)
        self.offset_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.room_edit = QLineEdit(values.get("room", ""), self)
        self.room_edit.setPlaceholderText(self.tr("e.g. Padilha Vidal Room"))
        self.venue_edit = QLineEdit(values.get("venue", ""), self)
        self.venue_edit.setPlaceholderText(self.tr("e.g. OAS headquarters, Washington, D.C."))
        self.format_combo = combo(self, labels.meeting_formats(), values.get("format"))
        self.status_combo = combo(self, labels.meeting_statuses(), values.get("status"))
        self.notes_edit = QPlainTextEdit(values.get("notes", ""), self)
        self.notes_edit.setTabChangesFocus(True)
        line = self.notes_edit.fontMetrics().lineSpacing()
        self.notes_edit.setFixedHeight(line * 4 + 12)

        self.make_buttons(self.tr("Save") if editing else self.tr("Create meeting"))

        self._lay_out()
        self._connect()
        self._update_translations()
        self._validate()
        self.title_edit.setFocus()

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        title_row = QHBoxLayout()
        title_row.addWidget(self.title_edit, 1)
        title_row.addWidget(self.language_combo)
        form.addRow(buddy_label(self, self.tr("&Title:"), self.title_edit), title_row)
        form.addRow("", self.translations_toggle)
        form.addRow(self.translations_box)
        form.addRow(self.tr("&Number:"), self.number_spin)
        form.addRow(self.tr("&Date:"), self.date_edit)
        form.addRow(
            buddy_label(self, self.tr("T&ime:"), self.start_edit),
            span_row(self, self.start_edit, self.end_edit),
        )
        zone = QHBoxLayout()
        zone.addWidget(self.zone_picker, 1)
        zone.addWidget(self.offset_label)
        form.addRow(buddy_label(self, self.tr("Time &zone:"), self.zone_picker), zone)
        form.addRow(self.tr("&Room:"), self.room_edit)
        form.addRow(self.tr("&Venue:"), self.venue_edit)
        form.addRow(self.tr("&Format:"), self.format_combo)
        form.addRow(self.tr("&Status:"), self.status_combo)
        form.addRow(self.tr("N&otes:"), self.notes_edit)
        for widget in (self.number_spin, self.date_edit, self.format_combo, self.status_combo):
            widget.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

        stack(self, form, self.message_label, self.buttons)

    def _connect(self) -> None:
        self.translations_toggle.toggled.connect(self._update_translations)
        self.language_combo.currentIndexChanged.connect(self._update_translations)
        for widget in (self.start_edit, self.end_edit):
            widget.timeChanged.connect(self._validate)
        self.date_edit.dateChanged.connect(self._validate)
        self.zone_picker.zone_changed.connect(self._validate)

    def _update_translations(self) -> None:
        shown = self.translations_toggle.isChecked()
        self.translations_toggle.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )
        self.translations_box.setVisible(shown)
        original = self.language_combo.currentData()
        form = self.translations_box.layout()
        assert isinstance(form, QFormLayout)
        for code, edit in self.translation_edits.items():
            form.setRowVisible(edit, code != original)
        if self.isVisible():
            self.adjustSize()

    # -- checking --------------------------------------------------------------------
    def problem(self) -> str:
        """Why the values cannot be saved yet, or ""."""
        if self.end_edit.time() <= self.start_edit.time():
            return self.tr("The meeting must end after it starts.")
        if not self.zone_picker.zone():
            return self.tr("Pick a time zone from the list: type part of its name, e.g. “York”.")
        return ""

    def _validate(self) -> None:
        self.show_problem()
        zone = self.zone_picker.zone()
        if zone:
            day, start = to_date(self.date_edit.date()), to_time(self.start_edit.time())
            offset = labels.utc_offset(day, start, zone)
            name = labels.zone_abbreviation(day, start, zone)
            self.offset_label.setText(offset if name == offset else f"{offset} ({name})")
        else:
            self.offset_label.clear()

    # -- result ----------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        """The meeting's values, as ``create_meeting`` and ``update_meeting`` take them."""
        original = self.language_combo.currentData()
        translations = {
            code: edit.text().strip()
            for code, edit in self.translation_edits.items()
            if code != original
        }
        return {
            "title": self.title_edit.text().strip(),
            "title_language": original,
            "translations": translations,
            "number": self.number_spin.value() or None,
            "date": to_date(self.date_edit.date()),
            "start_time": to_time(self.start_edit.time()),
            "end_time": to_time(self.end_edit.time()),
            "timezone": self.zone_picker.zone(),
            "room": self.room_edit.text().strip(),
            "venue": self.venue_edit.text().strip(),
            "format": self.format_combo.currentData(),
            "status": self.status_combo.currentData(),
            "notes": self.notes_edit.toPlainText().strip(),
        }


class PostponeDialog(CheckedDialog):
    """Move a meeting to another date, or mark it postponed until a date is known."""

    def __init__(self, parent: QWidget | None, title: str, current: date) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Postpone meeting"))
        intro = QLabel(
            self.tr("Postpone “{title}” of {date}:").format(
                title=title, date=labels.long_date(current)
            ),
            self,
        )
        intro.setWordWrap(True)
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
        self.make_buttons(self.tr("Postpone"))

        row = QHBoxLayout()
        row.addWidget(self.move_radio)
        row.addWidget(self.date_edit)
        row.addStretch(1)
        stack(self, intro, row, self.later_radio, self.message_label, self.buttons)
        self.move_radio.toggled.connect(self._validate)
        self.date_edit.dateChanged.connect(self._validate)
        self._validate()

    def problem(self) -> str:
        if self.move_radio.isChecked() and to_date(self.date_edit.date()) == self.current:
            return self.tr("Choose a date other than the current one.")
        return ""

    def _validate(self) -> None:
        self.date_edit.setEnabled(self.move_radio.isChecked())
        self.show_problem()

    def new_date(self) -> date | None:
        """The date chosen, or None to mark the meeting postponed."""
        return to_date(self.date_edit.date()) if self.move_radio.isChecked() else None
