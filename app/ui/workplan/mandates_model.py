"""The work plan's mandates, editable in place, filtered and sorted inside the model.

Edits do not write here: ``setData`` hands the mandate id, the field, the new value and
the mandate's version as the row showed it (the version the edit began from: a reload
resets the model, which closes any open editor) to a ``commit`` function (the page's
undoable command), and the model is reloaded from the services when the workspace
announces the change.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QObject, Qt
from PySide6.QtGui import QColor

from app.models.enums import MandateStatus
from app.services.mandates import MandateRow
from app.ui.common.dates import format_date
from app.ui.common.row_table import ROW_ID_ROLE, AnyIndex, RowTableModel

Commit = Callable[[int, str, Any, int], bool]

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
ID_ROLE = ROW_ID_ROLE

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


class MandatesModel(RowTableModel[MandateRow]):
    TITLE_COLUMN = TEXT
    TITLE_LANGUAGE_FIELD = "text_language"

    def __init__(self, parent: QObject | None = None, *, commit: Commit | None = None) -> None:
        super().__init__(parent)
        self._commit = commit
        self._status_filter: str | None = None
        self._area_filter: str | None = None
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
    def set_filter(self, *, status: str | None, area: str | None) -> None:
        """Show only mandates with this status and area (None: any)."""
        self.beginResetModel()
        self._status_filter, self._area_filter = status or None, area or None
        self._arrange()
        self.endResetModel()

    def areas(self) -> list[str]:
        """Every area responsible named in the work plan, for the filter."""
        return sorted(
            {r.area_responsible for r in self._given if r.area_responsible}, key=str.casefold
        )

    #: The mandate shown in table row ``row``.
    mandate_at = RowTableModel.row_at
    #: The row showing ``mandate_id``, or -1 (also when the filter hides it).
    row_of = RowTableModel.row_number

    def total_count(self) -> int:
        return len(self._given)

    def _filtered(self, rows: list[MandateRow]) -> list[MandateRow]:
        return [
            r
            for r in rows
            if (self._status_filter is None or r.status == self._status_filter)
            and (self._area_filter is None or r.area_responsible == self._area_filter)
        ]

    # -- Qt model --------------------------------------------------------------------
    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._commit is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def _role_data(self, row: MandateRow, column: int, role: int) -> Any:
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
            return "\n".join(format_date(day) for day in row.meeting_dates)
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

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
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
        return self._commit(row.id, FIELDS[column], value, row.version)

    def _sort_keys(self) -> dict[int, Callable[[MandateRow], Any]]:
        labels = self._status_labels
        return {
            RESOLUTION: lambda r: (r.resolution.casefold(), r.position),
            TEXT: lambda r: r.text.casefold(),
            AREA: lambda r: (r.area_responsible.casefold(), r.position),
            STATUS: lambda r: (labels.get(r.status, r.status), r.position),
            DUE: lambda r: (r.due_date is None, r.due_date or date.min, r.position),
            MEETINGS: lambda r: (len(r.meetings), r.position),
            DOCUMENTS: lambda r: (len(r.documents), r.position),
        }
