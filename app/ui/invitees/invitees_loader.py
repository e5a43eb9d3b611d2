"""Reading a large invitee list off the UI thread, so the window stays responsive meanwhile.

Reading 100,000 entries takes a few hundred milliseconds; the page shows the first screen
of them at once (a ``LIMIT`` read) and lets this loader bring the rest. Only the result of
the latest request is delivered: a list chosen, then another, shows the second.
"""

from __future__ import annotations

from contextlib import suppress
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from app.services.invitee_table import EntryTable, read_entry_table

if TYPE_CHECKING:
    from app.store import Workspace


class _TaskSignals(QObject):
    """Lives in the UI thread, owned by the loader; tasks emit through it from theirs."""

    done = Signal(int, object, object)


class _ReadTask(QRunnable):
    """Runs once on the pool, which deletes it afterwards (``autoDelete``)."""

    def __init__(
        self, workspace: Workspace, list_id: int, generation: int, signals: _TaskSignals
    ) -> None:
        super().__init__()
        self.workspace = workspace
        self.list_id = list_id
        self.generation = generation
        self.signals = signals

    @Slot()
    def run(self) -> None:
        table: EntryTable | None = None
        error: Exception | None = None
        try:
            with self.workspace.reading() as session:
                table = read_entry_table(session, self.list_id)
        except Exception as exc:  # delivered to the UI thread, shown there
            error = exc
        # RuntimeError: the page was closed meanwhile, and nobody waits for the list.
        with suppress(RuntimeError):
            self.signals.done.emit(self.generation, table, error)


class EntryTableLoader(QObject):
    """Reads whole lists on the global thread pool; emits ``loaded`` or ``failed``."""

    loaded = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._generation = 0
        self._pending = 0
        self._signals = _TaskSignals(self)
        self._signals.done.connect(self._finished)

    def load(self, workspace: Workspace, list_id: int) -> None:
        self._generation += 1
        self._pending = self._generation
        task = _ReadTask(workspace, list_id, self._generation, self._signals)
        QThreadPool.globalInstance().start(task)

    def cancel(self) -> None:
        """Forget the requests made so far: their results will not be delivered."""
        self._generation += 1
        self._pending = 0

    def is_loading(self) -> bool:
        return self._pending != 0

    def _finished(self, generation: int, table: EntryTable | None, error: object) -> None:
        if generation != self._generation:
            return
        self._pending = 0
        if table is not None:
            self.loaded.emit(table)
        else:
            self.failed.emit(error)
