"""Editing wrapped, multi-line text (a mandate, an area responsible) in its table cell.

Enter commits as in any cell; Shift+Enter starts a new line; Escape cancels.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QObject,
    Qt,
)
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QPlainTextEdit,
    QStyleOptionViewItem,
    QWidget,
)

from app.ui.common.delegates.roomy_rows import Index, RoomyRowDelegate


class WrappedTextDelegate(RoomyRowDelegate):
    """Rows a little taller than the text, so that wrapped rows do not run into each other."""

    def __init__(self, parent: QObject | None = None, *, min_editor_height: int = 60) -> None:
        super().__init__(parent)
        self._min_height = min_editor_height

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QPlainTextEdit(parent)
        editor.setTabChangesFocus(True)
        editor.setToolTip(self.tr("Enter saves; Shift+Enter starts a new line; Esc cancels."))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QPlainTextEdit)
        editor.setPlainText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
        editor.moveCursor(QTextCursor.MoveOperation.End)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QPlainTextEdit)
        model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> None:
        """Two lines taller than the cell, room to type without a scroll bar at once."""
        rect = option.rect
        rect.setHeight(max(rect.height() + 2 * option.fontMetrics.lineSpacing(), self._min_height))
        parent = editor.parentWidget()
        if parent is not None and rect.bottom() > parent.rect().bottom():
            rect.moveBottom(parent.rect().bottom())
            rect.moveTop(max(rect.top(), 0))
        editor.setGeometry(rect)

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if (
            isinstance(editor, QPlainTextEdit)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            return True
        return super().eventFilter(editor, event)
