"""Paints a meeting's or an agenda item's status as a small tinted label.

The colour says at a glance what needs attention (planned, pending) and what is done
(held, approved); the text stays the status's name, so colour is never the only cue.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

#: Hue per stored status value; unknown values are drawn grey.
STATUS_COLOURS: dict[str, str] = {
    # meetings
    "planned": "#3b6fb6",
    "confirmed": "#1f8a70",
    "held": "#5c6670",
    "postponed": "#b7791f",
    "cancelled": "#b23b3b",
    # agenda items
    "pending": "#3b6fb6",
    "considered": "#5c6670",
    "approved": "#1f8a70",
    "deferred": "#b7791f",
    "withdrawn": "#b23b3b",
}
PADDING_X = 7
PADDING_Y = 2


class StatusDelegate(QStyledItemDelegate):
    """Draws the display text inside a rounded tint of the colour of ``status_role``'s value."""

    def __init__(self, status_role: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._status_role = status_role

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        view_option = QStyleOptionViewItem(option)
        self.initStyleOption(view_option, index)
        text = view_option.text
        view_option.text = ""
        style = view_option.widget.style() if view_option.widget is not None else None
        if style is None:
            return
        style.drawControl(
            QStyle.ControlElement.CE_ItemViewItem, view_option, painter, view_option.widget
        )
        if not text:
            return
        colour = QColor(STATUS_COLOURS.get(str(index.data(self._status_role)), "#5c6670"))
        metrics = view_option.fontMetrics
        needed = metrics.horizontalAdvance(text) + 2 * PADDING_X + 2
        available = option.rect.width() - 8
        if needed > available:
            text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, available - 2 * PADDING_X)
        height = min(metrics.height() + 2 * PADDING_Y, option.rect.height() - 2)
        pill = QRect(
            option.rect.left() + 4,
            option.rect.center().y() - height // 2 + 1,
            min(needed, available),
            height,
        )
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill = QColor(colour)
        fill.setAlpha(60 if selected else 34)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("white") if selected else fill)
        painter.drawRoundedRect(pill, height / 2, height / 2)
        if selected:
            painter.setBrush(fill)
            painter.drawRoundedRect(pill, height / 2, height / 2)
        painter.setPen(colour.darker(125))
        painter.setFont(view_option.font)
        painter.drawText(pill, int(Qt.AlignmentFlag.AlignCenter), text)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(
            size.width() + 2 * PADDING_X + 8,
            max(size.height(), option.fontMetrics.height() + 2 * PADDING_Y + 4),
        )
