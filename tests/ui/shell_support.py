"""Helpers for the main-window tests: start the window as ``chairdesk`` does, wait for files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QKeySequence

from app.ui.shell.application import start_window
from app.ui.shell.main_window import MainWindow

#: The offscreen platform cannot pass a top-level window's size limits on; harmless.
OFFSCREEN_SIZE_HINTS = "This plugin does not support propagateSizeHints"


def start(qtbot, settings: QSettings, data_dir: Path, argument: str | None = None) -> MainWindow:
    """Start the window and wait until its first workspace is open (or failed to open)."""
    window = start_window(argument, settings=settings, data_dir=data_dir)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: not window.opener.busy and window._start_request is None)
    return window


def wait_open(qtbot, window: MainWindow, path: Path) -> None:
    def is_open() -> bool:
        workspace = window.context.workspace
        return workspace is not None and workspace.path.resolve() == path.resolve()

    qtbot.waitUntil(is_open, timeout=10000)
    qtbot.waitUntil(lambda: not window.opener.busy)


def press(qtbot, window: MainWindow, key: QKeySequence | QKeySequence.StandardKey) -> None:
    """Type the first binding of ``key`` into the window, as a person would."""
    sequence = QKeySequence.keyBindings(key)[0] if not isinstance(key, QKeySequence) else key
    combination = sequence[0]
    qtbot.keyClick(window, combination.key(), combination.keyboardModifiers())


def installed_views(window: MainWindow) -> list[str]:
    return [spec.key for spec in window.specs]
