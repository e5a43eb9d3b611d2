"""The work plan's mandates, editable in place, filtered and sorted inside the model.

Edits do not write here: ``setData`` hands the mandate id, the field and the new value
to a ``commit`` function (the page's undoable command), and the model is reloaded
from the services when the workspace announces the change.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from app.models import MandateStatus
from app.services.mandates import MandateRow
from app.ui.models.documents_model import format_date

Index = QModelIndex | QPersistentModelIndex
Commit = Callable[[int, str, Any], bool]

RESOLUTION, TEXT, AREA, STATUS, DUE, MEETINGS, DOCUMENTS = range(7)
#: The field each column edits (links are set through ``set_links``).
FIELDS = {
    RESOLUTION: "resolution",
    TEXT: "text",
    AREA: "area_responsible",
    STATUS: "status",
    DUE: "due_date",
    MEETINGS: "meeting_ids",
    DOCUMENTS: "document_ids",
}
ID_ROLE = Qt.ItemDataRole.UserRole + 1

STATUS_COLORS = {
    MandateStatus.PENDING: QColor("#8a8f98"),
    MandateStatus.IN_PROGRESS: QColor("#d08a1e"),
    MandateStatus.FULFILLED: QColor("#2e8b57"),
}


def mandate_status_labels() -> dict[str, str]:
    return {
        MandateStatus.PENDING: QCoreApplication.translate("MandateStatus", "Pending"),
        MandateStatus.IN_PROGRESS: QCoreApplication.translate("MandateStatus", "In progress"),
        MandateStatus.FULFILLED: QCoreApplication.translate("MandateStatus", "Fulfilled"),
    }


def as_date(value: Any) -> date | None:
    """A Python date from what an editor hands back (QDate, date or nothing)."""
    if isinstance(value, QDate):
        return value.toPython() if value.isValid() else None
    if isinstance(value, date):
        return value
    return None


class MandatesModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None, *, commit: Commit | None = None) -> None:
        super().__init__(parent)
        self._commit = commit
        self._all: list[MandateRow] = []
        self._rows: list[MandateRow] = []
        self._status_filter: str | None = None
        self._area_filter: str | None = None
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._status_labels = mandate_status_labels()
        self._headers = (
            self.tr("Resolution"),
            self.tr("Mandate"),
            self.tr("Area responsible"),
            self.tr("Status"),
            self.tr("Due date"),
            self.tr("Meetings"),
            self.tr("Documents"),
        )

    # -- contents --------------------------------------------------------------------
    def set_rows(self, rows: Sequence[MandateRow]) -> None:
        self.beginResetModel()
        self._all = list(rows)
        self._rows = self._visible()
        self.endResetModel()

    def set_filter(self, *, status: str | None, area: str | None) -> None:
        """Show only mandates with this status and area (None: any)."""
        self.beginResetModel()
        self._status_filter, self._area_filter = status or None, area or None
        self._rows = self._visible()
        self.endResetModel()

    def areas(self) -> list[str]:
        """Every area responsible named in the work plan, for the filter."""
        return sorted(
            {r.area_responsible for r in self._all if r.area_responsible}, key=str.casefold
        )

    def mandate_at(self, row: int) -> MandateRow:
        return self._rows[row]

    def row_of(self, mandate_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == mandate_id), -1)

    def total_count(self) -> int:
        return len(self._all)

    def _visible(self) -> list[MandateRow]:
        rows = [
            r
            for r in self._all
            if (self._status_filter is None or r.status == self._status_filter)
            and (self._area_filter is None or r.area_responsible == self._area_filter)
        ]
        if self._sort_column >= 0:
            rows.sort(
                key=self._key(self._sort_column),
                reverse=self._sort_order == Qt.SortOrder.DescendingOrder,
            )
        return rows

    # -- Qt model --------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._commit is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == RESOLUTION and row.resolution_title:
                return row.resolution_title
            if column in (MEETINGS, DOCUMENTS):
                return self._display(row, column)
        if role == Qt.ItemDataRole.DecorationRole and column == STATUS:
            return STATUS_COLORS.get(row.status)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if role == ID_ROLE:
            return row.id
        return None

    def _display(self, row: MandateRow, column: int) -> str | None:
        if column == RESOLUTION:
            return row.resolution
        if column == TEXT:
            return row.text
        if column == AREA:
            return row.area_responsible
        if column == STATUS:
            return self._status_labels.get(row.status, row.status)
        if column == DUE:
            return format_date(row.due_date)
        if column == MEETINGS:
            return "\n".join(row.meetings)
        if column == DOCUMENTS:
            return "\n".join(row.documents)
        return None

    def _edit_value(self, row: MandateRow, column: int) -> Any:
        if column == STATUS:
            return str(row.status)
        if column == DUE:
            if row.due_date is None:
                return None
            return QDate(row.due_date.year, row.due_date.month, row.due_date.day)
        if column == MEETINGS:
            return list(row.meeting_ids)
        if column == DOCUMENTS:
            return list(row.document_ids)
        return self._display(row, column)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            self._commit is None
            or role != Qt.ItemDataRole.EditRole
            or not index.isValid()
            or index.column() not in FIELDS
        ):
            return False
        row = self._rows[index.row()]
        column = index.column()
        if column == DUE:
            value = as_date(value)
            unchanged = value == row.due_date
        elif column in (MEETINGS, DOCUMENTS):
            value = [int(v) for v in value or ()]
            unchanged = value == self._edit_value(row, column)
        else:
            value = value.strip() if isinstance(value, str) else value
            unchanged = value == self._edit_value(row, column)
        if unchanged:
            return False
        return self._commit(row.id, FIELDS[column], value)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not -1 <= column < len(self._headers):
            return
        self._sort_column, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        ids = [self._rows[i.row()].id for i in before]
        self._rows = self._visible()
        position = {r.id: n for n, r in enumerate(self._rows)}
        self.changePersistentIndexList(
            before,
            [self.index(position[i], old.column()) for i, old in zip(ids, before, strict=True)],
        )
        self.layoutChanged.emit()

    def _key(self, column: int) -> Callable[[MandateRow], Any]:
        labels = self._status_labels
        keys: dict[int, Callable[[MandateRow], Any]] = {
            RESOLUTION: lambda r: (r.resolution.casefold(), r.position),
            TEXT: lambda r: r.text.casefold(),
            AREA: lambda r: (r.area_responsible.casefold(), r.position),
            STATUS: lambda r: (labels.get(r.status, r.status), r.position),
            DUE: lambda r: (r.due_date is None, r.due_date or date.min, r.position),
            MEETINGS: lambda r: (len(r.meetings), r.position),
            DOCUMENTS: lambda r: (len(r.documents), r.position),
        }
        return keys[column]
