"""The documents page, driven as the chair uses it: the register, the revision history,
a revision added by dropping a file, opening and saving a revision's file, undo."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox
from sqlalchemy import event

from app.models import Document
from app.services import (
    agenda,
    agenda_rows,
    document_rows,
    documents,
    mandates,
    meeting_rows,
    meetings,
    validate,
)
from app.ui.common.undo import push
from app.ui.documents import commands, documents_model, revisions_model
from app.ui.documents.document_dialog import DocumentDialog
from app.ui.documents.documents_page import DocumentsPage
from app.ui.documents.revision_dialog import RevisionDialog
from tests.ui.page_support import column_texts, press_ok_on_exec

SYMBOL = "MISPA/doc.7/08"
#: The offscreen platform (tests only) says so whenever a shown top-level widget's
#: minimum size changes.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def page(qtbot, app_context):
    widget = DocumentsPage(app_context)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    return widget


@pytest.fixture
def confirmed_dialogs(monkeypatch):
    """The revision dialog as if the user pressed OK without changing anything."""
    return press_ok_on_exec(monkeypatch, RevisionDialog)


def _select(page: DocumentsPage, symbol: str) -> int:
    row = [page.model.document_at(r).base_symbol for r in range(page.model.rowCount())].index(
        symbol
    )
    page.documents_view.selectRow(row)
    return page.model.document_at(row).id


def _history(page: DocumentsPage) -> list[str]:
    return column_texts(page.history_model, revisions_model.SYMBOL)


@contextmanager
def _statements_run(app_context) -> Iterator[list[str]]:
    """The SQL statements the workspace runs inside the ``with`` block."""
    statements: list[str] = []
    engine = app_context.workspace.engine

    def record(_conn, _cursor, statement, *_args) -> None:
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", record)


def _drop(page: DocumentsPage, paths: list[Path], at: QPoint | None = None) -> bool:
    """Deliver a file manager's drag and drop of ``paths`` to the page, as Qt does."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    position = at or QPoint(page.width() // 2, page.height() - 20)
    enter = QDragEnterEvent(
        position,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(page, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(
        QPointF(position),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(page, drop)
    return drop.isAccepted()


def _stored_history(app_context, document_id: int):
    return app_context.read(lambda s: document_rows.revision_history(s, document_id))


def test_register_lists_the_demo_documents_with_latest_revisions(page):
    model = page.model
    assert model.rowCount() == 9
    latest = {
        model.index(r, documents_model.SYMBOL).data(): model.index(r, documents_model.LATEST).data()
        for r in range(model.rowCount())
    }
    assert latest[SYMBOL] == "MISPA/doc.7/08 rev. 4"
    assert latest["MISPA/RE/doc.4/09"] == "MISPA/RE/doc.4/09"


def test_clicking_a_header_sorts_the_register(qtbot, page):
    header = page.documents_view.horizontalHeader()
    x = header.sectionViewportPosition(documents_model.REVISIONS) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    counts = column_texts(page.model, documents_model.REVISIONS)
    assert counts in (sorted(counts), sorted(counts, reverse=True))
    assert counts != [2, 3, 2, 2, 2, 3, 5, 5, 1]  # the order by symbol


def test_selecting_a_document_shows_its_revisions_with_dates(page):
    _select(page, SYMBOL)
    assert _history(page) == [
        "MISPA/doc.7/08",
        "MISPA/doc.7/08 rev. 1",
        "MISPA/doc.7/08 rev. 2",
        "MISPA/doc.7/08 rev. 3",
        "MISPA/doc.7/08 rev. 4",
    ]
    dates = [page.history_model.index(r, revisions_model.CIRCULATED).data() for r in range(5)]
    assert dates == [
        "Fri 29 Aug 2008",
        "Fri 19 Sep 2008",
        "Tue 30 Sep 2008",
        "Mon 6 Oct 2008",
        "Tue 7 Oct 2008",
    ]
    assert SYMBOL in page.history_title.text()


def test_opening_the_page_never_reads_file_contents(qtbot, app_context):
    with _statements_run(app_context) as statements:
        widget = DocumentsPage(app_context)
        qtbot.addWidget(widget)
        _select(widget, SYMBOL)
    assert any("revision_files" in s for s in statements)
    assert not any("revision_files.content" in s for s in statements)


def test_dropping_a_file_adds_the_next_revision_with_its_file(
    qtbot, page, app_context, confirmed_dialogs, tmp_path
):
    document_id = _select(page, SYMBOL)
    dropped = tmp_path / "Commitment rev5.pdf"
    content = b"%PDF-1.4\n% revised after the meeting of 13 October\n" + bytes(range(256))
    dropped.write_bytes(content)

    assert _drop(page, [dropped])
    qtbot.waitUntil(lambda: len(confirmed_dialogs) == 1)
    dialog = confirmed_dialogs[0]
    assert dialog.symbol() == "MISPA/doc.7/08 rev. 5"
    assert dialog.chosen_files() == [(dropped, "en")]

    qtbot.waitUntil(lambda: "MISPA/doc.7/08 rev. 5" in _history(page))
    stored = _stored_history(app_context, document_id)[-1]
    assert stored.symbol == "MISPA/doc.7/08 rev. 5"
    (file,) = stored.files
    assert (file.file_name, file.size, file.sha256) == (
        dropped.name,
        len(content),
        hashlib.sha256(content).hexdigest(),
    )
    assert page.selected_revision().symbol == "MISPA/doc.7/08 rev. 5"
    assert page.model.index(page.model.row_of(document_id), documents_model.LATEST).data() == (
        "MISPA/doc.7/08 rev. 5"
    )

    app_context.undo_stack.undo()
    assert len(_stored_history(app_context, document_id)) == 5
    assert "MISPA/doc.7/08 rev. 5" not in _history(page)


def test_a_file_dropped_on_a_row_goes_to_that_document_in_the_language_of_its_name(
    qtbot, page, app_context, confirmed_dialogs, tmp_path
):
    page.show()
    qtbot.waitExposed(page)
    target_id = _select(page, "GT/MISPA-III/doc.2/11")
    _select(page, SYMBOL)
    row_rect = page.documents_view.visualRect(page.model.index(page.model.row_of(target_id), 1))
    position = page.documents_view.viewport().mapTo(page, row_rect.center())
    spanish = tmp_path / "proyecto de temario_s.docx"
    spanish.write_bytes(b"PK\x03\x04 temario revisado")

    assert _drop(page, [spanish], at=position)
    qtbot.waitUntil(lambda: len(confirmed_dialogs) == 1)
    assert confirmed_dialogs[0].symbol() == "GT/MISPA-III/doc.2/11 rev. 3"
    stored = _stored_history(app_context, target_id)[-1]
    assert [(f.language, f.file_name) for f in stored.files] == [("es", spanish.name)]


def test_dropping_the_previous_revisions_bytes_is_refused_and_writes_nothing(
    qtbot, page, app_context, confirmed_dialogs, tmp_path
):
    document_id = _select(page, SYMBOL)
    latest_file = _stored_history(app_context, document_id)[-1].files[0]
    _name, same_bytes = app_context.read(lambda s: documents.file_content(s, latest_file.id))
    copy = tmp_path / "Commitment.txt"
    copy.write_bytes(same_bytes)

    assert _drop(page, [copy])
    qtbot.waitUntil(lambda: len(confirmed_dialogs) == 1)
    dialog = confirmed_dialogs[0]
    assert dialog.result() != RevisionDialog.DialogCode.Accepted
    assert dialog.message.isVisibleTo(dialog)
    assert "identical" in dialog.message.text()
    assert "MISPA/doc.7/08 rev. 4" in dialog.message.text()
    assert len(_stored_history(app_context, document_id)) == 5
    assert _history(page)[-1] == "MISPA/doc.7/08 rev. 4"
    assert app_context.undo_stack.count() == 0


def test_a_dropped_workspace_is_left_to_the_main_window(page, tmp_path):
    workspace = tmp_path / "other.chairdesk"
    workspace.write_bytes(b"")
    assert not _drop(page, [workspace])


def _select_latest_file(page: DocumentsPage) -> document_rows.FileRow:
    model = page.history_model
    last = model.index(model.rowCount() - 1, 0)
    page.history_view.setCurrentIndex(model.index(0, 0, last))
    return page.selected_file()


def test_save_as_writes_the_revisions_exact_bytes(qtbot, page, app_context, monkeypatch, tmp_path):
    _select(page, SYMBOL)
    file = _select_latest_file(page)
    target = tmp_path / "saved" / "commitment.txt"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))

    page.save_action.trigger()
    qtbot.waitUntil(target.exists)
    _name, content = app_context.read(lambda s: documents.file_content(s, file.id))
    assert target.read_bytes() == content
    assert hashlib.sha256(target.read_bytes()).hexdigest() == file.sha256
    assert not target.with_name(target.name + ".partial").exists()


def test_open_writes_a_temporary_copy_under_the_original_name(
    qtbot, page, app_context, monkeypatch
):
    _select(page, SYMBOL)
    file = _select_latest_file(page)
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)

    page.open_action.trigger()
    qtbot.waitUntil(lambda: bool(opened))
    path = Path(opened[0].toLocalFile())
    assert path.name == "MISPA-doc.7-08_rev._4.txt"
    _name, content = app_context.read(lambda s: documents.file_content(s, file.id))
    assert path.read_bytes() == content


