"""Starting Chairdesk and finding everything as it was left: workspace, view, size, pages."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget

from app.store import backup_file
from app.ui.common.context import AppContext
from app.ui.shell import main_window as main_window_module
from app.ui.shell.application import start_window
from app.ui.shell.pages import PageSpec
from app.ui.shell.workspace_opener import default_workspace_path
from tests.ui.shell_support import OFFSCREEN_SIZE_HINTS, installed_views, press, start

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_SIZE_HINTS)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def demo_path(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "MISPA III.chairdesk"
    backup_file(demo_template, path)
    return path


def same_settings(settings: QSettings) -> QSettings:
    """The settings file as the next start of the program reads it."""
    settings.sync()
    return QSettings(settings.fileName(), QSettings.Format.IniFormat)


def test_first_start_creates_the_default_workspace_and_welcomes(qtbot, settings, data_dir):
    window = start(qtbot, settings, data_dir)

    default = default_workspace_path(data_dir)
    assert default.is_file()
    assert window.context.workspace.path == default.resolve()
    assert window.content.currentWidget() is window.welcome
    assert "empty" in window.welcome.situation.text()
    assert window.welcome.start_button.isVisible()
    assert window.windowTitle() == "Chairdesk — Chairdesk"


def test_a_named_file_is_created_when_missing(qtbot, settings, data_dir, tmp_path):
    path = tmp_path / "Working group.chairdesk"

    window = start(qtbot, settings, data_dir, str(path))

    assert path.is_file()
    assert window.windowTitle() == "Working group — Chairdesk"
    assert window.content.currentWidget() is window.welcome


def test_the_window_paints_before_the_workspace_opens(qtbot, settings, data_dir, demo_path):
    seen: list[tuple[object, str]] = []
    window = start_window(str(demo_path), settings=settings, data_dir=data_dir)
    qtbot.addWidget(window)
    window.first_painted.connect(
        lambda: seen.append((window.context.workspace, window.placeholder.text()))
    )
    qtbot.waitUntil(lambda: window.context.workspace is not None, timeout=10000)

    assert seen == [(None, "Opening MISPA III…")]


def test_the_window_module_does_not_import_the_data_layer():
    """SQLAlchemy, the store and the exchange libraries would delay the first paint."""
    heavy = ("sqlalchemy", "app.store", "app.services", "alembic", "openpyxl", "icalendar")
    code = (
        "import sys, app.ui.shell.application; "
        f"print(','.join(m for m in {heavy!r} if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


def test_restart_restores_workspace_and_view(qtbot, settings, data_dir, demo_path):
    window = start(qtbot, settings, data_dir, str(demo_path))
    views = installed_views(window)
    chosen = views[-1] if views else ""
    if chosen:
        press(qtbot, window, QKeySequence(f"Ctrl+{window_number(chosen)}"))
        assert window.current_view == chosen
    window.resize(1000, 700)
    qtbot.waitUntil(lambda: window.size().width() == 1000)
    window.close()

    again = start(qtbot, same_settings(settings), data_dir)

    assert again.context.workspace.path == demo_path.resolve()
    assert again.windowTitle() == "MISPA III — Chairdesk"
    if not chosen:
        pytest.skip("no page module is installed yet: the view cannot be restored")
    assert again.current_view == chosen
    assert again.content.currentWidget() is again.pages[chosen]
    assert again.menus.view_actions[chosen].isChecked()


def window_number(key: str) -> int:
    return [spec.key for spec in main_window_module.PAGES].index(key) + 1


def test_a_named_file_wins_over_the_last_workspace(qtbot, settings, data_dir, demo_path, tmp_path):
    window = start(qtbot, settings, data_dir, str(demo_path))
    window.close()
    other = tmp_path / "Other.chairdesk"

    again = start(qtbot, same_settings(settings), data_dir, str(other))

    assert again.context.workspace.path == other.resolve()


def test_after_file_close_the_next_start_opens_the_default(qtbot, settings, data_dir, demo_path):
    window = start(qtbot, settings, data_dir, str(demo_path))
    window.menus.close_action.trigger()
    window.close()

    again = start(qtbot, same_settings(settings), data_dir)

    assert again.context.workspace.path == default_workspace_path(data_dir).resolve()


def test_a_bad_file_at_start_explains_and_offers_the_welcome(
    qtbot, settings, data_dir, tmp_path, monkeypatch
):
    shown: list[BaseException] = []
    monkeypatch.setattr(
        "app.ui.common.errors.show_error", lambda parent, error: shown.append(error)
    )
    notes = tmp_path / "notes.txt"
    notes.write_text("Agenda ideas for the next meeting\n", encoding="utf-8")

    window = start(qtbot, settings, data_dir, str(notes))

    assert len(shown) == 1
    assert "not a Chairdesk workspace" in str(shown[0])
    assert window.context.workspace is None
    assert window.content.currentWidget() is window.welcome
    assert not window.welcome.start_button.isVisible()
    assert window.windowTitle() == "Chairdesk"
    assert not window.menus.save_copy_action.isEnabled()
    assert notes.read_text(encoding="utf-8") == "Agenda ideas for the next meeting\n"


class StandInPage(QWidget):
    """A page that keeps one value in its state, to check the window saves and restores it."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.width_kept = 0
        self.restored_from = ""

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("splitter", self.width_kept)

    def restore_state(self, settings: QSettings) -> None:
        self.width_kept = int(settings.value("splitter", 0))
        self.restored_from = settings.group()


STAND_INS = (
    PageSpec("calendar", "Calendar", __name__, "StandInPage", "calendar"),
    PageSpec("agenda", "Agenda", __name__, "StandInPage", "agenda"),
    PageSpec("nowhere", "Nowhere", "tests.ui.no_such_page_module", "Page", "agenda"),
)


def test_restart_restores_the_size_and_each_page_state(
    qtbot, settings, data_dir, demo_path, monkeypatch
):
    monkeypatch.setattr(main_window_module, "PAGES", STAND_INS)
    window = start(qtbot, settings, data_dir, str(demo_path))
    assert [spec.key for spec in window.specs] == ["calendar", "agenda"]
    assert window.navigation.count() == 2
    window.pages["calendar"].width_kept = 240
    window.pages["agenda"].width_kept = 410
    # The offscreen screen is 800 pixels wide; a restored window is kept on screen.
    window.resize(700, 520)
    qtbot.waitUntil(lambda: window.width() == 700)
    window.close()

    again = start(qtbot, same_settings(settings), data_dir)

    assert again.pages["calendar"].width_kept == 240
    assert again.pages["agenda"].width_kept == 410
    assert again.pages["agenda"].restored_from == "views/agenda"
    assert (again.width(), again.height()) == (700, 520)
