"""The Working group dialog: reachable from Edit, offered by a new workspace, undoable, and
what it says is what exported calendars and new meetings are titled with."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QTabWidget

from app.exchange.ics_export import export_calendar
from app.services.working_group import group_values
from app.store import backup_file
from app.ui.shell.working_group.dialog import WorkingGroupDialog
from app.ui.shell.working_group.identity import IdentitySection
from app.ui.shell.working_group.officers import OfficersSection
from app.ui.shell.working_group.place import PlaceSection
from app.ui.shell.workspace_opener import default_workspace_path
from tests.ui.page_support import active_modal
from tests.ui.shell_support import OFFSCREEN_SIZE_HINTS, start, wait_open

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_SIZE_HINTS)


@pytest.fixture
def window(qtbot, settings, tmp_path: Path, demo_template: Path):
    path = tmp_path / "MISPA III.chairdesk"
    backup_file(demo_template, path)
    return start(qtbot, settings, tmp_path / "data", str(path))


def group(window) -> dict:
    return window.context.read(group_values)


def test_edit_working_group_shows_the_group_and_saves_a_new_acronym_undoably(qtbot, window):
    assert window.menus.working_group_action.isEnabled()
    window.menus.working_group_action.trigger()
    dialog = active_modal(qtbot, WorkingGroupDialog)

    identity = dialog.section(IdentitySection)
    assert identity.name_edit.text().startswith("Working Group to Prepare the Third Meeting")
    assert identity.short_name_edit.text() == "MISPA III Working Group"
    assert identity.prepares_edit.text() == "MISPA III"
    officers = dialog.section(OfficersSection)
    assert officers.chair_edit.text() == "Colonel Mitchell"
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == [
        "The group",
        "Chair and vice chairs",
        "Where it meets",
        "Papers",
    ]

    identity.short_name_edit.setText("GT/MISPA-III")
    officers.add_vice_chair("Ambassador Ruiz", "Representative of Colombia")
    dialog.section(PlaceSection).room_edit.setText("Simón Bolívar Room")
    dialog.accept()

    saved = group(window)
    assert saved["short_name"] == "GT/MISPA-III"
    assert saved["default_room"] == "Simón Bolívar Room"
    assert [(o["role"], o["name"]) for o in saved["officers"]] == [
        ("chair", "Colonel Mitchell"),
        ("vice_chair", "Ambassador Ruiz"),
    ]
    exported = window.context.read(export_calendar).data.decode()
    assert "SUMMARY:GT/MISPA-III: " in exported.replace("\r\n ", "")

    window.context.undo_stack.undo()
    before = group(window)
    assert before["short_name"] == "MISPA III Working Group"
    assert [o["name"] for o in before["officers"]] == ["Colonel Mitchell"]


def test_cancel_leaves_the_group_unchanged(qtbot, window):
    before = group(window)
    window.menus.working_group_action.trigger()
    dialog = active_modal(qtbot, WorkingGroupDialog)
    dialog.section(IdentitySection).short_name_edit.setText("Something else")
    dialog.reject()
    assert group(window) == before
    assert window.context.undo_stack.count() == 0


def test_a_new_workspace_offers_to_describe_the_group_and_ok_waits_for_a_name(
    qtbot, window, tmp_path, monkeypatch
):
    created = tmp_path / "Security group.chairdesk"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(created), ""))
    )
    window.menus.new_action.trigger()
    wait_open(qtbot, window, created)
    assert window.content.currentWidget() is window.welcome
    assert window.welcome.describe_button.isVisible()

    qtbot.mouseClick(window.welcome.describe_button, Qt.MouseButton.LeftButton)
    dialog = active_modal(qtbot, WorkingGroupDialog)
    assert dialog.windowTitle() == "Describe the Working Group"
    assert not dialog.ok_button.isEnabled()
    assert dialog.message_label.text() == "Give the working group's name."
    assert isinstance(dialog.tabs, QTabWidget)

    identity = dialog.section(IdentitySection)
    qtbot.keyClicks(identity.name_edit, "Working Group on Hemispheric Security")
    qtbot.keyClicks(identity.short_name_edit, "WGHS")
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    saved = group(window)
    assert (saved["name"], saved["short_name"]) == ("Working Group on Hemispheric Security", "WGHS")
    assert saved["default_timezone"] == "America/New_York"
    window.context.undo_stack.undo()
    assert group(window) is None


def test_the_welcome_view_says_where_the_default_workspace_lives(qtbot, settings, tmp_path):
    data = tmp_path / "data"
    window = start(qtbot, settings, data)
    window.close_workspace()
    where = window.welcome.where
    assert where.isVisible()
    assert str(default_workspace_path(data)) in where.text()


def test_the_readme_gives_the_default_workspace_path_the_window_uses(qapp, monkeypatch, tmp_path):
    from app.ui.shell.application import APPLICATION, ORGANIZATION
    from app.ui.shell.workspace_opener import DATA_DIR_VARIABLE, data_folder

    readme = (Path(__file__).resolve().parents[3] / "README.md").read_text(encoding="utf-8")
    promised = "~/.local/share/Chairdesk/Chairdesk/Chairdesk.chairdesk"
    assert f"`{promised}` on Linux" in readme
    assert "python3 -m venv .venv && . .venv/bin/activate" in readme
    monkeypatch.delenv(DATA_DIR_VARIABLE, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / ".local" / "share"))
    names = (qapp.organizationName(), qapp.applicationName())
    qapp.setOrganizationName(ORGANIZATION)
    qapp.setApplicationName(APPLICATION)
    try:
        path = default_workspace_path(data_folder())
    finally:
        qapp.setOrganizationName(names[0])
        qapp.setApplicationName(names[1])
    assert path == tmp_path / promised.removeprefix("~/")
