"""Opening a team workspace whose server asks for a password the keyring does not have.

A real server (the run's own, with a role that must give its password) and the real
window: the password dialog asks, a wrong password is said to be wrong and asked again,
the right one opens the workspace and goes to the keyring when the person ticks the box,
Cancel opens nothing. The password is never written to the settings file.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.store.server import KEYRING_SERVICE
from app.ui.shell.password_dialog import PasswordDialog
from tests.exchange.loopback import memory_keyring
from tests.ui.page_support import active_modal
from tests.ui.shell_support import OFFSCREEN_SIZE_HINTS, start

pytestmark = [pytest.mark.qt_log_ignore(OFFSCREEN_SIZE_HINTS), pytest.mark.postgresql]
PASSWORD = "pr0ceso-de-Cartagena"
ROLES = itertools.count(1)


@pytest.fixture
def keyring_in_memory() -> Iterator[object]:
    import keyring

    for _ in memory_keyring():
        yield keyring.get_keyring()


@pytest.fixture
def ana_url(pg_server, monkeypatch) -> str:
    """A database only the role ``ana…`` may open, with its password."""
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", "/nonexistent")
    try:
        return pg_server.password_role(f"ana{pg_server.prefix}{next(ROLES)}", PASSWORD)
    except (RuntimeError, OSError) as exc:
        pytest.skip(f"no password-auth role on this server: {exc}")


def type_password(qtbot, dialog: PasswordDialog, password: str, remember: bool = True) -> None:
    qtbot.keyClicks(dialog.password_edit, password)
    dialog.remember_box.setChecked(remember)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def test_a_wrong_password_is_said_so_and_the_right_one_opens_and_is_remembered(
    qtbot, settings, tmp_path: Path, ana_url, keyring_in_memory
) -> None:
    window = start(qtbot, settings, tmp_path / "data", ana_url)
    asked = active_modal(qtbot, PasswordDialog)
    assert not asked.refused_label.isVisible()
    assert "asks for the password of ana" in asked.findChild(type(asked.refused_label)).text()
    type_password(qtbot, asked, "wrong password")

    qtbot.waitUntil(
        lambda: isinstance(window.opener.password_dialog, PasswordDialog), timeout=20000
    )
    again = active_modal(qtbot, PasswordDialog)
    assert again is not asked
    assert again.refused_label.isVisible()
    assert again.refused_label.text() == "The server did not accept that password. Type it again."
    type_password(qtbot, again, PASSWORD)

    qtbot.waitUntil(lambda: window.context.workspace is not None, timeout=30000)
    workspace = window.context.workspace
    assert workspace.is_server and workspace.location.startswith("postgresql://ana")
    assert keyring_in_memory.get_password(KEYRING_SERVICE, workspace.address.keyring_user) == (
        PASSWORD
    )
    settings.sync()
    assert PASSWORD not in Path(settings.fileName()).read_text(encoding="utf-8")
    window.close()


def test_cancel_opens_nothing_and_shows_no_error(
    qtbot, settings, tmp_path: Path, ana_url, keyring_in_memory
) -> None:
    window = start(qtbot, settings, tmp_path / "data", ana_url)
    asked = active_modal(qtbot, PasswordDialog)
    qtbot.mouseClick(
        asked.buttons.button(asked.buttons.StandardButton.Cancel), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: window.opener.password_dialog is None)
    assert window.context.workspace is None
    assert window.statusBar().currentMessage().endswith("was not opened.")
    window.close()


def test_a_password_not_remembered_stays_out_of_the_keyring(
    qtbot, settings, tmp_path: Path, ana_url, keyring_in_memory
) -> None:
    window = start(qtbot, settings, tmp_path / "data", ana_url)
    type_password(qtbot, active_modal(qtbot, PasswordDialog), PASSWORD, remember=False)
    qtbot.waitUntil(lambda: window.context.workspace is not None, timeout=30000)
    address = window.context.workspace.address
    assert keyring_in_memory.get_password(KEYRING_SERVICE, address.keyring_user) is None
    window.close()
