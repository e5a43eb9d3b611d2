"""Two people on one agenda item: the second save shows both versions, undo never overwrites.

The chair opens an item's dialog; a colleague (another program on the same workspace)
names someone else responsible and saves; the chair saves. The colleague's value is not
lost: the chair sees it beside their own and keeps either.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.services import agenda, agenda_rows
from app.ui.agenda.agenda_item_dialog import ItemDialog
from app.ui.agenda.agenda_page import AgendaPage
from tests.ui.conflict_support import answer_conflict, as_colleague
from tests.ui.meeting_support import OFFSCREEN_WARNING
from tests.ui.page_support import active_modal, shown, stored_meetings

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_WARNING)
DRAFT_AGENDA = "Consideration of the Draft Agenda"


@pytest.fixture
def first(app_context):
    return stored_meetings(app_context)[0]


@pytest.fixture
def page(qtbot, app_context, first):
    page = shown(qtbot, AgendaPage(app_context), 1000, 640)
    app_context.set_current_meeting(first.id)
    titles = [page.model.row_of(r).title for r in range(page.model.rowCount())]
    row = page.model.row_of(titles.index(DRAFT_AGENDA))
    page.select_item(row.id)
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    return page


def stored_item(context, meeting_id):
    items = context.read(lambda s: agenda_rows.list_items(s, meeting_id))
    return next(item for item in items if item.title == DRAFT_AGENDA)


def colleague_names_responsible(context, meeting_id, who: str) -> None:
    item_id = stored_item(context, meeting_id).id
    as_colleague(context, lambda s: agenda.update_item(s, item_id, {"responsible": who}))


def save_responsible(qtbot, page, context, meeting_id, who: str, choice: str) -> list[str]:
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = active_modal(qtbot, ItemDialog)
    colleague_names_responsible(context, meeting_id, "Technical Secretariat (colleague)")
    dialog.responsible_edit.clear()
    qtbot.keyClicks(dialog.responsible_edit, who)
    seen = answer_conflict(qtbot, choice)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "rows" in seen)
    return seen["rows"]


def test_the_second_save_shows_both_values_and_keeping_theirs_saves_nothing(
    qtbot, page, app_context, first
):
    rows = save_responsible(qtbot, page, app_context, first.id, "Chair", "theirs")
    assert rows == ["Responsible | Chair | Technical Secretariat (colleague)"]
    assert stored_item(app_context, first.id).responsible == "Technical Secretariat (colleague)"


def test_keeping_mine_saves_over_the_colleagues_value_knowingly(qtbot, page, app_context, first):
    save_responsible(qtbot, page, app_context, first.id, "Chair", "mine")
    assert stored_item(app_context, first.id).responsible == "Chair"
    app_context.undo_stack.undo()  # undo goes back to what the colleague had saved
    assert stored_item(app_context, first.id).responsible == "Technical Secretariat (colleague)"


def test_an_undo_that_would_overwrite_a_later_change_is_refused(qtbot, page, app_context, first):
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = active_modal(qtbot, ItemDialog)
    qtbot.keyClicks(dialog.responsible_edit, "Chair")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert stored_item(app_context, first.id).responsible == "Chair"
    colleague_names_responsible(app_context, first.id, "Vice Chair (colleague)")
    with qtbot.waitSignal(app_context.error_reported) as reported:
        app_context.undo_stack.undo()
    message = str(reported.args[0])
    assert "Cannot undo" in message and DRAFT_AGENDA in message
    assert stored_item(app_context, first.id).responsible == "Vice Chair (colleague)"
