"""File > Export > Workbook (.xlsx) and File > Import > Invitee list from workbook (.xlsx).

Export: choose the sheets, choose the file, write it off the UI thread (the file is
replaced only once complete, so Cancel leaves nothing half-written).
Import: choose the file and the list, read the workbook and work out every change off
the UI thread, show the preview, and only on Apply write it, in one transaction, off
the UI thread (Cancel rolls it back); then tell the views. :func:`export_workbook_to`
and :func:`import_workbook_from` run the same steps from a path, without file dialogs.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QInputDialog, QMainWindow, QMenu, QWidget

from app.ui.common.context import INVITEES, AppContext
from app.ui.common.errors import translated
from app.ui.common.operations import BackgroundOperation, Progress, run_in_background
from app.ui.exchange.exchange_files import (
    ask_open_path,
    ask_save_path,
    export_in_background,
    report_failure,
)

FOLDER_KEY = "WorkbookExchange/folder"


def tr(text: str) -> str:
    # lupdate files a module-level tr() under the empty context (tools/update_translations.py).
    return QCoreApplication.translate("", text)


# -- export ---------------------------------------------------------------------------
def export_workbook_to(
    parent: QWidget, context: AppContext, path: Path, sheets: Sequence[str] | None = None
) -> BackgroundOperation:
    """Write the workbook to ``path`` off the UI thread; a status message says how it went."""
    from app.exchange.xlsx_export import export_workbook as write_workbook

    workspace = context.workspace
    if workspace is None:
        raise RuntimeError("no workspace is open")
    path = Path(path)
    chosen = list(sheets) if sheets else None
    language = context.language

    def work(progress: Progress) -> Any:
        return write_workbook(workspace, path, chosen, language=language, progress=progress.report)

    def done(summary: Any) -> str:
        rows = sum(count for _, count in summary.sheets)
        return tr("Exported {sheets} sheet(s), {rows} row(s), to {file}.").format(
            sheets=len(summary.sheets), rows=rows, file=path.name
        )

    return export_in_background(
        parent,
        context,
        tr("Exporting the workbook to {file}…").format(file=path.name),
        work,
        done,
        tr("Cannot export the workbook"),
        tr("Export cancelled; no file was written."),
    )


def export_workbook(parent: QWidget, context: AppContext) -> BackgroundOperation | None:
    """Ask which sheets and where, then export; None when the user cancelled."""
    from app.ui.exchange.workbook_exchange_dialogs import SheetChoiceDialog

    if context.workspace is None:
        return None
    choice = SheetChoiceDialog(parent)
    if choice.exec() != SheetChoiceDialog.DialogCode.Accepted:
        return None
    sheets = choice.sheets()
    path = ask_save_path(
        parent,
        context,
        FOLDER_KEY,
        tr("Export workbook"),
        tr("Excel workbooks (*.xlsx)"),
        (".xlsx",),
    )
    if path is None:
        return None
    return export_workbook_to(parent, context, path, sheets)


def export_list_csv_to(
    parent: QWidget, context: AppContext, list_name: str, path: Path
) -> BackgroundOperation:
    """Write one invitee list to ``path`` as CSV off the UI thread."""
    from app.exchange.csv_export import export_list_csv as write_csv

    workspace = context.workspace
    if workspace is None:
        raise RuntimeError("no workspace is open")
    path = Path(path)

    def work(progress: Progress) -> Any:
        return write_csv(workspace, list_name, path, progress=progress.report)

    def done(count: Any) -> str:
        return tr("Exported {rows} invitee(s) to {file}.").format(rows=count, file=path.name)

    return export_in_background(
        parent,
        context,
        tr("Exporting the invitee list to {file}…").format(file=path.name),
        work,
        done,
        tr("Cannot export the invitee list"),
        tr("Export cancelled; no file was written."),
    )


def export_list_csv(parent: QWidget, context: AppContext) -> BackgroundOperation | None:
    """Ask which list and where, then export it as CSV; None when the user cancelled."""

    from app.services.invitees import list_summaries

    if context.workspace is None:
        return None
    names = [summary.name for summary in context.read(list_summaries)]
    if not names:
        context.status_message.emit(tr("There is no invitee list to export."))
        return None
    name, chosen = QInputDialog.getItem(
        parent, tr("Export invitee list"), tr("Invitee &list:"), names, 0, False
    )
    if not chosen:
        return None
    path = ask_save_path(
        parent, context, FOLDER_KEY, tr("Export invitee list"), tr("CSV files (*.csv)"), (".csv",)
    )
    if path is None:
        return None
    return export_list_csv_to(parent, context, name, path)


# -- import ---------------------------------------------------------------------------
class WorkbookImport(QObject):
    """One import of one workbook into one list: preview, then apply on request."""

    #: The preview dialog is open (it is ``self.preview``).
    preview_shown = Signal()
    #: The import was written (the plan applied) or ended without writing (None).
    finished = Signal(object)

    def __init__(
        self,
        parent: QWidget,
        context: AppContext,
        path: Path,
        list_name: str,
        sheet_name: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.context = context
        self.path = Path(path)
        self.list_name = list_name
        self.sheet_name = sheet_name
        self.table: Any = None
        self.plan: Any = None
        self.preview: Any = None
        self.operation: BackgroundOperation | None = None

    def start(self) -> None:
        from app.exchange.xlsx_import import preview_workbook

        workspace = self.context.workspace
        if workspace is None:
            self._finish(None)
            return
        path, list_name, sheet = self.path, self.list_name, self.sheet_name

        def work(progress: Progress) -> Any:
            return preview_workbook(workspace, path, list_name, sheet, progress=progress.report)

        label = self.tr("Reading {file}…").format(file=path.name)
        self.operation = run_in_background(
            self.parent_widget, label, work, self._previewed, self._failed
        )

    def apply(self) -> None:
        """Write the previewed changes (planned again inside the write transaction)."""
        from app.exchange.xlsx_import import import_table

        workspace = self.context.workspace
        if workspace is None or self.table is None:
            self._finish(None)
            return
        table, list_name, previewed = self.table, self.list_name, self.plan
        remove_missing = self.preview is not None and self.preview.remove_missing()

        def work(progress: Progress) -> Any:
            return import_table(
                workspace,
                table,
                list_name,
                previewed=previewed,
                remove_missing=remove_missing,
                progress=progress.report,
            )

        label = self.tr("Importing {file}…").format(file=self.path.name)
        self.operation = run_in_background(
            self.parent_widget, label, work, self._applied, self._failed
        )

    def _failed(self, error: BaseException) -> None:
        report_failure(
            self.parent_widget,
            self.context,
            error,
            title=self.tr("Cannot import the workbook"),
            cancelled=self.tr("Import cancelled; the workspace was left as it was."),
        )
        self._finish(None)

    def _previewed(self, result: Any) -> None:
        from app.ui.exchange.workbook_exchange_dialogs import ImportPreviewDialog

        self.table, self.plan = result
        self.preview = ImportPreviewDialog(self.plan, self.path.name, self.parent_widget)
        self.preview.accepted.connect(self.apply)
        self.preview.rejected.connect(self._declined)
        self.preview.open()
        self.preview_shown.emit()

    def _declined(self) -> None:
        self.context.status_message.emit(self.tr("Import cancelled; nothing was changed."))
        self._finish(None)

    def _applied(self, plan: Any) -> None:
        self.context.notify(
            {INVITEES},
            self.tr("Imported {file} into “{list}”: {summary}.").format(
                file=self.path.name, list=plan.list_name, summary=translated(plan.summary_message())
            ),
        )
        self._finish(plan)

    def _finish(self, plan: Any) -> None:
        if self.preview is not None:
            self.preview.deleteLater()
        self.finished.emit(plan)
        self.deleteLater()


def import_workbook_from(
    parent: QWidget,
    context: AppContext,
    path: Path,
    list_name: str,
    sheet_name: str | None = None,
) -> WorkbookImport:
    """Start importing ``path`` into ``list_name``: the preview comes first."""
    flow = WorkbookImport(parent, context, path, list_name, sheet_name)
    flow.start()
    return flow


def import_workbook(parent: QWidget, context: AppContext) -> WorkbookImport | None:
    """Ask for the file and the list, then preview the import; None when cancelled."""
    from app.services.invitees import list_summaries
    from app.ui.exchange.workbook_exchange_dialogs import ListChoiceDialog

    if context.workspace is None:
        return None
    path = ask_open_path(
        parent,
        context,
        FOLDER_KEY,
        tr("Import invitee list"),
        ";;".join(
            (
                tr("Invitee lists (*.xlsx *.csv *.ods *.txt)"),
                tr("Excel workbooks (*.xlsx)"),
                tr("All files (*)"),
            )
        ),
    )
    if path is None:
        return None
    names = [summary.name for summary in context.read(list_summaries)]
    stem = path.stem.casefold()
    suggested = next((name for name in names if name.casefold() == stem), "")
    choice = ListChoiceDialog(path.name, names, suggested, parent)
    if choice.exec() != ListChoiceDialog.DialogCode.Accepted:
        return None
    return import_workbook_from(parent, context, path, choice.list_name())


def add_workbook_actions(
    window: QMainWindow, context: AppContext, export_menu: QMenu, import_menu: QMenu
) -> None:
    """Add "Workbook (.xlsx)…" to File > Export and the invitee import to File > Import."""
    export_action = export_menu.addAction(tr("Workbook (.xlsx)…"))
    export_action.setStatusTip(
        tr("Write invitee lists, calendar, agenda, documents and mandates to an Excel workbook")
    )
    export_action.triggered.connect(lambda _checked=False: export_workbook(window, context))
    csv_action = export_menu.addAction(tr("Invitee list (.csv)…"))
    csv_action.setStatusTip(tr("Write one invitee list as a CSV file for Excel or LibreOffice"))
    csv_action.triggered.connect(lambda _checked=False: export_list_csv(window, context))
    import_action = import_menu.addAction(tr("Invitee list (.xlsx, .csv, .ods)…"))
    import_action.setStatusTip(
        tr(
            "Add or update an invitee list from a workbook, CSV or OpenDocument file, "
            "after a preview"
        )
    )
    import_action.triggered.connect(lambda _checked=False: import_workbook(window, context))
