"""The entries of one invitee list as a table that filters and sorts itself, fast at 100,000 rows.

A QSortFilterProxyModel would call ``data()`` in Python for every row on every keystroke
(over a second at 100,000 rows). This model instead keeps the list's columns as Python
lists and one array of the rows that are visible, in display order:

- searching scans the precomputed lower-case haystack of each row with ``in``; when the
  new text only extends the previous one (typing a word letter by letter), only the rows
  that matched before are scanned again;
- sorting orders row numbers by precomputed keys (case-folded text, or the vocabulary's
  own order for statuses and categories) and keeps each order for the next time;
- ``data()`` is two list look-ups.

Each change of filter or order resets the model: the view then asks only for the rows it
paints, so a reset costs the same at 35 rows and at 100,000.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from enum import IntEnum
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

Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    NAME = 0
    TITLE = 1
    ORGANIZATION = 2
    COUNTRY = 3
    CATEGORY = 4
    EMAIL = 5
    STATUS = 6


#: The EntryTable attribute each column shows.
COLUMN_FIELDS = {
    Column.NAME: "names",
    Column.TITLE: "titles",
    Column.ORGANIZATION: "organizations",
    Column.COUNTRY: "countries",
    Column.CATEGORY: "categories",
    Column.EMAIL: "emails",
    Column.STATUS: "statuses",
}

#: The stored value of the status ("invited") of a row.
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1
#: The list entry's id.
ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole + 2
#: The contact's id.
CONTACT_ID_ROLE = Qt.ItemDataRole.UserRole + 3


def _tr(text: str) -> str:
    return QCoreApplication.translate("InviteesModel", text)


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


def search_words(text: str) -> tuple[str, ...]:
    """The words every shown row must contain, as the haystacks hold them (case-folded)."""
    return tuple(text.casefold().split())


def matching_rows(
    table: EntryTable,
    candidates: Iterable[int],
    words: Sequence[str],
    category: str | None,
    status: str | None,
) -> list[int]:
    """The rows among ``candidates`` (kept in their order) that pass every filter."""
    rows = candidates if isinstance(candidates, list) else list(candidates)
    if category is not None:
        categories = table.categories
        rows = [row for row in rows if categories[row] == category]
    if status is not None:
        statuses = table.statuses
        rows = [row for row in rows if statuses[row] == status]
    haystacks = table.haystacks
    # The longest word first: it usually matches fewest rows, leaving less for the others.
    for word in sorted(words, key=len, reverse=True):
        rows = [row for row in rows if word in haystacks[row]]
    return rows


class InviteesModel(QAbstractTableModel):
    """One list's entries, filtered by words, category and status, in a chosen order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._table = EntryTable(list_id=0)
        self._columns: list[list[Any]] = [[] for _ in Column]
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
        self._status_rank = {value: rank for rank, value in enumerate(self._status_labels)}
        self._category_rank = {value: rank for rank, value in enumerate(self._category_labels)}
        self._sort_column = -1
        self._descending = False
        self._orders: dict[tuple[int, bool], list[int]] = {}
        self._words: tuple[str, ...] = ()
        self._category: str | None = None
        self._status: str | None = None
        self._row_of_entry: dict[int, int] | None = None
        self._all_status_counts: Counter[str] | None = None

    # -- what the model holds ---------------------------------------------------------
    @property
    def table(self) -> EntryTable:
        return self._table

    def set_table(self, table: EntryTable) -> None:
        """Show ``table``, keeping the current filter and order."""
        self._table = table
        self._columns = [getattr(table, COLUMN_FIELDS[column]) for column in Column]
        self._orders.clear()
        self._row_of_entry = None
        self._all_status_counts = None
        self._reset(self._filtered(self._order()))

    def total_count(self) -> int:
        return len(self._table)

    def visible_count(self) -> int:
        return len(self._visible)

    def visible_rows(self) -> list[int]:
        """Row numbers of the table in display order (for tests and exports)."""
        return list(self._visible)

    def status_counts(self) -> dict[str, int]:
        """How many shown entries have each status (every status, zeros included)."""
        if len(self._visible) == len(self._table):
            if self._all_status_counts is None:
                self._all_status_counts = Counter(self._table.statuses)
            counts = self._all_status_counts
        else:
            statuses = self._table.statuses
            counts = Counter(statuses[row] for row in self._visible)
        return {value: counts.get(value, 0) for value in self._status_labels}

    # -- filtering --------------------------------------------------------------------
    def set_filter(self, text: str, category: str | None = None, status: str | None = None) -> None:
        """Show the entries that contain every word of ``text`` and have the category/status."""
        words = search_words(text)
        if (words, category, status) == (self._words, self._category, self._status):
            return
        narrowing = (
            category == self._category
            and status == self._status
            and " ".join(words).startswith(" ".join(self._words))
        )
        self._words, self._category, self._status = words, category, status
        candidates = self._visible if narrowing else self._order()
        self._reset(self._filtered(candidates))

    def filter_text(self) -> str:
        return " ".join(self._words)

    def _filtered(self, candidates: list[int]) -> list[int]:
        if not self._words and self._category is None and self._status is None:
            return list(candidates)
        return matching_rows(self._table, candidates, self._words, self._category, self._status)

    # -- sorting ----------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        descending = order == Qt.SortOrder.DescendingOrder
        if column not in tuple(Column):
            column, descending = -1, False
        if (column, descending) == (self._sort_column, self._descending):
            return
        self._sort_column, self._descending = column, descending
        ordered = self._order()
        if len(self._visible) == len(self._table):
            self._reset(list(ordered))
            return
        shown = bytearray(len(self._table))
        for row in self._visible:
            shown[row] = 1
        self._reset([row for row in ordered if shown[row]])

    def sort_column(self) -> int:
        return self._sort_column

    def sort_order(self) -> Qt.SortOrder:
        return Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder

    def _order(self) -> list[int]:
        """Every row number in the current order; computed once per column and direction.

        Python's sort is stable and the table comes in name order, so rows that tie
        (same country, same status) stay in name order, in both directions.
        """
        key = (self._sort_column, self._descending)
        order = self._orders.get(key)
        if order is None:
            if self._sort_column < 0:
                order = list(range(len(self._table)))
            else:
                keys = self._sort_keys(Column(self._sort_column))
                order = sorted(range(len(keys)), key=keys.__getitem__, reverse=self._descending)
            self._orders[key] = order
        return order

    def _sort_keys(self, column: Column) -> list[Any]:
        values = self._columns[column]
        if column == Column.STATUS:
            rank = self._status_rank
            return [rank.get(value, len(rank)) for value in values]
        if column == Column.CATEGORY:
            rank = self._category_rank
            return [rank.get(value, len(rank)) for value in values]
        return [value.casefold() for value in values]

    # -- changes made on the page -----------------------------------------------------
    def set_statuses(self, statuses: Mapping[int, str]) -> None:
        """Show new statuses of some entries at once, before the list is read again."""
        rows = self._rows_of_entries(statuses)
        for entry_id, row in rows.items():
            self._table.statuses[row] = str(statuses[entry_id])
        self._all_status_counts = None
        for key in [key for key in self._orders if key[0] == Column.STATUS]:
            del self._orders[key]
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

    def entry_id_at(self, position: int) -> int:
        return self._table.entry_ids[self._visible[position]]

    def contact_id_at(self, position: int) -> int:
        return self._table.contact_ids[self._visible[position]]

    def role_at(self, position: int) -> str:
        return self._table.roles[self._visible[position]]

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
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = self._columns[column][row]
            if column == Column.STATUS:
                return self._status_labels.get(value, value)
            if column == Column.CATEGORY:
                return self._category_labels.get(value, value)
            if role == Qt.ItemDataRole.ToolTipRole and not value:
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
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
