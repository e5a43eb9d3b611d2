"""The work plan's "Titles in Four Languages…" gives a mandate's resolution title and area
responsible in each language under its text, saved and undone with it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.services import mandates
from app.ui.common.title_versions import TitleVersionsDialog
from app.ui.workplan.workplan_page import WorkPlanPage
from tests.ui.meeting_support import OFFSCREEN_WARNING
from tests.ui.page_support import active_modal, shown

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_WARNING)
AREA_ES = "Secretaría General de la OEA"
TITLE_PT = "Seguimento das Reuniões de Ministros em Matéria de Segurança Pública das Américas"


def _values(context, mandate_id: int) -> dict:
    return context.read(lambda s: mandates.read_mandate_values(s, mandate_id))


def test_the_chair_edits_the_area_and_title_versions_and_undo_puts_them_back(qtbot, app_context):
    page = shown(qtbot, WorkPlanPage(app_context), 1200, 700)
    page.view.setCurrentIndex(page.view.model().index(0, 1))
    mandate_id = page.selected_mandate().id
    before = _values(app_context, mandate_id)

    page.titles_action.trigger()
    dialog = active_modal(qtbot, TitleVersionsDialog)
    area = dialog.other_edits["area_responsible"]
    title = dialog.other_edits["resolution_title"]
    assert area["en"].text() == "OAS General Secretariat"
    assert area["es"].text() == AREA_ES
    assert title["pt"].text() == TITLE_PT
    area["es"].setText("Secretaría General")
    title["pt"].setText("")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    after = _values(app_context, mandate_id)
    assert (after["area_responsible_es"], after["resolution_title_pt"]) == (
        "Secretaría General",
        None,
    )
    assert after["area_responsible"] == "OAS General Secretariat"
    app_context.undo_stack.undo()
    assert _values(app_context, mandate_id) == before
    app_context.undo_stack.redo()
    assert _values(app_context, mandate_id)["area_responsible_es"] == "Secretaría General"


def test_a_new_original_language_makes_its_versions_the_original(qtbot, app_context):
    page = shown(qtbot, WorkPlanPage(app_context), 1200, 700)
    page.view.setCurrentIndex(page.view.model().index(0, 1))
    mandate_id = page.selected_mandate().id
    page.titles_action.trigger()
    dialog = active_modal(qtbot, TitleVersionsDialog)
    dialog.original_group.button(1).setChecked(True)  # Spanish
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    values = _values(app_context, mandate_id)
    assert (values["text_language"], values["area_responsible"]) == ("es", AREA_ES)
    assert values["area_responsible_en"] == "OAS General Secretariat"
    app_context.undo_stack.undo()
    assert _values(app_context, mandate_id)["area_responsible"] == "OAS General Secretariat"


def test_a_conflict_names_a_differing_version_in_words(qtbot) -> None:
    from app.ui.common.conflicts import differences

    rows = differences(
        {"area_responsible_es": "Secretaría General"},
        {"area_responsible_es": AREA_ES},
        "mandate",
    )
    assert rows == [("Area responsible in Spanish", "Secretaría General", AREA_ES)]
