"""Tables that read: the column a person reads first keeps the room, a column empty across
the whole list shrinks to its header, and text cut short shows whole in a tooltip.

The main column is the header's stretch section, so it takes what the window gains or
loses on resize; the others keep the width they were given (or the person dragged),
except that an empty one gives its width up until it holds something again.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QToolTip, QTreeView

#: Rows looked at to decide that a column is empty (a list of 100,000 stays quick).
SAMPLE_ROWS = 2000
#: Room for the sort indicator and the section's margins beside the header's text.
HEADER_PADDING = 28
#: A cell's margins: text wider than the cell less this is drawn elided.
CELL_PADDING = 8
#: Room beside a cell's text for its margins and a status pill's rounded ends.
CONTENT_PADDING = 30
#: The widest a column grows back to when it holds something again.
MAX_WIDTH = 320
#: The share of the table's width the main column keeps when the window narrows: the
#: widest other columns give way first, down to their header's width.
MAIN_SHARE = 0.34
#: The narrowest the main column gets before short columns are cut to their header.
MAIN_MINIMUM = 120
#: Text this wide or less (dates, times, statuses, numbers) is kept whole as long as the
#: table allows; longer text elides first.
SHORT_TEXT = 160


def header_of(view: QAbstractItemView) -> QHeaderView:
    if isinstance(view, QTreeView):
        return view.header()
    assert isinstance(view, QTableView)
    return view.horizontalHeader()


class ElidedTooltips(QObject):
    """Show a cell's whole text as its tooltip when the cell shows it cut short, unless
    the model gives a tooltip of its own."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view
        view.viewport().installEventFilter(self)

    def full_text(self, position: object) -> str:
        """The text of the cell at ``position`` when it does not fit, else ""."""
        index = self.view.indexAt(position)  # type: ignore[arg-type]
        if not index.isValid() or index.data(Qt.ItemDataRole.ToolTipRole):
            return ""
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not isinstance(text, str) or not text:
            return ""
        needed = self.view.fontMetrics().horizontalAdvance(text) + CELL_PADDING
        return text if needed > self.view.visualRect(index).width() else ""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.full_text(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self.view.viewport())
                return True
        return False


class ReadableColumns(ElidedTooltips):
    """Keep ``main`` stretched and shrink the columns that are empty in every row."""

    def __init__(
        self, view: QAbstractItemView, main: int, *, keep: dict[int, int] | None = None
    ) -> None:
        """``keep`` gives columns a width they never go below (a meeting's times:
        "10:00–13:00" cut to "10:00–…" hides when the meeting ends)."""
        super().__init__(view)
        self.main = main
        self.keep = dict(keep or {})
        #: Width each shrunk column had, given back when it holds something again.
        self.shrunk: dict[int, int] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refit)
        header = header_of(view)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(main, QHeaderView.ResizeMode.Stretch)
        model = view.model()
        for signal in (
            model.modelReset,
            model.layoutChanged,
            model.rowsInserted,
            model.rowsRemoved,
            model.dataChanged,
        ):
            signal.connect(self._timer.start)
        self.refit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._timer.start()
        return super().eventFilter(watched, event)

    def is_empty(self, column: int) -> bool:
        model = self.view.model()
        rows = min(model.rowCount(), SAMPLE_ROWS)
        for row in range(rows):
            value = model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
            if value not in (None, ""):
                return False
        return rows > 0

    def header_width(self, column: int) -> int:
        header = header_of(self.view)
        title = self.view.model().headerData(column, Qt.Orientation.Horizontal)
        return header.fontMetrics().horizontalAdvance(str(title or "")) + HEADER_PADDING

    def refit(self) -> None:
        header = header_of(self.view)
        for column in range(self.view.model().columnCount()):
            if column == self.main or header.isSectionHidden(column):
                continue
            if self.is_empty(column):
                if column not in self.shrunk:
                    self.shrunk[column] = header.sectionSize(column)
                # Also after a saved layout was restored over the shrunk width.
                if header.sectionSize(column) != self.header_width(column):
                    header.resizeSection(column, self.header_width(column))
            elif column in self.shrunk:
                header.resizeSection(
                    column, max(self.shrunk.pop(column), self.content_width(column))
                )
        self.share_room()

    def share_room(self) -> None:
        """Share a table's width out when the window is resized or the rows change.

        Short text (a date, a time, a status: at most ``SHORT_TEXT`` wide) is kept whole;
        the main column gets a third of the table, or what its text needs if less; longer
        text (a room, a list of documents) gives way first, down to its header's width;
        then the main column, down to ``MAIN_MINIMUM`` (its text elides, with a tooltip);
        only then are short columns cut.
        """
        header = header_of(self.view)
        available = self.view.viewport().width()
        others = [
            c
            for c in range(self.view.model().columnCount())
            if c != self.main and not header.isSectionHidden(c) and c not in self.shrunk
        ]
        if not others or available <= 0:
            return
        headers = {c: max(self.header_width(c), self.keep.get(c, 0)) for c in others}
        contents = {c: self.content_width(c) for c in others}
        short = [c for c in others if contents[c] <= SHORT_TEXT]
        sizes = {
            c: contents[c] if c in short else max(header.sectionSize(c), headers[c]) for c in others
        }
        fixed = sum(header.sectionSize(c) for c in self.shrunk)
        wanted = min(int(available * MAIN_SHARE), self.content_width(self.main, limit=available))
        need = wanted - (available - fixed - sum(sizes.values()))
        long_text = [c for c in others if c not in short]
        need = _give_way(sizes, long_text, headers, need)
        need -= max(0, min(need, wanted - MAIN_MINIMUM))
        _give_way(sizes, short, headers, need)
        for column, size in sizes.items():
            if header.sectionSize(column) != size:
                header.resizeSection(column, size)

    def content_width(self, column: int, limit: int = 0) -> int:
        """What the column's text needs (a sample of rows), at most ``limit`` (by default
        ``MAX_WIDTH``)."""
        model = self.view.model()
        metrics = self.view.fontMetrics()
        widest = self.header_width(column)
        for row in range(min(model.rowCount(), 200)):
            text = model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
            widest = max(widest, metrics.horizontalAdvance(str(text or "")) + CONTENT_PADDING)
        return min(widest, limit or MAX_WIDTH)


def _give_way(sizes: dict[int, int], columns: list[int], floors: dict[int, int], need: int) -> int:
    """Narrow the widest of ``columns`` in ``sizes`` first ("water filling"), none below
    its floor, by ``need`` pixels in all; return what is still needed."""
    while need > 0:
        movable = [c for c in columns if sizes[c] > floors[c]]
        if not movable:
            break
        widest = max(sizes[c] for c in movable)
        top = [c for c in movable if sizes[c] == widest]
        lower = max([sizes[c] for c in movable if c not in top] + [max(floors[c] for c in top)])
        step = min(widest - lower, -(-need // len(top))) or 1
        for column in top:
            size = max(floors[column], sizes[column] - step)
            need -= sizes[column] - size
            sizes[column] = size
    return need
