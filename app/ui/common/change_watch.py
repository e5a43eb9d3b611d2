"""Other people's changes appear without a reload; a server that goes away is said so.

Every half second the watcher asks the workspace's change notices (``app.store.notices``:
PostgreSQL LISTEN/NOTIFY, or SQLite's data_version on a file) what others committed,
and tells the views to reload those kinds. When the server cannot be reached, the
context goes offline: what is on screen stays, edits are refused with a message, and
the watcher reconnects by itself every few seconds.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer

if TYPE_CHECKING:
    from app.ui.common.context import AppContext

POLL_MS = 500
RECONNECT_MS = 3000


class ChangeWatcher(QObject):
    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.context = context
        self._notices: Any = None
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.poll)
        self._retry = QTimer(self)
        self._retry.setInterval(RECONNECT_MS)
        self._retry.timeout.connect(self._reconnect)
        context.workspace_changed.connect(self._follow)
        context.wrote.connect(self._absorb)

    def _close(self) -> None:
        if self._notices is not None:
            with contextlib.suppress(Exception):  # a connection to a server that is gone
                self._notices.close()
            self._notices = None

    def _follow(self) -> None:
        self._close()
        self._timer.stop()
        self._retry.stop()
        self.context.set_offline(False)
        if self.context.workspace is None:
            return
        self._connect()

    def _connect(self) -> bool:
        from app.store.notices import NoticesLost, listen

        workspace = self.context.workspace
        if workspace is None:
            return False
        try:
            self._notices = listen(workspace)
        except NoticesLost:
            self._went_away()
            return False
        self._timer.start()
        return True

    def _absorb(self) -> None:
        if self._notices is not None and hasattr(self._notices, "absorb"):
            self._notices.absorb()

    def poll(self) -> None:
        from app.store.notices import ANY, NoticesLost
        from app.ui.common.context import ALL_KINDS

        if self._notices is None:
            return
        try:
            kinds = self._notices.poll()
        except NoticesLost:
            self._went_away()
            return
        if kinds:
            changed = ALL_KINDS if ANY in kinds else frozenset(kinds) & ALL_KINDS
            self.context.notify(changed, self.tr("Updated with changes made by someone else."))

    def _went_away(self) -> None:
        self._close()
        self._timer.stop()
        self.context.set_offline(True)
        self._retry.start()

    def _reconnect(self) -> None:
        from app.ui.common.context import ALL_KINDS

        if self._connect():
            self._retry.stop()
            self.context.set_offline(False)
            self.context.notify(ALL_KINDS, self.tr("The server is back; edits are possible again."))
