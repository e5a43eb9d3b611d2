"""The register of documents: one row per document, sorted inside the model."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from app.models import DocumentKind, DocumentStatus, Language
from app.services.documents import DocumentRow

Index = QModelIndex | QPersistentModelIndex

SYMBOL, TITLE, STATUS, LATEST, CIRCULATED, REVISIONS = range(6)
#: The document's id, for views that act on the selected row.
ID_ROLE = Qt.ItemDataRole.UserRole + 1

STATUS_COLORS = {
    DocumentStatus.DRAFT: QColor("#8a8f98"),
    DocumentStatus.UNDER_CONSIDERATION: QColor("#d08a1e"),
    DocumentStatus.APPROVED: QColor("#2e8b57"),
    DocumentStatus.WITHDRAWN: QColor("#b23b3b"),
}


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def document_status_labels() -> dict[str, str]:
    return {
        DocumentStatus.DRAFT: _tr("DocumentStatus", "Draft"),
        DocumentStatus.UNDER_CONSIDERATION: _tr("DocumentStatus", "Under consideration"),
        DocumentStatus.APPROVED: _tr("DocumentStatus", "Approved"),
        DocumentStatus.WITHDRAWN: _tr("DocumentStatus", "Withdrawn"),
    }


def document_kind_labels() -> dict[str, str]:
    return {
        DocumentKind.WORK_PLAN: _tr("DocumentKind", "Work plan"),
        DocumentKind.AGENDA: _tr("DocumentKind", "Agenda"),
        DocumentKind.CALENDAR: _tr("DocumentKind", "Calendar"),
        DocumentKind.INVITEE_LIST: _tr("DocumentKind", "List of invitees"),
        DocumentKind.RULES_OF_PROCEDURE: _tr("DocumentKind", "Rules of procedure"),
        DocumentKind.OUTCOME: _tr("DocumentKind", "Outcome document"),
        DocumentKind.DECLARATION: _tr("DocumentKind", "Declaration"),
        DocumentKind.REPORT: _tr("DocumentKind", "Report"),
        DocumentKind.INFORMATION: _tr("DocumentKind", "Information document"),
        DocumentKind.OTHER: _tr("DocumentKind", "Other"),
    }


def language_labels() -> dict[str, str]:
    return {
        Language.EN: _tr("Language", "English"),
        Language.ES: _tr("Language", "Spanish"),
        Language.FR: _tr("Language", "French"),
        Language.PT: _tr("Language", "Portuguese"),
    }


def format_date(value: date | None) -> str:
    """A date as the chair reads it in documents, e.g. "8 Sep 2011", in the user's locale."""
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), "d MMM yyyy")


class DocumentsModel(QAbstractTableModel):
    """Rows of ``list_documents``; clicking a header sorts here, not in a proxy."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[DocumentRow] = []
        self._sort_column = SYMBOL
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._status_labels = document_status_labels()
        self._headers = (
            self.tr("Symbol"),
            self.tr("Title"),
            self.tr("Status"),
            self.tr("Latest revision"),
            self.tr("Circulated"),
            self.tr("Revisions"),
        )

    # -- contents --------------------------------------------------------------------
    def set_rows(self, rows: Sequence[DocumentRow]) -> None:
        self.beginResetModel()
        self._rows = sorted(
            rows,
            key=self._key(self._sort_column),
            reverse=self._sort_order == Qt.SortOrder.DescendingOrder,
        )
        self.endResetModel()

    def document_at(self, row: int) -> DocumentRow:
        return self._rows[row]

    def row_of(self, document_id: int) -> int:
        """The row showing ``document_id``, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.id == document_id), -1)

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

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == TITLE:
            return row.title
        if role == Qt.ItemDataRole.DecorationRole and column == STATUS:
            return STATUS_COLORS.get(row.status)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == REVISIONS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ID_ROLE:
            return row.id
        return None

    def _display(self, row: DocumentRow, column: int) -> str | int | None:
        if column == SYMBOL:
            return row.base_symbol
        if column == TITLE:
            return row.title
        if column == STATUS:
            return self._status_labels.get(row.status, row.status)
        if column == LATEST:
            return row.latest_symbol if row.revision_count else self.tr("(no revision yet)")
        if column == CIRCULATED:
            return format_date(row.latest_circulated_on)
        if column == REVISIONS:
            return row.revision_count
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._headers):
            return
        self._sort_column, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        ids = [self._rows[i.row()].id for i in before]
        self._rows.sort(key=self._key(column), reverse=order == Qt.SortOrder.DescendingOrder)
        position = {r.id: n for n, r in enumerate(self._rows)}
        self.changePersistentIndexList(
            before,
            [self.index(position[i], old.column()) for i, old in zip(ids, before, strict=True)],
        )
        self.layoutChanged.emit()

    def _key(self, column: int) -> Callable[[DocumentRow], Any]:
        labels = self._status_labels
        keys: dict[int, Callable[[DocumentRow], Any]] = {
            SYMBOL: lambda r: r.base_symbol.casefold(),
            TITLE: lambda r: (r.title.casefold(), r.base_symbol),
            STATUS: lambda r: (labels.get(r.status, r.status), r.base_symbol),
            LATEST: lambda r: r.latest_symbol.casefold(),
            CIRCULATED: lambda r: (r.latest_circulated_on or date.min, r.base_symbol),
            REVISIONS: lambda r: (r.revision_count, r.base_symbol),
        }
        return keys[column]
