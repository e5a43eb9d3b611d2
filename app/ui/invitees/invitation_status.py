"""An invitation status painted as a small coloured label, so the list reads at a glance."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.models.enums import InvitationStatus

Index = QModelIndex | QPersistentModelIndex

#: One colour per status: grey (not yet), blue (waiting), green (coming), red (not), violet (came).
STATUS_COLOURS = {
    InvitationStatus.TO_INVITE.value: QColor("#5f6b7a"),
    InvitationStatus.INVITED.value: QColor("#1f5fbf"),
    InvitationStatus.CONFIRMED.value: QColor("#1e7b34"),
    InvitationStatus.DECLINED.value: QColor("#b3261e"),
    InvitationStatus.ATTENDED.value: QColor("#6d3fc0"),
}
_PADDING_X = 8
_MARGIN_Y = 3


def status_colour(value: str) -> QColor:
    return STATUS_COLOURS.get(value, QColor("#5f6b7a"))


class InvitationStatusDelegate(QStyledItemDelegate):
    """Paints the DisplayRole label on a tinted rounded background; the colour comes from
    the stored value found under ``status_role``."""

    def __init__(self, status_role: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._status_role = status_role

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        label = item.text
        item.text = ""
        style = item.widget.style() if item.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, item.widget)
        if not label:
            return
        colour = status_colour(str(index.data(self._status_role)))
        metrics = item.fontMetrics
        width = metrics.horizontalAdvance(label) + 2 * _PADDING_X
        rect = QRectF(item.rect).adjusted(4, _MARGIN_Y, 0, -_MARGIN_Y)
        rect.setWidth(min(width, rect.width() - 4))
        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        background = QColor(colour)
        background.setAlpha(70 if selected else 36)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(background)
        radius = rect.height() / 2
        painter.drawRoundedRect(rect, radius, radius)
        text_colour = item.palette.color(QPalette.ColorRole.HighlightedText) if selected else colour
        painter.setPen(text_colour)
        painter.drawText(
            rect,
            Qt.AlignmentFlag.AlignCenter,
            metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(rect.width()) - 4),
        )
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 2 * _PADDING_X + 4, size.height())
