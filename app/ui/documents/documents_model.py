"""The register of documents: one row per document, sorted inside the model."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor

from app.models.enums import DocumentKind, DocumentStatus, Language
from app.services.document_rows import DocumentRow
from app.ui.common.dates import format_date
from app.ui.common.row_table import RIGHT_ALIGNED, ROW_ID_ROLE, RowTableModel

SYMBOL, TITLE, STATUS, LATEST, CIRCULATED, REVISIONS = range(6)
#: The document's id, for views that act on the selected row.
ID_ROLE = ROW_ID_ROLE

STATUS_COLORS = {
    DocumentStatus.DRAFT: QColor("#8a8f98"),
    DocumentStatus.UNDER_CONSIDERATION: QColor("#d08a1e"),
    DocumentStatus.APPROVED: QColor("#2e8b57"),
    DocumentStatus.WITHDRAWN: QColor("#b23b3b"),
}


def document_status_labels() -> dict[str, str]:
    return {
        DocumentStatus.DRAFT: QCoreApplication.translate("DocumentStatus", "Draft"),
        DocumentStatus.UNDER_CONSIDERATION: QCoreApplication.translate(
            "DocumentStatus", "Under consideration"
        ),
        DocumentStatus.APPROVED: QCoreApplication.translate("DocumentStatus", "Approved"),
        DocumentStatus.WITHDRAWN: QCoreApplication.translate("DocumentStatus", "Withdrawn"),
    }


def document_kind_labels() -> dict[str, str]:
    return {
        DocumentKind.WORK_PLAN: QCoreApplication.translate("DocumentKind", "Work plan"),
        DocumentKind.AGENDA: QCoreApplication.translate("DocumentKind", "Agenda"),
        DocumentKind.CALENDAR: QCoreApplication.translate("DocumentKind", "Calendar"),
        DocumentKind.INVITEE_LIST: QCoreApplication.translate("DocumentKind", "List of invitees"),
        DocumentKind.RULES_OF_PROCEDURE: QCoreApplication.translate(
            "DocumentKind", "Rules of procedure"
        ),
        DocumentKind.OUTCOME: QCoreApplication.translate("DocumentKind", "Outcome document"),
        DocumentKind.DECLARATION: QCoreApplication.translate("DocumentKind", "Declaration"),
        DocumentKind.REPORT: QCoreApplication.translate("DocumentKind", "Report"),
        DocumentKind.INFORMATION: QCoreApplication.translate(
            "DocumentKind", "Information document"
        ),
        DocumentKind.OTHER: QCoreApplication.translate("DocumentKind", "Other"),
    }


def language_labels() -> dict[str, str]:
    return {
        Language.EN: QCoreApplication.translate("Language", "English"),
        Language.ES: QCoreApplication.translate("Language", "Spanish"),
        Language.FR: QCoreApplication.translate("Language", "French"),
        Language.PT: QCoreApplication.translate("Language", "Portuguese"),
    }


def search_words(text: str) -> list[str]:
    """The words of a search, folded so that "Declaracion" finds "Declaración"."""
    return [fold(word) for word in text.split()]


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _haystack(row: DocumentRow) -> str:
    return fold(
        " ".join(
            (row.base_symbol, row.latest_symbol, row.title, *row.title_versions, *row.change_notes)
        )
    )


class DocumentsModel(RowTableModel[DocumentRow]):
    """Rows of ``list_documents``; clicking a header sorts here, not in a proxy."""

    TITLE_COLUMN = TITLE

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sort_column = SYMBOL
        self._words: list[str] = []
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
    def set_search(self, text: str) -> None:
        """Show the documents whose symbol (any revision's), title (in any language) or
        revision notes hold every word of ``text``; case and accents do not matter."""
        self.beginResetModel()
        self._words = search_words(text)
        self._arrange()
        self.endResetModel()

    def total_count(self) -> int:
        return len(self._given)

    def _filtered(self, rows: list[DocumentRow]) -> list[DocumentRow]:
        if not self._words:
            return rows
        return [r for r in rows if all(word in _haystack(r) for word in self._words)]

    #: The document shown in table row ``row``.
    document_at = RowTableModel.row_at
    #: The row showing ``document_id``, or -1.
    row_of = RowTableModel.row_number

    # -- Qt model --------------------------------------------------------------------
    def _role_data(self, row: DocumentRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == TITLE:
            return row.title
        if role == Qt.ItemDataRole.DecorationRole and column == STATUS:
            return STATUS_COLORS.get(row.status)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == REVISIONS:
            return RIGHT_ALIGNED
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

    def _sort_keys(self) -> dict[int, Callable[[DocumentRow], Any]]:
        labels = self._status_labels
        return {
            SYMBOL: lambda r: r.base_symbol.casefold(),
            TITLE: lambda r: (r.title.casefold(), r.base_symbol),
            STATUS: lambda r: (labels.get(r.status, r.status), r.base_symbol),
            LATEST: lambda r: r.latest_symbol.casefold(),
            CIRCULATED: lambda r: (r.latest_circulated_on or date.min, r.base_symbol),
            REVISIONS: lambda r: (r.revision_count, r.base_symbol),
        }
