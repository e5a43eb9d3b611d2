"""Making a weekly series of meetings from the calendar page, skipping unticked dates."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import QDate, QPoint, Qt

from app.ui.calendar.calendar_page import CalendarPage
from app.ui.calendar.series_dialog import DATE_ROLE, SeriesDialog
from tests.ui.meeting_support import OFFSCREEN_WARNING, type_time
from tests.ui.page_support import active_modal, stored_meetings

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_WARNING)
THURSDAYS = [
    date(2011, 9, 15),
    date(2011, 9, 22),
    date(2011, 9, 29),
    date(2011, 10, 6),
    date(2011, 10, 13),
    date(2011, 10, 20),
    date(2011, 10, 27),
]
SKIPPED = {date(2011, 10, 6), date(2011, 10, 20)}


def untick(qtbot, dialog, day):
    """Click the tick box at the left of ``day``'s line."""
    for row in range(dialog.dates_list.count()):
        item = dialog.dates_list.item(row)
        if item.data(DATE_ROLE) == day:
            rect = dialog.dates_list.visualItemRect(item)
            box = QPoint(rect.left() + rect.height() // 2, rect.center().y())
            qtbot.mouseClick(dialog.dates_list.viewport(), Qt.MouseButton.LeftButton, pos=box)
            assert item.checkState() == Qt.CheckState.Unchecked
            return
    raise AssertionError(f"{day} is not listed")


@pytest.fixture
def page(qtbot, app_context):
    page = CalendarPage(app_context)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return page


def open_series(qtbot, page):
    page.series_action.trigger()
    return active_modal(qtbot, SeriesDialog)


def test_a_thursday_series_without_the_unticked_dates_is_stored(qtbot, page, app_context):
    before = {m.id for m in stored_meetings(app_context)}
    dialog = open_series(qtbot, page)
    assert [box.isChecked() for box in dialog.weekday_boxes] == [False] * 3 + [True] + [False] * 3
    dialog.first_edit.setDate(QDate(2011, 9, 15))
    dialog.last_edit.setDate(QDate(2011, 10, 27))
    assert dialog.dates_list.count() == 7
    assert dialog.ok_button.text() == "Create 7 meetings"
    for day in SKIPPED:
        untick(qtbot, dialog, day)
    assert dialog.ok_button.text() == "Create 5 meetings"
    assert dialog.summary_label.text() == "5 of 7 dates ticked"
    type_time(qtbot, dialog.start_edit, "15:00")
    type_time(qtbot, dialog.end_edit, "17:00")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    new = [m for m in stored_meetings(app_context) if m.id not in before]
    assert [m.date for m in new] == [d for d in THURSDAYS if d not in SKIPPED]
    assert {(m.start_time, m.end_time, m.timezone) for m in new} == {
        (time(15, 0), time(17, 0), "America/New_York")
    }
    assert [m.number for m in new] == [6, 7, 8, 9, 10]
    assert sorted(page.selected_ids()) == sorted(m.id for m in new)

    app_context.undo_stack.undo()
    assert {m.id for m in stored_meetings(app_context)} == before
    app_context.undo_stack.redo()
    again = [m for m in stored_meetings(app_context) if m.id not in before]
    assert [m.uid for m in again] == [m.uid for m in new]


def test_the_dates_follow_the_weekdays_and_unticks_are_remembered(qtbot, page):
    dialog = open_series(qtbot, page)
    dialog.first_edit.setDate(QDate(2011, 9, 12))
    dialog.last_edit.setDate(QDate(2011, 9, 25))
    untick(qtbot, dialog, date(2011, 9, 15))
    qtbot.mouseClick(dialog.weekday_boxes[1], Qt.MouseButton.LeftButton)
    assert dialog.dates_list.count() == 4
    assert dialog.dates() == [date(2011, 9, 13), date(2011, 9, 20), date(2011, 9, 22)]
    dialog.reject()


def test_nothing_to_create_disables_ok_and_says_why(qtbot, page):
    dialog = open_series(qtbot, page)
    dialog.first_edit.setDate(QDate(2011, 10, 1))
    dialog.last_edit.setDate(QDate(2011, 9, 1))
    assert not dialog.ok_button.isEnabled()
    assert dialog.message_label.text() == "The series must end on or after its first date."
    dialog.last_edit.setDate(QDate(2011, 10, 31))
    qtbot.mouseClick(dialog.weekday_boxes[3], Qt.MouseButton.LeftButton)
    assert not dialog.ok_button.isEnabled()
    assert dialog.message_label.text() == "Choose at least one day of the week."
    dialog.reject()
