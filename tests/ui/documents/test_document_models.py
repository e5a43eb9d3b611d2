"""The item models of the documents and work plan pages, without widgets."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt

from app.services import document_rows as register
from app.services import mandates
from app.ui.documents import documents_model, revisions_model
from app.ui.documents.documents_model import DocumentsModel
from app.ui.documents.revision_dialog import guess_language
from app.ui.documents.revisions_model import RevisionsModel
from app.ui.workplan import mandates_model
from app.ui.workplan.mandates_model import MandatesModel


@pytest.fixture
def document_rows(app_context):
    return app_context.read(register.list_documents)


@pytest.fixture
def mandate_rows(app_context):
    return app_context.read(mandates.list_mandates)


def _column(model, column):
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_documents_model_passes_the_model_tester(qtmodeltester, document_rows):
    model = DocumentsModel()
    model.set_rows(document_rows)
    qtmodeltester.check(model)
    model.sort(documents_model.CIRCULATED, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)


def test_register_shows_latest_revision_and_sorts_by_any_column(document_rows):
    model = DocumentsModel()
    model.set_rows(document_rows)
    assert model.rowCount() == 9
    row = _column(model, documents_model.SYMBOL).index("MISPA/doc.7/08")
    assert model.index(row, documents_model.LATEST).data() == "MISPA/doc.7/08 rev. 4"
    assert model.index(row, documents_model.REVISIONS).data() == 5
    assert model.index(row, documents_model.STATUS).data() == "Approved"

    model.sort(documents_model.CIRCULATED, Qt.SortOrder.AscendingOrder)
    assert model.document_at(0).base_symbol == "MISPA/doc.7/08"  # circulated 7 Oct 2008
    model.sort(documents_model.REVISIONS, Qt.SortOrder.DescendingOrder)
    assert model.index(0, documents_model.REVISIONS).data() == 5
    assert model.index(8, documents_model.REVISIONS).data() == 1
    model.sort(documents_model.SYMBOL, Qt.SortOrder.DescendingOrder)
    symbols = _column(model, documents_model.SYMBOL)
    assert symbols == sorted(symbols, key=str.casefold, reverse=True)


def test_revisions_model_passes_the_model_tester(qtmodeltester, app_context, document_rows):
    doc = next(d for d in document_rows if d.base_symbol == "MISPA/doc.7/08")
    model = RevisionsModel()
    model.set_rows(app_context.read(lambda s: register.revision_history(s, doc.id)))
    qtmodeltester.check(model)


def test_revision_history_lists_revisions_with_their_files(app_context, document_rows):
    doc = next(d for d in document_rows if d.base_symbol == "MISPA/doc.7/08")
    model = RevisionsModel()
    model.set_rows(app_context.read(lambda s: register.revision_history(s, doc.id)))
    assert _column(model, revisions_model.SYMBOL) == [
        "MISPA/doc.7/08",
        "MISPA/doc.7/08 rev. 1",
        "MISPA/doc.7/08 rev. 2",
        "MISPA/doc.7/08 rev. 3",
        "MISPA/doc.7/08 rev. 4",
    ]
    last = model.index(4, 0)
    assert model.index(4, revisions_model.CIRCULATED).data() == "Tue 7 Oct 2008"
    assert model.rowCount(last) == 1
    file_index = model.index(0, revisions_model.SYMBOL, last)
    assert file_index.data() == "MISPA-doc.7-08_rev._4.txt"
    assert model.index(0, revisions_model.LANGUAGE, last).data() == "English"
    assert "bytes" in model.index(0, revisions_model.SIZE, last).data()
    assert model.file_at(file_index).sha256 in file_index.data(Qt.ItemDataRole.ToolTipRole)
    assert model.revision_at(file_index).symbol == "MISPA/doc.7/08 rev. 4"


def test_mandates_model_passes_the_model_tester(qtmodeltester, mandate_rows):
    model = MandatesModel(commit=lambda *_: True)
    model.set_rows(mandate_rows)
    qtmodeltester.check(model)
    model.set_filter(status="pending", area=None)
    qtmodeltester.check(model)


def test_mandates_filter_by_status_and_area(mandate_rows):
    model = MandatesModel()
    model.set_rows(mandate_rows)
    assert model.rowCount() == 7
    model.set_filter(status="pending", area=None)
    assert _column(model, mandates_model.STATUS) == ["Pending", "Pending"]
    model.set_filter(status=None, area="CHS")
    assert _column(model, mandates_model.AREA) == ["CHS", "CHS"]
    model.set_filter(status="fulfilled", area="CHS")
    assert model.rowCount() == 1
    model.set_filter(status=None, area=None)
    assert model.rowCount() == 7
    assert "CHS" in model.areas()


def test_mandate_edits_go_to_the_commit_function_with_plain_values_and_the_shown_version(
    mandate_rows,
):
    commits = []
    model = MandatesModel(commit=lambda *args: commits.append(args) or True)
    model.set_rows(mandate_rows)
    first = mandate_rows[0]
    assert model.setData(model.index(0, mandates_model.DUE), QDate(2012, 3, 1))
    assert model.setData(model.index(0, mandates_model.STATUS), "fulfilled")
    assert model.setData(model.index(0, mandates_model.AREA), "  CHS  ")
    # Unchanged values are not sent.
    assert not model.setData(model.index(0, mandates_model.STATUS), str(first.status))
    assert commits == [
        (first.id, "due_date", date(2012, 3, 1), first.version),
        (first.id, "status", "fulfilled", first.version),
        (first.id, "area_responsible", "CHS", first.version),
    ]
    assert first.version > 0


def test_read_only_mandates_model_refuses_edits(mandate_rows):
    model = MandatesModel()
    model.set_rows(mandate_rows)
    index = model.index(0, mandates_model.STATUS)
    assert not model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(index, "fulfilled")


@pytest.mark.parametrize(
    ("name", "language"),
    [
        ("Draft declaration_s.docx", "es"),
        ("declaration-es.pdf", "es"),
        ("DECLARATION_ESP.DOC", "es"),
        ("Declaration (Spanish).pdf", "es"),
        ("Declaración (Español).pdf", "es"),
        ("CP26514S.doc", "es"),
        ("CP26514F.doc", "fr"),
        ("plan_fr.odt", "fr"),
        ("plan (Portuguese).pdf", "pt"),
        ("plan_e.pdf", "en"),
        ("plan.pdf", "fr"),
        ("s.pdf", "fr"),
    ],
)
def test_language_is_guessed_from_the_file_name(name, language):
    assert guess_language(name, "fr") == language