def _pin_second_revision_at_22_september(app_context, document_id: int) -> None:
    """Record that the meeting of 22 September considered rev. 1 of the document."""
    revision_id = _stored_history(app_context, document_id)[1].id

    def pin(session) -> None:
        meeting = next(
            m for m in meeting_rows.list_meetings(session) if m.date.isoformat() == "2011-09-22"
        )
        item = next(
            i
            for i in agenda_rows.list_items(session, meeting.id)
            if "GT/MISPA-III/doc.2/11" in i.documents
        )
        agenda.link_document(session, item.id, document_id, revision_id)

    app_context.write(pin, {"agenda"})


def test_considered_at_shows_the_meeting_that_took_up_a_revision(page, app_context):
    document_id = _select(page, "GT/MISPA-III/doc.2/11")
    _pin_second_revision_at_22_september(app_context, document_id)
    considered = page.history_model.index(1, revisions_model.CONSIDERED).data()
    assert considered.startswith("Thu 22 Sep 2011, item ")


def test_deleting_a_document_can_be_undone_with_revisions_files_and_agenda_links(
    qtbot, page, app_context, monkeypatch
):
    document_id = _select(page, "GT/MISPA-III/doc.2/11")
    _pin_second_revision_at_22_september(app_context, document_id)
    before = _stored_history(app_context, document_id)

    def agenda_mentions(session) -> list[str]:
        return sorted(
            f"{meeting.date} {item.position} {symbol}"
            for meeting in meeting_rows.list_meetings(session)
            for item in agenda_rows.list_items(session, meeting.id)
            for symbol in item.documents
            if symbol.startswith("GT/MISPA-III/doc.2/11")
        )

    mentions = app_context.read(agenda_mentions)
    assert len(mentions) == 5
    assert any(m.endswith("GT/MISPA-III/doc.2/11 rev. 1") for m in mentions)
    mandate_id = app_context.read(mandates.list_mandates)[0].id
    app_context.write(
        lambda s: mandates.set_links(s, mandate_id, document_ids=[document_id]), {"mandates"}
    )
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)

    errors: list[Exception] = []
    app_context.error_reported.connect(errors.append)
    page.delete_action.trigger()
    # Done when the action returns: no progress dialog, nothing left running.
    assert page.model.rowCount() == 8
    assert app_context.read(agenda_mentions) == []

    app_context.undo_stack.undo()
    assert errors == []
    assert page.model.rowCount() == 9
    restored_id = next(
        page.model.document_at(r).id
        for r in range(page.model.rowCount())
        if page.model.document_at(r).base_symbol == "GT/MISPA-III/doc.2/11"
    )
    after = _stored_history(app_context, restored_id)
    assert [(r.symbol, r.circulated_on, r.change_note, r.considered_at) for r in after] == [
        (r.symbol, r.circulated_on, r.change_note, r.considered_at) for r in before
    ]
    assert [f.sha256 for r in after for f in r.files] == [f.sha256 for r in before for f in r.files]
    assert app_context.read(agenda_mentions) == mentions
    assert app_context.read(mandates.list_mandates)[0].document_ids == (restored_id,)

    app_context.undo_stack.redo()
    assert page.model.rowCount() == 8


