"""A bulk status change on invitations a colleague changed meanwhile: all or nothing.

The chair selects ten invitations and marks them invited; a colleague, in another
program on the same workspace, had confirmed two of them after the list was shown.
Nothing is written, and the chair is told which two.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.services import invitees
from app.ui.invitees.invitees_model import Column
from app.ui.invitees.invitees_page import InviteesPage
from tests.ui.conflict_support import as_colleague
from tests.ui.page_support import shown

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"
)


@pytest.fixture
def page(qtbot, app_context):
    return shown(qtbot, InviteesPage(app_context), 1200, 760)


def select_rows(page: InviteesPage, rows) -> list[int]:
    selection = QItemSelection()
    for row in rows:
        selection.select(page.model.index(row, 0), page.model.index(row, Column.STATUS))
    page.view.selectionModel().select(
        selection,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    return page.selected_entry_ids()


def stored(context, entry_ids) -> dict[int, str]:
    read = context.read(lambda s: invitees.entry_statuses(s, entry_ids))
    return {entry_id: str(status) for entry_id, status in read.items()}


def read_message_box(qtbot) -> dict[str, str]:
    """When a message box opens, note its title and text and press OK."""
    seen: dict[str, str] = {}

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen["title"], seen["text"] = box.windowTitle(), box.text()
        box.accept()

    QTimer.singleShot(20, answer)
    return seen


def test_a_bulk_change_over_rows_a_colleague_changed_writes_nothing_and_names_them(
    qtbot, page, app_context
):
    chosen = select_rows(page, range(0, 20, 2))
    names = [page.model.name_of_entry(entry_id) for entry_id in chosen]
    theirs = {chosen[3]: "confirmed", chosen[7]: "declined"}
    as_colleague(app_context, lambda s: invitees.set_statuses(s, theirs))
    before = stored(app_context, chosen)
    seen = read_message_box(qtbot)
    page.status_actions["invited"].trigger()
    qtbot.waitUntil(lambda: "text" in seen)

    assert stored(app_context, chosen) == before  # nothing written, theirs kept
    assert [before[chosen[3]], before[chosen[7]]] == ["confirmed", "declined"]
    assert seen["title"] == "Changed by someone else"
    assert "changed 2 of the selected invitations" in seen["text"]
    assert names[3] in seen["text"] and names[7] in seen["text"]
    assert names[0] not in seen["text"]
    assert app_context.undo_stack.count() == 0


def test_the_same_change_after_the_list_shows_theirs_goes_through_and_undo_checks_too(
    qtbot, page, app_context
):
    chosen = select_rows(page, range(0, 6))
    page.status_actions["invited"].trigger()
    page.status_actions["confirmed"].trigger()  # own earlier change is no conflict
    assert set(stored(app_context, chosen).values()) == {"confirmed"}
    as_colleague(app_context, lambda s: invitees.set_statuses(s, {chosen[0]: "declined"}))
    with qtbot.waitSignal(app_context.error_reported) as reported:
        app_context.undo_stack.undo()
    assert "Cannot undo" in str(reported.args[0])
    assert stored(app_context, chosen)[chosen[0]] == "declined"
    assert stored(app_context, chosen)[chosen[1]] == "confirmed"
