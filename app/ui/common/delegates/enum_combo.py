"""Editing a closed vocabulary (a status, a kind) with a combo box of its labels."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

Index = QModelIndex | QPersistentModelIndex


class EnumComboDelegate(QStyledItemDelegate):
    """The model's EditRole holds the stored value (e.g. "in_progress"); the combo shows labels."""

    def __init__(self, labels: Mapping[str, str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._labels = dict(labels)

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        """Keep the status colour beside its label when the row is several lines tall."""
        super().initStyleOption(option, index)
        option.decorationAlignment = option.displayAlignment

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for value, label in self._labels.items():
            combo.addItem(label, str(value))
        combo.setFrame(False)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        position = editor.findData(str(index.data(Qt.ItemDataRole.EditRole)))
        editor.setCurrentIndex(max(position, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> None:
        rect = option.rect
        rect.setHeight(min(rect.height(), max(editor.sizeHint().height(), 24)))
        rect.setWidth(max(rect.width(), editor.sizeHint().width()))
        editor.setGeometry(rect)
