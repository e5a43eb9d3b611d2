"""Opening a team workspace: its URL, the server's password, the keyring.

Part of the window's ``WorkspaceOpener`` (which runs the opening off the UI thread):
a server that asks for a password the keyring does not have (or has no keyring to ask),
or refuses the one given, gets the password dialog; the password is kept in the keyring
only once the server accepted it, and never in the settings file.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QWidget

    from app.store import Workspace
    from app.ui.common.context import AppContext
    from app.ui.common.operations import Progress
    from app.ui.shell.settings import Settings


def tr(text: str) -> str:
    # lupdate files a module-level tr() under the empty context (tools/update_translations.py).
    return QCoreApplication.translate("", text)


def is_team_url(target: object) -> bool:
    """A team workspace's ``postgresql://`` URL (checked without importing the store)."""
    return isinstance(target, str) and target.lower().startswith(("postgresql://", "postgres://"))


def shown_name(target: Path | str) -> str:
    """What the window calls a workspace while it opens: a file's name, a database's name."""
    if is_team_url(target):
        return str(target).split("?")[0].rsplit("/", 1)[-1]
    return Path(target).stem


class TeamOpening:
    """The team-workspace half of ``WorkspaceOpener``."""

    context: AppContext
    settings: Settings
    _window: QWidget
    failed: SignalInstance
    password_dialog: QDialog | None

    # The opener defines this: run ``work`` in the background, then install the workspace.
    _run: Callable[..., None]

    def open_team(self, url: str, password: str | None = None, *, remember: bool = False) -> None:
        """Open a team workspace on a PostgreSQL server (an empty database gets the schema).

        ``password``: typed by the person (else the keyring's, or libpq's own sources);
        kept in the keyring once the server accepted it, when ``remember``. A server that
        asks for a password not given, or refuses the one given, gets the password dialog.
        """
        current = self.context.workspace
        if current is not None and current.path is None and current.location == url:
            self.context.status_message.emit(tr("{name} is open.").format(name=current.name))
            return

        def work(progress: Progress) -> Workspace:
            progress.report(0, 2)
            from app.store.workspace import open_server_workspace

            progress.report(1, 2)
            return open_server_workspace(url, create=True, password=password)

        def opened(workspace: Workspace) -> None:
            if password and remember:
                self._keep_password(workspace, password)

        def refused(error: BaseException) -> bool:
            from app.services.session import asks_for_password, password_refused

            if not asks_for_password(error):
                return False
            self._ask_password(url, refused=password_refused(error))
            return True

        self._run(
            tr("Opening {name}…").format(name=shown_name(url)),
            work,
            shown_name(url),
            opened=opened,
            refused=refused,
        )

    def _ask_password(self, url: str, *, refused: bool) -> None:
        """Ask for the workspace's password; OK tries again with it, Cancel opens nothing."""
        from app.store.server import parse_server_url
        from app.ui.shell.password_dialog import PasswordDialog

        address, _ = parse_server_url(url)
        dialog = PasswordDialog(self._window, address.user, address.database, refused=refused)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.password_dialog = dialog

        def answered(result: int) -> None:
            self.password_dialog = None
            if result == QDialog.DialogCode.Accepted:
                self.open_team(url, dialog.password(), remember=dialog.remember())
                return
            name = shown_name(url)
            self.context.status_message.emit(tr("{name} was not opened.").format(name=name))
            self.failed.emit(None)

        dialog.finished.connect(answered)
        dialog.open()

    def _keep_password(self, workspace: Workspace, password: str) -> None:
        from app.store.server import save_keyring_password

        if workspace.address is not None and not save_keyring_password(workspace.address, password):
            self.context.status_message.emit(
                tr(
                    "This computer has no keyring, so the password was not kept: it will be "
                    "asked again next time."
                )
            )

    def choose_team_workspace(self) -> None:
        """File ▸ Open Team Workspace: ask for the server, then open it."""
        from app.ui.shell.team_dialog import TeamWorkspaceDialog

        dialog = TeamWorkspaceDialog(self._window, self.settings.window.last_team_workspace)
        if dialog.exec():
            self.settings.window.last_team_workspace = dialog.url()
            self.open_team(
                dialog.url(),
                dialog.password_for_this_session(),
                remember=dialog.remember_password(),
            )
