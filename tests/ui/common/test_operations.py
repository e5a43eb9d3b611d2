"""Background operations: results arrive on the UI thread; cancel means the user cancelled."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget

from app.ui.common.operations import Cancelled, run_in_background


def test_a_finished_operation_is_not_reported_as_cancelled(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    results: list[object] = []
    operation = run_in_background(
        parent, "Working…", lambda progress: 42, results.append, results.append
    )
    progress = operation.progress
    qtbot.waitUntil(lambda: results == [42])
    # Closing the progress dialog at the end emits canceled; that is not the user's cancel.
    assert progress.cancelled is False


def test_cancelling_stops_the_work_and_reports_cancelled(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    started = threading.Event()
    failures: list[BaseException] = []

    def work(progress):
        started.set()
        for step in range(10_000):
            progress.report(step, 10_000)
            threading.Event().wait(0.001)
        return "finished"

    operation = run_in_background(parent, "Working…", work, failures.append, failures.append)
    assert started.wait(5)
    qtbot.waitUntil(operation.dialog.isVisible, timeout=5000)  # shown after 300 ms of work
    cancel = operation.dialog.findChild(QPushButton)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(failures) == 1, timeout=5000)
    assert isinstance(failures[0], Cancelled)
