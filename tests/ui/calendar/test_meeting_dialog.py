"""The meeting dialog checks as the user types and returns what the services take."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import QDate, Qt

from app.services import meetings
from app.ui.calendar.meeting_dialog import MeetingDialog, PostponeDialog
from tests.ui.meeting_support import OFFSCREEN_WARNING, choose_zone, type_time

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_WARNING)
END_BEFORE_START = "The meeting must end after it starts."


@pytest.fixture
def dialog(qtbot):
    dialog = MeetingDialog(default_timezone="America/New_York", next_number=6)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    return dialog


def test_ok_is_disabled_with_a_message_while_the_end_is_before_the_start(qtbot, dialog):
    assert dialog.ok_button.isEnabled()
    assert not dialog.message_label.isVisible()
    type_time(qtbot, dialog.end_edit, "09:30")
    assert not dialog.ok_button.isEnabled()
    assert dialog.message_label.isVisible()
    assert dialog.message_label.text() == END_BEFORE_START
    assert dialog.message_label.palette().color(dialog.message_label.foregroundRole()).red() > 150
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.isVisible()

    type_time(qtbot, dialog.end_edit, "10:00")
    assert not dialog.ok_button.isEnabled()
    type_time(qtbot, dialog.end_edit, "11:15")
    assert dialog.ok_button.isEnabled()
    assert not dialog.message_label.isVisible()


def test_a_zone_that_is_not_in_the_list_blocks_ok(qtbot, dialog):
    line = dialog.zone_picker.lineEdit()
    line.selectAll()
    qtbot.keyClicks(line, "Atlantis/Capital")
    assert not dialog.ok_button.isEnabled()
    assert "time zone" in dialog.message_label.text()
    assert dialog.offset_label.text() == ""


def test_time_zones_are_found_by_any_part_of_their_name(qtbot, dialog):
    choose_zone(qtbot, dialog.zone_picker, "buenos", "America/Argentina/Buenos_Aires")
    assert dialog.offset_label.text() == "UTC−03:00"
    choose_zone(qtbot, dialog.zone_picker, "OF_SPAIN", "America/Port_of_Spain")
    assert dialog.offset_label.text() == "UTC−04:00 (AST)"


def test_the_values_are_what_create_meeting_takes(qtbot, dialog, workspace):
    qtbot.keyClicks(dialog.title_edit, "Sixth meeting")
    qtbot.mouseClick(dialog.translations_toggle, Qt.MouseButton.LeftButton)
    assert dialog.translation_edits["es"].isVisible()
    assert not dialog.translation_edits["en"].isVisible()
    qtbot.keyClicks(dialog.translation_edits["es"], "Sexta reunion")
    dialog.date_edit.setDate(QDate(2011, 11, 3))
    type_time(qtbot, dialog.start_edit, "15:00")
    type_time(qtbot, dialog.end_edit, "18:00")
    qtbot.keyClicks(dialog.room_edit, "Room B")
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("hybrid"))
    values = dialog.values()
    assert values["number"] == 6
    assert values["translations"] == {"es": "Sexta reunion", "fr": "", "pt": ""}
    with workspace.writing() as session:
        meeting = meetings.create_meeting(session, **values)
        assert (meeting.title_en, meeting.title_es, meeting.title_fr) == (
            "Sixth meeting",
            "Sexta reunion",
            None,
        )
        assert (meeting.date, meeting.start_time, meeting.end_time) == (
            date(2011, 11, 3),
            time(15, 0),
            time(18, 0),
        )
        assert (meeting.room, meeting.format, meeting.timezone) == (
            "Room B",
            "hybrid",
            "America/New_York",
        )


def test_editing_shows_the_meeting_and_its_original_language(qtbot):
    values = {
        "title": "Primera reunión",
        "title_language": "es",
        "translations": {"es": "Primera reunión", "en": "First meeting"},
        "number": 1,
        "date": date(2011, 9, 15),
        "start_time": time(10, 0),
        "end_time": time(13, 0),
        "timezone": "America/New_York",
        "room": "Padilha Vidal Room",
        "venue": "",
        "format": "in_person",
        "status": "held",
        "notes": "",
    }
    dialog = MeetingDialog(values=values)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Edit meeting"
    assert dialog.ok_button.text() == "Save"
    assert dialog.language_combo.currentData() == "es"
    assert dialog.translations_toggle.isChecked()
    assert dialog.status_combo.currentData() == "held"
    result = dialog.values()
    assert result["translations"] == {"en": "First meeting", "fr": "", "pt": ""}
    assert {k: result[k] for k in ("date", "start_time", "room", "status")} == {
        "date": date(2011, 9, 15),
        "start_time": time(10, 0),
        "room": "Padilha Vidal Room",
        "status": "held",
    }


def test_postponing_to_the_same_date_is_refused(qtbot):
    dialog = PostponeDialog(None, "Fifth meeting", date(2011, 10, 27))
    qtbot.addWidget(dialog)
    assert dialog.new_date() == date(2011, 11, 3)
    dialog.date_edit.setDate(QDate(2011, 10, 27))
    assert not dialog.ok_button.isEnabled()
    dialog.later_radio.setChecked(True)
    assert dialog.ok_button.isEnabled()
    assert dialog.new_date() is None
