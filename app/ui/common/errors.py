"""Showing an error to a person: what went wrong, and what to do next."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    # lupdate files a module-level tr() under the empty context (tools/update_translations.py).
    return QCoreApplication.translate("", text)


def describe(error: BaseException) -> tuple[str, str]:
    """A title and a message for ``error``; unexpected errors say to report them."""
    from app.services.errors import ConflictError, NotFoundError, ServiceError, ValidationError
    from app.services.session import is_busy, is_conflict, is_unreachable
    from app.store.errors import WorkspaceError

    if isinstance(error, ValidationError):
        return tr("Please check your input"), error.message
    if isinstance(error, ConflictError):
        return tr("Changed elsewhere"), str(error)
    if is_conflict(error):
        return tr("Changed elsewhere"), tr(
            "Someone changed this in another window since you opened it. "
            "Your change was not saved; the view now shows the latest version. Try again."
        )
    if is_busy(error):
        return tr("The workspace is busy"), tr(
            "Someone else is saving a large change (an import, perhaps) and Chairdesk waited "
            "for it in vain. Your change was not saved; try again in a moment."
        )
    if is_unreachable(error):
        return tr("The server cannot be reached"), tr(
            "The connection to the team workspace's server was lost, so your change was not "
            "saved. Chairdesk reconnects by itself; try again when it is back."
        )
    if isinstance(error, NotFoundError):
        return tr("No longer there"), str(error)
    if isinstance(error, WorkspaceError):
        return tr("Cannot open the workspace"), str(error)
    if isinstance(error, ServiceError):  # e.g. a calendar or workbook that cannot be read
        return tr("Cannot complete this"), str(error)
    if isinstance(error, OSError):
        return tr("Cannot read or write the file"), tr(
            "{error}. Check the file name, that the folder exists, and free disk space."
        ).format(error=error.strerror or str(error))
    log.exception("unexpected error", exc_info=error)
    return tr("Something went wrong"), tr(
        "Chairdesk met an unexpected problem and did not complete the action; nothing was "
        "half-saved. Please report it with this text:\n\n{error}"
    ).format(error=f"{type(error).__name__}: {error}")


def show_error(parent: QWidget | None, error: BaseException, title: str | None = None) -> None:
    """Show ``error``; ``title`` names the action that failed (an unexpected error keeps
    its own title, which asks for a report)."""
    described, message = describe(error)
    if title is None or described == tr("Something went wrong"):
        title = described
    QMessageBox.warning(parent, title, message)
