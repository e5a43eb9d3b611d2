"""The agenda of one meeting, over ``services.agenda_rows.list_items`` rows, reorderable by drag.

A drop does not rearrange rows here: it asks for the move (``move_requested``), the page
runs it through the services as an undoable command, and the model is reloaded with
the positions the services stored.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)

from app.ui.common import meeting_labels as labels
from app.ui.common.row_table import RIGHT_ALIGNED, ROW_ID_ROLE, AnyIndex, RowTableModel

if TYPE_CHECKING:
    from app.services.agenda_rows import ItemRow

ITEM_ID_ROLE = ROW_ID_ROLE
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2
#: What a dragged agenda item carries: its meeting's id and its own id.
ITEM_MIME_TYPE = "application/x-chairdesk-agenda-item"


class AgendaModel(RowTableModel["ItemRow"]):
    NUMBER, START, DURATION, TITLE, KIND, STATUS, DOCUMENTS = range(7)
    TITLE_COLUMN = TITLE

    #: The user dropped item ``item_id`` so that it should be at 1-based ``position``.
    move_requested = Signal(int, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._meeting_id = 0
        self._headers = (
            self.tr("No."),
            self.tr("Start"),
            self.tr("Duration"),
            self.tr("Title"),
            self.tr("Kind"),
            self.tr("Status"),
            self.tr("Documents"),
        )

    def set_rows(self, meeting_id: int, rows: Sequence[ItemRow]) -> None:  # type: ignore[override]
        self.beginResetModel()
        self._meeting_id = meeting_id
        self._take_rows(rows)
        self.endResetModel()

    @property
    def meeting_id(self) -> int:
        return self._meeting_id

    #: The item shown in table row ``index``.
    row_of = RowTableModel.row_at
    #: The table row of the item, or -1.
    row_for_id = RowTableModel.row_number

    # -- Qt model --------------------------------------------------------------------
    def _role_data(self, row: ItemRow, column: int, role: int) -> Any:
        if role == STATUS_ROLE:
            return str(row.status)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            self.NUMBER,
            self.START,
            self.DURATION,
        ):
            return RIGHT_ALIGNED
        return None

    def _display(self, row: ItemRow, column: int) -> Any:
        if column == self.NUMBER:
            return str(row.position)
        if column == self.START:
            return "" if row.starts_at is None else f"{row.starts_at:%H:%M}"
        if column == self.DURATION:
            if row.duration_minutes is None:
                return ""
            return self.tr("{minutes} min").format(minutes=row.duration_minutes)
        if column == self.TITLE:
            return row.title
        if column == self.KIND:
            return labels.label(labels.item_kinds(), row.kind)
        if column == self.STATUS:
            status = labels.label(labels.item_statuses(), row.status)
            if row.deferred_from_date is None:
                return status
            return self.tr("{status}, deferred from {date}").format(
                status=status, date=labels.short_date(row.deferred_from_date)
            )
        if column == self.DOCUMENTS:
            return ", ".join(row.documents)
        return None

    def _tooltip(self, row: ItemRow, column: int) -> str | None:
        if column == self.TITLE:
            parts = [row.title]
            if row.decision:
                parts.append(self.tr("Decision: {text}").format(text=row.decision))
            if row.deferred_from_date is not None:
                parts.append(
                    self.tr("Deferred from the meeting of {date}.").format(
                        date=labels.long_date(row.deferred_from_date)
                    )
                )
            elif row.deferred_from_id is not None:
                parts.append(self.tr("Deferred from an earlier meeting."))
            return "\n".join(parts)
        if column == self.START:
            if row.starts_at is None:
                return self.tr("Give every item before this one a duration to know when it starts.")
            if row.planned_start is not None:
                return self.tr("Starts at a fixed time.")
            return self.tr("Starts when the item before it ends.")
        if column == self.DOCUMENTS and row.documents:
            return "\n".join(row.documents)
        return None

    # -- drag and drop ---------------------------------------------------------------
    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            # Dropping is between rows (on the root), never onto an item.
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [ITEM_MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData | None:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if not rows:
            return None
        payload = QByteArray(f"{self._meeting_id}:{self._rows[rows[0]].id}".encode("ascii"))
        data = QMimeData()
        data.setData(ITEM_MIME_TYPE, payload)
        return data

    def _dragged_item(self, data: QMimeData | None) -> int | None:
        """The id of the item in ``data`` if it comes from this agenda."""
        if data is None or not data.hasFormat(ITEM_MIME_TYPE):
            return None
        try:
            meeting_id, item_id = map(int, bytes(data.data(ITEM_MIME_TYPE)).split(b":"))
        except ValueError:
            return None
        if meeting_id != self._meeting_id or self.row_for_id(item_id) < 0:
            return None
        return item_id

    def canDropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: AnyIndex,
    ) -> bool:
        return action == Qt.DropAction.MoveAction and self._dragged_item(data) is not None

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: AnyIndex,
    ) -> bool:
        if action != Qt.DropAction.MoveAction:
            return False
        item_id = self._dragged_item(data)
        if item_id is None:
            return False
        if parent.isValid():
            row = parent.row()
        if row < 0 or row > len(self._rows):
            row = len(self._rows)
        source = self.row_for_id(item_id)
        # ``row`` is the gap the item is dropped into; once the item leaves its place,
        # the gaps below it move up by one.
        target = row - 1 if row > source else row
        if target == source:
            return False
        self.move_requested.emit(item_id, target + 1)
        return True
