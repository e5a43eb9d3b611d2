"""The attendance sheet as a table: present, delegation, who represented it, credentials."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt

from app.models.enums import ContactCategory
from app.services.attendance import AttendanceRow
from app.ui.common.row_table import RowTableModel

PRESENT, DELEGATION, CATEGORY, REPRESENTATIVE, TITLE, CREDENTIALS = range(6)
TEXT_FIELDS = {REPRESENTATIVE: "representative_name", TITLE: "representative_title"}
CHECK_FIELDS = {PRESENT: "present", CREDENTIALS: "credentials_received"}
AnyIndex = QModelIndex | QPersistentModelIndex
#: ``commit(contact_id, {field: value})`` saves a change (as an undoable command).
Commit = Callable[[int, Mapping[str, Any]], None]


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def category_labels() -> dict[ContactCategory, str]:
    return {
        ContactCategory.MEMBER_STATE: _tr("Member state"),
        ContactCategory.PERMANENT_OBSERVER: _tr("Permanent observer"),
        ContactCategory.INTERNATIONAL_ORGANIZATION: _tr("International organization"),
        ContactCategory.CIVIL_SOCIETY: _tr("Civil society"),
        ContactCategory.SECRETARIAT: _tr("Secretariat"),
        ContactCategory.OTHER: _tr("Other"),
    }


class AttendanceModel(RowTableModel[AttendanceRow]):
    """One contact a row; Present and Credentials are check boxes, the representative's name
    and title are edited in place. Changes go to ``commit``, never straight to the rows."""

    def __init__(self, commit: Commit, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.commit = commit
        self._headers = (
            _tr("Present"),
            _tr("Delegation"),
            _tr("Category"),
            _tr("Represented by"),
            _tr("Title"),
            _tr("Credentials"),
        )
        self._categories = category_labels()

    def _display(self, row: AttendanceRow, column: int) -> Any:
        if column == DELEGATION:
            return row.delegation
        if column == CATEGORY:
            return self._categories[row.category]
        if column == REPRESENTATIVE:
            return row.representative_name
        if column == TITLE:
            return row.representative_title
        return None

    def _role_data(self, row: AttendanceRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole and column in CHECK_FIELDS:
            checked = getattr(row, CHECK_FIELDS[column])
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.EditRole and column in TEXT_FIELDS:
            return getattr(row, TEXT_FIELDS[column])
        if role == Qt.ItemDataRole.ToolTipRole and column == DELEGATION:
            parts = [row.contact_name, row.contact_title, row.organization]
            return "\n".join(part for part in parts if part and part != row.delegation)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.column() in CHECK_FIELDS:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        if index.column() in TEXT_FIELDS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        row = self.row_at(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column in CHECK_FIELDS:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            self.commit(row.contact_id, {CHECK_FIELDS[column]: checked})
            return True
        if role == Qt.ItemDataRole.EditRole and column in TEXT_FIELDS:
            text = str(value or "").strip()
            if text != getattr(row, TEXT_FIELDS[column]):
                self.commit(row.contact_id, {TEXT_FIELDS[column]: text})
            return True
        return False

    def _sort_keys(self) -> dict[int, Callable[[AttendanceRow], Any]]:
        return {
            PRESENT: lambda r: (not r.present, r.delegation.casefold()),
            DELEGATION: lambda r: r.delegation.casefold(),
            CATEGORY: lambda r: (self._categories[r.category], r.delegation.casefold()),
            REPRESENTATIVE: lambda r: r.representative_name.casefold(),
            TITLE: lambda r: r.representative_title.casefold(),
            CREDENTIALS: lambda r: (not r.credentials_received, r.delegation.casefold()),
        }
