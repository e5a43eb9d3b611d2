"""Editing an optional date (a due date) in place: a date field that can say "No date"."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QAbstractItemModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QDateEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

Index = QModelIndex | QPersistentModelIndex

#: The lowest date the field accepts stands for "no date" (shown as specialValueText).
NO_DATE = QDate(1900, 1, 1)


class OptionalDateEdit(QDateEdit):
    """A date field whose lowest value reads "No date"; Delete clears it.

    Stepping or opening the calendar from "No date" starts at today, not in 1900.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("d MMM yyyy")
        self.setDateRange(NO_DATE, QDate(2200, 12, 31))
        self.setSpecialValueText(self.tr("No date"))
        self.setToolTip(self.tr("Press Delete for no date."))
        self.set_value(None)

    def value(self) -> date | None:
        current = self.date()
        return None if current == NO_DATE else current.toPython()

    def set_value(self, value: date | QDate | None) -> None:
        if value is None or (isinstance(value, QDate) and not value.isValid()):
            self.setDate(NO_DATE)
        elif isinstance(value, QDate):
            self.setDate(value)
        else:
            self.setDate(QDate(value.year, value.month, value.day))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete:
            self.set_value(None)
            event.accept()
            return
        super().keyPressEvent(event)

    def stepBy(self, steps: int) -> None:
        if self.date() == NO_DATE:
            self.setDate(QDate.currentDate())
            return
        super().stepBy(steps)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.date() == NO_DATE:
            self.setDate(QDate.currentDate())
        super().mousePressEvent(event)


class OptionalDateDelegate(QStyledItemDelegate):
    """EditRole holds a QDate or None; the editor hands back a Python date or None."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = OptionalDateEdit(parent)
        editor.setFrame(False)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, OptionalDateEdit)
        editor.set_value(index.data(Qt.ItemDataRole.EditRole))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, OptionalDateEdit)
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> None:
        rect = option.rect
        rect.setHeight(max(editor.sizeHint().height(), min(rect.height(), 32)))
        rect.setWidth(max(rect.width(), editor.sizeHint().width()))
        editor.setGeometry(rect)
