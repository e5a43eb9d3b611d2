"""File > Export > Calendar (.ics) and File > Import > Calendar (.ics).

Export: choose all meetings or some, choose the file, write it off the UI thread
(the file is replaced only once complete, so Cancel leaves nothing half-written).
Import: choose the file, compute a dry run off the UI thread, ask for a range if the
file has recurring events, show what would change, then import in one transaction
(Cancel rolls it back) and tell the views. :func:`export_calendar_to` and
:func:`import_calendar_from` run the same steps from a path, without the file dialogs.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from app.ui.common.context import AGENDA, MEETINGS, AppContext
from app.ui.common.errors import translated
from app.ui.common.operations import BackgroundOperation, Progress, run_in_background
from app.ui.exchange.exchange_files import (
    ask_open_path,
    ask_save_path,
    export_in_background,
    report_failure,
)

FOLDER_KEY = "CalendarExchange/folder"


def tr(text: str) -> str:
    # lupdate files a module-level tr() under the empty context (tools/update_translations.py).
    return QCoreApplication.translate("", text)


# -- export ---------------------------------------------------------------------------
def export_calendar_to(
    parent: QWidget,
    context: AppContext,
    path: Path,
    meeting_ids: Sequence[int] | None = None,
) -> BackgroundOperation:
    """Write the calendar to ``path`` off the UI thread; a status message says how it went."""
    from app.exchange.ics_export import export_to_file

    workspace = context.workspace
    if workspace is None:
        raise RuntimeError("no workspace is open")
    path = Path(path)
    language = context.language
    chosen = list(meeting_ids) if meeting_ids is not None else None

    def work(progress: Progress) -> int:
        return export_to_file(workspace, path, chosen, progress=progress.report, language=language)

    return export_in_background(
        parent,
        context,
        tr("Exporting the calendar to {file}…").format(file=path.name),
        work,
        lambda count: tr("Exported {count} meeting(s) to {file}.").format(
            count=count, file=path.name
        ),
        tr("Cannot export the calendar"),
        tr("Export cancelled; no file was written."),
    )


def export_calendar(parent: QWidget, context: AppContext) -> BackgroundOperation | None:
    """Ask which meetings and where, then export; None when the user cancelled."""
    from app.services.meeting_rows import list_meetings
    from app.ui.exchange.calendar_exchange_dialogs import ExportChoiceDialog

    if context.workspace is None:
        return None
    language = context.language
    rows = context.read(lambda session: list_meetings(session, language=language))
    choice = ExportChoiceDialog(rows, context.current_meeting_id, parent)
    if choice.exec() != ExportChoiceDialog.DialogCode.Accepted:
        return None
    meeting_ids = choice.meeting_ids()
    path = ask_save_path(
        parent,
        context,
        FOLDER_KEY,
        tr("Export calendar"),
        tr("iCalendar files (*.ics *.ical)"),
        (".ics", ".ical"),
    )
    if path is None:
        return None
    return export_calendar_to(parent, context, path, meeting_ids)


# -- import ---------------------------------------------------------------------------
class CalendarImport(QObject):
    """One import of one file: dry run, range if needed, preview, then the import."""

    #: The preview dialog is open (it is ``self.preview``).
    preview_shown = Signal()
    #: The range dialog for recurring events is open (``self.range_dialog``).
    range_asked = Signal()
    #: The import was written (the report) or ended without writing (None).
    finished = Signal(object)

    def __init__(self, parent: QWidget, context: AppContext, path: Path) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.context = context
        self.path = Path(path)
        self.expand_until: date | None = None
        self.range_declined = False
        self.preview: Any = None
        self.range_dialog: Any = None
        self.operation: BackgroundOperation | None = None

    def start(self, expand_until: date | None = None) -> None:
        self.expand_until = expand_until
        self._run(dry_run=True)

    def _run(self, *, dry_run: bool) -> None:
        from app.exchange.ics_import import import_calendar_file

        workspace = self.context.workspace
        if workspace is None:
            self._finish(None)
            return
        path, until = self.path, self.expand_until

        def work(progress: Progress) -> Any:
            return import_calendar_file(
                workspace, path, dry_run=dry_run, expand_until=until, progress=progress.report
            )

        label = (self.tr("Reading {file}…") if dry_run else self.tr("Importing {file}…")).format(
            file=path.name
        )
        done = self._previewed if dry_run else self._imported
        self.operation = run_in_background(self.parent_widget, label, work, done, self._failed)

    def _failed(self, error: BaseException) -> None:
        report_failure(
            self.parent_widget,
            self.context,
            error,
            title=self.tr("Cannot import the calendar"),
            cancelled=self.tr("Import cancelled; the workspace was left as it was."),
        )
        self._finish(None)

    def _previewed(self, report: Any) -> None:
        if report.needs_range and self.expand_until is None and not self.range_declined:
            self._ask_range(report)
            return
        from app.ui.exchange.calendar_exchange_dialogs import ImportPreviewDialog

        self.preview = ImportPreviewDialog(report, self.path.name, self.parent_widget)
        self.preview.accepted.connect(lambda: self._run(dry_run=False))
        self.preview.rejected.connect(self._declined)
        self.preview.open()
        self.preview_shown.emit()

    def _ask_range(self, report: Any) -> None:
        from app.ui.exchange.calendar_exchange_dialogs import ExpandRangeDialog

        self.range_dialog = ExpandRangeDialog(
            self.path.name, report.recurring_refused, self._suggested_until(), self.parent_widget
        )

        def expand() -> None:
            self.expand_until = self.range_dialog.until()
            self._run(dry_run=True)

        def leave_out() -> None:
            self.range_declined = True
            self._previewed(report)

        self.range_dialog.accepted.connect(expand)
        self.range_dialog.rejected.connect(leave_out)
        self.range_dialog.open()
        self.range_asked.emit()

    def _suggested_until(self) -> date:
        """The end of the ministerial meeting if still ahead, else three months from today."""
        from app.services.working_group import get_working_group

        group = self.context.read(get_working_group)
        today = date.today()
        end = group.ministerial_end if group is not None else None
        return end if end is not None and end >= today else today + timedelta(days=91)

    def _declined(self) -> None:
        self.context.status_message.emit(self.tr("Import cancelled; nothing was changed."))
        self._finish(None)

    def _finish(self, report: Any) -> None:
        for dialog in (self.preview, self.range_dialog):
            if dialog is not None:
                dialog.deleteLater()
        self.finished.emit(report)
        self.deleteLater()

    def _imported(self, report: Any) -> None:
        self.context.notify(
            {MEETINGS, AGENDA},
            self.tr("Imported {file}: {summary}.").format(
                file=self.path.name, summary=translated(report.summary_message())
            ),
        )
        self._finish(report)


def import_calendar_from(
    parent: QWidget, context: AppContext, path: Path, expand_until: date | None = None
) -> CalendarImport:
    """Start importing ``path``: dry run, then the preview dialog (see :class:`CalendarImport`)."""
    flow = CalendarImport(parent, context, path)
    flow.start(expand_until)
    return flow


def import_calendar(parent: QWidget, context: AppContext) -> CalendarImport | None:
    """Ask for the file, then import it; None when the user cancelled."""
    if context.workspace is None:
        return None
    path = ask_open_path(
        parent,
        context,
        FOLDER_KEY,
        tr("Import calendar"),
        ";;".join((tr("iCalendar files (*.ics *.ical)"), tr("All files (*)"))),
    )
    return None if path is None else import_calendar_from(parent, context, path)


def add_calendar_actions(
    window: QMainWindow, context: AppContext, export_menu: QMenu, import_menu: QMenu
) -> None:
    """Add "Calendar (.ics)…" to File > Export and File > Import."""
    export_action = export_menu.addAction(tr("Calendar (.ics)…"))
    export_action.setStatusTip(
        tr("Write the meetings to an iCalendar file for Outlook, Google, Apple or Thunderbird")
    )
    export_action.triggered.connect(lambda _checked=False: export_calendar(window, context))
    import_action = import_menu.addAction(tr("Calendar (.ics)…"))
    import_action.setStatusTip(
        tr("Create or update meetings from an iCalendar file exported by a calendar program")
    )
    import_action.triggered.connect(lambda _checked=False: import_calendar(window, context))
