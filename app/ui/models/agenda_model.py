"""The agenda of one meeting, over ``services.agenda.list_items`` rows, reorderable by drag.

A drop does not rearrange rows here: it asks for the move (``move_requested``), the page
runs it through the services as an undoable command, and the model is reloaded with
the positions the services stored.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from app.ui.models import meeting_labels as labels

if TYPE_CHECKING:
    from app.services.agenda import ItemRow

AnyIndex = QModelIndex | QPersistentModelIndex

ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2
#: What a dragged agenda item carries: its meeting's id and its own id.
ITEM_MIME_TYPE = "application/x-chairdesk-agenda-item"


class AgendaModel(QAbstractTableModel):
    NUMBER, TITLE, KIND, STATUS, DOCUMENTS = range(5)

    #: The user dropped item ``item_id`` so that it should be at 1-based ``position``.
    move_requested = Signal(int, int)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ItemRow] = []
        self._meeting_id = 0
        self._headers = (
            self.tr("No."),
            self.tr("Title"),
            self.tr("Kind"),
            self.tr("Status"),
            self.tr("Documents"),
        )

    def set_rows(self, meeting_id: int, rows: Sequence[ItemRow]) -> None:
        self.beginResetModel()
        self._meeting_id = meeting_id
        self._rows = list(rows)
        self.endResetModel()

    @property
    def meeting_id(self) -> int:
        return self._meeting_id

    def row_of(self, index: int) -> ItemRow:
        return self._rows[index]

    def row_for_id(self, item_id: int) -> int:
        for number, row in enumerate(self._rows):
            if row.id == item_id:
                return number
        return -1

    # -- Qt model --------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == ITEM_ID_ROLE:
            return row.id
        if role == STATUS_ROLE:
            return str(row.status)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.NUMBER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: ItemRow, column: int) -> Any:
        if column == self.NUMBER:
            return str(row.position)
        if column == self.TITLE:
            return row.title
        if column == self.KIND:
            return labels.label(labels.item_kinds(), row.kind)
        if column == self.STATUS:
            return labels.label(labels.item_statuses(), row.status)
        if column == self.DOCUMENTS:
            return ", ".join(row.documents)
        return None

    def _tooltip(self, row: ItemRow, column: int) -> str | None:
        if column == self.TITLE:
            parts = [row.title]
            if row.decision:
                parts.append(self.tr("Decision: {text}").format(text=row.decision))
            if row.deferred_from_id is not None:
                parts.append(self.tr("Deferred from an earlier meeting."))
            return "\n".join(parts)
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
