"""Two windows on one meeting: the second save shows both versions, and undo never overwrites.

The issue-13 scenario in the real window: the chair opens the fifth meeting's dialog,
a colleague (another program on the same workspace) changes its room and saves, the
chair saves. The chair is shown the colleague's room beside their own and keeps either.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from app.services import meetings
from app.store import open_workspace
from app.ui.calendar.calendar_page import CalendarPage
from app.ui.calendar.meeting_dialog import MeetingDialog
from app.ui.common.conflicts import ConflictDialog
from tests.ui.meeting_support import OFFSCREEN_WARNING
from tests.ui.page_support import active_modal, shown, stored_meetings

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_WARNING)
FIFTH = "Fifth meeting of the Working Group"


@pytest.fixture
def page(qtbot, app_context):
    page = shown(qtbot, CalendarPage(app_context), 1100, 640)
    page.select_meetings([row.id for row in page.model.rows() if row.title == FIFTH])
    page.table.setFocus()
    return page


def fifth(context):
    return next(m for m in stored_meetings(context) if m.title == FIFTH)


def colleague_sets_room(context, room: str) -> None:
    """Another program on the same workspace saves a new room."""
    other = open_workspace(context.workspace.location, create=False)
    try:
        with other.writing() as session:
            meetings.update_meeting(session, fifth(context).id, {"room": room})
    finally:
        other.close()


def save_with_room(qtbot, page, context, room: str, choice: str):
    """Open the dialog, let the colleague save, type ``room``, OK; answer the conflict."""
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = active_modal(qtbot, MeetingDialog)
    colleague_sets_room(context, "Padilha Vidal Room (colleague)")
    dialog.room_edit.clear()
    qtbot.keyClicks(dialog.room_edit, room)
    seen: dict[str, list[str]] = {}

    def answer() -> None:
        conflict = QApplication.activeModalWidget()
        if not isinstance(conflict, ConflictDialog):
            QTimer.singleShot(20, answer)
            return
        table = conflict.table
        seen["rows"] = [
            " | ".join(table.item(r, c).text() for c in range(3)) for r in range(table.rowCount())
        ]
        button = conflict.mine_button if choice == "mine" else conflict.theirs_button
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(20, answer)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "rows" in seen)
    return seen["rows"]


def test_the_second_save_shows_both_rooms_and_keeping_theirs_saves_nothing(
    qtbot, page, app_context
):
    rows = save_with_room(qtbot, page, app_context, "Guerrero Room", "theirs")
    assert rows == ["Room | Guerrero Room | Padilha Vidal Room (colleague)"]
    assert fifth(app_context).room == "Padilha Vidal Room (colleague)"


def test_keeping_mine_saves_over_the_colleagues_room_knowingly(qtbot, page, app_context):
    save_with_room(qtbot, page, app_context, "Guerrero Room", "mine")
    assert fifth(app_context).room == "Guerrero Room"


def test_an_undo_that_would_overwrite_a_later_change_is_refused(qtbot, page, app_context):
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = active_modal(qtbot, MeetingDialog)
    dialog.room_edit.clear()
    qtbot.keyClicks(dialog.room_edit, "Guerrero Room")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert fifth(app_context).room == "Guerrero Room"
    colleague_sets_room(app_context, "Room of the colleague")
    with qtbot.waitSignal(app_context.error_reported) as reported:
        app_context.undo_stack.undo()
    message = str(reported.args[0])
    assert "Cannot undo" in message and FIFTH in message
    assert fifth(app_context).room == "Room of the colleague"
