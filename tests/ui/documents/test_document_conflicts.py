"""Two people on one document: the second save shows both versions; undo never overwrites."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.models import Document
from app.services import documents, validate
from app.ui.documents.document_dialog import DocumentDialog
from app.ui.documents.documents_page import DocumentsPage
from tests.ui.conflict_support import answer_conflict, as_colleague
from tests.ui.page_support import press_ok_on_exec

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
SYMBOL = "MISPA/RE/doc.4/09"


@pytest.fixture
def page(qtbot, app_context):
    widget = DocumentsPage(app_context)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    symbols = [widget.model.document_at(r).base_symbol for r in range(widget.model.rowCount())]
    widget.documents_view.selectRow(symbols.index(SYMBOL))
    return widget


def document_id(session) -> int:
    return session.scalar(select(Document.id).where(Document.base_symbol == SYMBOL))


def stored(context) -> dict:
    def read(session):
        row = validate.get(session, Document, document_id(session), "document")
        return documents.document_values(row)

    return context.read(read)


def colleague_writes_notes(context, notes: str) -> None:
    def change(session) -> None:
        documents.update_document(session, document_id(session), {"notes": notes})

    as_colleague(context, change)


def save_notes(qtbot, monkeypatch, page, context, notes: str, choice: str) -> dict:
    def meanwhile_then_type(dialog: DocumentDialog) -> None:
        colleague_writes_notes(context, "Sent to the translators (colleague)")
        dialog.notes.setPlainText(notes)

    shown = press_ok_on_exec(monkeypatch, DocumentDialog, meanwhile_then_type)
    seen = answer_conflict(qtbot, choice)
    page.edit_action.trigger()
    qtbot.waitUntil(lambda: "rows" in seen)
    seen["dialog"] = shown[0]
    return seen


def test_the_second_save_shows_both_notes_and_keeping_theirs_saves_nothing(
    qtbot, monkeypatch, page, app_context
):
    seen = save_notes(qtbot, monkeypatch, page, app_context, "Ready for circulation", "theirs")
    assert seen["rows"] == ["Notes | Ready for circulation | Sent to the translators (colleague)"]
    assert SYMBOL in seen["intro"] and "document" in seen["intro"]
    assert stored(app_context)["notes"] == "Sent to the translators (colleague)"


def test_keeping_mine_saves_and_its_undo_brings_back_the_colleagues_notes(
    qtbot, monkeypatch, page, app_context
):
    save_notes(qtbot, monkeypatch, page, app_context, "Ready for circulation", "mine")
    assert stored(app_context)["notes"] == "Ready for circulation"
    app_context.undo_stack.undo()
    assert stored(app_context)["notes"] == "Sent to the translators (colleague)"


def test_an_undo_that_would_overwrite_a_later_change_is_refused(
    qtbot, monkeypatch, page, app_context
):
    press_ok_on_exec(monkeypatch, DocumentDialog, lambda d: d.notes.setPlainText("Mine"))
    page.edit_action.trigger()
    assert stored(app_context)["notes"] == "Mine"
    colleague_writes_notes(app_context, "Theirs, later")
    with qtbot.waitSignal(app_context.error_reported) as reported:
        app_context.undo_stack.undo()
    assert "Cannot undo" in str(reported.args[0]) and SYMBOL in str(reported.args[0])
    assert stored(app_context)["notes"] == "Theirs, later"
