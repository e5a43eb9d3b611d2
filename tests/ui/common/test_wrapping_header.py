"""A narrowed column's title wraps onto a second line instead of being cut short."""

from __future__ import annotations

from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QTableView

from app.ui.common.wrapping_header import WrappingHeader

TITLES = ["Name", "Delegation / organization", "Category"]


def table(qtbot) -> QTableView:
    model = QStandardItemModel(3, 3)
    model.setHorizontalHeaderLabels(TITLES)
    view = QTableView()
    view.setModel(model)
    view.setHorizontalHeader(WrappingHeader(view))
    view.resize(600, 200)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_a_narrowed_title_wraps_and_the_header_grows_then_shrinks_back(qtbot):
    view = table(qtbot)
    header = view.horizontalHeader()
    assert isinstance(header, WrappingHeader)
    view.setColumnWidth(1, 260)
    qtbot.wait(10)
    one_line = header.height()

    view.setColumnWidth(1, header.narrowest(1))
    qtbot.waitUntil(lambda: header.height() > one_line * 1.5)

    view.setColumnWidth(1, 260)
    qtbot.waitUntil(lambda: header.height() == one_line)


def test_no_title_word_is_cut_at_the_narrowest_width(qtbot):
    view = table(qtbot)
    header = view.horizontalHeader()
    assert isinstance(header, WrappingHeader)
    metrics = header.fontMetrics()
    assert header.narrowest(1) > metrics.horizontalAdvance("organization")
    assert header.narrowest(1) < metrics.horizontalAdvance("Delegation / organization")


def test_the_header_layout_is_saved_and_restored(qtbot):
    first = table(qtbot)
    first.setColumnWidth(1, 170)
    first.sortByColumn(2, first.horizontalHeader().sortIndicatorOrder())
    state = first.horizontalHeader().saveState()

    again = table(qtbot)
    assert again.horizontalHeader().restoreState(state)
    assert again.columnWidth(1) == 170
