"""How fast the Invitees page is on a list of 100,000, beside the bare libraries in the same run.

    python benchmarks/bench_invitees.py [--workspace PATH] [--runs N]

Runs offscreen with the real ``InviteesPage`` in a shown window and, beside it, a bare
``QTableView`` over a minimal ``QAbstractTableModel`` of sqlite3 tuples. Each figure is the
time from the user's action until the table's viewport has been painted (an event filter
sees the Paint event; the paint runs before control comes back), measured for:

(a) choosing the 100,000-invitee list (first rows painted)   target 100 ms
(b) each keystroke typing a word letter by letter              target  50 ms
(c) sorting by each column                                     target 100 ms
(d) paging down 50 times (the slowest repaint)                 target: no stall
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import (  # noqa: E402
    QAbstractTableModel,
    QEvent,
    QEventLoop,
    QMessageLogContext,
    QModelIndex,
    QObject,
    QSettings,
    Qt,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QTableView, QWidget  # noqa: E402

from benchmarks.large_workspace import LIST_NAME, build_large_workspace  # noqa: E402

TARGETS_MS = {"select": 100.0, "keystroke": 50.0, "sort": 100.0}
BARE_SELECT = """
SELECT e.id, c.id, c.name, c.title, c.organization, c.country, c.category,
       c.email, e.status, c.search_text
FROM list_entries AS e JOIN contacts AS c ON c.id = e.contact_id
WHERE e.list_id = ? ORDER BY e.id
"""
SIZE = (1200, 760)


class PaintWatch(QObject):
    """Notes when a widget's viewport receives a Paint event."""

    def __init__(self, viewport: QWidget) -> None:
        super().__init__(viewport)
        self.painted = False
        viewport.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


