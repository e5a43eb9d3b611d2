"""Tables that read: the text a person reads first gets the room at every window size,
empty columns give their width up, and cut-short text shows whole in a tooltip."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint

from app.services import mandates
from app.ui.agenda.agenda_page import AgendaPage
from app.ui.calendar.calendar_page import CalendarPage
from app.ui.calendar.meetings_model import MeetingsModel
from app.ui.documents import documents_model
from app.ui.documents.documents_page import DocumentsPage
from app.ui.workplan import mandates_model as columns
from app.ui.workplan.workplan_page import WorkPlanPage
from tests.ui.page_support import shown

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

#: The content area of the main window at 1024x700, 1280x800 and 1920x1080, less the
#: navigation list.
SIZES = [(850, 620), (1100, 720), (1740, 1000)]


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_the_mandate_text_gets_the_room_and_empty_columns_shrink(qtbot, app_context, width, height):
    page = shown(qtbot, WorkPlanPage(app_context), width, height)
    header = page.view.horizontalHeader()
    qtbot.waitUntil(lambda: header.sectionSize(columns.DUE) < 88)
    text = header.sectionSize(columns.TEXT)
    for empty in (columns.DUE, columns.MEETINGS, columns.DOCUMENTS):
        assert header.sectionSize(empty) == page.columns.header_width(empty)
        assert header.sectionSize(empty) < text
    assert text == max(header.sectionSize(c) for c in range(header.count()))
    assert header.length() <= page.view.viewport().width() + 1


def test_empty_columns_shrink_again_after_a_saved_layout_is_restored(qtbot, app_context):
    page = shown(qtbot, WorkPlanPage(app_context), 1100, 720)
    header = page.view.horizontalHeader()
    qtbot.waitUntil(lambda: columns.DUE in page.columns.shrunk)
    header.resizeSection(columns.DUE, 120)  # as restoreState() does with an old layout
    page.resize(1000, 700)
    qtbot.waitUntil(
        lambda: header.sectionSize(columns.DUE) == page.columns.header_width(columns.DUE)
    )


def test_an_empty_column_grows_back_when_it_holds_something(qtbot, app_context):
    page = shown(qtbot, WorkPlanPage(app_context), 1100, 720)
    header = page.view.horizontalHeader()
    qtbot.waitUntil(lambda: columns.DUE in page.columns.shrunk)
    first = app_context.read(mandates.list_mandates)[0]
    app_context.write(
        lambda s: mandates.update_mandate(s, first.id, {"due_date": date(2011, 11, 17)}),
        {"mandates"},
    )
    qtbot.waitUntil(lambda: columns.DUE not in page.columns.shrunk)
    assert header.sectionSize(columns.DUE) >= page.view.fontMetrics().horizontalAdvance(
        "Thu 17 Nov 2011"
    )


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_titles_are_the_widest_column_of_the_calendar_and_the_register(
    qtbot, app_context, width, height
):
    calendar = shown(qtbot, CalendarPage(app_context), width, height)
    header = calendar.table.horizontalHeader()
    assert header.sectionSize(MeetingsModel.TITLE) == max(
        header.sectionSize(c) for c in range(header.count())
    )
    register = shown(qtbot, DocumentsPage(app_context), width, height)
    header = register.documents_view.horizontalHeader()
    assert header.sectionSize(documents_model.TITLE) >= 200
    assert header.length() <= register.documents_view.viewport().width() + 1


def test_text_cut_short_shows_whole_in_a_tooltip(qtbot, app_context):
    page = shown(qtbot, DocumentsPage(app_context), 850, 620)
    view = page.documents_view
    view.setColumnWidth(documents_model.LATEST, 60)
    index = view.model().index(0, documents_model.LATEST)
    assert page.columns.full_text(view.visualRect(index).center()) == index.data()
    short = view.model().index(0, documents_model.REVISIONS)
    assert page.columns.full_text(view.visualRect(short).center()) == ""
    assert page.columns.full_text(QPoint(-5, -5)) == ""


def test_the_agenda_title_takes_the_room(qtbot, app_context):
    page = shown(qtbot, AgendaPage(app_context), 850, 620)
    header = page.table.horizontalHeader()
    title = page.columns.main
    assert header.sectionSize(title) == max(header.sectionSize(c) for c in range(header.count()))
