"""Beside the next meeting's agenda: approving the previous summary and the open
follow-up actions, each turned into an item and undone; outcomes without quorum ask."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.services import agenda_rows, attendance
from app.ui.agenda.agenda_page import AgendaPage
from tests.ui.meeting_support import OFFSCREEN_WARNING
from tests.ui.page_support import shown, stored_meetings

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_WARNING)
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def fourth(app_context):
    return next(m for m in stored_meetings(app_context) if m.number == 4)


@pytest.fixture
def page(qtbot, app_context, fourth):
    page = shown(qtbot, AgendaPage(app_context), 1024, 700)
    app_context.set_current_meeting(fourth.id)
    qtbot.waitUntil(lambda: page.follow_up.meeting_id == fourth.id)
    return page


def titles(context, meeting_id) -> list[str]:
    return [item.title for item in context.read(lambda s: agenda_rows.list_items(s, meeting_id))]


def test_the_next_agenda_proposes_approving_the_summary(qtbot, page, app_context, fourth) -> None:
    panel = page.follow_up
    assert panel.add_approval.isVisible()
    assert "Approval of the summary of the previous meeting" in panel.proposal_label.text()
    panel.add_approval.click()
    assert titles(app_context, fourth.id)[0] == "Approval of the summary of the previous meeting"
    assert not panel.add_approval.isVisible()
    app_context.undo_stack.undo()
    assert "Approval of the summary of the previous meeting" not in titles(app_context, fourth.id)
    assert panel.add_approval.isVisible()


def test_open_actions_come_back_and_become_items(qtbot, page, app_context, fourth) -> None:
    panel = page.follow_up
    assert panel.list.count() == 3
    assert panel.heading.text() == "Follow-up: 3 open action(s) of earlier meetings"
    panel.list.setFocus()
    panel.list.setCurrentRow(0)
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    added = titles(app_context, fourth.id)[-1]
    assert added.startswith("Follow-up: Present an update on the feasibility study")
    assert "(on an agenda)" in panel.list.item(0).text()
    assert not panel.take_up_button.isEnabled()
    app_context.undo_stack.undo()
    assert titles(app_context, fourth.id)[-1] != added
    assert "(on an agenda)" not in panel.list.item(0).text()


def test_deferring_on_the_agenda_without_quorum_asks(
    qtbot, page, app_context, fourth, monkeypatch
) -> None:
    def one_state_present(session) -> None:
        state = attendance.member_state_ids(session, fourth.id)[0]
        attendance.set_present(session, fourth.id, {state: True})

    app_context.write(one_state_present, {"meetings"})
    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    page.table.selectRow(0)
    page.defer_item().accept()  # the next meeting, as proposed
    assert "1 member states present, quorum 18: no" in asked[0]
    item = app_context.read(lambda s: agenda_rows.list_items(s, fourth.id))[0]
    assert item.status == "pending"  # Cancel: nothing recorded