def quiet_offscreen(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Print Qt's messages but the offscreen platform's own limits (no window manager)."""
    if "This plugin does not support" not in message:
        print(message, file=sys.stderr)


def until_painted(app: QApplication, watch: PaintWatch, action: Callable[[], Any]) -> float:
    """Milliseconds from ``action()`` until the watched viewport has been painted."""
    app.processEvents()
    watch.painted = False
    started = time.perf_counter()
    action()
    while not watch.painted:
        # Sleeps until an event comes: a busy loop here would take Python's lock from
        # the page's reading thread.
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    return (time.perf_counter() - started) * 1000


class BareModel(QAbstractTableModel):
    """The least a table model can be: tuples, display text, nothing else."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[tuple[Any, ...]] = []

    def set_rows(self, rows: list[tuple[Any, ...]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column() + 2]
        return None


def line(label: str, ours: float, bare: float, target: float | None = None) -> str:
    ratio = ours / bare if bare > 0 else float("inf")
    text = f"  {label:<44} {ours:8.1f} ms   bare {bare:8.1f} ms   ratio {ratio:5.2f}"
    if target is not None:
        text += f"   target {target:4.0f} ms  {'ok' if ours <= target else 'OVER'}"
    return text


def wait_loaded(app: QApplication, page: Any) -> float:
    started = time.perf_counter()
    while page.is_loading():
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    app.processEvents()
    return (time.perf_counter() - started) * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--workspace",
        type=Path,
        default=Path(tempfile.gettempdir()) / "chairdesk-bench-large.chairdesk",
        help="the large workspace (built on first use, then reused)",
    )
    parser.add_argument("--runs", type=int, default=5, help="runs of (a) to take the median of")
    args = parser.parse_args(argv)

    print(f"workspace: {args.workspace}")
    started = time.perf_counter()
    build_large_workspace(args.workspace)
    print(f"  ready in {time.perf_counter() - started:.1f} s")

    qInstallMessageHandler(quiet_offscreen)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from app.store import open_workspace
    from app.ui.common.context import AppContext
    from app.ui.invitees.invitees_model import COLUMN_FIELDS, Column
    from app.ui.invitees.invitees_page import InviteesPage

    settings_file = Path(tempfile.mkdtemp()) / "bench.ini"
    context = AppContext(QSettings(str(settings_file), QSettings.Format.IniFormat))
    context.set_workspace(open_workspace(args.workspace))
    page = InviteesPage(context)
    page.resize(*SIZE)
    page.show()
    wait_loaded(app, page)
    item = next(
        page.lists.topLevelItem(i)
        for i in range(page.lists.topLevelItemCount())
        if page.lists.topLevelItem(i).text(0) == LIST_NAME
    )
    watch = PaintWatch(page.view.viewport())

    bare_view = QTableView()
    bare_model = BareModel()
    bare_view.setModel(bare_model)
    bare_view.resize(*SIZE)
    bare_view.show()
    bare_watch = PaintWatch(bare_view.viewport())
    connection = sqlite3.connect(f"{args.workspace.resolve().as_uri()}?mode=ro", uri=True)
    list_id = connection.execute("SELECT id FROM invitee_lists WHERE name = ?", (LIST_NAME,))
    list_id = list_id.fetchone()[0]
    app.processEvents()

    # (a) choosing the list ----------------------------------------------------------
    ours_select, ours_whole, bare_select = [], [], []
    for _ in range(args.runs):
        page.lists.setCurrentItem(None)
        app.processEvents()
        rect = page.lists.visualItemRect(item)
        ours_select.append(
            until_painted(
                app,
                watch,
                lambda rect=rect: QTest.mouseClick(
                    page.lists.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
                ),
            )
        )
        start = time.perf_counter()
        wait_loaded(app, page)
        ours_whole.append(ours_select[-1] + (time.perf_counter() - start) * 1000)

        bare_model.set_rows([])
        app.processEvents()
        bare_select.append(
            until_painted(
                app,
                bare_watch,
                lambda: bare_model.set_rows(connection.execute(BARE_SELECT, (list_id,)).fetchall()),
            )
        )
    count = page.model.total_count()
    print(f"\n(a) choose the {count:,}-invitee list (median of {args.runs})")
    print(
        line(
            "first rows painted",
            statistics.median(ours_select),
            statistics.median(bare_select),
            TARGETS_MS["select"],
        )
    )
    print(
        line(
            "whole list shown (read off the UI thread)",
            statistics.median(ours_whole),
            statistics.median(bare_select),
        )
    )

    # (b) typing ---------------------------------------------------------------------
    table = page.model.table
    haystacks = table.haystacks
    rows = bare_model.rows
    middle = len(table) // 2 + 1234
    fragment = table.emails[middle].split("@")[0][2:] + "@"
    print("\n(b) keystrokes, typed letter by letter into the search box")
    header = page.view.horizontalHeader()
    by_country = sorted(range(len(table)), key=lambda i: table.countries[i].casefold())
    by_country.reverse()
    worst = 0.0
    for word, sort in (
        ("trinidad", None),
        (fragment, None),
        ("ministry", (Column.COUNTRY, Qt.SortOrder.DescendingOrder)),
    ):
        page.search_edit.setFocus()
        page.search_edit.clear()
        order = list(range(len(table)))
        if sort is not None:
            header.setSortIndicator(*sort)
            order = by_country
            print("  (sorted by country, descending)")
        bare_model.set_rows(rows)
        app.processEvents()
        for end in range(1, len(word) + 1):
            typed = word[:end]
            ours = until_painted(
                app, watch, lambda c=word[end - 1]: QTest.keyClick(page.search_edit, c)
            )
            shown = page.model.visible_count()

            def bare_filter(typed: str = typed, order: list[int] = order) -> None:
                found = [i for i in order if typed in haystacks[i]]
                bare_model.set_rows([rows[i] for i in found])

            bare = until_painted(app, bare_watch, bare_filter)
            worst = max(worst, ours)
            print(line(f"“{typed}” -> {shown:,} rows", ours, bare, TARGETS_MS["keystroke"]))
        ours = until_painted(app, watch, lambda: QTest.keyClick(page.search_edit, "\b"))
        bare = until_painted(
            app,
            bare_watch,
            lambda w=word[:-1], order=order: bare_model.set_rows(
                [rows[i] for i in order if w in haystacks[i]]
            ),
        )
        print(line(f"Backspace -> {page.model.visible_count():,} rows", ours, bare))
        worst = max(worst, ours)
    header.setSortIndicator(Column.NAME, Qt.SortOrder.AscendingOrder)
    ours = until_painted(app, watch, page.search_edit.clear)
    bare = until_painted(app, bare_watch, lambda: bare_model.set_rows(rows))
    print(line(f"clear the search -> {page.model.visible_count():,} rows", ours, bare))
    print(
        f"  slowest keystroke: {max(worst, ours):.1f} ms (target {TARGETS_MS['keystroke']:.0f} ms)"
    )

    # (c) sorting --------------------------------------------------------------------
    print("\n(c) sort by each column (first time: keys computed; ascending then descending)")
    for column in (*list(Column)[1:], Column.NAME):
        values = getattr(table, COLUMN_FIELDS[column])
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            ours = until_painted(
                app, watch, lambda c=column, o=order: header.setSortIndicator(c, o)
            )
            start = time.perf_counter()
            if column in (Column.STATUS, Column.CATEGORY):
                sorted(values, reverse=order == Qt.SortOrder.DescendingOrder)
            else:
                sorted(values, key=str.casefold, reverse=order == Qt.SortOrder.DescendingOrder)
            bare = (time.perf_counter() - start) * 1000
            direction = "ascending" if order == Qt.SortOrder.AscendingOrder else "descending"
            label = f"{header.model().headerData(column, Qt.Orientation.Horizontal)}, {direction}"
            print(line(label, ours, bare, TARGETS_MS["sort"]))
    header.setSortIndicator(Column.NAME, Qt.SortOrder.AscendingOrder)
    app.processEvents()

    # (d) scrolling ------------------------------------------------------------------
    page.view.setFocus()
    page.view.setCurrentIndex(page.model.index(0, 0))
    bare_view.setFocus()
    bare_view.setCurrentIndex(bare_model.index(0, 0))
    app.processEvents()
    ours_pages = [
        until_painted(app, watch, lambda: QTest.keyClick(page.view, Qt.Key.Key_PageDown))
        for _ in range(50)
    ]
    bare_pages = [
        until_painted(app, bare_watch, lambda: QTest.keyClick(bare_view, Qt.Key.Key_PageDown))
        for _ in range(50)
    ]
    print("\n(d) Page Down 50 times")
    print(line("slowest repaint", max(ours_pages), max(bare_pages)))
    print(line("median repaint", statistics.median(ours_pages), statistics.median(bare_pages)))

    connection.close()
    page.close()
    bare_view.close()
    context.set_workspace(None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
