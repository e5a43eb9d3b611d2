"""File > Print: choose a paper and its language, see it as it will print, print or save it.

The preview shows the pages of the PDF itself, rendered from the bytes that Save as PDF
writes and that Print sends to the printer, so what is seen is what the PDF contains. Every
paper is made off the UI thread (workspace read, PDF written, pages rendered) with progress.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication, QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.ui.common.context import AppContext
from app.ui.common.language import current_language
from app.ui.common.operations import BackgroundOperation, Progress, run_in_background
from app.ui.exchange.exchange_files import report_failure

PREVIEW_DPI = 72


def tr(text: str) -> str:
    # lupdate files a module-level tr() under the empty context (tools/update_translations.py).
    return QCoreApplication.translate("", text)


def fitting_size(widget: QWidget, width: int, height: int) -> QSize:
    """``width`` x ``height``, made smaller to fit the screen ``widget`` is on (a 1024x700
    laptop has no room for a page-tall preview)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    room = screen.availableGeometry().size() if screen is not None else QSize(width, height)
    return QSize(min(width, room.width() - 40), min(height, room.height() - 60))


@dataclass(frozen=True)
class Preview:
    """A paper made for the preview: its PDF and the pages rendered from it."""

    made: Any  # app.papers.make.PaperPdf
    pages: tuple[QImage, ...]


def page_image(page: Any) -> QImage:
    """A rendered page (app.papers.preview.PageImage) as a QImage owning its pixels."""
    image = QImage(page.pixels, page.width, page.height, page.stride, QImage.Format.Format_RGB888)
    return image.copy()


def make_preview(workspace: Any, request: Any, progress: Progress, dpi: float) -> Preview:
    """Runs on the thread pool: read the workspace, write the PDF, render its pages."""
    from app.papers.make import paper_as_pdf
    from app.papers.preview import render_pages

    progress.report(0, 0)
    with workspace.reading() as session:
        made = paper_as_pdf(session, request)
    pages = tuple(page_image(p) for p in render_pages(made.pdf, dpi, progress.report))
    return Preview(made, pages)