def test_splitter_and_headers_are_restored(qtbot, app_context, settings):
    first = DocumentsPage(app_context)
    qtbot.addWidget(first)
    first.resize(1200, 760)
    first.show()
    first.splitter.setSizes([200, 500])
    first.documents_view.horizontalHeader().resizeSection(documents_model.SYMBOL, 250)
    first.save_state(settings)
    sizes = first.splitter.sizes()

    second = DocumentsPage(app_context)
    qtbot.addWidget(second)
    second.resize(1200, 760)
    second.show()
    second.restore_state(settings)
    assert second.splitter.sizes() == sizes
    assert second.documents_view.horizontalHeader().sectionSize(documents_model.SYMBOL) == 250
    assert settings.childGroups() == ["DocumentsPage"]


@pytest.fixture
def document_dialogs(monkeypatch):
    """The document dialog: the test fills it in, then presses OK."""
    fill: list = []
    return press_ok_on_exec(monkeypatch, DocumentDialog, lambda dialog: fill[0](dialog)), fill


def test_new_document_is_added_selected_and_undone(page, app_context, document_dialogs):
    _shown, fill = document_dialogs

    def new_declaration(dialog) -> None:
        dialog.symbol.setText("GT/MISPA-III/doc.7/11")
        dialog.title_edit.setText("Draft Declaration of Port of Spain")
        dialog.translations["es"].setText("Proyecto de Declaración de Puerto España")
        dialog.kind.setCurrentIndex(dialog.kind.findData("declaration"))

    fill.append(new_declaration)
    page.new_action.trigger()
    assert page.model.rowCount() == 10
    assert page.selected_document().base_symbol == "GT/MISPA-III/doc.7/11"
    assert page.selected_document().latest_symbol == "GT/MISPA-III/doc.7/11"
    assert (
        "no revision yet"
        in page.model.index(
            page.model.row_of(page.selected_document().id), documents_model.LATEST
        ).data()
    )

    app_context.undo_stack.undo()
    assert page.model.rowCount() == 9


