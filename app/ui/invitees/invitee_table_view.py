"""The table of invitees: a QTableView set up to stay quick at 100,000 rows.

- Every row has one fixed height, so the view never measures rows.
- Column widths come from the header and a sample of rows, never ResizeToContents.
- Rows are selected by entry id across the model's resets (a search, a sort, a reload
  after an edit), as long as the selection is not huge.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QPaintEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView, QWidget

from app.ui.common.wrapping_header import WrappingHeader
from app.ui.invitees.invitation_status import InvitationStatusDelegate
from app.ui.invitees.invitees_model import STATUS_ROLE, Column, InviteesModel

#: A selection this large is not carried across a reset (rebuilding it would cost more
#: than it helps).
KEEP_SELECTION_LIMIT = 5_000
#: Rows sampled to size the columns; measuring 100,000 rows would take seconds.
WIDTH_SAMPLE_ROWS = 200
#: Columns hidden while no entry of the list has anything in them.
HIDES_WHEN_EMPTY = (
    Column.TITLE,
    Column.ORGANIZATION,
    Column.COUNTRY,
    Column.CATEGORY,
    Column.EMAIL,
)
#: The narrowest the name column gets: the text a person reads first.
NAME_FLOOR = 130
#: Widest each column is made (before fitting to the table's width).
MAX_WIDTHS: dict[int, int] = {
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
    natural: dict[int, int] | None = None,
) -> dict[int, int]:
    """Column widths that together fit ``available`` if they can.

    When the desired widths are too wide, each column gives up space in proportion to how
    far it is wider than its floor (``floors``, else ``floor``): a long organisation name
    gives more than a short category, which keeps its width. When there is room to spare,
    columns whose text was cut short (``natural`` wider than desired) grow back toward
    what their text needs, the one cut most first.
    """
    total = sum(desired.values())
    if total > available:
        floors = floors or {}
        spare = {c: max(width - floors.get(c, floor), 0) for c, width in desired.items()}
        share = min(1.0, (total - available) / max(sum(spare.values()), 1))
        return {c: width - int(spare[c] * share + 0.999) for c, width in desired.items()}
    widths = dict(desired)
    room = available - total
    short = {c: natural[c] - widths[c] for c in widths if natural and natural.get(c, 0) > widths[c]}
    while room > 0 and short:
        step = max(1, room // len(short))
        for column in sorted(short, key=short.get, reverse=True):  # type: ignore[arg-type]
            grow = min(step, short[column], room)
            widths[column] += grow
            short[column] -= grow
            room -= grow
            if short[column] <= 0:
                del short[column]
            if room <= 0:
                break
    return widths


class InviteeTableView(QTableView):
    #: The rows on screen were just painted.
    painted = Signal()

    def __init__(self, model: InviteesModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self._model = model
        self.widths_chosen = False
        #: What each column would like (the sample's text, capped; or the person's drag).
        self._desired: dict[int, int] = {}
        #: What each column's text needs, uncapped: room to spare goes there first.
        self._natural: dict[int, int] = {}
        #: No column narrower than this (its header).
        self._floors: dict[int, int] = {}
        self._fitting = False
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
        self.setHorizontalHeader(WrappingHeader(self))
        columns = self.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        columns.setHighlightSections(False)
        columns.setStretchLastSection(True)
        columns.setSortIndicator(Column.NAME, Qt.SortOrder.AscendingOrder)
        columns.sectionResized.connect(self._section_resized)
        self.setSortingEnabled(True)
        self.status_delegate = InvitationStatusDelegate(STATUS_ROLE, self)
        self.setItemDelegateForColumn(Column.STATUS, self.status_delegate)

        model.modelAboutToBeReset.connect(self._remember_selection)
        model.modelReset.connect(self._restore_selection)
        model.modelReset.connect(self._hide_empty_columns)

    # -- painting and sizing -------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self.painted.emit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.widths_chosen and self._model.rowCount():
            self.choose_column_widths()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._desired:
            self.fit_columns()

    def choose_column_widths(self) -> None:
        """Widths from the header and a sample of rows (once, unless saved widths were
        restored), then fitted to the table's width, as they are again on every resize."""
        if not self.isVisible():
            return
        self.widths_chosen = True
        self._natural = {column: self._text_width(column) for column in Column}
        self._desired = {c: min(w, MAX_WIDTHS[Column(c)]) for c, w in self._natural.items()}
        self._set_floors()
        self.fit_columns()

    def adopt_restored_widths(self) -> None:
        """Take the widths of a restored layout as the person's choice, and fit them to
        this window (a layout saved on a wide screen must not push columns off a small one)."""
        self.widths_chosen = True
        header = self.horizontalHeader()
        self._desired = {
            c: header.sectionSize(c) or min(self._text_width(c), MAX_WIDTHS[c]) for c in Column
        }
        # The last column was stretched, not chosen.
        self._desired[Column.STATUS] = min(
            self._text_width(Column.STATUS), MAX_WIDTHS[Column.STATUS]
        )
        self._natural = dict(self._desired)
        self._set_floors()
        self.fit_columns()

    def _text_width(self, column: int) -> int:
        """What the header and a sample of rows need in ``column``."""
        metrics = self.fontMetrics()
        widest = self._header_width(column)
        for row in range(min(WIDTH_SAMPLE_ROWS, self._model.rowCount())):
            text = self._model.data(self._model.index(row, column))
            widest = max(widest, metrics.horizontalAdvance(str(text or "")) + 24)
        return widest + (16 if column == Column.STATUS else 0)

    def _header_width(self, column: int) -> int:
        title = str(self._model.headerData(column, Qt.Orientation.Horizontal))
        return self.horizontalHeader().fontMetrics().horizontalAdvance(title) + 40

    def _set_floors(self) -> None:
        # No column narrower than its title's longest word (the title wraps): a clipped
        # header ("gation / organiza") leaves the reader guessing what the column is.
        header = self.horizontalHeader()
        assert isinstance(header, WrappingHeader)
        self._floors = {c: header.narrowest(c) for c in self._desired}
        self._floors[Column.NAME] = max(self._floors.get(Column.NAME, 0), NAME_FLOOR)
        if Column.STATUS in self._desired:
            self._floors[Column.STATUS] = self._desired[Column.STATUS]

    def _hide_empty_columns(self) -> None:
        """A column empty in every entry of the list (no titles, no e-mail addresses yet)
        is hidden until one holds something, so the names keep the room; the name and
        the status always show."""
        has_rows = bool(self._model.table.entry_ids)
        changed = False
        for column in HIDES_WHEN_EMPTY:
            hide = has_rows and self._model.is_column_empty(column)
            if self.isColumnHidden(column) != hide:
                self.setColumnHidden(column, hide)
                changed = True
        if changed:
            self.fit_columns()

    def fit_columns(self) -> None:
        """Fit the shown columns to the table's width as it is now."""
        shown = {c: w for c, w in self._desired.items() if not self.isColumnHidden(c)}
        if not shown:
            return
        available = self.viewport().width()
        rows_height = self._model.rowCount() * self.verticalHeader().defaultSectionSize()
        if not self.verticalScrollBar().isVisible() and rows_height > self.viewport().height():
            # A list longer than the screen gets a scroll bar as soon as it is shown.
            available -= self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        fitted = fit_widths(shown, max(available, 400), floors=self._floors, natural=self._natural)
        self._fitting = True
        try:
            for column, width in fitted.items():
                if self.columnWidth(column) != width:
                    self.setColumnWidth(column, width)
        finally:
            self._fitting = False

    def _section_resized(self, column: int, _old: int, new: int) -> None:
        """A column the person dragged keeps that width as its wish (the last column
        stretches, so its width is not a wish)."""
        if self._fitting or not self._desired or column == Column.STATUS:
            return
        if column in self._desired and not self.horizontalHeader().isSectionHidden(column):
            self._desired[column] = new
            self._natural[column] = max(self._natural.get(column, 0), new)

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
