"""A table model over a list of service rows, each with an ``id``, sorted inside the model.

The meetings, agenda, documents and mandates tables all show one service row per table
row. What they share lives here: the rows and headers, Qt's counting and header calls,
finding a row by id in constant time, and sorting by a key per column that keeps the
views' selection on the same rows. A subclass names its headers, says what a cell shows
(``_display`` and ``_role_data``) and, to be sortable, gives ``_sort_keys``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from app.ui.common.title_marks import MARKED_ROLES, is_original_shown, marked_data

AnyIndex = QModelIndex | QPersistentModelIndex

#: The row's id, for any cell of its row.
ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: Numbers and counts line up on the right.
RIGHT_ALIGNED = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class Identified(Protocol):
    @property
    def id(self) -> int: ...


RowT = TypeVar("RowT", bound=Identified)


def header_label(
    headers: Sequence[str], section: int, orientation: Qt.Orientation, role: int
) -> str | None:
    """The text of a column header, or None for any other orientation, role or section."""
    if (
        orientation == Qt.Orientation.Horizontal
        and role == Qt.ItemDataRole.DisplayRole
        and 0 <= section < len(headers)
    ):
        return headers[section]
    return None


class RowTableModel(QAbstractTableModel, Generic[RowT]):
    """Rows as the services gave them, shown filtered (``_filtered``) and sorted.

    ``sort(-1)`` goes back to the services' order.
    """

    #: Columns whose header lines up on the right, over numbers.
    RIGHT_ALIGNED_HEADERS: tuple[int, ...] = ()
    #: The column showing a title held in four languages, and the row's field that says
    #: which language it is shown in: an original standing in for a translation is marked.
    TITLE_COLUMN = -1
    TITLE_LANGUAGE_FIELD = "title_language"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        #: The rows as the services gave them.
        self._given: list[RowT] = []
        #: The rows shown, in table order.
        self._rows: list[RowT] = []
        self._row_numbers: dict[int, int] = {}
        self._headers: tuple[str, ...] = ()
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder

    # -- contents --------------------------------------------------------------------
    def set_rows(self, rows: Sequence[RowT]) -> None:
        self.beginResetModel()
        self._take_rows(rows)
        self.endResetModel()

    def row_at(self, row: int) -> RowT:
        """The service row shown in table row ``row``."""
        return self._rows[row]

    def row_number(self, row_id: int) -> int:
        """The table row showing the service row with this id, or -1."""
        return self._row_numbers.get(row_id, -1)

    def _take_rows(self, rows: Iterable[RowT]) -> None:
        """Replace the rows; call it between ``beginResetModel`` and ``endResetModel``."""
        self._given = list(rows)
        self._arrange()

    def _arrange(self) -> None:
        """Filter and sort the given rows again (no signals: the caller sends them)."""
        rows = self._filtered(self._given)
        if self._sort_column >= 0:
            rows = sorted(
                rows,
                key=self._sort_keys()[self._sort_column],
                reverse=self._sort_order == Qt.SortOrder.DescendingOrder,
            )
        self._rows = list(rows)
        self._row_numbers = {row.id: number for number, row in enumerate(self._rows)}

    def _filtered(self, rows: list[RowT]) -> list[RowT]:
        """The given rows that are shown: all of them unless a subclass filters."""
        return rows

    # -- what a cell shows -----------------------------------------------------------
    def _display(self, row: RowT, column: int) -> Any:
        return None

    def _role_data(self, row: RowT, column: int, role: int) -> Any:
        """A cell's data for any role but the display text and the row id."""
        return None

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
        if (
            role == Qt.ItemDataRole.TextAlignmentRole
            and orientation == Qt.Orientation.Horizontal
            and section in self.RIGHT_ALIGNED_HEADERS
        ):
            return RIGHT_ALIGNED
        return header_label(self._headers, section, orientation, role)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if index.column() == self.TITLE_COLUMN and role in MARKED_ROLES:
            marked = self._marked_title(row, index.column(), role)
            if marked is not None:
                return marked
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, index.column())
        if role == ROW_ID_ROLE:
            return row.id
        return self._role_data(row, index.column(), role)

    def _marked_title(self, row: RowT, column: int, role: int) -> Any:
        language = getattr(row, self.TITLE_LANGUAGE_FIELD, "")
        if not is_original_shown(language):
            return None
        usual = None if role == Qt.ItemDataRole.DisplayRole else self._role_data(row, column, role)
        return marked_data(str(self._display(row, column) or ""), language, role, usual)

    # -- sorting ---------------------------------------------------------------------
    def _sort_keys(self) -> Mapping[int, Callable[[RowT], Any]]:
        """The key each sortable column sorts by; none unless a subclass gives them."""
        return {}

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column != -1 and column not in self._sort_keys():
            return
        self._sort_column, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        ids = [self._rows[i.row()].id if i.isValid() else None for i in before]
        self._arrange()
        after = [
            self.index(self.row_number(i), old.column()) if i is not None else QModelIndex()
            for i, old in zip(ids, before, strict=True)
        ]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()
