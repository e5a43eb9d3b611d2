"""A work-plan cell edited while a colleague changed the same mandate: nothing overwritten."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit

from app.services import mandates, meeting_rows
from app.ui.workplan import mandates_model as columns
from app.ui.workplan.workplan_page import WorkPlanPage
from tests.ui.conflict_support import answer_conflict, as_colleague
from tests.ui.meeting_support import OFFSCREEN_WARNING
from tests.ui.page_support import shown

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_WARNING)


@pytest.fixture
def page(qtbot, app_context):
    return shown(qtbot, WorkPlanPage(app_context), 1200, 700)


def first_mandate(context):
    return context.read(lambda s: mandates.list_mandates(s)[0])


def test_an_area_typed_after_a_colleagues_change_shows_both_and_keeps_theirs(
    qtbot, page, app_context
):
    mandate_id = first_mandate(app_context).id
    index = page.model.index(page.model.row_of(mandate_id), columns.AREA)
    page.view.setCurrentIndex(index)
    page.view.edit(index)
    editor = page.view.viewport().findChild(QPlainTextEdit)
    as_colleague(
        app_context,
        lambda s: mandates.update_mandate(s, mandate_id, {"area_responsible": "DPS (colleague)"}),
    )
    editor.setPlainText("Department of Public Security")
    seen = answer_conflict(qtbot, "theirs")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "rows" in seen)
    assert seen["rows"] == ["Area responsible | Department of Public Security | DPS (colleague)"]
    assert first_mandate(app_context).area_responsible == "DPS (colleague)"


def test_keeping_mine_saves_the_cell_and_undo_refuses_to_overwrite_a_later_change(
    qtbot, page, app_context
):
    mandate_id = first_mandate(app_context).id
    index = page.model.index(page.model.row_of(mandate_id), columns.AREA)
    as_colleague(
        app_context,
        lambda s: mandates.update_mandate(s, mandate_id, {"area_responsible": "DPS (colleague)"}),
    )
    seen = answer_conflict(qtbot, "mine")
    page.model.setData(index, "Department of Public Security", Qt.ItemDataRole.EditRole)
    qtbot.waitUntil(lambda: first_mandate(app_context).area_responsible != "DPS (colleague)")
    assert "rows" in seen
    assert first_mandate(app_context).area_responsible == "Department of Public Security"
    as_colleague(
        app_context, lambda s: mandates.update_mandate(s, mandate_id, {"status": "fulfilled"})
    )
    with qtbot.waitSignal(app_context.error_reported) as reported:
        app_context.undo_stack.undo()
    assert "Cannot undo" in str(reported.args[0])
    mandate = first_mandate(app_context)
    assert (mandate.area_responsible, mandate.status) == (
        "Department of Public Security",
        "fulfilled",
    )


def test_linked_meetings_chosen_after_a_colleague_linked_others_show_both(qtbot, page, app_context):
    mandate = first_mandate(app_context)
    listed = app_context.read(meeting_rows.list_meetings)
    theirs, mine = listed[0], listed[1]
    index = page.model.index(page.model.row_of(mandate.id), columns.MEETINGS)
    as_colleague(app_context, lambda s: mandates.set_links(s, mandate.id, meeting_ids=[theirs.id]))
    seen = answer_conflict(qtbot, "theirs")
    page.model.setData(index, [mine.id], Qt.ItemDataRole.EditRole)
    qtbot.waitUntil(lambda: "rows" in seen)
    [row] = seen["rows"]
    field, yours, other = row.split(" | ")
    assert field == "Meetings"
    assert mine.title in yours and theirs.title not in yours
    assert theirs.title in other and mine.title not in other
    assert first_mandate(app_context).meeting_ids == (theirs.id,)
