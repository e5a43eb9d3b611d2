"""The quorum in the window's words, and recording an outcome that may need confirming.

Shared by the record and the agenda: both record outcomes, and an outcome recorded while a
meeting has no quorum is asked about first and then flagged.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.services.quorum import QuorumLine, QuorumNotMetError, QuorumState
from app.ui.common.errors import show_error
from app.ui.common.page_support import confirmed
from app.ui.common.undo import ServiceCommand, push

if TYPE_CHECKING:
    from app.ui.common.context import AppContext


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def quorum_text(line: QuorumLine) -> str:
    """ "19 member states present, quorum 18: yes", or what stands in for it."""
    if line.state == QuorumState.NO_RULE:
        return _tr("{present} member states present; no quorum is required").format(
            present=line.present
        )
    if line.state == QuorumState.NOT_TAKEN:
        return _tr("Attendance not taken yet; quorum {required}").format(required=line.required)
    if line.state == QuorumState.MET:
        text = _tr("{present} member states present, quorum {required}: yes")
    else:
        text = _tr("{present} member states present, quorum {required}: no")
    return text.format(present=line.present, required=line.required)


def push_asking_quorum(
    parent: QWidget, context: AppContext, command: Callable[[bool], ServiceCommand]
) -> Any:
    """Push ``command(False)``; when the meeting has no quorum, ask, then push
    ``command(True)`` (which flags the outcome). Errors are shown; returns None then."""
    try:
        return push(context, command(False))
    except QuorumNotMetError as missing:
        question = _tr(
            "The meeting has no quorum ({line}).\n\nRecord this outcome anyway? It will be "
            "marked “recorded without quorum”."
        ).format(line=quorum_text(missing.line))
        if not confirmed(parent, _tr("No quorum"), question):
            return None
        try:
            return push(context, command(True))
        except Exception as error:
            show_error(parent, error)
    except Exception as error:
        show_error(parent, error)
    return None
