"""SQLite's quick check of a workspace, run off the UI thread once it is open.

A page damaged on disk does not stop a file from opening; SQLite finds it only when
something reads that page. So after opening, the whole file is checked in the
background (a few seconds at 100,000 invitees) and the window says what was found:
a warning beside the others when pages are damaged, a status message otherwise.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    found = Signal(object)


class _QuickCheck(QRunnable):
    def __init__(self, path: Path, signals: _Signals) -> None:
        super().__init__()
        self.path = path
        self.signals = signals

    def run(self) -> None:
        from app.store.file_checks import quick_check

        try:
            problems = quick_check(self.path)
        except Exception as exc:  # a check that cannot run is itself a finding
            problems = [str(exc)]
        self.signals.found.emit(problems)


def check_in_background(
    parent: QObject, path: Path | None, report: Callable[[list[str]], None]
) -> None:
    """Run the quick check of ``path`` (None: a server workspace, nothing to do)."""
    if path is None:
        return
    signals = _Signals()  # no parent: it outlives a window closed before the check ends
    _running.add(signals)
    signals.found.connect(report)
    signals.found.connect(lambda _problems: _running.discard(signals))
    QThreadPool.globalInstance().start(_QuickCheck(Path(path), signals))


#: Checks under way (their signals must live until they report).
_running: set[_Signals] = set()