def test_a_duplicate_symbol_is_refused_inside_the_dialog(page, app_context, document_dialogs):
    shown, fill = document_dialogs
    fill.append(lambda dialog: (dialog.symbol.setText(SYMBOL), dialog.title_edit.setText("Copy")))
    page.new_action.trigger()
    dialog = shown[0]
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.message.text() == f"A document with the symbol {SYMBOL} exists already."
    assert page.model.rowCount() == 9
    assert app_context.undo_stack.count() == 0


def test_editing_a_document_is_undone_whole(page, app_context, document_dialogs):
    _shown, fill = document_dialogs
    document_id = _select(page, "MISPA/RE/doc.4/09")
    before = app_context.read(
        lambda s: documents.document_values(validate.get(s, Document, document_id, "document"))
    )

    def approve_with_french_title(dialog) -> None:
        dialog.status.setCurrentIndex(dialog.status.findData("approved"))
        dialog.translations["fr"].setText("Étude de faisabilité")

    fill.append(approve_with_french_title)
    page.edit_action.trigger()
    assert page.selected_document().status == "approved"
    app_context.undo_stack.undo()

    values = app_context.read(
        lambda s: documents.document_values(validate.get(s, Document, document_id, "document"))
    )
    assert values["status"] == "draft"
    assert values["translations"] == before["translations"]
    assert values["translations"]["fr"].startswith("Étude de faisabilité sur les meilleurs")


def test_a_file_in_another_language_is_attached_to_the_selected_revision(
    page, app_context, monkeypatch, tmp_path
):
    document_id = _select(page, SYMBOL)
    spanish = tmp_path / "Compromiso (Spanish).pdf"
    spanish.write_bytes(b"%PDF-1.4 compromiso")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(spanish), ""))
    offered: list[str] = []

    def choose_offered(_parent, _title, _label, items, current, _editable):
        offered.append(items[current])
        return items[current], True

    monkeypatch.setattr(QInputDialog, "getItem", choose_offered)
    page.attach_action.trigger()

    assert offered == ["Spanish"]
    latest = _stored_history(app_context, document_id)[-1]
    assert [(f.language, f.file_name) for f in latest.files] == [
        ("en", "MISPA-doc.7-08_rev._4.txt"),
        ("es", spanish.name),
    ]
    last = page.history_model.index(4, 0)
    assert page.history_model.rowCount(last) == 2
    assert page.history_model.index(4, revisions_model.LANGUAGE).data() == "EN, ES"


