"""Undoable edits: each one a QUndoCommand that calls a service to do and to undo.

Pattern (orange-canvas-core): one command per change, macros for compound edits.
A command that fails when first pushed is not kept on the stack.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from app.messages import Message
from app.ui.common.errors import translated

if TYPE_CHECKING:
    from app.services.session import Session
    from app.ui.common.context import AppContext

Action = Callable[["Session"], Any]


def _tr(text: str) -> str:
    # lupdate files a module-level tr() under the empty context (tools/update_translations.py).
    return QCoreApplication.translate("", text)


class ServiceCommand(QUndoCommand):
    """Run ``do`` on redo and ``undo`` on undo, each in one transaction.

    ``do`` may return a value that ``undo`` needs (e.g. the id of a created row);
    it is kept in ``self.result`` and passed to ``undo`` as its second argument.
    ``text`` names the edit as Edit > Undo shows it ("Cancel “Fifth meeting”"); ``done``
    says in the past tense what happened, for the status bar ("“Fifth meeting” cancelled.").
    """

    def __init__(
        self,
        context: AppContext,
        text: str,
        do: Action,
        undo: Callable[[Session, Any], Any],
        kinds: frozenset[str] | set[str],
        done: str = "",
    ) -> None:
        super().__init__(text)
        self.done_text = done
        self._done_before = False
        self.context = context
        self._do = do
        self._undo = undo
        self.kinds = frozenset(kinds)
        self.result: Any = None
        self.error: Exception | None = None

    def redo(self) -> None:
        try:
            self.result = self.context.write(self._do, self.kinds)
            self.error = None
        except Exception as exc:  # reported by push(); the stack must not break
            self.error = exc
            self.setObsolete(True)
            return
        if self._done_before:
            self.context.status_message.emit(_tr("Redone: {action}").format(action=self.text()))
        self._done_before = True

    def undo(self) -> None:
        from app.services.errors import ConflictError

        try:
            self.context.write(lambda session: self._undo(session, self.result), self.kinds)
        except ConflictError as conflict:
            # Someone else changed the row after this edit: undoing would overwrite theirs.
            named = f" “{conflict.label}”" if conflict.label else ""
            conflict.message = QCoreApplication.translate(
                "undo",
                "Cannot undo “{action}”: someone else changed {what}{named} after it, "
                "and undoing would overwrite their change. Nothing was changed.",
            ).format(action=self.text(), what=translated(conflict.row_name), named=named)
            # Already in the window's language: shown as it is.
            conflict.explanation = Message(conflict.message, literal=True)
            self.setObsolete(True)
            self.context.report_error(conflict)
        except Exception as exc:  # e.g. the row was deleted in another window meanwhile
            self.context.report_error(exc)
            return
        self.context.status_message.emit(_tr("Undone: {action}").format(action=self.text()))


def push(context: AppContext, command: ServiceCommand) -> Any:
    """Do the command and keep it for undo; re-raise its error so the caller can show it."""
    context.undo_stack.push(command)
    if command.error is not None:
        raise command.error
    context.status_message.emit(command.done_text or command.text())
    return command.result


def restoring(values: Mapping[str, Any]) -> dict[str, Any]:
    """``values`` such that applying them also clears translations added since."""
    from app.models.localized import LANGUAGES

    restored = dict(values)
    if "translations" in restored:
        given = restored["translations"] or {}
        restored["translations"] = {code: given.get(code, "") for code in LANGUAGES}
    return restored
