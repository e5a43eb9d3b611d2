"""The main window driven as a person would: menus, shortcuts, dialogs, dropped files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog

from app.services.errors import ValidationError
from app.services.meeting_rows import list_meetings
from app.services.meetings import update_meeting
from app.store import backup_file
from app.ui.common import actions
from app.ui.common.undo import ServiceCommand, push
from app.ui.shell.main_window import MainWindow
from app.ui.shell.workspace_opener import example_path
from tests.ui.shell_support import OFFSCREEN_SIZE_HINTS, installed_views, press, start, wait_open

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_SIZE_HINTS)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


def demo_copy(template: Path, path: Path) -> Path:
    backup_file(template, path)
    return path


@pytest.fixture
def demo_path(demo_template: Path, tmp_path: Path) -> Path:
    return demo_copy(demo_template, tmp_path / "MISPA III.chairdesk")


@pytest.fixture
def window(qtbot, settings, data_dir, demo_path) -> MainWindow:
    return start(qtbot, settings, data_dir, str(demo_path))


@pytest.fixture
def shown_errors(monkeypatch) -> list[BaseException]:
    shown: list[BaseException] = []
    monkeypatch.setattr(
        "app.ui.common.errors.show_error", lambda parent, error: shown.append(error)
    )
    return shown


def choose_file(monkeypatch, path: Path | None, dialog: str = "getOpenFileName") -> None:
    """The native file dialog answers ``path`` (None: the person cancels)."""
    answer = (str(path) if path else "", "")
    monkeypatch.setattr(QFileDialog, dialog, staticmethod(lambda *args, **kwargs: answer))


def meetings_of(window: MainWindow) -> list[tuple]:
    return window.context.read(
        lambda s: [(m.date, m.start_time, m.room, m.title) for m in list_meetings(s)]
    )


def test_title_menus_and_view_shortcuts(qtbot, window):
    assert window.windowTitle() == "MISPA III — Chairdesk"
    assert window.windowFilePath().endswith("MISPA III.chairdesk")
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&View", "&Help"]
    assert window.menus.save_copy_action.shortcut() == QKeySequence("Ctrl+Shift+S")
    assert window.menus.close_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Close)

    views = installed_views(window)
    if not views:
        pytest.skip("no page module is installed yet")
    for key in reversed(views):
        number = [spec.key for spec in window.specs].index(key)
        press(qtbot, window, actions.VIEWS[window_number(window, key) - 1])
        assert window.current_view == key
        assert window.content.currentWidget() is window.pages[key]
        assert window.navigation.currentRow() == number
    window.navigation.setCurrentRow(len(views) - 1)
    assert window.current_view == views[-1]


def window_number(window: MainWindow, key: str) -> int:
    from app.ui.shell.pages import PAGES

    return [spec.key for spec in PAGES].index(key) + 1


def test_open_recent_lists_files_and_greys_missing_ones(
    qtbot, window, demo_path, demo_template, tmp_path
):
    other = demo_copy(demo_template, tmp_path / "Second.chairdesk")
    window.opener.open(other)
    wait_open(qtbot, window, other)
    gone = demo_copy(demo_template, tmp_path / "Gone.chairdesk")
    window.opener.open(gone)
    wait_open(qtbot, window, gone)
    window.opener.open(other)
    wait_open(qtbot, window, other)
    gone.unlink()

    window.menus.recent_menu.aboutToShow.emit()
    entries = [a for a in window.menus.recent_menu.actions() if not a.isSeparator()]
    texts = [a.text() for a in entries]
    assert texts == ["&1  Second", "&2  Gone (missing)", "&3  MISPA III", "Clear Menu"]
    assert [a.isEnabled() for a in entries] == [True, False, True, True]

    entries[2].trigger()
    wait_open(qtbot, window, demo_path)
    assert window.windowTitle() == "MISPA III — Chairdesk"

    window.menus.recent_menu.aboutToShow.emit()
    clear = window.menus.recent_menu.actions()[-1]
    clear.trigger()
    window.menus.recent_menu.aboutToShow.emit()
    texts = [a.text() for a in window.menus.recent_menu.actions() if not a.isSeparator()]
    assert texts == ["No Recent Workspaces", "Clear Menu"]


def test_save_a_copy_makes_a_file_that_opens_with_the_same_data(
    qtbot, window, tmp_path, monkeypatch
):
    original = meetings_of(window)
    copy = tmp_path / "copies" / "MISPA III for the secretariat"
    copy.parent.mkdir()
    choose_file(monkeypatch, copy, "getSaveFileName")

    press(qtbot, window, QKeySequence("Ctrl+Shift+S"))
    saved = copy.with_name(copy.name + ".chairdesk")
    qtbot.waitUntil(lambda: saved.exists() and not window.opener.busy, timeout=10000)
    assert "Saved a copy" in window.statusBar().currentMessage()

    choose_file(monkeypatch, saved)
    press(qtbot, window, QKeySequence.StandardKey.Open)
    wait_open(qtbot, window, saved)
    assert window.windowTitle() == "MISPA III for the secretariat — Chairdesk"
    assert meetings_of(window) == original
    assert len(original) == 6


def test_cancelling_the_open_dialog_changes_nothing(qtbot, window, demo_path, monkeypatch):
    choose_file(monkeypatch, None)
    window.menus.open_action.trigger()
    assert not window.opener.busy
    assert window.context.workspace.path == demo_path.resolve()


def damaged(path: Path) -> Path:
    path.write_bytes(b"SQLite format 3\x00" + b"\x13" * 4000)
    return path


def from_a_newer_chairdesk(template: Path, path: Path) -> Path:
    demo_copy(template, path)
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffff9999'")
    connection.close()
    return path


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda t, p: p.write_text("Minutes, draft 2\n") and p, "not a Chairdesk workspace"),
        (lambda t, p: damaged(p), "damaged"),
        (from_a_newer_chairdesk, "newer version of Chairdesk"),
    ],
    ids=["text file", "damaged file", "newer version"],
)
def test_a_bad_file_shows_what_to_do_and_the_workspace_stays_open(
    qtbot, window, demo_path, demo_template, tmp_path, monkeypatch, shown_errors, make, expected
):
    bad = make(demo_template, tmp_path / "bad.chairdesk")
    before = bad.read_bytes()
    choose_file(monkeypatch, bad)

    press(qtbot, window, QKeySequence.StandardKey.Open)
    qtbot.waitUntil(lambda: bool(shown_errors) and not window.opener.busy, timeout=10000)

    assert len(shown_errors) == 1
    assert expected in str(shown_errors[0])
    assert window.context.workspace.path == demo_path.resolve()
    assert window.windowTitle() == "MISPA III — Chairdesk"
    assert len(meetings_of(window)) == 6
    assert bad.read_bytes() == before


def test_ctrl_z_undoes_a_meeting_change_and_redo_does_it_again(qtbot, window):
    context = window.context
    first = context.read(lambda s: list_meetings(s)[0])

    def move_room(session):
        update_meeting(session, first.id, {"room": "Simón Bolívar Room"})
        return first.room

    def move_back(session, room):
        update_meeting(session, first.id, {"room": room})

    push(context, ServiceCommand(context, "Change room", move_room, move_back, {"meetings"}))
    assert meetings_of(window)[0][2] == "Simón Bolívar Room"
    assert window.menus.undo_action.text() == "&Undo Change room"

    press(qtbot, window, QKeySequence.StandardKey.Undo)
    assert meetings_of(window)[0][2] == first.room
    assert not window.menus.undo_action.isEnabled()

    press(qtbot, window, QKeySequence.StandardKey.Redo)
    assert meetings_of(window)[0][2] == "Simón Bolívar Room"


def test_errors_reported_by_the_context_appear_in_a_dialog(window, shown_errors):
    error = ValidationError("room", "A room name is at most 300 characters.")
    window.context.report_error(error)
    assert shown_errors == [error]


def test_status_bar_shows_messages_and_workspace_warnings(
    qtbot, settings, data_dir, demo_path, monkeypatch
):
    warning = "MISPA III.chairdesk is on a network share. Work on a copy on this computer."
    monkeypatch.setattr("app.store.workspace.network_share_warning", lambda path: warning)
    window = start(qtbot, settings, data_dir, str(demo_path))

    assert window.warning_label.isVisible()
    assert window.warning_label.toolTip() == warning
    window.context.status_message.emit("Meeting 3 moved to 6 October.")
    assert window.statusBar().currentMessage() == "Meeting 3 moved to 6 October."


def test_close_goes_back_to_the_welcome_view(qtbot, window):
    press(qtbot, window, QKeySequence.StandardKey.Close)

    assert window.isVisible()
    assert window.context.workspace is None
    assert window.content.currentWidget() is window.welcome
    assert window.windowTitle() == "Chairdesk"
    assert not window.menus.save_copy_action.isEnabled()
    assert not window.menus.close_action.isEnabled()
    assert not window.navigation.isEnabled()


def test_the_example_opens_from_the_welcome_view(qtbot, settings, data_dir):
    window = start(qtbot, settings, data_dir)
    assert window.content.currentWidget() is window.welcome

    qtbot.mouseClick(window.welcome.example_button, Qt.MouseButton.LeftButton)
    example = example_path(data_dir)
    wait_open(qtbot, window, example)

    assert window.windowTitle() == "MISPA III example — Chairdesk"
    assert len(meetings_of(window)) == 6
    if window.specs:
        assert window.content.currentWidget() is window.pages[window.current_view]
    assert example.name in [p.name for p in window.settings.recent_workspaces()]

    window.menus.close_action.trigger()
    window.menus.example_action.trigger()  # Help > Open the MISPA III Example: opens the same file
    wait_open(qtbot, window, example)
    assert len(meetings_of(window)) == 6


def test_new_creates_an_empty_workspace_with_the_suffix(qtbot, window, tmp_path, monkeypatch):
    choose_file(monkeypatch, tmp_path / "Working group on security", "getSaveFileName")

    press(qtbot, window, QKeySequence.StandardKey.New)
    created = tmp_path / "Working group on security.chairdesk"
    wait_open(qtbot, window, created)

    assert window.windowTitle() == "Working group on security — Chairdesk"
    assert window.content.currentWidget() is window.welcome
    assert meetings_of(window) == []
    assert not Path(f"{created}.partial").exists()


def test_new_refuses_to_replace_the_open_workspace(
    qtbot, window, demo_path, monkeypatch, shown_errors
):
    choose_file(monkeypatch, demo_path, "getSaveFileName")
    window.menus.new_action.trigger()

    assert "you have open" in str(shown_errors[0])
    assert len(meetings_of(window)) == 6


def drop(window: MainWindow, paths: list[Path]) -> None:
    """Drag files from a file manager over the window and let go."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    where = QPoint(window.width() // 2, window.height() // 2)
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(where, Qt.DropAction.CopyAction, mime, buttons, modifiers)
    assert QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    release = QDropEvent(where.toPointF(), Qt.DropAction.CopyAction, mime, buttons, modifiers)
    QApplication.sendEvent(window, release)


