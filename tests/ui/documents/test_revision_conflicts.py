"""Revisions and their files while a colleague works on the same document: nothing of
theirs is replaced or taken away without a word."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox
from sqlalchemy import select

from app.models import Document
from app.services import document_rows, documents
from app.ui.documents.documents_page import DocumentsPage
from app.ui.documents.revision_dialog import RevisionDialog
from tests.ui.conflict_support import as_colleague
from tests.ui.page_support import press_ok_on_exec

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
SYMBOL = "MISPA/doc.7/08"
THEIR_FILE = b"Compromiso, rev. 4 (traduccion del colega)"


@pytest.fixture
def page(qtbot, app_context):
    widget = DocumentsPage(app_context)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    symbols = [widget.model.document_at(r).base_symbol for r in range(widget.model.rowCount())]
    widget.documents_view.selectRow(symbols.index(SYMBOL))
    return widget


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    """The messages shown in warning boxes (as show_error shows them)."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text, *a: shown.append(text))
    return shown


def history(context):
    def read(session):
        document_id = session.scalar(select(Document.id).where(Document.base_symbol == SYMBOL))
        return document_rows.revision_history(session, document_id)

    return context.read(read)


def colleague_attaches(context, revision_id: int, language: str, content: bytes) -> None:
    as_colleague(
        context,
        lambda s: documents.attach_file(
            s,
            revision_id,
            language=language,
            file_name=f"colleague-{language}.txt",
            content=content,
        ),
    )


def test_a_file_a_colleague_attached_meanwhile_is_not_replaced(
    page, app_context, monkeypatch, tmp_path, warnings
):
    latest = page.selected_revision()
    assert [str(f.language) for f in latest.files] == ["en"]  # no Spanish file shown
    colleague_attaches(app_context, latest.id, "es", THEIR_FILE)
    mine = tmp_path / "Compromiso_s.txt"
    mine.write_bytes(b"Compromiso, rev. 4 (mi traduccion)")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(mine), ""))
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Spanish", True))
    page.attach_action.trigger()

    [message] = warnings
    assert "Someone else changed" in message and "not saved" in message
    spanish = [f for f in history(app_context)[-1].files if str(f.language) == "es"]
    assert [f.file_name for f in spanish] == ["colleague-es.txt"]
    assert app_context.undo_stack.count() == 0


def test_undoing_an_added_revision_does_not_take_away_a_colleagues_file(
    qtbot, page, app_context, monkeypatch
):
    press_ok_on_exec(monkeypatch, RevisionDialog, lambda d: d.no_file_box.setChecked(True))
    page.add_revision_action.trigger()
    added = history(app_context)[-1]
    assert added.symbol == f"{SYMBOL} rev. 5"
    colleague_attaches(app_context, added.id, "fr", b"Engagement, rev. 5")
    with qtbot.waitSignal(app_context.error_reported) as reported:
        app_context.undo_stack.undo()
    assert "Cannot undo" in str(reported.args[0]) and "rev. 5" in str(reported.args[0])
    kept = history(app_context)[-1]
    assert (kept.symbol, [str(f.language) for f in kept.files]) == (f"{SYMBOL} rev. 5", ["fr"])


def test_a_revision_number_a_colleague_took_meanwhile_is_refused_inside_the_dialog(
    page, app_context, monkeypatch
):
    def colleague_adds_rev_5_first(dialog: RevisionDialog) -> None:
        dialog.no_file_box.setChecked(True)
        document_id = page.selected_document().id
        as_colleague(
            app_context,
            lambda s: documents.add_revision(s, document_id, change_note="the colleague's rev. 5"),
        )

    shown = press_ok_on_exec(monkeypatch, RevisionDialog, colleague_adds_rev_5_first)
    page.add_revision_action.trigger()
    assert shown[0].result() != shown[0].DialogCode.Accepted
    assert shown[0].message.text() == f"{SYMBOL} rev. 5 exists already."
    revisions = history(app_context)
    assert [r.change_note for r in revisions if r.symbol == f"{SYMBOL} rev. 5"] == [
        "the colleague's rev. 5"
    ]
