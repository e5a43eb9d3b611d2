"""The calendar page as the chair uses it: month view, meeting list, and meeting edits."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QTableView

from app.services import agenda_rows, meetings
from app.ui.calendar.calendar_page import CalendarPage
from app.ui.calendar.meeting_calendar import MEETING_TINT, OVERLAP_TINT
from app.ui.calendar.meeting_dialog import MeetingDialog
from app.ui.calendar.meetings_model import MeetingsModel
from app.ui.calendar.status_dialogs import CancelDialog, PostponeDialog
from tests.ui.meeting_support import OFFSCREEN_WARNING, choose_zone, type_time
from tests.ui.page_support import active_modal, column_texts, reopened, shown, stored_meetings

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_WARNING)
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def page(qtbot, app_context):
    page = shown(qtbot, CalendarPage(app_context), 1100, 640)
    page.table.setFocus()
    return page


def titles(page):
    return column_texts(page.model, MeetingsModel.TITLE)


def select_title(page, title):
    page.select_meetings([row.id for row in page.model.rows() if row.title == title])


def test_the_demo_meetings_are_listed_and_their_days_marked(page):
    assert titles(page)[0] == "First meeting of the Working Group"
    assert page.model.rowCount() == 6
    marked = page.calendar.dateTextFormat(QDate(2011, 9, 22))
    assert marked.fontWeight() == 700
    assert marked.background().color() == MEETING_TINT
    assert page.calendar.dateTextFormat(QDate(2011, 9, 23)).fontWeight() != 700
    assert page.summary_label.text() == "6 meetings"


def test_the_next_meeting_is_current_when_the_page_opens(page, app_context):
    last = stored_meetings(app_context)[4]
    assert page.selected_ids() == [last.id]
    assert app_context.current_meeting_id == last.id
    assert page.calendar.selectedDate() == QDate(2011, 10, 27)


def test_clicking_a_day_selects_its_meeting(qtbot, page, app_context):
    second = stored_meetings(app_context)[1]
    page.calendar.setSelectedDate(QDate(2011, 9, 22))
    view = page.calendar.findChild(QTableView)
    cell = view.visualRect(view.currentIndex()).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert page.selected_ids() == [second.id]
    assert app_context.current_meeting_id == second.id


def test_a_meeting_typed_into_the_dialog_is_listed_and_stored(qtbot, page, app_context):
    qtbot.keyClick(page.table, Qt.Key.Key_M, CTRL_SHIFT)
    dialog = active_modal(qtbot, MeetingDialog)
    assert dialog.number_spin.value() == 6
    assert dialog.zone_picker.zone() == "America/New_York"
    qtbot.keyClicks(dialog.title_edit, "Sixth meeting of the Working Group")
    dialog.date_edit.setDate(QDate(2011, 11, 3))
    type_time(qtbot, dialog.start_edit, "14:30")
    type_time(qtbot, dialog.end_edit, "17:30")
    choose_zone(qtbot, dialog.zone_picker, "port_of", "America/Port_of_Spain")
    qtbot.keyClicks(dialog.room_edit, "Simon Bolivar Room")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert "Sixth meeting of the Working Group" in titles(page)
    stored = [m for m in stored_meetings(app_context) if m.number == 6]
    assert len(stored) == 1
    meeting = stored[0]
    assert (meeting.date, meeting.start_time, meeting.end_time) == (
        date(2011, 11, 3),
        time(14, 30),
        time(17, 30),
    )
    assert (meeting.timezone, meeting.room) == ("America/Port_of_Spain", "Simon Bolivar Room")
    assert page.selected_ids() == [meeting.id]
    assert app_context.current_meeting_id == meeting.id
    row = page.model.row_for_id(meeting.id)
    assert page.model.index(row, MeetingsModel.TIME).data() == "14:30–17:30 AST"

    app_context.undo_stack.undo()
    assert len(stored_meetings(app_context)) == 6
    app_context.undo_stack.redo()
    again = [m for m in stored_meetings(app_context) if m.number == 6]
    assert [m.uid for m in again] == [meeting.uid]


def test_enter_edits_the_selected_meeting(qtbot, page, app_context):
    select_title(page, "Fifth meeting of the Working Group")
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = active_modal(qtbot, MeetingDialog)
    assert dialog.title_edit.text() == "Fifth meeting of the Working Group"
    dialog.room_edit.clear()
    qtbot.keyClicks(dialog.room_edit, "Guerrero Room")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    fifth = stored_meetings(app_context)[4]
    assert fifth.room == "Guerrero Room"
    assert fifth.sequence == 1
    app_context.undo_stack.undo()
    assert stored_meetings(app_context)[4].room.startswith("Padilha Vidal Room")


def test_overlapping_meetings_are_flagged(page, app_context):
    app_context.write(
        lambda s: meetings.create_meeting(
            s,
            title="Consultations on the draft declaration",
            date=date(2011, 10, 13),
            start_time=time(12, 30),
            end_time=time(15, 0),
            timezone="America/New_York",
        ),
        {"meetings"},
    )
    assert "2 overlap another meeting" in page.summary_label.text()
    row = titles(page).index("Consultations on the draft declaration")
    cell = page.model.index(row, MeetingsModel.TITLE)
    assert cell.data(Qt.ItemDataRole.DecorationRole) is not None
    assert cell.data(Qt.ItemDataRole.ToolTipRole).startswith(
        "Overlaps with Fourth meeting of the Working Group"
    )
    assert page.calendar.dateTextFormat(QDate(2011, 10, 13)).background().color() == OVERLAP_TINT


def test_cancelling_asks_the_reason_keeps_it_and_undo_restores_both(qtbot, page, app_context):
    told: list[str] = []
    app_context.status_message.connect(told.append)
    select_title(page, "Fifth meeting of the Working Group")
    page.cancel_action.trigger()
    dialog = active_modal(qtbot, CancelDialog)
    assert "calendar you export tells delegates" in " ".join(
        label.text() for label in dialog.findChildren(QLabel)
    )
    qtbot.keyClicks(dialog.reason_edit, "The Permanent Council meets that day.")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    fifth = stored_meetings(app_context)[4]
    assert (str(fifth.status), fifth.status_reason) == (
        "cancelled",
        "The Permanent Council meets that day.",
    )
    assert told[-1] == "“Fifth meeting of the Working Group” cancelled."
    assert page.details_label.text() == "Cancelled: The Permanent Council meets that day."
    assert page.calendar.dateTextFormat(QDate(2011, 10, 27)).fontStrikeOut()
    assert not page.cancel_action.isEnabled()

    app_context.undo_stack.undo()
    fifth = stored_meetings(app_context)[4]
    assert (str(fifth.status), fifth.status_reason) == ("planned", "")
    assert told[-1] == "Undone: Cancel “Fifth meeting of the Working Group”"
    assert not page.calendar.dateTextFormat(QDate(2011, 10, 27)).fontStrikeOut()
    app_context.undo_stack.redo()
    assert told[-1] == "Redone: Cancel “Fifth meeting of the Working Group”"


def test_keep_meeting_leaves_the_meeting_unchanged(qtbot, page, app_context):
    before = stored_meetings(app_context)
    select_title(page, "Fifth meeting of the Working Group")
    page.cancel_action.trigger()
    dialog = active_modal(qtbot, CancelDialog)
    qtbot.keyClicks(dialog.reason_edit, "Not needed")
    assert dialog.buttons.button(dialog.buttons.StandardButton.Cancel).text() == "Keep Meeting"
    dialog.reject()
    assert stored_meetings(app_context) == before
    assert app_context.undo_stack.count() == 0


def test_postponing_onto_a_day_with_a_meeting_is_said_before_it_happens(qtbot, page, app_context):
    before = stored_meetings(app_context)
    select_title(page, "Fifth meeting of the Working Group")
    page.postpone_action.trigger()
    dialog = active_modal(qtbot, PostponeDialog)
    dialog.date_edit.setDate(QDate(2011, 10, 13))  # the fourth meeting's day
    assert not dialog.ok_button.isEnabled()
    assert dialog.message_label.text().startswith(
        "“Fourth meeting of the Working Group” is already on Thursday 13 October 2011."
    )
    assert dialog.both_box.isVisible()
    dialog.reject()
    assert stored_meetings(app_context) == before

    page.postpone_action.trigger()
    dialog = active_modal(qtbot, PostponeDialog)
    dialog.date_edit.setDate(QDate(2011, 10, 13))
    dialog.both_box.setChecked(True)
    qtbot.keyClicks(dialog.reason_edit, "Joint session with the CHS")
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    moved = next(m for m in stored_meetings(app_context) if m.id == before[4].id)
    assert (moved.date, moved.status_reason) == (date(2011, 10, 13), "Joint session with the CHS")
    app_context.undo_stack.undo()
    back = stored_meetings(app_context)[4]  # its calendar SEQUENCE stays up, as it must
    assert (back.date, back.status, back.status_reason) == (date(2011, 10, 27), "planned", "")


def test_postponing_moves_the_meeting_to_the_new_date(qtbot, page, app_context):
    select_title(page, "Fifth meeting of the Working Group")
    page.postpone_action.trigger()
    dialog = active_modal(qtbot, PostponeDialog)
    dialog.date_edit.setDate(QDate(2011, 11, 10))
    qtbot.keyClicks(dialog.reason_edit, "The documents are not ready.")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert stored_meetings(app_context)[4].date == date(2011, 11, 10)
    assert stored_meetings(app_context)[4].status_reason == "The documents are not ready."
    assert page.calendar.dateTextFormat(QDate(2011, 11, 10)).fontWeight() == 700
    assert page.calendar.dateTextFormat(QDate(2011, 10, 27)).fontWeight() != 700
    app_context.undo_stack.undo()
    assert stored_meetings(app_context)[4].date == date(2011, 10, 27)


def test_delete_asks_first_and_undo_brings_the_meeting_back_whole(qtbot, page, app_context):
    first = stored_meetings(app_context)[0]
    items_before = app_context.read(lambda s: agenda_rows.list_items(s, first.id))
    select_title(page, "First meeting of the Working Group")
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    box = active_modal(qtbot, QMessageBox)
    assert "6 items" in box.informativeText()
    delete = next(b for b in box.buttons() if b.text() == "Delete")
    qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)
    assert first.id not in [m.id for m in stored_meetings(app_context)]
    assert "First meeting of the Working Group" not in titles(page)

    app_context.undo_stack.undo()
    restored = stored_meetings(app_context)[0]
    assert (restored.uid, restored.title, restored.item_count) == (first.uid, first.title, 6)
    items_after = app_context.read(lambda s: agenda_rows.list_items(s, restored.id))
    assert [(i.title, i.status, i.documents) for i in items_after] == [
        (i.title, i.status, i.documents) for i in items_before
    ]


def test_declining_the_delete_keeps_the_meeting(qtbot, page, app_context):
    select_title(page, "Second meeting of the Working Group")
    page.delete_action.trigger()
    box = active_modal(qtbot, QMessageBox)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert len(stored_meetings(app_context)) == 6
    assert app_context.undo_stack.count() == 0


def test_splitter_and_columns_are_restored(qtbot, app_context, page, settings: QSettings):
    page.splitter.setSizes([300, 700])
    page.table.setColumnWidth(MeetingsModel.ROOM, 123)
    again = reopened(qtbot, page, settings)
    assert again.table.columnWidth(MeetingsModel.ROOM) == 123
    assert again.splitter.saveState() == page.splitter.saveState()


def test_a_hidden_page_shows_changes_made_meanwhile_when_shown_again(qtbot, page, app_context):
    page.hide()
    fifth = stored_meetings(app_context)[4]
    app_context.write(lambda s: meetings.cancel_meeting(s, fifth.id), {"meetings"})
    page.show()
    qtbot.waitExposed(page)
    row = page.model.row_for_id(fifth.id)
    assert page.model.index(row, MeetingsModel.STATUS).data() == "Cancelled"
    assert page.calendar.dateTextFormat(QDate(2011, 10, 27)).fontStrikeOut()


def test_the_ministerial_is_listed_all_day_and_both_its_days_are_marked(page):
    row = next(r for r in page.model.rows() if r.all_day)
    number = page.model.row_number(row.id)
    assert page.model.index(number, MeetingsModel.TIME).data() == "All day, 2 days"
    assert page.model.index(number, MeetingsModel.DATE).data() == "17–18 Nov 2011"
    for day in (17, 18):
        marked = page.calendar.dateTextFormat(QDate(2011, 11, day))
        assert marked.fontWeight() == 700
        assert "All day" in marked.toolTip()
    assert page.calendar.dateTextFormat(QDate(2011, 11, 19)).fontWeight() != 700
    assert page.calendar.meetings_on(date(2011, 11, 18))[0].id == row.id


def test_a_meetings_date_and_times_are_never_cut_short_in_a_narrow_window(qtbot, page):
    """At 1024 pixels the table has some 800: "Thu 15 Sep 2011" and "10:00–13:00" show
    whole, the title gives way (its whole text is in a tooltip)."""
    table = page.table
    metrics = table.fontMetrics()
    page.resize(800, 500)
    qtbot.wait(50)
    for column, text in (
        (MeetingsModel.TIME, "10:00–13:00"),
        (MeetingsModel.DATE, "Thu 29 Sep 2011"),
    ):
        qtbot.waitUntil(
            lambda c=column, t=text: table.columnWidth(c) >= metrics.horizontalAdvance(t) + 8
        )
