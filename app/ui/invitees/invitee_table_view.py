"""The table of invitees: a QTableView set up to stay quick at 100,000 rows.

- Every row has one fixed height, so the view never measures rows.
- Column widths come from the header and a sample of rows, never ResizeToContents.
- Rows are selected by entry id across the model's resets (a search, a sort, a reload
  after an edit), as long as the selection is not huge.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QPaintEvent, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView, QWidget

from app.ui.invitees.invitation_status import InvitationStatusDelegate
from app.ui.invitees.invitees_model import STATUS_ROLE, Column, InviteesModel

#: A selection this large is not carried across a reset (rebuilding it would cost more
#: than it helps).
KEEP_SELECTION_LIMIT = 5_000
#: Rows sampled to size the columns; measuring 100,000 rows would take seconds.
WIDTH_SAMPLE_ROWS = 200
#: Widest each column is made (before fitting to the table's width).
MAX_WIDTHS = {
    Column.NAME: 300,
    Column.TITLE: 220,
    Column.ORGANIZATION: 320,
    Column.COUNTRY: 200,
    Column.CATEGORY: 200,
    Column.EMAIL: 260,
    Column.STATUS: 140,
}


def runs(positions: Sequence[int]) -> Iterable[tuple[int, int]]:
    """Consecutive stretches (first, last) of sorted positions."""
    start = previous = None
    for position in positions:
        if start is None:
            start = previous = position
        elif position == previous + 1:
            previous = position
        else:
            yield start, previous
            start = previous = position
    if start is not None:
        yield start, previous


def fit_widths(
    desired: dict[int, int],
    available: int,
    *,
    floors: dict[int, int] | None = None,
    floor: int = 100,
) -> dict[int, int]:
    """Column widths no wider than wanted that together fit ``available`` if they can.

    Each column gives up space in proportion to how far it is wider than its floor
    (``floors``, else ``floor``): a long organisation name gives more than a short
    category, which keeps its width.
    """
    total = sum(desired.values())
    if total <= available:
        return dict(desired)
    floors = floors or {}
    spare = {column: max(width - floors.get(column, floor), 0) for column, width in desired.items()}
    share = min(1.0, (total - available) / max(sum(spare.values()), 1))
    return {column: width - int(spare[column] * share + 0.999) for column, width in desired.items()}


class InviteeTableView(QTableView):
    #: The rows on screen were just painted.
    painted = Signal()

    def __init__(self, model: InviteesModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self._model = model
        self.widths_chosen = False
        self._kept_selection: list[int] = []
        self._kept_current: int | None = None

        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setCornerButtonEnabled(False)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        rows = self.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        columns = self.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        columns.setHighlightSections(False)
        columns.setStretchLastSection(True)
        columns.setSortIndicator(Column.NAME, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)
        self.status_delegate = InvitationStatusDelegate(STATUS_ROLE, self)
        self.setItemDelegateForColumn(Column.STATUS, self.status_delegate)

        model.modelAboutToBeReset.connect(self._remember_selection)
        model.modelReset.connect(self._restore_selection)

    # -- painting and sizing -------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self.painted.emit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.widths_chosen and self._model.rowCount():
            self.choose_column_widths()

    def choose_column_widths(self) -> None:
        """Widths from the header and a sample of rows, narrowed where needed so that
        every column fits the table's width; once, unless saved widths were restored."""
        if not self.isVisible():
            return
        self.widths_chosen = True
        metrics = self.fontMetrics()
        header_metrics = self.horizontalHeader().fontMetrics()
        sample = range(min(WIDTH_SAMPLE_ROWS, self._model.rowCount()))
        padding = 24
        desired: dict[int, int] = {}
        headers: dict[int, int] = {}
        for column in Column:
            title = str(self._model.headerData(column, Qt.Orientation.Horizontal))
            widest = headers[column] = header_metrics.horizontalAdvance(title) + padding + 16
            for row in sample:
                text = self._model.data(self._model.index(row, column))
                widest = max(widest, metrics.horizontalAdvance(str(text or "")) + padding)
            extra = 16 if column == Column.STATUS else 0
            desired[column] = min(widest + extra, MAX_WIDTHS[column])
        available = self.viewport().width()
        if not self.verticalScrollBar().isVisible():
            # A list longer than the screen gets a scroll bar as soon as it is shown.
            available -= self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        # No column narrower than its header: a clipped header ("gation / organiza")
        # leaves the reader guessing what the column is.
        floors = {**headers, Column.NAME: 160, Column.STATUS: desired[Column.STATUS]}
        fitted = fit_widths(desired, max(available, 600), floors=floors)
        for column, width in fitted.items():
            self.setColumnWidth(column, width)

    # -- selection by entry --------------------------------------------------------------
    def selected_positions(self) -> list[int]:
        """Display positions of the selected rows, in order."""
        positions: list[int] = []
        for selection_range in self.selectionModel().selection():
            positions.extend(range(selection_range.top(), selection_range.bottom() + 1))
        return sorted(set(positions))

    def selected_count(self) -> int:
        return sum(r.bottom() - r.top() + 1 for r in self.selectionModel().selection())

    def selected_entry_ids(self) -> list[int]:
        return [self._model.entry_id_at(position) for position in self.selected_positions()]

    def select_entries(self, entry_ids: Iterable[int]) -> None:
        """Select the rows of these entries (those shown) and make the first one current."""
        positions = self._model.positions_of_entries(entry_ids)
        selection = QItemSelection()
        last = self._model.columnCount() - 1
        for first, final in runs(positions):
            selection.select(self._model.index(first, 0), self._model.index(final, last))
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.selectionModel().select(selection, flags)
        if positions:
            self.selectionModel().setCurrentIndex(
                self._model.index(positions[0], 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )

    def reveal_entry(self, entry_id: int) -> None:
        positions = self._model.positions_of_entries([entry_id])
        if positions:
            self.select_entries([entry_id])
            self.scrollTo(self._model.index(positions[0], 0))

    def _remember_selection(self) -> None:
        if self.selected_count() <= KEEP_SELECTION_LIMIT:
            self._kept_selection = self.selected_entry_ids()
        else:
            self._kept_selection = []
        current = self.currentIndex()
        self._kept_current = self._model.entry_id_at(current.row()) if current.isValid() else None

    def _restore_selection(self) -> None:
        kept, current = self._kept_selection, self._kept_current
        self._kept_selection, self._kept_current = [], None
        if kept:
            self.select_entries(kept)
        if current is not None:
            positions = self._model.positions_of_entries([current])
            if positions:
                self.selectionModel().setCurrentIndex(
                    self._model.index(positions[0], 0),
                    QItemSelectionModel.SelectionFlag.NoUpdate,
                )
