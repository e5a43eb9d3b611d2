"""The application context: the open workspace, the undo stack, and change notices.

Passed to every page and dialog instead of globals (as git-cola's ApplicationContext).
Views never talk to each other: a write announces which kinds of data it changed
through ``data_changed``, and each view reloads what it shows.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QUndoStack

if TYPE_CHECKING:
    from app.services.session import Session
    from app.store import Workspace

T = TypeVar("T")

#: The kinds of data a change can touch; views reload on the kinds they show.
MEETINGS = "meetings"
AGENDA = "agenda"
DOCUMENTS = "documents"
INVITEES = "invitees"
MANDATES = "mandates"
WORKING_GROUP = "working_group"
ALL_KINDS = frozenset({MEETINGS, AGENDA, DOCUMENTS, INVITEES, MANDATES, WORKING_GROUP})


class AppContext(QObject):
    #: A different workspace was opened (or the last one closed: ``workspace`` is None).
    workspace_changed = Signal()
    #: Data of these kinds changed (a frozenset of the names above).
    data_changed = Signal(object)
    #: The meeting the user is working on changed (its id, or 0 for none).
    current_meeting_changed = Signal(int)
    #: A short message for the status bar.
    status_message = Signal(str)
    #: An error that happened where no dialog could be asked for (e.g. during undo).
    error_reported = Signal(object)
    #: This window committed a change (its own changes are not someone else's).
    wrote = Signal()
    #: The workspace's server went away (True) or came back (False).
    offline_changed = Signal(bool)

    def __init__(self, settings: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.workspace: Workspace | None = None
        self.undo_stack = QUndoStack(self)
        self.current_meeting_id = 0
        #: Language in which titles are shown; None shows each in its original language.
        self.language: str | None = None
        #: The server cannot be reached: what is shown stays, edits are refused.
        self.offline = False

    def set_offline(self, offline: bool) -> None:
        if offline != self.offline:
            self.offline = offline
            self.offline_changed.emit(offline)

    # -- workspace -------------------------------------------------------------------
    def set_workspace(self, workspace: Workspace | None) -> None:
        if self.workspace is not None and self.workspace is not workspace:
            self.workspace.close()
        self.workspace = workspace
        self.undo_stack.clear()
        self.current_meeting_id = 0
        self.workspace_changed.emit()

    def set_current_meeting(self, meeting_id: int) -> None:
        if meeting_id != self.current_meeting_id:
            self.current_meeting_id = meeting_id
            self.current_meeting_changed.emit(meeting_id)

    # -- data access -----------------------------------------------------------------
    def read(self, query: Callable[[Session], T]) -> T:
        """Run a read through the services; an empty result's caller checks ``workspace``."""
        if self.workspace is None:
            raise RuntimeError("no workspace is open")
        with self.workspace.reading() as session:
            return query(session)

    def write(self, action: Callable[[Session], T], kinds: frozenset[str] | set[str]) -> T:
        """One user action in one transaction; then tell the views what changed.

        Raises the services' errors unchanged; callers show them (see ``errors.py``).
        While another program holds the workspace for a long write, waits saying so
        (``busy_wait``).
        Direct calls are not undoable: edits go through ``app.ui.common.undo.ServiceCommand``.
        """
        if self.workspace is None:
            raise RuntimeError("no workspace is open")
        if self.offline:
            from app.store.errors import WorkspaceError

            raise WorkspaceError(
                self.tr(
                    "The server cannot be reached, so nothing can be saved now; what you typed "
                    "was not saved. Chairdesk reconnects by itself: try again when the status "
                    "bar says the server is back."
                )
            )
        from app.ui.common.busy_wait import write_waiting

        try:
            result = write_waiting(self, self.workspace, action, kinds)
            self.wrote.emit()
        finally:
            # Even a failed write may have been half-seen by a view's cache: reload.
            self.data_changed.emit(frozenset(kinds))
        return result

    def notify(self, kinds: frozenset[str] | set[str], message: str = "") -> None:
        self.data_changed.emit(frozenset(kinds))
        if message:
            self.status_message.emit(message)

    def report_error(self, error: Exception) -> None:
        self.error_reported.emit(error)

    def setting(self, key: str, default: Any = None) -> Any:
        return self.settings.value(key, default)
