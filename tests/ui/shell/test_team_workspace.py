"""``chairdesk postgresql://...`` and File ▸ Open Team Workspace open the window on a server."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from app.ui.shell.team_dialog import TeamWorkspaceDialog
from tests.ui.shell_support import OFFSCREEN_SIZE_HINTS, start

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_SIZE_HINTS)


@pytest.mark.postgresql
def test_a_server_url_on_the_command_line_opens_the_window_on_it(
    qtbot, settings, tmp_path: Path, pg_server, pg_demo_template
) -> None:
    pg_demo_template.reset()
    window = start(qtbot, settings, tmp_path / "data", pg_demo_template.url)
    qtbot.waitUntil(lambda: window.context.workspace is not None, timeout=20000)
    workspace = window.context.workspace
    assert workspace.is_server and workspace.path is None
    assert workspace.name in window.windowTitle()
    assert "calendar" in window.current_view or window.pages
    assert window.settings.window.last_workspace == workspace.location
    window.close()


def test_the_team_dialog_builds_the_url_without_the_password(qtbot) -> None:
    dialog = TeamWorkspaceDialog(
        None, "postgresql://ana@db.example.org:6432/mispa3?sslmode=require"
    )
    qtbot.addWidget(dialog)
    assert dialog.host_edit.text() == "db.example.org"
    assert dialog.port_spin.value() == 6432
    assert dialog.ssl_combo.currentText() == "require"
    dialog.database_edit.clear()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Open).isEnabled()
    qtbot.keyClicks(dialog.database_edit, "mispa4")
    qtbot.keyClicks(dialog.password_edit, "s3cret")
    dialog.remember_box.setChecked(False)
    assert dialog.url() == "postgresql://ana@db.example.org:6432/mispa4?sslmode=require"
    assert "s3cret" not in dialog.url()
    assert dialog.password_for_this_session() == "s3cret"
    assert not dialog.remember_password()
