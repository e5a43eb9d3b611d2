"""An edit made while another program holds the workspace for a long write (an import):
the window says it is waiting, then saves, or says the workspace is busy; never
"Something went wrong"."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from app.services import meetings
from app.ui.calendar.commands import EditMeeting
from app.ui.common import busy_wait
from app.ui.common.errors import describe
from app.ui.common.row_refs import MEETING, row_refs
from app.ui.common.undo import push
from tests.ui.page_support import stored_meetings

WAITING = "Waiting for another save to finish…"


@pytest.fixture
def another_program(app_context):
    """A second connection to the same file, holding a write transaction as an import does."""
    first = stored_meetings(app_context)[0]  # the window has read: its connection is open
    holder = sqlite3.connect(app_context.workspace.path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("UPDATE meetings SET room = 'Hall B (import)' WHERE id = ?", (first.id,))
    yield holder
    if holder.in_transaction:
        holder.execute("ROLLBACK")
    holder.close()


@pytest.fixture
def watched(app_context):
    """What the window shows meanwhile: status messages, and the waiting indicator's text."""
    seen: dict[str, list[str]] = {"status": [], "indicator": []}
    app_context.status_message.connect(seen["status"].append)
    timer = QTimer()
    timer.setInterval(20)

    def look() -> None:
        shown = QApplication.activeModalWidget()
        if isinstance(shown, QProgressDialog) and shown.isVisible():
            seen["indicator"].append(shown.labelText())

    timer.timeout.connect(look)
    timer.start()
    yield seen
    timer.stop()


def first_meeting(context) -> dict:
    meeting_id = stored_meetings(context)[0].id
    return context.read(lambda s: meetings.read_meeting_values(s, meeting_id))


def edit_notes(context, notes: str) -> EditMeeting:
    first = stored_meetings(context)[0]
    return EditMeeting(context, row_refs(context).ref(MEETING, first.id), {"notes": notes})


def test_an_edit_waits_saying_so_while_another_program_writes_then_saves(
    qtbot, app_context, another_program, watched
):
    QTimer.singleShot(1200, lambda: another_program.execute("COMMIT"))  # the import ends
    push(app_context, edit_notes(app_context, "Saved after the import"))

    first = first_meeting(app_context)
    assert (first["notes"], first["room"]) == ("Saved after the import", "Hall B (import)")
    assert WAITING in watched["status"]
    assert watched["indicator"] and set(watched["indicator"]) == {WAITING}
    assert QApplication.activeModalWidget() is None  # the indicator went away


def test_an_edit_that_waits_in_vain_says_the_workspace_is_busy(
    qtbot, app_context, another_program, watched, monkeypatch
):
    monkeypatch.setattr(busy_wait, "LIMIT_S", 1.0)
    with pytest.raises(Exception) as refused:
        push(app_context, edit_notes(app_context, "Never saved"))
    assert describe(refused.value)[0] == "The workspace is busy"
    assert watched["indicator"]
    another_program.execute("ROLLBACK")
    assert first_meeting(app_context)["notes"] != "Never saved"
    assert app_context.undo_stack.count() == 0


def test_stop_waiting_gives_up_at_once_with_nothing_saved(
    qtbot, app_context, another_program, watched
):
    def stop() -> None:
        shown = QApplication.activeModalWidget()
        if isinstance(shown, QProgressDialog):
            qtbot.mouseClick(shown.findChild(QPushButton), Qt.MouseButton.LeftButton)
        else:
            QTimer.singleShot(20, stop)

    QTimer.singleShot(20, stop)
    with pytest.raises(Exception) as refused:
        push(app_context, edit_notes(app_context, "Never saved"))
    assert describe(refused.value)[0] == "The workspace is busy"
    another_program.execute("ROLLBACK")
    assert first_meeting(app_context)["notes"] != "Never saved"
