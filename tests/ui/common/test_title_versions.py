"""The side-by-side editor of a title's four versions, from each page that lists titles."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.services import agenda_rows, document_rows, mandates
from app.ui.agenda.agenda_page import AgendaPage
from app.ui.calendar.calendar_page import CalendarPage
from app.ui.common.title_versions import TitleVersionsDialog
from app.ui.documents.documents_page import DocumentsPage
from app.ui.workplan.workplan_page import WorkPlanPage
from tests.ui.meeting_support import OFFSCREEN_WARNING
from tests.ui.page_support import active_modal, shown, stored_meetings

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_WARNING)
ELECTION_ES = "Elección de la Vicepresidencia o Vicepresidencias del Grupo de Trabajo"


@pytest.fixture
def first(app_context):
    return stored_meetings(app_context)[0]


@pytest.fixture
def agenda_page(qtbot, app_context, first):
    page = shown(qtbot, AgendaPage(app_context), 1000, 640)
    app_context.set_current_meeting(first.id)
    page.select_item(page.model.row_at(0).id)
    return page


def items_in(context, meeting_id, language):
    return context.read(lambda s: agenda_rows.list_items(s, meeting_id, language=language))


def test_an_agenda_item_gets_its_spanish_title_side_by_side_and_undo_removes_it(
    qtbot, agenda_page, app_context, first
):
    from tests.papers.support import remove_version

    with app_context.workspace.writing() as session:  # the demo has them: take them away
        for code in ("es", "fr", "pt"):
            remove_version(session, "agenda_item", agenda_page.model.row_at(0).id, code)
    agenda_page.titles_action.trigger()
    dialog = active_modal(qtbot, TitleVersionsDialog)
    assert dialog.original_language() == "en"
    assert dialog.edits["en"].toPlainText().startswith("Election of the Vice Chair")
    assert [dialog.edits[c].toPlainText() for c in ("es", "fr", "pt")] == ["", "", ""]
    dialog.edits["es"].setPlainText(ELECTION_ES)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    item = items_in(app_context, first.id, "es")[0]
    assert (item.title, item.title_language) == (ELECTION_ES, "es")
    app_context.undo_stack.undo()
    item = items_in(app_context, first.id, "es")[0]
    assert item.title_language == "en"
    app_context.undo_stack.redo()
    assert items_in(app_context, first.id, "es")[0].title == ELECTION_ES


def test_the_original_cannot_be_emptied(qtbot, agenda_page):
    agenda_page.titles_action.trigger()
    dialog = active_modal(qtbot, TitleVersionsDialog)
    dialog.edits["en"].setPlainText("")
    assert not dialog.ok_button.isEnabled()
    assert "original language" in dialog.message_label.text()
    dialog.edits["fr"].setPlainText("Élection de la vice-présidence du Groupe de travail")
    dialog.original_group.button(2).setChecked(True)
    assert dialog.ok_button.isEnabled()
    dialog.reject()


@pytest.mark.parametrize("page_class", [CalendarPage, DocumentsPage, WorkPlanPage])
def test_every_page_of_titles_offers_the_editor_for_the_selected_row(
    qtbot, app_context, page_class
):
    page = shown(qtbot, page_class(app_context), 1200, 700)
    table = {
        CalendarPage: lambda: page.table,
        DocumentsPage: lambda: page.documents_view,
        WorkPlanPage: lambda: page.view,
    }[page_class]()
    table.setCurrentIndex(table.model().index(0, 1))
    assert page.titles_action.isEnabled()
    page.titles_action.trigger()
    dialog = active_modal(qtbot, TitleVersionsDialog)
    filled = [code for code, edit in dialog.edits.items() if edit.toPlainText()]
    assert dialog.original_language() in filled
    dialog.edits["pt"].setPlainText("Versão em português")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    if page_class is DocumentsPage:
        rows = app_context.read(lambda s: document_rows.list_documents(s, language="pt"))
        assert "Versão em português" in [r.title for r in rows]
    if page_class is WorkPlanPage:
        rows = app_context.read(lambda s: mandates.list_mandates(s, language="pt"))
        assert "Versão em português" in [r.text for r in rows]
