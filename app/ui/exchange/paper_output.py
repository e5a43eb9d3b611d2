"""What the print preview's buttons do: print the previewed pages, save them as PDF or Word.

Print paints the pages of the previewed PDF, rendered again at the printer's resolution, so the
printout is the PDF; Save as PDF writes the very bytes the preview shows; Save as Word makes the
same paper with python-docx. Each runs off the UI thread with progress.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import QImage, QPainter

from app.ui.common.operations import Progress, run_in_background
from app.ui.exchange.exchange_files import ask_save_path, export_in_background, report_failure

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from app.ui.exchange.paper_dialog import PaperDialog

FOLDER_KEY = "Papers/folder"
PRINT_DPI_LIMIT = 300


def tr(text: str) -> str:
    # lupdate files a module-level tr() under the empty context (tools/update_translations.py).
    return QCoreApplication.translate("", text)


def paint_pages(printer: QPrinter, pages: list[QImage]) -> None:
    """Each image on its own sheet, scaled to the whole sheet (the PDF page is the paper)."""
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(tr("The printer could not be started"))
    try:
        for number, image in enumerate(pages):
            if number:
                printer.newPage()
            sheet = painter.viewport()
            scale = min(sheet.width() / image.width(), sheet.height() / image.height())
            width, height = image.width() * scale, image.height() * scale
            painter.drawImage(QRectF(0, 0, width, height), image)
    finally:
        painter.end()


def print_preview(dialog: PaperDialog, printer: QPrinter | None = None) -> None:
    """Ask for a printer (unless one is given), then print the previewed PDF's pages."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    from app.papers.preview import render_pages
    from app.ui.exchange.paper_dialog import page_image

    preview = dialog.preview
    if preview is None:
        return
    if printer is None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setFullPage(True)
        chooser = QPrintDialog(printer, dialog)
        if chooser.exec() != QPrintDialog.DialogCode.Accepted:
            return
    dpi = min(printer.resolution(), PRINT_DPI_LIMIT)
    pdf = preview.made.pdf

    def work(progress: Progress) -> list[QImage]:
        return [page_image(p) for p in render_pages(pdf, dpi, progress.report)]

    def done(pages: list[QImage]) -> None:
        try:
            paint_pages(printer, pages)
        except OSError as error:
            report_failure(dialog, dialog.context, error, title=tr("Cannot print"), cancelled="")
            return
        dialog.context.status_message.emit(
            tr("Sent {count} page(s) to the printer.").format(count=len(pages))
        )

    run_in_background(
        dialog,
        tr("Preparing the pages for the printer…"),
        work,
        done,
        lambda error: report_failure(
            dialog,
            dialog.context,
            error,
            title=tr("Cannot print"),
            cancelled=tr("Printing cancelled; nothing was sent."),
        ),
    )


def save_as(dialog: PaperDialog, suffix: str, path: Path | None = None) -> Any:
    """Save the previewed paper as .pdf (the previewed bytes) or .docx (made again)."""
    preview = dialog.preview
    context = dialog.context
    if preview is None or context.workspace is None:
        return None
    if path is None:
        title, kinds = (
            (tr("Save the paper as PDF"), tr("PDF documents (*.pdf)"))
            if suffix == ".pdf"
            else (tr("Save the paper as Word"), tr("Word documents (*.docx)"))
        )
        path = ask_save_path(dialog, context, FOLDER_KEY, title, kinds, (suffix,))
        if path is None:
            return None
    workspace, request = context.workspace, dialog.request()
    use_original = dialog.original_box.isChecked()

    def work(progress: Progress) -> Path:
        from app.papers.make import build_paper, save_bytes, save_paper
        from app.services.paper_settings import paper_settings

        progress.report(0, 0)
        if suffix == ".pdf":
            save_bytes(preview.made.pdf, path)
            return path
        with workspace.reading() as session:
            paper = build_paper(session, request)
            save_paper(paper, paper_settings(session), path, use_original=use_original)
        return path

    return export_in_background(
        dialog,
        context,
        tr("Saving {file}…").format(file=path.name),
        work,
        lambda saved: tr("Saved the paper to {file}.").format(file=saved.name),
        tr("Cannot save the paper"),
        tr("Saving cancelled; no file was written."),
    )
