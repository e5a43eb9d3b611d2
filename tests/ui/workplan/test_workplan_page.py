"""The work plan page: mandates edited in place through their delegates, filtered, added,
deleted, and every edit undone as the chair would, with Ctrl+Z."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QComboBox, QListWidget, QMessageBox, QPlainTextEdit

from app.services import mandates
from app.ui.common.delegates.date_editor import OptionalDateEdit
from app.ui.workplan import mandates_model as columns
from app.ui.workplan.mandate_dialog import MandateDialog
from app.ui.workplan.workplan_page import WorkPlanPage
from tests.ui.page_support import press_ok_on_exec, reopened, shown

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def page(qtbot, app_context):
    widget = WorkPlanPage(app_context)
    # What the main window's Edit menu provides.
    undo = app_context.undo_stack.createUndoAction(widget)
    undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
    widget.addAction(undo)
    shown(qtbot, widget, 1200, 760)
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def _stored(app_context, mandate_id: int) -> mandates.MandateRow:
    return next(m for m in app_context.read(mandates.list_mandates) if m.id == mandate_id)


def _open_editor(page: WorkPlanPage, row: int, column: int):
    index = page.model.index(row, column)
    page.view.setCurrentIndex(index)
    page.view.edit(index)
    editor = page.view.indexWidget(index)
    assert editor is not None
    return editor


def _undo_with_keyboard(qtbot, page: WorkPlanPage) -> None:
    qtbot.keyClick(page.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def test_the_work_plan_lists_the_demo_mandates(page):
    assert page.model.rowCount() == 7
    assert page.count_label.text() == "7 of 7 mandates"
    assert page.model.index(0, columns.RESOLUTION).data() == "AG/RES. 2629 (XLI-O/11)"
    assert page.model.index(0, columns.STATUS).data() == "In progress"
    # Long mandates wrap over several lines instead of being cut.
    assert page.view.rowHeight(1) > 3 * page.view.fontMetrics().height()


def test_status_edited_in_place_is_stored_and_ctrl_z_restores_it(qtbot, page, app_context):
    mandate = page.model.mandate_at(0)
    combo = _open_editor(page, 0, columns.STATUS)
    assert isinstance(combo, QComboBox)
    assert combo.currentText() == "In progress"
    combo.setCurrentIndex(combo.findData("fulfilled"))
    qtbot.keyClick(combo, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: _stored(app_context, mandate.id).status == "fulfilled")
    assert page.model.index(page.model.row_of(mandate.id), columns.STATUS).data() == "Fulfilled"

    _undo_with_keyboard(qtbot, page)
    assert _stored(app_context, mandate.id).status == "in_progress"
    assert page.model.index(page.model.row_of(mandate.id), columns.STATUS).data() == "In progress"


def test_area_edited_in_place_is_stored_and_ctrl_z_restores_it(qtbot, page, app_context):
    mandate = page.model.mandate_at(1)
    editor = _open_editor(page, 1, columns.AREA)
    assert isinstance(editor, QPlainTextEdit)
    assert editor.toPlainText() == mandate.area_responsible
    editor.setPlainText("Department of Public Security")
    qtbot.keyClick(editor, Qt.Key.Key_Return)

    qtbot.waitUntil(
        lambda: _stored(app_context, mandate.id).area_responsible == "Department of Public Security"
    )
    assert page.area_filter.findText("Department of Public Security") > 0

    _undo_with_keyboard(qtbot, page)
    assert _stored(app_context, mandate.id).area_responsible == mandate.area_responsible


def test_escape_leaves_the_mandate_unchanged(qtbot, page, app_context):
    mandate = page.model.mandate_at(0)
    editor = _open_editor(page, 0, columns.TEXT)
    editor.setPlainText("Something else")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.wait(20)
    assert _stored(app_context, mandate.id).text == mandate.text
    assert app_context.undo_stack.count() == 0


def test_due_date_can_be_set_and_cleared_in_place(qtbot, page, app_context):
    mandate = page.model.mandate_at(2)
    editor = _open_editor(page, 2, columns.DUE)
    assert isinstance(editor, OptionalDateEdit)
    assert editor.text() == "No date"
    editor.set_value(date(2011, 11, 17))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _stored(app_context, mandate.id).due_date == date(2011, 11, 17))
    assert page.model.index(2, columns.DUE).data() == "17 Nov 2011"

    editor = _open_editor(page, 2, columns.DUE)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _stored(app_context, mandate.id).due_date is None)


def test_linked_meetings_are_ticked_in_a_list(qtbot, page, app_context):
    mandate = page.model.mandate_at(3)
    picker = _open_editor(page, 3, columns.MEETINGS)
    assert isinstance(picker, QListWidget)
    assert picker.count() == 5
    assert picker.item(0).text().startswith("15 Sep 2011")
    picker.item(0).setCheckState(Qt.CheckState.Checked)
    picker.item(2).setCheckState(Qt.CheckState.Checked)
    qtbot.keyClick(picker, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: len(_stored(app_context, mandate.id).meeting_ids) == 2)
    assert page.model.index(3, columns.MEETINGS).data() == "15 Sep 2011\n29 Sep 2011"

    _undo_with_keyboard(qtbot, page)
    assert _stored(app_context, mandate.id).meeting_ids == ()


def test_filters_by_status_and_area(qtbot, page):
    page.status_filter.setCurrentIndex(page.status_filter.findData("pending"))
    assert page.model.rowCount() == 2
    assert page.count_label.text() == "2 of 7 mandates"
    page.area_filter.setCurrentIndex(page.area_filter.findText("Permanent Council (CHS)"))
    assert page.model.rowCount() == 1
    page.status_filter.setCurrentIndex(0)
    page.area_filter.setCurrentIndex(0)
    assert page.model.rowCount() == 7


def test_add_mandate_through_the_dialog_and_undo(qtbot, page, app_context, monkeypatch):
    def fill(dialog: MandateDialog) -> None:
        dialog.resolution.setCurrentText("AG/RES. 2629 (XLI-O/11)")
        dialog.text.setPlainText("To report on the follow-up at the forty-second session.")
        dialog.area.setCurrentText("CHS")

    press_ok_on_exec(monkeypatch, MandateDialog, fill)
    page.add_action.trigger()
    assert page.model.rowCount() == 8
    added = page.selected_mandate()
    assert added.text == "To report on the follow-up at the forty-second session."
    assert added.resolution_title.startswith("Follow-Up to the Meetings of Ministers")

    app_context.undo_stack.undo()
    assert page.model.rowCount() == 7


def test_an_empty_mandate_cannot_be_added(qtbot, page, app_context, monkeypatch):
    dialogs = press_ok_on_exec(monkeypatch, MandateDialog)
    page.add_action.trigger()
    assert dialogs[0].message.text() == "Enter the text of the mandate."
    assert page.model.rowCount() == 7


def test_delete_mandate_and_undo_restores_it_with_its_links(qtbot, page, app_context, monkeypatch):
    mandate = page.model.mandate_at(4)
    meeting_ids = [1, 2]
    app_context.write(
        lambda s: mandates.set_links(s, mandate.id, meeting_ids=meeting_ids), {"mandates"}
    )
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.select_mandate(mandate.id)
    page.delete_action.trigger()
    assert page.model.rowCount() == 6
    assert page.model.row_of(mandate.id) == -1

    _undo_with_keyboard(qtbot, page)
    assert page.model.rowCount() == 7
    restored = next(r for r in app_context.read(mandates.list_mandates) if r.text == mandate.text)
    assert restored.meeting_ids == tuple(meeting_ids)
    assert restored.status == mandate.status


def test_undoing_a_delete_puts_the_mandate_back_in_its_place(qtbot, page, app_context, monkeypatch):
    second = page.model.mandate_at(1)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.select_mandate(second.id)
    page.delete_action.trigger()
    assert [m.position for m in app_context.read(mandates.list_mandates)] == [1, 2, 3, 4, 5, 6]

    _undo_with_keyboard(qtbot, page)
    plan = app_context.read(mandates.list_mandates)
    assert [m.position for m in plan] == [1, 2, 3, 4, 5, 6, 7]
    assert (plan[1].resolution, plan[1].text) == (second.resolution, second.text)
    assert page.model.mandate_at(1).text == second.text


def test_header_layout_and_status_filter_are_restored(qtbot, app_context, settings):
    first = WorkPlanPage(app_context)
    qtbot.addWidget(first)
    first.view.horizontalHeader().resizeSection(columns.AREA, 260)
    first.status_filter.setCurrentIndex(first.status_filter.findData("pending"))
    second = reopened(qtbot, first, settings)
    assert second.view.horizontalHeader().sectionSize(columns.AREA) == 260
    assert second.model.rowCount() == 2