class PaperDialog(QDialog):
    """The print preview of one paper at a time, with Print, Save as PDF and Save as Word."""

    #: A preview was shown (tests wait for it).
    preview_shown = Signal()

    def __init__(self, parent: QWidget, context: AppContext, kind: str = "agenda") -> None:
        super().__init__(parent)
        self.context = context
        self.preview: Preview | None = None
        self.operation: BackgroundOperation | None = None
        #: Which refresh is the latest: a slower, older one must not replace its preview.
        self.generation = 0
        self.setWindowTitle(tr("Print a paper"))
        self.resize(fitting_size(self, 900, 1000))

        self.kind_combo = QComboBox()
        self.list_combo = QComboBox()
        self.language_combo = QComboBox()
        for code, name in (
            ("en", "English"),
            ("es", "Español"),
            ("fr", "Français"),
            ("pt", "Português"),
        ):
            self.language_combo.addItem(name, code)
        # A chair working in Spanish prints in Spanish unless they choose otherwise.
        self.language_combo.setCurrentIndex(
            max(self.language_combo.findData(context.language or current_language()), 0)
        )
        from app.services.meeting_days import calendar_span
        from app.ui.exchange.paper_period import PeriodChooser

        self.period_chooser = PeriodChooser(context.read(calendar_span))
        self.original_box = QCheckBox(
            tr("Print texts that have no translation in their original language, marked as such")
        )
        self._fill_kinds()
        self._fill_lists()
        index = self.kind_combo.findData(kind)
        if index >= 0 and self.kind_combo.model().item(index).isEnabled():
            self.kind_combo.setCurrentIndex(index)

        form = QFormLayout()
        form.addRow(tr("Paper:"), self.kind_combo)
        form.addRow(tr("Invitee list:"), self.list_combo)
        form.addRow(tr("Period:"), self.period_chooser)
        form.addRow(tr("Language:"), self.language_combo)
        form.addRow(self.original_box)
        self.missing_label = QLabel()
        self.missing_label.setWordWrap(True)
        self.missing_label.setStyleSheet("color: #a00000")
        self.missing_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.pages_widget = QWidget()
        self.pages_layout = QVBoxLayout(self.pages_widget)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.pages_widget)
        scroll.setStyleSheet("QScrollArea { background: #808080; }")

        self.print_button = QPushButton(tr("&Print…"))
        self.pdf_button = QPushButton(tr("Save as P&DF…"))
        self.word_button = QPushButton(tr("Save as &Word…"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for button in (self.print_button, self.pdf_button, self.word_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addLayout(form, 1)
        layout.addLayout(top)
        layout.addWidget(self.missing_label)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)

        from app.ui.exchange import paper_output

        self.print_button.clicked.connect(lambda: paper_output.print_preview(self))
        self.pdf_button.clicked.connect(lambda: paper_output.save_as(self, ".pdf"))
        self.word_button.clicked.connect(lambda: paper_output.save_as(self, ".docx"))
        for combo in (self.kind_combo, self.list_combo, self.language_combo):
            combo.currentIndexChanged.connect(self.refresh)
        self.period_chooser.changed.connect(self.refresh)
        self.original_box.toggled.connect(self._show_state)
        self.refresh()

    # -- choices -------------------------------------------------------------------
    def _fill_kinds(self) -> None:
        from app.papers.make import available_kinds

        meeting = bool(self.context.current_meeting_id)
        labels = {
            "agenda": tr("Draft agenda of the current meeting"),
            "annotated-agenda": tr("Annotated agenda of the current meeting"),
            "participants": tr("List of participants of the current meeting"),
            "summary": tr("Summary of the current meeting"),
            "calendar": tr("Calendar of activities and meetings"),
            "workplan": tr("Work plan"),
            "invitees": tr("List of invitees"),
        }
        for kind in available_kinds():
            self.kind_combo.addItem(labels.get(kind, kind), kind)
            if kind in {"agenda", "annotated-agenda", "participants", "summary"} and not meeting:
                item = self.kind_combo.model().item(self.kind_combo.count() - 1)
                item.setEnabled(False)
                item.setToolTip(tr("Select a meeting in the Calendar or Agenda view first."))
        if not meeting:
            self.kind_combo.setCurrentIndex(self.kind_combo.findData("calendar"))

    def _fill_lists(self) -> None:
        from app.services.invitees import list_summaries

        for summary in self.context.read(list_summaries):
            self.list_combo.addItem(summary.name, summary.name)

    def request(self) -> Any:
        from app.papers.make import PaperRequest

        kind = self.kind_combo.currentData()
        start, end = self.period_chooser.period() if kind == "calendar" else (None, None)
        return PaperRequest(
            kind=kind,
            start=start,
            end=end,
            language=self.language_combo.currentData(),
            meeting_id=self.context.current_meeting_id or None,
            list_name=self.list_combo.currentData() if kind == "invitees" else None,
        )

    # -- making the preview ----------------------------------------------------------
    def refresh(self) -> None:
        """Make the chosen paper again, off the UI thread."""
        workspace = self.context.workspace
        if workspace is None:
            return
        self.list_combo.setEnabled(self.kind_combo.currentData() == "invitees")
        self.period_chooser.setEnabled(self.kind_combo.currentData() == "calendar")
        request = self.request()
        self._set_outputs_enabled(False)
        self.missing_label.setText(tr("Making the paper…"))
        self.generation += 1
        generation = self.generation
        self.operation = run_in_background(
            self,
            tr("Making the paper…"),
            lambda progress: make_preview(workspace, request, progress, PREVIEW_DPI),
            lambda preview: self._show_preview(preview, generation),
            lambda error: self._failed(error, generation),
        )

    def _failed(self, error: BaseException, generation: int) -> None:
        if generation != self.generation:
            return
        self.preview = None
        self._clear_pages()
        self.missing_label.setText("")
        report_failure(
            self, self.context, error, title=tr("Cannot make the paper"), cancelled=tr("Cancelled.")
        )
        self._show_state()

    def _clear_pages(self) -> None:
        while self.pages_layout.count():
            widget = self.pages_layout.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()

    def _show_preview(self, preview: Preview, generation: int) -> None:
        if generation != self.generation:
            return
        self.preview = preview
        self._clear_pages()
        for image in preview.pages:
            page = QLabel()
            page.setPixmap(QPixmap.fromImage(image))
            page.setStyleSheet("background: white; border: 1px solid #404040;")
            self.pages_layout.addWidget(page)
        self._show_state()
        self.preview_shown.emit()

    def _show_state(self) -> None:
        preview = self.preview
        if preview is None:
            self._set_outputs_enabled(False)
            return
        missing = preview.made.missing
        if not missing:
            self.missing_label.setText("")
            self._set_outputs_enabled(True)
            return
        lines = "\n".join(f"• {m.what}: {m.original}" for m in missing[:12])
        more = len(missing) - 12
        if more > 0:
            lines += "\n" + tr("…and {count} more").format(count=more)
        self.missing_label.setText(
            tr(
                "{count} texts have no version in this language. Fill them in, or tick the "
                "box above to print the originals, marked as such:\n{lines}"
            ).format(count=len(missing), lines=lines)
        )
        self._set_outputs_enabled(self.original_box.isChecked())

    def _set_outputs_enabled(self, enabled: bool) -> None:
        for button in (self.print_button, self.pdf_button, self.word_button):
            button.setEnabled(enabled)
