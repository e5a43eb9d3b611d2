"""Work that may take more than ~100 ms, run off the UI thread with progress and cancel.

Pattern (Anki's CollectionOp/QueryOp, git-cola's Task): the work is a plain function
``work(progress) -> result`` that runs in a QThreadPool thread; it calls
``progress.report(done, total)`` and stops early (raising :class:`Cancelled`) when
``progress.cancelled`` is set. Results and errors come back on the UI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget


class Cancelled(Exception):
    """The user cancelled; whatever the work had begun was rolled back."""


class Progress:
    """Handed to the work function: report progress, check for cancel."""

    def __init__(self, signals: _Signals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def report(self, done: int, total: int) -> None:
        """Tell how far the work is; raises Cancelled if the user cancelled."""
        if self._cancel.is_set():
            raise Cancelled()
        self._signals.progress.emit(done, total)


class _Signals(QObject):
    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], signals: _Signals) -> None:
        super().__init__()
        self.work = work
        self.signals = signals
        self.progress = Progress(signals)

    @Slot()
    def run(self) -> None:
        try:
            result = self.work(self.progress)
        except BaseException as exc:  # delivered to the UI thread, shown there
            self.signals.failed.emit(exc)
        else:
            self.signals.succeeded.emit(result)


class BackgroundOperation(QObject):
    """One run of ``work`` with a modal progress dialog that can cancel it."""

    finished = Signal()

    def __init__(
        self,
        parent: QWidget,
        label: str,
        work: Callable[[Progress], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
        *,
        pool: QThreadPool | None = None,
    ) -> None:
        super().__init__(parent)
        self._signals = _Signals()
        self._task = _Task(work, self._signals)
        self._task.setAutoDelete(False)
        self._on_success = on_success
        self._on_failure = on_failure
        self._pool = pool or QThreadPool.globalInstance()
        self.dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
        self.dialog.setWindowTitle(self.tr("Chairdesk"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoReset(False)
        self.dialog.setAutoClose(False)
        self.dialog.canceled.connect(self._task.progress.cancel)
        self._signals.progress.connect(self._on_progress)
        self._signals.succeeded.connect(self._succeeded)
        self._signals.failed.connect(self._failed)

    @property
    def progress(self) -> Progress:
        return self._task.progress

    def start(self) -> None:
        self._pool.start(self._task)

    def _on_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total))

    def _close(self) -> None:
        # QProgressDialog emits canceled when it is reset or closed: the work is over,
        # and that must not read as the user cancelling it.
        self.dialog.canceled.disconnect(self._task.progress.cancel)
        self.dialog.reset()
        self.dialog.close()
        self.finished.emit()
        self.deleteLater()

    def _succeeded(self, result: Any) -> None:
        self._close()
        self._on_success(result)

    def _failed(self, error: BaseException) -> None:
        self._close()
        self._on_failure(error)


def run_in_background(
    parent: QWidget,
    label: str,
    work: Callable[[Progress], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None],
) -> BackgroundOperation:
    """Start ``work`` on the thread pool with a progress dialog; returns the operation."""
    operation = BackgroundOperation(parent, label, work, on_success, on_failure)
    operation.start()
    return operation