def test_considered_at_names_the_revision_current_at_an_unpinned_meeting(page):
    # The 15 September item names the draft work plan without a revision; rev. 1
    # had been circulated two days before, so that is the text the meeting considered.
    _select(page, "GT/MISPA-III/doc.1/11")
    considered = {
        page.history_model.index(r, revisions_model.SYMBOL).data(): page.history_model.index(
            r, revisions_model.CONSIDERED
        ).data()
        for r in range(page.history_model.rowCount())
    }
    assert considered["GT/MISPA-III/doc.1/11 rev. 1"] == "Thu 15 Sep 2011, item 2"
    assert not considered["GT/MISPA-III/doc.1/11"]


def _add_meetings_with_the_document_on_the_agenda(app_context, document_id: int, count: int):
    def add(session) -> None:
        for day in range(count):
            meeting = meetings.create_meeting(
                session,
                date=date(2012, 1, 2) + timedelta(days=day),
                start_time=time(10),
                end_time=time(12),
                timezone="America/New_York",
            )
            item = agenda.add_item(session, meeting.id, title="Consideration of the draft")
            agenda.link_document(session, item.id, document_id)

    app_context.write(add, {"meetings", "agenda"})


def test_deleting_a_document_reads_its_links_not_every_agenda(page, app_context, monkeypatch):
    document_id = _select(page, "GT/MISPA-III/doc.2/11")
    _add_meetings_with_the_document_on_the_agenda(app_context, document_id, 40)
    links = app_context.read(lambda s: documents.agenda_links(s, document_id))
    assert len(links) > 40
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with _statements_run(app_context) as statements:
        page.delete_action.trigger()
    assert page.model.rowCount() == 8
    # Fewer statements than meetings: the links come from one query, whatever the calendar.
    assert len(statements) < 40

    app_context.undo_stack.undo()
    restored_id = _select(page, "GT/MISPA-III/doc.2/11")
    assert len(app_context.read(lambda s: documents.agenda_links(s, restored_id))) == len(links)


def test_undo_reaches_a_revision_that_came_back_with_its_document(page, app_context, monkeypatch):
    """Add a revision, delete the document, undo both: the revision goes, as asked."""
    document_id = _select(page, SYMBOL)
    revision = commands.NewRevision(5, 0, 0, date(2008, 10, 20), "After the meeting", ())
    push(app_context, commands.add_revision(app_context, document_id, revision, "rev. 5"))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    errors: list[Exception] = []
    app_context.error_reported.connect(errors.append)
    page.delete_action.trigger()

    app_context.undo_stack.undo()
    _select(page, SYMBOL)
    assert _history(page)[-1] == "MISPA/doc.7/08 rev. 5"
    app_context.undo_stack.undo()
    assert errors == []
    assert _history(page)[-1] == "MISPA/doc.7/08 rev. 4"


