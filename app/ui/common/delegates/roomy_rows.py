"""A little more height per row than the style gives, for trees dense with small text."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSize
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

Index = QModelIndex | QPersistentModelIndex


class RoomyRowDelegate(QStyledItemDelegate):
    def __init__(self, parent: QObject | None = None, *, extra_height: int = 6) -> None:
        super().__init__(parent)
        self._extra = extra_height

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + self._extra)
