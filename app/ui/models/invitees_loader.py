"""Reading a large invitee list off the UI thread, so the window stays responsive meanwhile.

Reading 100,000 entries takes a few hundred milliseconds; the page shows the first screen
of them at once (a ``LIMIT`` read) and lets this loader bring the rest. Only the result of
the latest request is delivered: a list chosen, then another, shows the second.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from app.services.invitee_table import EntryTable, read_entry_table

if TYPE_CHECKING:
    from app.store import Workspace

#: Tasks that are queued or running; held here so Python never frees one under the pool.
_RUNNING: set[_ReadTask] = set()


class _TaskSignals(QObject):
    done = Signal(int, object, object)


class _ReadTask(QRunnable):
    def __init__(self, workspace: Workspace, list_id: int, generation: int) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.workspace = workspace
        self.list_id = list_id
        self.generation = generation
        self.signals = _TaskSignals()

    @Slot()
    def run(self) -> None:
        try:
            with self.workspace.reading() as session:
                table = read_entry_table(session, self.list_id)
        except Exception as error:  # delivered to the UI thread, shown there
            self.signals.done.emit(self.generation, None, error)
        else:
            self.signals.done.emit(self.generation, table, None)
        finally:
            _RUNNING.discard(self)


class EntryTableLoader(QObject):
    """Reads whole lists on the global thread pool; emits ``loaded`` or ``failed``."""

    loaded = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._generation = 0
        self._pending = 0

    def load(self, workspace: Workspace, list_id: int) -> None:
        self._generation += 1
        task = _ReadTask(workspace, list_id, self._generation)
        task.signals.done.connect(self._finished)
        self._pending = self._generation
        _RUNNING.add(task)
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
