"""Saving an edit someone else changed meanwhile: show both versions, keep either.

Every edit dialog reads the row's version counter when it opens; the undo command
carries it to the service, which refuses a newer row with a ``ConflictError`` holding
the other person's values. This dialog lists the fields where theirs and the user's
differ and lets the user keep theirs (nothing is saved) or keep their own (saved
again, against the version now in the workspace).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, time
from enum import Enum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import ConflictError
from app.ui.common.errors import show_error, translated
from app.ui.common.field_labels import field_labels
from app.ui.common.undo import ServiceCommand, push

if TYPE_CHECKING:
    from app.ui.common.context import AppContext

#: Makes the command that saves the user's values against a given version.
MakeCommand = Callable[[int | None], ServiceCommand]


def tr(text: str) -> str:
    # lupdate files a module-level tr() under the empty context (tools/update_translations.py).
    return QCoreApplication.translate("", text)


def shown(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return tr("Yes") if value else tr("No")
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, dict):
        return "; ".join(f"{key}: {text}" for key, text in value.items() if text)
    return str(value)


def comparable(values: Mapping[str, Any]) -> dict[str, Any]:
    """``values`` with the title's other languages only: the services list the original
    among a row's translations, a dialog does not, and that is no difference."""
    result = dict(values)
    if "translations" in result:
        original = result.get("title_language") or result.get("text_language")
        given = result["translations"] or {}
        result["translations"] = {
            code: text for code, text in given.items() if text and code != original
        }
    return result


def differences(
    mine: Mapping[str, Any], theirs: Mapping[str, Any], what: str = ""
) -> list[tuple[str, str, str]]:
    """(field label, mine, theirs) for each field the two versions of a ``what`` disagree on."""
    labels = field_labels(what)
    mine, theirs = comparable(mine), comparable(theirs)
    rows = []
    for field, value in mine.items():
        if field in theirs and shown(value) != shown(theirs[field]):
            label = labels.get(field, field.replace("_", " "))
            rows.append((label, shown(value), shown(theirs[field])))
    return rows


class ConflictDialog(QDialog):
    """Their value and the user's side by side; Keep mine or Keep theirs."""

    def __init__(
        self, conflict: ConflictError, mine: Mapping[str, Any], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Changed by someone else"))
        self.keep_mine = False
        layout = QVBoxLayout(self)
        self.intro = intro = QLabel(
            tr(
                "Someone else saved {what} “{name}” while you were editing it. "
                "Choose which version to keep."
            ).format(what=translated(conflict.row_name), name=conflict.label),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        rows = differences(mine, conflict.current, conflict.what)
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setHorizontalHeaderLabels([tr("Field"), tr("Yours"), tr("Theirs (saved)")])
        self.table.verticalHeader().hide()
        for row, cells in enumerate(rows):
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        # The field's name as wide as it needs; the two versions share the rest of the
        # dialog's width, the last column reaching its right edge, and long values (a
        # title, notes) wrap instead of running off to the right.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(self)
        self.mine_button = QPushButton(tr("Keep mine"), self)
        self.theirs_button = QPushButton(tr("Keep theirs"), self)
        buttons.addButton(self.mine_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.theirs_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.mine_button.clicked.connect(self._choose_mine)
        self.theirs_button.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 320)

    def _choose_mine(self) -> None:
        self.keep_mine = True
        self.accept()


def push_resolving(
    parent: QWidget,
    context: AppContext,
    make: MakeCommand,
    opened_at: int | None,
    mine: Mapping[str, Any],
    ask: Callable[[ConflictDialog], bool] | None = None,
) -> Any:
    """Push ``make(opened_at)``; on a conflict ask which version to keep.

    ``ask`` shows the dialog and returns whether the user kept theirs/mine (tests pass
    their own); by default the dialog runs modally. Returns the command's result, or
    None when the user kept the other person's version. Other errors (and a conflict
    that names no version to save against) are raised for the caller to show: a dialog
    that stays open shows them beside its fields.
    """
    try:
        return push(context, make(opened_at))
    except ConflictError as conflict:
        if conflict.current_version is None:
            raise
        dialog = ConflictDialog(conflict, mine, parent)
        kept_mine = ask(dialog) if ask is not None else (dialog.exec() and dialog.keep_mine)
        dialog.deleteLater()
        if not kept_mine:
            context.status_message.emit(tr("Kept the version saved by someone else."))
            return None
        return push(context, make(conflict.current_version))


def save_or_resolve(
    parent: QWidget,
    context: AppContext,
    make: MakeCommand,
    opened_at: int | None,
    mine: Mapping[str, Any],
    ask: Callable[[ConflictDialog], bool] | None = None,
) -> Any:
    """:func:`push_resolving`, showing any error in a message box (None is returned)."""
    try:
        return push_resolving(parent, context, make, opened_at, mine, ask)
    except Exception as error:
        show_error(parent, error)
        return None
