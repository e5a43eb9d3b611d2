"""Showing an error to a person: what went wrong, and what to do next.

The services, the store and the exchange explain themselves with a
:class:`~app.messages.Message` (an English template marked ``Messages.tr`` and its
parameters); :func:`translated` says it in the window's language, each piece looked up in
context "Messages" and dates written as the window writes them.
"""

from __future__ import annotations

import logging
from datetime import date, datetime, time
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QTime
from PySide6.QtWidgets import QMessageBox, QWidget

from app.messages import Message, Number, english_value, explanation_of
from app.ui.common.dates import format_date

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    # lupdate files a module-level tr() under the empty context (tools/update_translations.py).
    return QCoreApplication.translate("", text)


def _message_text(template: str) -> str:
    # Marked where it is written, by Messages.tr("...") (lupdate files it under "Messages").
    return QCoreApplication.translate("Messages", template)


def window_value(value: Any) -> str:
    """A parameter of a message as the window writes it: dates and times in its language."""
    if isinstance(value, datetime):
        return f"{format_date(value.date())} {window_value(value.time())}"
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, time):
        shown = QTime(value.hour, value.minute, value.second)
        return QLocale().toString(shown, QLocale.FormatType.ShortFormat)
    if isinstance(value, Number):
        return QLocale().toString(value.value)
    return english_value(value)


def translated(message: Message) -> str:
    """``message`` in the window's language (English where no translation is installed)."""
    return message.render(_message_text, window_value)


def error_text(error: BaseException) -> str:
    """What ``error`` says, in the window's language when it is one of the program's own."""
    return translated(explanation_of(error))


def describe(error: BaseException) -> tuple[str, str]:
    """A title and a message for ``error``; unexpected errors say to report them."""
    from app.services.errors import ConflictError, NotFoundError, ServiceError, ValidationError
    from app.services.session import is_busy, is_conflict, is_unreachable
    from app.store.errors import WorkspaceError

    if isinstance(error, ValidationError):
        return tr("Please check your input"), error_text(error)
    if isinstance(error, ConflictError):
        return tr("Changed elsewhere"), error_text(error)
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
        return tr("No longer there"), error_text(error)
    if isinstance(error, WorkspaceError):
        return tr("Cannot open the workspace"), error_text(error)
    if isinstance(error, ServiceError):  # e.g. a calendar or workbook that cannot be read
        return tr("Cannot complete this"), error_text(error)
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
