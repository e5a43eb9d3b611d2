"""File > Print: the preview shows the PDF's pages; print and save give what it shows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMainWindow, QMenu

from app.ui.exchange import paper_output
from app.ui.exchange.paper_actions import add_paper_actions
from app.ui.exchange.paper_dialog import PaperDialog


def _dialog(qtbot, app_context, kind: str = "agenda", meeting: int = 1) -> PaperDialog:
    app_context.set_current_meeting(meeting)
    dialog = PaperDialog(None, app_context, kind)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=20000)
    return dialog


def _choose_language(qtbot, dialog: PaperDialog, code: str) -> None:
    with qtbot.waitSignal(dialog.preview_shown, timeout=20000):
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData(code))


def test_the_preview_shows_the_pdfs_pages_and_save_writes_those_bytes(
    qtbot, app_context, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    dialog = _dialog(qtbot, app_context)
    assert dialog.preview is not None
    assert len(dialog.preview.pages) == len(PdfReader(_bytes_file(dialog, tmp_path)).pages)
    assert dialog.pdf_button.isEnabled()
    target = tmp_path / "agenda.pdf"
    operation = paper_output.save_as(dialog, ".pdf", target)
    with qtbot.waitSignal(operation.finished, timeout=20000):
        pass
    assert target.read_bytes() == dialog.preview.made.pdf
    text = " ".join(PdfReader(target).pages[0].extract_text().split())
    assert "Election of the Vice Chair(s) of the Working Group" in text


def _bytes_file(dialog: PaperDialog, tmp_path: Path) -> Path:
    path = tmp_path / "shown.pdf"
    path.write_bytes(dialog.preview.made.pdf)
    return path


def test_missing_translations_are_listed_and_block_output_until_originals_are_chosen(
    qtbot, app_context, tmp_path: Path
) -> None:
    from docx import Document

    from tests.papers.support import remove_versions

    with app_context.workspace.writing() as session:
        assert remove_versions(session, "fr") == 7  # the demo has them all: take some away
    dialog = _dialog(qtbot, app_context)
    _choose_language(qtbot, dialog, "fr")
    assert "7 texts have no version in this language" in dialog.missing_label.text()
    assert "Election of the Vice Chair(s) of the Working Group" in dialog.missing_label.text()
    assert not dialog.pdf_button.isEnabled() and not dialog.word_button.isEnabled()
    dialog.original_box.setChecked(True)
    assert dialog.word_button.isEnabled() and dialog.print_button.isEnabled()
    target = tmp_path / "ordre.docx"
    operation = paper_output.save_as(dialog, ".docx", target)
    with qtbot.waitSignal(operation.finished, timeout=20000):
        pass
    texts = [p.text for p in Document(str(target)).paragraphs]
    assert "ORDRE DU JOUR" in texts
    assert any("(original en anglais)" in t for t in texts)


def test_printing_paints_every_previewed_page(qtbot, app_context, tmp_path: Path) -> None:
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrinter

    dialog = _dialog(qtbot, app_context, "invitees", meeting=0)
    assert dialog.kind_combo.currentData() == "invitees"
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    paper_output.print_preview(dialog, printer)
    qtbot.waitUntil(lambda: printed.exists() and printed.stat().st_size > 0, timeout=20000)
    assert len(PdfReader(printed).pages) == len(dialog.preview.pages) >= 2


def test_meeting_papers_wait_for_a_current_meeting(qtbot, app_context) -> None:
    dialog = _dialog(qtbot, app_context, "agenda", meeting=0)
    assert dialog.kind_combo.currentData() == "calendar"
    agenda = dialog.kind_combo.model().item(dialog.kind_combo.findData("agenda"))
    assert not agenda.isEnabled()


def test_file_menu_has_print_above_export(qtbot, app_context) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    file_menu = window.menuBar().addMenu("File")
    export_menu, import_menu = file_menu.addMenu("Export"), QMenu(window)
    add_paper_actions(window, app_context, export_menu, import_menu)
    texts = [a.text() for a in file_menu.actions()]
    assert texts.index("&Print…") < texts.index("Export")
    assert [a.text() for a in export_menu.actions()] == ["Paper as PDF or &Word…"]


def test_the_dialog_fits_the_screen_and_prints_in_the_windows_language(qtbot, app_context):
    """On a laptop the page-tall preview must not push the buttons off-screen; a chair
    working in Spanish is offered Spanish papers first."""
    from app.ui.common import language

    assert language.install_language("es")
    try:
        dialog = _dialog(qtbot, app_context)
        screen = dialog.screen().availableGeometry()
        assert dialog.height() <= screen.height() and dialog.width() <= screen.width()
        assert dialog.language_combo.currentData() == "es"
    finally:
        language.install_language("en")
