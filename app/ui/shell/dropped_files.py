"""Files dropped on the main window: a workspace opens, replies to invitations update the
invitee lists, anything else becomes a revision of the selected document."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMimeData, QTimer

from app.ui.shell.workspace_opener import SUFFIX

if TYPE_CHECKING:
    from app.ui.shell.main_window import MainWindow


def local_files(mime: QMimeData) -> list[Path]:
    """The local files a drag carries (none for text or web links)."""
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


def open_dropped_files(window: MainWindow, paths: list[Path]) -> None:
    workspaces = [p for p in paths if p.suffix.lower() == SUFFIX]
    if workspaces:
        window.opener.open(workspaces[0])
        return
    if window.context.workspace is not None and _dropped_replies(window, paths):
        return
    documents = window.pages.get("documents")
    if window.context.workspace is None or not hasattr(documents, "add_revision_files"):
        window.context.status_message.emit(
            QCoreApplication.translate(
                "MainWindow", "Open a workspace to add files to its documents."
            )
        )
        return
    window.show_view("documents")
    # After the drop returns: a dialog opened inside dropEvent would hold the file
    # manager's drag until it closes.
    QTimer.singleShot(0, lambda: documents.add_revision_files(paths))


def _dropped_replies(window: MainWindow, paths: list[Path]) -> bool:
    """Replies to invitations (.ics METHOD:REPLY, .eml) update the invitee lists."""
    from app.ui.invitations.invitation_actions import import_replies_from, reply_files

    replies = reply_files(paths)
    if not replies or len(replies) != len(paths):
        return False
    QTimer.singleShot(0, lambda: import_replies_from(window, window.context, replies))
    return True
