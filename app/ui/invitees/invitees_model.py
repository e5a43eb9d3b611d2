"""The entries of one invitee list as a table that filters and sorts itself, fast at 100,000 rows.

A QSortFilterProxyModel would call ``data()`` in Python for every row on every keystroke
(over a second at 100,000 rows). This model keeps the list's columns as Python lists and
the shown rows as one list of row numbers, which its ``EntryIndex`` computes without
calling ``data()``: see ``invitees_index`` for how a search and a sort stay fast.
``data()`` is two list look-ups. Each change of filter or order resets the model; the
view then asks only for the rows it paints, so a reset costs the same at 35 rows and at
100,000.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from app.models.enums import ContactCategory, InvitationStatus
from app.services.invitee_table import EntryTable
from app.ui.invitees.invitees_index import COLUMN_FIELDS, Column, EntryIndex, search_words

__all__ = [
    "COLUMN_FIELDS",
    "CONTACT_ID_ROLE",
    "ENTRY_ID_ROLE",
    "STATUS_ROLE",
    "Column",
    "InviteesModel",
    "category_labels",
    "search_words",
    "status_labels",
]

Index = QModelIndex | QPersistentModelIndex


_TEXT_ROLES = frozenset({int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.ToolTipRole)})
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_STATUS_COLUMN = int(Column.STATUS)
_CATEGORY_COLUMN = int(Column.CATEGORY)

#: The stored value of the status ("invited") of a row.
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1
#: The list entry's id.
ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole + 2
#: The contact's id.
CONTACT_ID_ROLE = Qt.ItemDataRole.UserRole + 3


def _tr(text: str) -> str:
    # lupdate files a module-level tr() under the empty context (tools/update_translations.py).
    return QCoreApplication.translate("", text)


def status_labels() -> dict[str, str]:
    """The words a person reads for each invitation status, in the order of the process."""
    return {
        InvitationStatus.TO_INVITE.value: _tr("To invite"),
        InvitationStatus.INVITED.value: _tr("Invited"),
        InvitationStatus.CONFIRMED.value: _tr("Confirmed"),
        InvitationStatus.DECLINED.value: _tr("Declined"),
        InvitationStatus.ATTENDED.value: _tr("Attended"),
    }


def category_labels() -> dict[str, str]:
    return {
        ContactCategory.MEMBER_STATE.value: _tr("Member state"),
        ContactCategory.PERMANENT_OBSERVER.value: _tr("Permanent observer"),
        ContactCategory.INTERNATIONAL_ORGANIZATION.value: _tr("International organization"),
        ContactCategory.CIVIL_SOCIETY.value: _tr("Civil society"),
        ContactCategory.SECRETARIAT.value: _tr("OAS secretariat"),
        ContactCategory.OTHER.value: _tr("Other"),
    }


class InviteesModel(QAbstractTableModel):
    """One list's entries, filtered by words, category and status, in a chosen order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._table = EntryTable(list_id=0)
        self._columns: list[list[Any]] = [[] for _ in Column]
        # Columns with nothing in any entry of the list, found once per list read (a
        # search or a sort resets the model on every keystroke and changes nothing here).
        self._empty_columns: frozenset[int] = frozenset()
        self._visible: list[int] = []
        self._headers = {
            Column.NAME: self.tr("Name"),
            Column.TITLE: self.tr("Title"),
            Column.ORGANIZATION: self.tr("Delegation / organization"),
            Column.COUNTRY: self.tr("Country"),
            Column.CATEGORY: self.tr("Category"),
            Column.EMAIL: self.tr("E-mail"),
            Column.STATUS: self.tr("Status"),
        }
        self._status_labels = status_labels()
        self._category_labels = category_labels()
        self._index = EntryIndex(
            self._table, list(self._status_labels), list(self._category_labels)
        )
        self._row_of_entry: dict[int, int] | None = None

    # -- what the model holds ---------------------------------------------------------
    @property
    def table(self) -> EntryTable:
        return self._table

    def set_table(self, table: EntryTable) -> None:
        """Show ``table``, keeping the current filter and order."""
        old = self._index
        self.beginResetModel()
        self._table = table
        self._columns = [getattr(table, COLUMN_FIELDS[column]) for column in Column]
        self._empty_columns = frozenset(c for c in Column if not any(self._columns[c]))
        self._row_of_entry = None
        self._index = EntryIndex(table, list(self._status_labels), list(self._category_labels))
        self._index.order_by(old.column, old.descending)
        self._index.select(old.words, old.category, old.status)
        self._visible = self._index.current.rows
        self.endResetModel()

    def total_count(self) -> int:
        return len(self._table)

    def visible_count(self) -> int:
        return len(self._visible)

    def visible_rows(self) -> list[int]:
        """Row numbers of the table in display order (for tests and exports)."""
        return list(self._visible)

    def status_counts(self) -> dict[str, int]:
        """How many shown entries have each status (every status, zeros included)."""
        return dict(self._index.counts())

    # -- filtering and sorting ----------------------------------------------------------
    def set_filter(self, text: str, category: str | None = None, status: str | None = None) -> None:
        """Show the entries that contain every word of ``text`` and have the category/status."""
        if self._index.select(search_words(text), category, status):
            self._reset(self._index.current.rows)

    def filter_text(self) -> str:
        return " ".join(self._index.words)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self._index.order_by(column, order == Qt.SortOrder.DescendingOrder):
            self._reset(self._index.current.rows)

    def sort_column(self) -> int:
        return self._index.column

    def sort_order(self) -> Qt.SortOrder:
        if self._index.descending:
            return Qt.SortOrder.DescendingOrder
        return Qt.SortOrder.AscendingOrder

    # -- changes made on the page -----------------------------------------------------
    def set_statuses(self, statuses: Mapping[int, str]) -> None:
        """Show new statuses of some entries at once, before the list is read again.

        The rows stay where they are (a row moving away under the pointer would confuse);
        the next search, sort or reload places them by their new status.
        """
        rows = self._rows_of_entries(statuses)
        versions = self._table.versions
        for entry_id, row in rows.items():
            new = str(statuses[entry_id])
            if versions and self._table.statuses[row] != new:
                versions[row] += 1  # as the service counts it: a changed entry only
            self._table.statuses[row] = new
        self._index.statuses_changed()
        changed = set(rows.values())
        positions = [pos for pos, row in enumerate(self._visible) if row in changed]
        if positions:
            self.dataChanged.emit(
                self.index(min(positions), Column.STATUS),
                self.index(max(positions), Column.STATUS),
            )

    def positions_of_entries(self, entry_ids: Iterable[int]) -> list[int]:
        """Display positions of the entries that are shown, in display order."""
        rows = set(self._rows_of_entries(entry_ids).values())
        if not rows:
            return []
        return [pos for pos, row in enumerate(self._visible) if row in rows]

    def _rows_of_entries(self, entry_ids: Iterable[int]) -> dict[int, int]:
        if self._row_of_entry is None:
            self._row_of_entry = {
                entry_id: row for row, entry_id in enumerate(self._table.entry_ids)
            }
        lookup = self._row_of_entry
        return {entry_id: lookup[entry_id] for entry_id in entry_ids if entry_id in lookup}

    def is_column_empty(self, column: int) -> bool:
        """Whether ``column`` holds nothing in any entry of the list (filtered or not)."""
        return column in self._empty_columns

    def versions_of_entries(self, entry_ids: Iterable[int]) -> dict[int, int] | None:
        """Each entry's version as the list showed it; None when the table has none."""
        if not self._table.versions:
            return None
        versions = self._table.versions
        return {
            entry_id: versions[row] for entry_id, row in self._rows_of_entries(entry_ids).items()
        }

    def name_of_entry(self, entry_id: int) -> str:
        row = self._rows_of_entries([entry_id]).get(entry_id)
        return "" if row is None else self._table.names[row]

    def entry_id_at(self, position: int) -> int:
        return self._table.entry_ids[self._visible[position]]

    def contact_id_at(self, position: int) -> int:
        return self._table.contact_ids[self._visible[position]]

    def status_at(self, position: int) -> str:
        return self._table.statuses[self._visible[position]]

    def status_label(self, value: str) -> str:
        return self._status_labels.get(value, value)

    def _reset(self, visible: list[int]) -> None:
        self.beginResetModel()
        self._visible = visible
        self.endResetModel()

    # -- QAbstractTableModel ----------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._visible[index.row()]
        column = index.column()
        if role in _TEXT_ROLES:
            value = self._columns[column][row]
            if column == _STATUS_COLUMN:
                label = self._status_labels.get(value, value)
                if self._table.tentative and self._table.entry_ids[row] in self._table.tentative:
                    if role == _TOOLTIP:
                        return self.tr("Answered the invitation “tentative”: may attend.")
                    if value == InvitationStatus.INVITED.value:
                        return self.tr("{status} (tentative)").format(status=label)
                return label
            if column == _CATEGORY_COLUMN:
                return self._category_labels.get(value, value)
            if role == _TOOLTIP and not value:
                return None
            return value
        if role == STATUS_ROLE:
            return self._table.statuses[row]
        if role == ENTRY_ID_ROLE:
            return self._table.entry_ids[row]
        if role == CONTACT_ID_ROLE:
            return self._table.contact_ids[row]
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers.get(Column(section)) if 0 <= section < len(Column) else None
        return section + 1

    def match(
        self,
        start: Index,
        role: int,
        value: Any,
        hits: int = 1,
        flags: Qt.MatchFlag = Qt.MatchFlag.MatchStartsWith | Qt.MatchFlag.MatchWrap,
    ) -> list[QModelIndex]:
        """Find rows by their shown text in the model's lists.

        The view's type-to-find calls this; Qt's own version would call ``data()`` once per
        row, through Python, which takes a long moment on 100,000 rows.
        """
        kind = Qt.MatchFlag(flags.value & 0x0F)
        tests = {
            Qt.MatchFlag.MatchContains: lambda text, wanted: wanted in text,
            Qt.MatchFlag.MatchStartsWith: lambda text, wanted: text.startswith(wanted),
            Qt.MatchFlag.MatchEndsWith: lambda text, wanted: text.endswith(wanted),
            Qt.MatchFlag.MatchFixedString: lambda text, wanted: text == wanted,
        }
        if (
            role != Qt.ItemDataRole.DisplayRole
            or kind not in tests
            or not isinstance(value, str)
            or not start.isValid()
        ):
            return super().match(start, role, value, hits, flags)
        test = tests[kind]
        folded = not flags & Qt.MatchFlag.MatchCaseSensitive
        wanted = value.casefold() if folded else value
        column = start.column()
        values = self._columns[column]
        labels = {Column.STATUS: self._status_labels, Column.CATEGORY: self._category_labels}.get(
            Column(column), {}
        )
        first = start.row()
        positions = list(range(first, len(self._visible)))
        if flags & Qt.MatchFlag.MatchWrap:
            positions += range(first)
        found: list[QModelIndex] = []
        for position in positions:
            stored = values[self._visible[position]]
            text = labels.get(stored, stored)
            if test(text.casefold() if folded else text, wanted):
                found.append(self.index(position, column))
                if 0 < hits <= len(found):
                    break
        return found

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _ROW_FLAGS
