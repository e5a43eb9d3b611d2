"""Choosing, creating, opening and copying workspace files for the window.

Opening runs off the UI thread (``run_in_background``): the first open of a session
imports SQLAlchemy (~0.4 s), a new file runs the migrations, an older one is backed up
and upgraded. The open workspace stays open until the new one is ready, so a file that
cannot be opened (not a workspace, damaged, from a newer Chairdesk) changes nothing:
the person sees why in a dialog and goes on with what they had.

Nothing here imports SQLAlchemy or the store at module level (the window imports this
module before its first paint).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QDialog

from app.ui.shell.team_opening import TeamOpening, is_team_url

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from app.services.session import Session
    from app.store import Workspace
    from app.ui.common.context import AppContext
    from app.ui.common.operations import BackgroundOperation, Progress
    from app.ui.shell.settings import Settings

SUFFIX = ".chairdesk"
DEFAULT_NAME = "Chairdesk"
EXAMPLE_NAME = "MISPA III example"
#: Overrides the data folder (QStandardPaths.AppDataLocation), e.g. for a portable install.
DATA_DIR_VARIABLE = "CHAIRDESK_DATA_DIR"


def data_folder(override: Path | None = None) -> Path:
    """Where the default workspace and the example live."""
    if override is not None:
        return override
    if os.environ.get(DATA_DIR_VARIABLE):
        return Path(os.environ[DATA_DIR_VARIABLE])
    location = QStandardPaths.StandardLocation.AppDataLocation
    return Path(QStandardPaths.writableLocation(location))


def default_workspace_path(folder: Path) -> Path:
    return folder / f"{DEFAULT_NAME}{SUFFIX}"


def example_path(folder: Path) -> Path:
    return folder / f"{EXAMPLE_NAME}{SUFFIX}"


def startup_path(argument: str | None, settings: Settings, folder: Path) -> Path | str:
    """What to open at start: the file or server URL named, else the last one used, else the
    default file."""
    if argument:
        return argument if is_team_url(argument) else Path(argument).expanduser().resolve()
    last = settings.window.last_workspace
    if settings.preferences.reopen_last_workspace and last and is_team_url(last):
        return last
    if settings.preferences.reopen_last_workspace and last and Path(last).is_file():
        return Path(last)
    return default_workspace_path(folder)


def with_suffix(path: Path) -> Path:
    return path if path.suffix.lower() == SUFFIX else path.with_name(path.name + SUFFIX)


def fill_with_example(session: Session) -> None:
    from app.services.demo import load_demo

    load_demo(session)


class WorkspaceOpener(TeamOpening, QObject):
    """The File menu's work on files: New, Open, the example, Save a Copy."""

    #: A workspace is open and ready; the window installs it in the context.
    opened = Signal(object)
    #: Opening ``path`` failed or was cancelled; the previous workspace is still open.
    failed = Signal(object)

    def __init__(
        self, context: AppContext, settings: Settings, folder: Path, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.settings = settings
        self.folder = folder
        self._window = parent
        self._operation: BackgroundOperation | None = None
        #: The password dialog while it is open (for the window's tests).
        self.password_dialog: QDialog | None = None

    @property
    def busy(self) -> bool:
        return self._operation is not None

    # -- opening ---------------------------------------------------------------------
    def open(self, path: Path | str, *, create: bool = False) -> None:
        """Open ``path`` (creating it when ``create``); the current one stays until then."""
        if is_team_url(path):
            self.open_team(str(path))
            return
        path = Path(path).expanduser().resolve()
        current = self.context.workspace
        if current is not None and current.path is not None and current.path.resolve() == path:
            self.context.status_message.emit(self.tr("{name} is open.").format(name=path.stem))
            return

        def work(progress: Progress) -> Workspace:
            progress.report(0, 2)
            from app.store import open_workspace

            progress.report(1, 2)
            return open_workspace(path, create=create)

        self._run(self.tr("Opening {name}…").format(name=path.stem), work, path.stem)

    def create(self, path: Path) -> None:
        """Make ``path`` a new, empty workspace and open it."""
        path = with_suffix(Path(path).expanduser().resolve())
        if self._is_open(path):
            self._show_error(self._open_file_error(path))
            return

        def work(progress: Progress) -> Workspace:
            progress.report(0, 2)
            from app.store import open_workspace, write_new_workspace

            write_new_workspace(path)
            progress.report(1, 2)

            return open_workspace(path, create=False)

        self._run(self.tr("Creating {name}…").format(name=path.stem), work, path.stem)

    def open_example(self) -> None:
        """Open the MISPA III example, writing it to the data folder the first time."""
        path = example_path(self.folder).resolve()
        if path.exists():
            self.open(path)
            return

        def work(progress: Progress) -> Workspace:
            progress.report(0, 2)
            path.parent.mkdir(parents=True, exist_ok=True)
            from app.store import open_workspace, write_new_workspace

            write_new_workspace(path, fill_with_example)
            progress.report(1, 2)

            return open_workspace(path, create=False)

        self._run(self.tr("Writing the MISPA III example…"), work, path.stem)

    # -- the File menu's dialogs ----------------------------------------------------
    def choose_and_open(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(
            self._window,
            self.tr("Open a Workspace"),
            str(self._dialog_folder()),
            self._file_filter(),
        )
        if name:
            self.open(Path(name))

    def choose_and_create(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getSaveFileName(
            self._window,
            self.tr("New Workspace"),
            str(self._dialog_folder() / self.tr("New working group{suffix}").format(suffix=SUFFIX)),
            self._file_filter(),
        )
        if name:
            self.create(Path(name))

    def save_a_copy(self) -> None:
        """Copy the open workspace, live, with SQLite's online backup."""
        workspace = self.context.workspace
        if workspace is None or self.busy:
            return
        folder = workspace.path.parent if workspace.path is not None else self._dialog_folder()
        suggested = folder / f"{workspace.name} {date.today().isoformat()}{SUFFIX}"
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getSaveFileName(
            self._window, self.tr("Save a Copy"), str(suggested), self._file_filter()
        )
        if not name:
            return
        destination = with_suffix(Path(name))

        def work(progress: Progress) -> Path:
            progress.report(0, 1)
            workspace.backup_to(destination)
            return destination

        def done(copy: Path) -> None:
            self._operation = None
            self.context.status_message.emit(
                self.tr("Saved a copy as {name}.").format(name=copy.name)
            )

        self._start(self.tr("Saving a copy…"), work, done, self._report_failure)

    # -- internals -------------------------------------------------------------------
    def _run(
        self,
        label: str,
        work: Callable[[Progress], Workspace],
        name: str,
        *,
        opened: Callable[[Workspace], None] | None = None,
        refused: Callable[[BaseException], bool] | None = None,
    ) -> None:
        """Run ``work`` in the background; ``opened`` runs before the window installs the
        workspace, ``refused`` may take a failure over (True: it did, nothing is shown)."""
        if self.busy:
            self.context.status_message.emit(self.tr("Please wait: a workspace is opening."))
            return

        def succeeded(workspace: Workspace) -> None:
            # A cancel that came after the work finished is too late to honour.
            self._operation = None
            if opened is not None:
                opened(workspace)
            if workspace.path is None:  # a team workspace: its URL, never a password
                self.settings.window.last_workspace = workspace.location
            else:
                self.settings.add_recent_workspace(workspace.path)
                self.settings.window.last_workspace = str(workspace.path.resolve())
            self.opened.emit(workspace)

        def failed(error: BaseException) -> None:
            if refused is not None and refused(error):
                self._operation = None
                return
            self.context.status_message.emit(self.tr("{name} was not opened.").format(name=name))
            self._report_failure(error)
            self.failed.emit(error)

        self.context.status_message.emit(label)
        self._start(label, work, succeeded, failed)

    def _start(
        self,
        label: str,
        work: Callable[[Progress], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
    ) -> None:
        from app.ui.common.operations import run_in_background

        self._operation = run_in_background(self._window, label, work, on_success, on_failure)

    def _report_failure(self, error: BaseException) -> None:
        from app.ui.common.operations import Cancelled

        self._operation = None
        if isinstance(error, Cancelled):
            self.context.status_message.emit(self.tr("Cancelled."))
            return
        self._show_error(error)

    def _show_error(self, error: BaseException) -> None:
        from app.ui.common import errors

        errors.show_error(self._window, error)

    def _is_open(self, path: Path) -> bool:
        current = self.context.workspace
        return current is not None and current.path is not None and current.path.resolve() == path

    def _open_file_error(self, path: Path) -> Exception:
        from app.store import WorkspaceError

        return WorkspaceError(
            self.tr("{name} is the workspace you have open. Choose another name.").format(
                name=path.name
            )
        )

    def _dialog_folder(self) -> Path:
        if self.context.workspace is not None and self.context.workspace.path is not None:
            return self.context.workspace.path.parent
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return Path(documents) if documents else Path.home()

    def _file_filter(self) -> str:
        return self.tr("Chairdesk workspaces (*{suffix});;All files (*)").format(suffix=SUFFIX)
