"""Starting the window: the QApplication, its names and icon, and the main window.

Kept light on purpose: this module and the window import only Qt and our UI shell, so
the window paints as soon as an empty PySide6 window would; SQLAlchemy, the store and the
services are imported after the first paint, when the workspace is opened.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QSettings, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication

from app.ui.common.actions import icon
from app.ui.common.language import chosen_language, install_language
from app.ui.shell.main_window import MainWindow
from app.ui.shell.settings import Settings

ORGANIZATION = "Chairdesk"
APPLICATION = "Chairdesk"
DESKTOP_FILE = "chairdesk"
#: Set (to anything) to print the time of the first paint and quit: the start-up benchmark.
EXIT_AFTER_FIRST_PAINT = "CHAIRDESK_EXIT_AFTER_FIRST_PAINT"


def configure_application(app: QApplication) -> None:
    """Names (QSettings and QStandardPaths use them) and the icon.

    The version is not set here: reading it imports importlib.metadata (~15 ms and more),
    which the first paint does not need; About shows ``app.__version__`` when asked.
    """
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setDesktopFileName(DESKTOP_FILE)
    app.setWindowIcon(icon("chairdesk"))


def start_window(
    workspace: str | None,
    *,
    settings: QSettings | None = None,
    data_dir: Path | None = None,
) -> MainWindow:
    """Make and show the main window; it opens ``workspace`` right after its first paint."""
    window = MainWindow(settings if settings is not None else QSettings(), data_dir=data_dir)
    if os.environ.get(EXIT_AFTER_FIRST_PAINT):
        window.first_painted.connect(_report_first_paint_and_quit)
    window.language_chosen.connect(
        lambda language: QTimer.singleShot(0, lambda: switch_language(window, language))
    )
    _windows[:] = [window]
    window.start(workspace)
    window.show()
    return window


#: The main window in use: switching the language replaces it.
_windows: list[MainWindow] = []


def current_window() -> MainWindow | None:
    return _windows[0] if _windows else None


def switch_language(window: MainWindow, language: str) -> MainWindow:
    """Show the window in ``language`` now: a new main window, made after the language's
    translations are installed, takes the old one's place on the same workspace."""
    install_language(language)
    workspace = window.context.workspace
    argument = str(workspace.path) if workspace is not None else None
    store = window.settings.store
    app = QApplication.instance()
    quits = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)  # the old window closes before the new one shows
    try:
        window.close()  # keeps the geometry, the last view and the pages' layout; closes the file
        window.deleteLater()
        return start_window(argument, settings=store, data_dir=window.opener.folder)
    finally:
        app.setQuitOnLastWindowClosed(quits)


def _report_first_paint_and_quit() -> None:
    print(f"{time.time():.6f}", flush=True)
    QTimer.singleShot(0, QApplication.quit)


def run_window(workspace: str | None) -> int:
    """``chairdesk [WORKSPACE]``: run the window until it is closed; the exit code."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    configure_application(app)
    store = QSettings()
    install_language(chosen_language(Settings(store).preferences.language))
    start_window(workspace, settings=store)
    code = app.exec()
    # Let a background open or copy finish rather than cut it off half-way.
    QThreadPool.globalInstance().waitForDone()
    window = current_window()
    if window is not None and window.context.workspace is not None:  # quit, window open
        window.context.workspace.close()
    return code