def _attach(page, monkeypatch, path: Path, language: str) -> None:
    """Attach ``path`` to the selected revision in ``language``, confirming a replace."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (language, True))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.attach_action.trigger()


def test_attaching_a_file_can_be_undone_and_redone(page, app_context, monkeypatch, tmp_path):
    document_id = _select(page, SYMBOL)
    spanish = tmp_path / "Compromiso_s.pdf"
    spanish.write_bytes(b"%PDF-1.4 compromiso")
    _attach(page, monkeypatch, spanish, "Spanish")
    assert page.history_model.index(4, revisions_model.LANGUAGE).data() == "EN, ES"

    app_context.undo_stack.undo()
    latest = _stored_history(app_context, document_id)[-1]
    assert [f.language for f in latest.files] == ["en"]
    assert page.history_model.index(4, revisions_model.LANGUAGE).data() == "EN"

    app_context.undo_stack.redo()
    latest = _stored_history(app_context, document_id)[-1]
    assert [(f.language, f.file_name) for f in latest.files] == [
        ("en", "MISPA-doc.7-08_rev._4.txt"),
        ("es", spanish.name),
    ]


def test_undoing_a_replaced_file_brings_back_the_old_one_with_its_bytes(
    page, app_context, monkeypatch, tmp_path
):
    document_id = _select(page, SYMBOL)
    (old,) = _stored_history(app_context, document_id)[-1].files
    old_name, old_bytes = app_context.read(lambda s: documents.file_content(s, old.id))
    corrected = tmp_path / "Commitment rev4 corrected.txt"
    corrected.write_bytes(b"Commitment, rev. 4, with the corrected paragraph 3")
    _attach(page, monkeypatch, corrected, "English")
    (new,) = _stored_history(app_context, document_id)[-1].files
    assert new.file_name == corrected.name

    app_context.undo_stack.undo()
    (back,) = _stored_history(app_context, document_id)[-1].files
    assert (back.file_name, back.sha256, back.size) == (old_name, old.sha256, old.size)
    assert app_context.read(lambda s: documents.file_content(s, back.id)) == (
        old_name,
        old_bytes,
    )
    latest_row = page.history_model.index(4, 0)
    assert page.history_model.index(0, revisions_model.SYMBOL, latest_row).data() == old_name


def _symbols(page: DocumentsPage) -> list[str]:
    return [page.model.document_at(r).base_symbol for r in range(page.model.rowCount())]


@pytest.mark.parametrize(
    ("words", "found"),
    [
        ("doc.7", ["MISPA/doc.7/08"]),  # by symbol
        ("mispa/doc.7/08 rev. 4", ["MISPA/doc.7/08"]),  # by a revision's symbol
        ("commitment public security", ["MISPA/doc.7/08"]),  # by title, every word
        ("compromiso seguridad", ["MISPA/doc.7/08"]),  # by the Spanish title
    ],
)
def test_the_register_is_searched_by_symbol_and_title_in_any_language(qtbot, page, words, found):
    qtbot.keyClicks(page.search_edit, words)
    assert _symbols(page) == found
    assert page.count_label.text() == "1 of 9 documents"
    assert page.selected_document().base_symbol == found[0]
    page.search_edit.clear()
    assert page.count_label.text() == "9 documents"


def test_the_register_is_searched_by_revision_note(qtbot, page, app_context):
    notes = {
        row.base_symbol: row.change_notes for row in app_context.read(document_rows.list_documents)
    }
    symbol, changes = next((s, c) for s, c in notes.items() if c)
    word = max(changes[-1].split(), key=len).strip(".,;:")
    qtbot.keyClicks(page.search_edit, word.upper())
    assert symbol in _symbols(page)
    qtbot.keyClicks(page.search_edit, " zzzz-nothing")
    assert _symbols(page) == []
    assert page.count_label.text() == "0 of 9 documents"


@pytest.mark.parametrize("stored", ["../../x.txt", "/etc/chairdesk-x.txt", "bad\x00name.txt"])
def test_a_stored_name_cannot_lead_a_saved_file_out_of_the_chosen_folder(
    qtbot, page, app_context, monkeypatch, tmp_path, stored
):
    """A workspace someone sent may hold any name; "Save as" stays in the chosen folder."""
    from sqlalchemy import update

    from app.models import RevisionFile
    from app.ui.documents.revision_files import SAVE_FOLDER_KEY

    _select(page, SYMBOL)
    file = _select_latest_file(page)
    with app_context.workspace.writing() as session:
        session.execute(
            update(RevisionFile).where(RevisionFile.id == file.id).values(file_name=stored)
        )
    app_context.notify({"documents"})
    _select(page, SYMBOL)
    file = _select_latest_file(page)
    assert file.file_name == stored
    folder = tmp_path / "chosen" / "inner"
    folder.mkdir(parents=True)
    app_context.settings.setValue(SAVE_FOLDER_KEY, str(folder))
    offered: list[str] = []

    def accept_the_suggestion(_parent, _title, suggested, *_rest, **_kw):
        offered.append(suggested)
        return suggested, ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", accept_the_suggestion)
    page.save_action.trigger()
    qtbot.waitUntil(lambda: any(folder.iterdir()))
    written = [p for p in folder.iterdir() if not p.name.endswith(".partial")]
    assert len(written) == 1 and written[0].parent == folder
    assert "\x00" not in offered[0] and ".." not in Path(offered[0]).name
    assert not (tmp_path / "x.txt").exists() and not Path("/etc/chairdesk-x.txt").exists()
