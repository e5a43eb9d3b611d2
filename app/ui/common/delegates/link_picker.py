"""Choosing linked rows (the meetings or documents a mandate is followed up in) from a
checkable list that opens over the cell. Space or a click ticks; Enter saves; Esc cancels.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    Qt,
)
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

Index = QModelIndex | QPersistentModelIndex
#: Returns (id, label) for every row that can be linked, read when the editor opens.
Choices = Callable[[], Sequence[tuple[int, str]]]


class LinkPickerDelegate(QStyledItemDelegate):
    """EditRole holds the list of linked ids; the editor hands back the ticked ids."""

    def __init__(self, choices: Choices, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QListWidget(parent)
        editor.setToolTip(self.tr("Space or a click ticks; Enter saves; Esc cancels."))
        for row_id, label in self._choices():
            item = QListWidgetItem(label, editor)
            item.setData(Qt.ItemDataRole.UserRole, row_id)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setCheckState(Qt.CheckState.Unchecked)
        if editor.count():
            editor.setCurrentRow(0)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QListWidget)
        linked = {int(v) for v in index.data(Qt.ItemDataRole.EditRole) or ()}
        for row in range(editor.count()):
            item = editor.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in linked
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QListWidget)
        ids = [
            int(editor.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(editor.count())
            if editor.item(row).checkState() == Qt.CheckState.Checked
        ]
        model.setData(index, ids, Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> None:
        """Wider and taller than the cell when needed, kept inside the table's viewport."""
        assert isinstance(editor, QListWidget)
        wanted_height = editor.sizeHintForRow(0) * min(max(editor.count(), 1), 10) + 8
        rect = QRect(option.rect)
        rect.setWidth(max(rect.width(), editor.sizeHintForColumn(0) + 40, 260))
        rect.setHeight(max(rect.height(), wanted_height))
        area = editor.parentWidget().rect() if editor.parentWidget() else rect
        if rect.right() > area.right():
            rect.moveRight(area.right())
        if rect.bottom() > area.bottom():
            rect.moveBottom(area.bottom())
        rect.moveLeft(max(rect.left(), area.left()))
        rect.moveTop(max(rect.top(), area.top()))
        editor.setGeometry(rect)