def test_dropping_a_workspace_file_opens_it(qtbot, window, demo_template, tmp_path):
    other = demo_copy(demo_template, tmp_path / "Dropped.chairdesk")
    drop(window, [other])
    wait_open(qtbot, window, other)
    assert window.windowTitle() == "Dropped — Chairdesk"


def test_dropping_a_document_file_goes_to_the_documents_view(qtbot, window, tmp_path):
    page = window.pages.get("documents")
    if page is None:
        pytest.skip("the Documents page is not installed yet")
    received: list[list[Path]] = []
    page.add_revision_files = received.append
    report = tmp_path / "CSP-RC.MISPA-III-doc.5-11-rev.2.pdf"
    report.write_bytes(b"%PDF-1.4\n")

    drop(window, [report])

    qtbot.waitUntil(lambda: bool(received))
    assert received == [[report]]
    assert window.current_view == "documents"


def test_export_and_import_menus_hold_the_exchange_actions(qtbot, window):
    import importlib.util

    hooks = ("app.ui.exchange.calendar_exchange", "app.ui.exchange.workbook_exchange")
    installed = [name for name in hooks if importlib.util.find_spec(name) is not None]
    if not installed:
        pytest.skip("no exchange module is installed yet")
    assert window.menus.export_menu.menuAction().isEnabled()
    assert window.menus.import_menu.menuAction().isEnabled()
    exports = [action.text() for action in window.menus.export_menu.actions()]
    if "app.ui.exchange.calendar_exchange" in installed:
        assert "Calendar (.ics)…" in exports

    window.menus.close_action.trigger()
    assert not window.menus.export_menu.menuAction().isEnabled()
    assert not window.menus.import_menu.menuAction().isEnabled()


def test_a_small_window_shows_the_views_as_icons_and_the_names_come_back(qtbot, window):
    """At 1024 pixels the view names would take 170 pixels from every page."""
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.navigation.item(0).text() == "Calendar")

    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.navigation.item(0).text() == "")
    assert window.navigation.width() < 60
    assert window.navigation.item(0).toolTip() == "Calendar"  # the name on hover
    qtbot.waitUntil(lambda: window.content.width() > 1024 - 70)  # the page got the room

    window.navigation.setCurrentRow(3)  # the icons still switch views
    assert window.content.currentWidget() is window.pages["invitees"]

    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.navigation.item(3).text() == "Invitees")
    assert window.navigation.item(3).toolTip() == ""


def test_opening_a_workspace_says_nothing_of_changes_by_someone_else(qtbot, window):
    """Nobody else has the demo copy open: the change watcher must stay quiet."""
    messages: list[str] = []
    window.statusBar().messageChanged.connect(messages.append)
    qtbot.wait(1500)  # three of the watcher's polls
    assert not any("someone else" in message for message in messages)
