"""Saving while another program holds the workspace for a long write: wait, and say so.

A large import in another window (or on another person's computer) holds the workspace
for a while: SQLite's file lock, PostgreSQL's row locks. Waiting inside the database
driver would freeze the window without a word for seconds, then say "Something went
wrong". Instead every write is tried with a short wait; while the workspace stays busy,
a small window-modal indicator says "Waiting for another save to finish…" (the status
bar too), the window keeps painting, and the write is tried again until it goes through,
the person cancels, or ``LIMIT_S`` passes: then the usual "The workspace is busy" message.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QThread, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog

if TYPE_CHECKING:
    from app.services.session import Session
    from app.store import Workspace
    from app.ui.common.context import AppContext

T = TypeVar("T")

#: How long one attempt waits for the other program's write, in milliseconds.
ATTEMPT_MS = 250
#: The pause between attempts, during which the window paints and answers.
PAUSE_MS = 100
#: How long to keep trying before saying the workspace is busy, in seconds.
LIMIT_S = 60.0


def tr(text: str) -> str:
    # lupdate files a module-level tr() under the empty context (tools/update_translations.py).
    return QCoreApplication.translate("", text)


def waiting_text() -> str:
    return tr("Waiting for another save to finish…")


class WaitingIndicator:
    """The small progress window (no percentage: the other write's length is unknown)."""

    def __init__(self, context: AppContext) -> None:
        self.dialog = QProgressDialog(
            waiting_text(), tr("Stop waiting"), 0, 0, QApplication.activeWindow()
        )
        self.dialog.setWindowTitle(tr("Chairdesk"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.show()
        context.status_message.emit(waiting_text())

    @property
    def cancelled(self) -> bool:
        """The person pressed "Stop waiting" (or closed the indicator)."""
        return self.dialog.wasCanceled()

    def pause(self, milliseconds: int) -> None:
        """Let the window paint and answer for a moment (the dialog keeps input to itself)."""
        loop = QEventLoop()
        QTimer.singleShot(milliseconds, loop.quit)
        loop.exec()

    def close(self) -> None:
        self.dialog.close()
        self.dialog.deleteLater()


def write_waiting(
    context: AppContext,
    workspace: Workspace,
    action: Callable[[Session], T],
    kinds: Iterable[str],
) -> T:
    """Run ``action`` in one write transaction, waiting visibly while the workspace is busy.

    Each attempt is a whole transaction: a busy attempt is rolled back whole, so trying
    again is the same as the person pressing OK again. Raises the busy error when the
    wait is given up, and any other error at once.
    """
    from app.services.session import is_busy

    kinds = tuple(kinds)
    app = QCoreApplication.instance()
    if app is None or QThread.currentThread() is not app.thread():
        # Off the window's thread there is nothing to show: the driver's own wait.
        with workspace.writing(kinds) as session:
            return action(session)
    started = time.monotonic()
    indicator: WaitingIndicator | None = None
    try:
        while True:
            try:
                with workspace.writing(kinds, wait_ms=ATTEMPT_MS) as session:
                    return action(session)
            except Exception as error:
                if not is_busy(error) or time.monotonic() - started > LIMIT_S:
                    raise
                if indicator is None:
                    indicator = WaitingIndicator(context)
                if indicator.cancelled:
                    raise
                indicator.pause(PAUSE_MS)
                if indicator.cancelled:
                    raise
    finally:
        if indicator is not None:
            indicator.close()
