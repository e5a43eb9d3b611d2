"""What the conflict tests share: a colleague saving through another program, and a
person answering the conflict dialog ("Keep mine" or "Keep theirs")."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from app.store import open_workspace
from app.ui.common.conflicts import ConflictDialog


def as_colleague(context, change: Callable[[Any], Any]) -> None:
    """Another program on the same workspace makes ``change(session)`` and saves it."""
    other = open_workspace(context.workspace.location, create=False)
    try:
        with other.writing() as session:
            change(session)
    finally:
        other.close()


def answer_conflict(qtbot, choice: str) -> dict[str, Any]:
    """When the conflict dialog opens, note what it shows and click ``choice``.

    The returned dict fills in as the dialog is answered: ``rows`` (each "field | yours |
    theirs"), ``intro`` (its first sentence), ``dialog`` (its last-column geometry).
    """
    seen: dict[str, Any] = {}

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ConflictDialog):
            QTimer.singleShot(20, answer)
            return
        qtbot.waitExposed(dialog)
        table = dialog.table
        seen["rows"] = [
            " | ".join(table.item(r, c).text() for c in range(3)) for r in range(table.rowCount())
        ]
        seen["intro"] = dialog.intro.text()
        header = table.horizontalHeader()
        seen["last_column_right"] = header.sectionPosition(2) + header.sectionSize(2)
        seen["viewport_width"] = table.viewport().width()
        button = dialog.mine_button if choice == "mine" else dialog.theirs_button
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(20, answer)
    return seen
