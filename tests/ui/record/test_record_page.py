"""The Record page driven by keyboard only: attendance, the live quorum line, decisions
asked about without quorum, the summary kept and regenerated; every change undone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox

from app.services import agenda, agenda_rows, attendance, meeting_rows, summary
from app.ui.record import attendance_model as columns
from app.ui.record.record_dialogs import DecisionDialog
from app.ui.record.record_page import RecordPage
from tests.ui.page_support import active_modal, shown

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def meeting_id(context, number: int) -> int:
    return next(m.id for m in context.read(meeting_rows.list_meetings) if m.number == number)


@pytest.fixture
def page(qtbot, app_context):
    app_context.set_current_meeting(meeting_id(app_context, 4))  # not held yet: no attendance
    widget = RecordPage(app_context)
    undo = app_context.undo_stack.createUndoAction(widget)
    undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
    widget.addAction(undo)
    shown(qtbot, widget, 1024, 700)
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def sheet(page: RecordPage):
    return page.context.read(lambda s: attendance.attendance_of_meeting(s, page.meeting_id))


def present(page: RecordPage) -> set[str]:
    return {row.delegation for row in sheet(page).member_states if row.present}


def current_delegation(page: RecordPage) -> str:
    table = page.actions.attendance.members
    return table.model().row_at(table.currentIndex().row()).delegation


def focus_members(qtbot, page: RecordPage):
    table = page.actions.attendance.members
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_Home, CTRL)
    return table


def test_all_member_states_present_then_the_exceptions_by_keyboard(qtbot, page) -> None:
    assert page.quorum_label.text() == "Attendance not taken yet; quorum 18"
    table = focus_members(qtbot, page)
    qtbot.keyClick(table, Qt.Key.Key_A, CTRL | SHIFT)
    assert len(present(page)) == 35
    assert page.quorum_label.text() == "35 member states present, quorum 18: yes"
    for name in ("Cuba", "Haiti", "Dominica"):
        qtbot.keyClicks(table, name[:4])
        assert current_delegation(page) == name
        qtbot.keyClick(table, Qt.Key.Key_Space)
        qtbot.wait(QApplication.keyboardInputInterval() + 50)  # the next name is a new search
    assert present(page) == {row.delegation for row in sheet(page).member_states} - {
        "Cuba",
        "Haiti",
        "Dominica",
    }
    assert page.quorum_label.text() == "32 member states present, quorum 18: yes"
    assert page.actions.attendance.members_heading.text().startswith(
        "Member states: 32 of 35 present"
    )
    qtbot.keyClick(table, Qt.Key.Key_Z, CTRL)
    assert "Dominica" in present(page)
    for _ in range(3):
        qtbot.keyClick(table, Qt.Key.Key_Z, CTRL)
    assert present(page) == set()


def test_type_to_find_space_for_presence_and_credentials_enter_for_the_representative(
    qtbot, page
) -> None:
    table = focus_members(qtbot, page)
    qtbot.keyClicks(table, "Chil")
    assert current_delegation(page) == "Chile"
    qtbot.keyClick(table, Qt.Key.Key_Space)
    qtbot.keyClick(table, Qt.Key.Key_End)  # the last column: Credentials
    assert table.currentIndex().column() == columns.CREDENTIALS
    qtbot.keyClick(table, Qt.Key.Key_Space)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    editor = QApplication.focusWidget()
    assert table.currentIndex().column() == columns.REPRESENTATIVE
    qtbot.keyClicks(editor, "Ambassador A. Example")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next event loop

    def chile():
        return next(r for r in sheet(page).member_states if r.delegation == "Chile")

    qtbot.waitUntil(lambda: chile().representative_name != "")
    row = chile()
    assert (row.present, row.credentials_received, row.representative_name) == (
        True,
        True,
        "Ambassador A. Example",
    )
    assert page.quorum_label.text() == "1 member states present, quorum 18: no"


def test_observers_and_the_secretariat_are_apart_and_never_count(qtbot, app_context) -> None:
    app_context.set_current_meeting(meeting_id(app_context, 1))
    page = shown(qtbot, RecordPage(app_context), 1024, 700)
    assert page.actions.attendance.member_model.rowCount() == 35
    assert page.actions.attendance.other_model.rowCount() == 1
    other = page.actions.attendance.other_model.row_at(0)
    assert (other.present, other.counts_toward_quorum) == (True, False)
    assert page.quorum_label.text() == "24 member states present, quorum 18: yes"


def _answer(monkeypatch, answer: QMessageBox.StandardButton, asked: list[str]) -> None:
    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))


def test_a_decision_without_quorum_asks_first_and_is_flagged(qtbot, page, monkeypatch) -> None:
    table = focus_members(qtbot, page)
    qtbot.keyClick(table, Qt.Key.Key_Space)  # one member state: no quorum
    page.tabs.setCurrentIndex(1)
    decisions = page.actions.decisions.table
    decisions.setFocus()
    qtbot.keyClick(decisions, Qt.Key.Key_Home, CTRL)
    asked: list[str] = []
    _answer(monkeypatch, QMessageBox.StandardButton.Cancel, asked)
    qtbot.keyClick(decisions, Qt.Key.Key_Return)
    dialog = active_modal(qtbot, DecisionDialog)
    dialog.outcome.setFocus()
    qtbot.keyClicks(dialog.outcome, "Approved")
    qtbot.keyClicks(dialog.decision, "Approved by consensus.")
    qtbot.keyClick(dialog.outcome, Qt.Key.Key_Return)
    assert "1 member states present, quorum 18: no" in asked[0]
    assert dialog.isVisible() and "Not recorded" in dialog.message.text()
    item = page.actions.decisions.model.row_at(0)
    assert item.status == "pending"

    _answer(monkeypatch, QMessageBox.StandardButton.Yes, asked)
    qtbot.keyClick(dialog.outcome, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    item = page.actions.decisions.model.row_at(0)
    assert (item.status, item.recorded_without_quorum) == ("approved", True)
    assert page.actions.decisions.model.index(0, 2).data() == "Approved (no quorum)"
    qtbot.keyClick(decisions, Qt.Key.Key_Z, CTRL)
    assert page.actions.decisions.model.row_at(0).status == "pending"


def test_the_summary_is_edited_saved_and_regenerated_keeping_the_chairs_text(
    qtbot, app_context
) -> None:
    first = meeting_id(app_context, 1)
    app_context.set_current_meeting(first)
    page = shown(qtbot, RecordPage(app_context), 1024, 700)
    qtbot.waitUntil(page.isActiveWindow)
    page.tabs.setCurrentIndex(3)
    editor = page.actions.summary.editor
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_End, CTRL)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "The next meeting will be held on 22 September.")
    qtbot.keyClick(editor, Qt.Key.Key_S, CTRL)
    stored = app_context.read(lambda s: summary.summary_of_meeting(s, first)).text
    assert stored.endswith("The next meeting will be held on 22 September.")

    def change(session) -> None:
        item = agenda_rows.list_items(session, first)[5].id
        agenda.record_outcome(session, item, "approved", "The rules of procedure were approved.")

    app_context.write(change, {"agenda"})
    page.actions.regenerate_summary()
    text = app_context.read(lambda s: summary.summary_of_meeting(s, first)).text
    assert "The rules of procedure were approved." in text
    assert text.endswith("The next meeting will be held on 22 September.")
    assert editor.toPlainText() == text
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)  # the editor's own undo first


def test_the_work_plan_shows_each_mandates_meetings_decisions_and_open_actions(
    qtbot, app_context
) -> None:
    from app.ui.workplan.workplan_page import WorkPlanPage

    page = shown(qtbot, WorkPlanPage(app_context), 1024, 700)
    page.view.selectRow(3)  # mandate 4: convene MISPA III
    text = page.record_pane.toPlainText()
    assert "Meetings:" in text and "15 Sep 2011" in text
    assert "Send written comments on the draft outcome document" in text
    assert "Delegations were invited to propose observers" in text


def test_a_requested_revision_shows_on_the_document_until_it_exists(qtbot, app_context) -> None:
    from app.ui.documents.documents_page import DocumentsPage

    page = shown(qtbot, DocumentsPage(app_context), 1024, 700)
    row = next(
        r for r in range(page.model.rowCount())
        if page.model.document_at(r).base_symbol == "GT/MISPA-III/doc.5/11"
    )  # fmt: skip
    page.select_document(page.model.document_at(row).id)
    assert page.requests_label.isVisible()
    assert page.requests_label.text().startswith("GT/MISPA-III/doc.5/11 rev. 2 requested")
