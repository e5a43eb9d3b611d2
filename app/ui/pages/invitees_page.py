"""The Invitees page: the invitee lists, and the chosen list's entries, searchable and sortable.

Built for lists of 100,000 entries: the table is an ``InviteesModel`` that filters and
sorts its own Python lists (no proxy model), rows have one fixed height, column widths
come from a sample of rows, and a large list shows its first screen at once while the
rest is read off the UI thread.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QPoint, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services import invitee_table, invitees
from app.services.invitee_table import EntryTable
from app.services.invitees import ListSummary
from app.ui.commands.invitees import (
    AddContactToList,
    CreateList,
    EditContact,
    RemoveEntries,
    RenameList,
    SetInvitationStatus,
)
from app.ui.contact_dialog import ContactDialog
from app.ui.context import INVITEES, AppContext
from app.ui.delegates.invitation_status import InvitationStatusDelegate, status_colour
from app.ui.errors import show_error
from app.ui.list_dialog import ListDialog
from app.ui.models.invitees_loader import EntryTableLoader
from app.ui.models.invitees_model import (
    STATUS_ROLE,
    Column,
    InviteesModel,
    category_labels,
    status_labels,
)
from app.ui.undo import ServiceCommand, push

SETTINGS_GROUP = "InviteesPage"
#: Lists up to this size are read on the UI thread at once (about 40 ms); larger ones show
#: their first ``PREVIEW_ROWS`` at once and are read whole by the loader.
SYNC_LOAD_LIMIT = 10_000
PREVIEW_ROWS = 200
#: A selection this large is not carried across a reload or a new search (rebuilding it
#: would cost more than it helps).
KEEP_SELECTION_LIMIT = 5_000
#: Rows sampled to size the columns; measuring 100,000 rows would take seconds.
WIDTH_SAMPLE_ROWS = 200
MAX_COLUMN_WIDTH = 340
LIST_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _runs(positions: Sequence[int]) -> Iterable[tuple[int, int]]:
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


def fit_widths(desired: dict[int, int], available: int, narrow: int = 130) -> dict[int, int]:
    """Column widths no wider than wanted that together fit ``available``.

    Narrow columns keep their width; the wide ones give up space in proportion to their
    width, so a long name keeps more room than a country.
    """
    total = sum(desired.values())
    if total <= available:
        return dict(desired)
    wide = {column: width for column, width in desired.items() if width > narrow}
    room = available - (total - sum(wide.values()))
    scale = max(room, 0) / sum(wide.values()) if wide else 1.0
    return {
        column: max(narrow, int(width * scale)) if column in wide else width
        for column, width in desired.items()
    }


class InviteesPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._summaries: dict[int, ListSummary] = {}
        self._list_id = 0
        self._wanted_list_name = ""
        self._widths_chosen = False
        self._kept_selection: list[int] = []
        self._kept_current: int | None = None
        self._dialog: QWidget | None = None

        self.model = InviteesModel(self)
        self.loader = EntryTableLoader(self)
        self.loader.loaded.connect(self._whole_list_loaded)
        self.loader.failed.connect(self._load_failed)

        self._build_lists_panel()
        self._build_entries_panel()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self._lists_panel)
        self.splitter.addWidget(self._entries_panel)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([230, 940])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._restore_selection)
        self.model.dataChanged.connect(self._update_counts)
        self.view.selectionModel().selectionChanged.connect(self._update_actions)
        context.workspace_changed.connect(self._workspace_changed)
        context.data_changed.connect(self._data_changed)
        self._workspace_changed()

    # -- building ---------------------------------------------------------------------
    def _build_lists_panel(self) -> None:
        self._lists_panel = QWidget()
        self.lists = QTreeWidget()
        self.lists.setColumnCount(2)
        self.lists.setHeaderLabels([self.tr("Invitee list"), self.tr("Invitees")])
        self.lists.setRootIsDecorated(False)
        self.lists.setUniformRowHeights(True)
        self.lists.setAllColumnsShowFocus(True)
        header = self.lists.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.lists.currentItemChanged.connect(self._list_chosen)
        self.lists.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self.new_list_button = QPushButton(self.tr("&New list…"))
        self.rename_list_button = QPushButton(self.tr("Rena&me…"))
        self.delete_list_button = QPushButton(self.tr("Delete"))
        self.new_list_button.clicked.connect(self.new_list)
        self.rename_list_button.clicked.connect(self.rename_list)
        self.delete_list_button.clicked.connect(self.delete_list)
        for text, slot in (
            (self.tr("New list…"), self.new_list),
            (self.tr("Rename…"), self.rename_list),
            (self.tr("Delete list"), self.delete_list),
        ):
            action = QAction(text, self.lists)
            action.triggered.connect(slot)
            self.lists.addAction(action)

        buttons = QHBoxLayout()
        buttons.addWidget(self.new_list_button)
        buttons.addWidget(self.rename_list_button)
        buttons.addWidget(self.delete_list_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self._lists_panel)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.addWidget(self.lists)
        layout.addLayout(buttons)

    def _build_entries_panel(self) -> None:
        self._entries_panel = QWidget()
        self.title_label = QLabel()
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(
            self.tr("Search name, delegation, country or e-mail (Ctrl+F)")
        )
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._apply_filter)
        self.search_edit.returnPressed.connect(self.view_focus)
        self.category_combo = QComboBox()
        self.category_combo.addItem(self.tr("All categories"), None)
        for value, label in category_labels().items():
            self.category_combo.addItem(label, value)
        self.category_combo.currentIndexChanged.connect(self._apply_filter)
        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("All statuses"), None)
        for value, label in status_labels().items():
            self.status_combo.addItem(label, value)
        self.status_combo.currentIndexChanged.connect(self._apply_filter)
        search_label = QLabel(self.tr("Search:"))
        search_label.setBuddy(self.search_edit)
        filters = QHBoxLayout()
        filters.addWidget(search_label)
        filters.addWidget(self.search_edit, 1)
        filters.addWidget(self.category_combo)
        filters.addWidget(self.status_combo)

        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setCornerButtonEnabled(False)
        self.view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        rows = self.view.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        columns = self.view.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        columns.setHighlightSections(False)
        columns.setStretchLastSection(True)
        columns.setSortIndicator(Column.NAME, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.status_delegate = InvitationStatusDelegate(STATUS_ROLE, self.view)
        self.view.setItemDelegateForColumn(Column.STATUS, self.status_delegate)
        self.view.activated.connect(lambda index: self.edit_contact(index.row()))
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._show_context_menu)

        self.status_menu = QMenu(self.tr("Set status"), self)
        self.status_actions: dict[str, QAction] = {}
        for value, label in status_labels().items():
            action = self.status_menu.addAction("&" + label)
            action.triggered.connect(lambda _checked=False, v=value: self.set_status(v))
            self.status_actions[value] = action
        self.add_action = self._action(self.tr("&Add contact…"), self.add_contact)
        self.edit_action = self._action(self.tr("Ed&it contact…"), self.edit_contact)
        self.remove_action = self._action(self.tr("&Remove from list"), self.remove_entries)
        self.remove_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.view.addAction(self.remove_action)
        find = QAction(self)
        find.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        find.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.triggered.connect(self._focus_search)
        self.addAction(find)

        self.add_button = QPushButton(self.add_action.text())
        self.add_button.clicked.connect(self.add_contact)
        self.edit_button = QPushButton(self.edit_action.text())
        self.edit_button.clicked.connect(self.edit_contact)
        self.remove_button = QPushButton(self.remove_action.text())
        self.remove_button.clicked.connect(self.remove_entries)
        self.status_button = QPushButton(self.tr("Set &status"))
        self.status_button.setMenu(self.status_menu)
        self.count_label = QLabel()
        self.status_counts_label = QLabel()
        self.status_counts_label.setTextFormat(Qt.TextFormat.RichText)

        counts = QHBoxLayout()
        counts.addWidget(self.count_label)
        counts.addSpacing(16)
        counts.addWidget(self.status_counts_label, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.add_button)
        actions.addWidget(self.edit_button)
        actions.addWidget(self.remove_button)
        actions.addStretch(1)
        actions.addWidget(self.status_button)

        layout = QVBoxLayout(self._entries_panel)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(self.title_label)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(counts)
        layout.addLayout(actions)

    def _action(self, text: str, slot: Any) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    # -- lists --------------------------------------------------------------------------
    def _workspace_changed(self) -> None:
        self.loader.cancel()
        self._list_id = 0
        self._reload_lists()

    def _data_changed(self, kinds: frozenset[str]) -> None:
        if INVITEES in kinds:
            self._reload_lists(keep_view=True)

    def _reload_lists(self, *, keep_view: bool = False) -> None:
        """Read the lists again; keep the chosen one (or the one asked for by name)."""
        summaries = (
            self.context.read(invitees.list_summaries) if self.context.workspace is not None else []
        )
        self._summaries = {summary.id: summary for summary in summaries}
        wanted = self._list_id if self._list_id in self._summaries else 0
        if not wanted and self._wanted_list_name:
            wanted = next((s.id for s in summaries if s.name == self._wanted_list_name), 0)
        if not wanted and summaries:
            wanted = summaries[0].id
        self.lists.blockSignals(True)
        self.lists.clear()
        for summary in summaries:
            item = QTreeWidgetItem([summary.name, self._number(summary.entry_count)])
            item.setData(0, LIST_ID_ROLE, summary.id)
            item.setToolTip(0, summary.description or summary.name)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.lists.addTopLevelItem(item)
            if summary.id == wanted:
                self.lists.setCurrentItem(item)
        self.lists.blockSignals(False)
        same = keep_view and wanted == self._list_id
        self._list_id = wanted
        self._load_entries(keep_view=same)

    def _number(self, number: int) -> str:
        return self.locale().toString(number)

    def _list_chosen(self, current: QTreeWidgetItem | None, _previous: object = None) -> None:
        list_id = int(current.data(0, LIST_ID_ROLE)) if current is not None else 0
        if list_id == self._list_id:
            return
        self._list_id = list_id
        summary = self._summaries.get(list_id)
        self._wanted_list_name = summary.name if summary else ""
        self._load_entries(keep_view=False)

    def selected_list(self) -> ListSummary | None:
        return self._summaries.get(self._list_id)

    def select_list(self, name: str) -> bool:
        """Show the list called ``name``; False when there is none."""
        for index in range(self.lists.topLevelItemCount()):
            item = self.lists.topLevelItem(index)
            if item.text(0) == name:
                self.lists.setCurrentItem(item)
                return True
        return False

    # -- loading entries -----------------------------------------------------------------
    def _load_entries(self, *, keep_view: bool) -> None:
        self.loader.cancel()
        summary = self.selected_list()
        if summary is None or self.context.workspace is None:
            self._show_table(EntryTable(list_id=0), keep_view=False)
            return
        list_id = summary.id
        if summary.entry_count <= SYNC_LOAD_LIMIT:
            table = self.context.read(lambda s: invitee_table.read_entry_table(s, list_id))
            self._show_table(table, keep_view=keep_view)
            return
        if not keep_view or self.model.table.list_id != list_id:
            first = self.context.read(
                lambda s: invitee_table.read_entry_table(s, list_id, limit=PREVIEW_ROWS)
            )
            self._show_table(first, keep_view=False)
        self.loader.load(self.context.workspace, list_id)
        self._update_counts()

    def _whole_list_loaded(self, table: EntryTable) -> None:
        if table.list_id == self._list_id:
            self._show_table(table, keep_view=True)

    def _load_failed(self, error: object) -> None:
        self._update_counts()
        if isinstance(error, Exception):
            show_error(self, error)

    def is_loading(self) -> bool:
        """Whether the whole of a large list is still being read."""
        return self.loader.is_loading()

    def _show_table(self, table: EntryTable, *, keep_view: bool) -> None:
        scroll = self.view.verticalScrollBar().value()
        self.model.set_table(table)
        if keep_view:
            self.view.verticalScrollBar().setValue(scroll)
        else:
            self.view.scrollToTop()
        if not self._widths_chosen and len(table) and self.view.isVisible():
            self._choose_column_widths()
        summary = self.selected_list()
        self.title_label.setText(summary.name if summary else self.tr("No invitee list"))
        self.title_label.setToolTip(summary.description if summary else "")
        self._update_counts()
        self._update_actions()

    def _choose_column_widths(self) -> None:
        """Widths from the header and a sample of rows (measuring every row would take
        seconds), narrowed where needed so that every column fits the table's width."""
        self._widths_chosen = True
        metrics = self.view.fontMetrics()
        header_metrics = self.view.horizontalHeader().fontMetrics()
        sample = range(min(WIDTH_SAMPLE_ROWS, self.model.rowCount()))
        padding = 24
        desired: dict[int, int] = {}
        for column in Column:
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            widest = header_metrics.horizontalAdvance(title) + padding + 16
            for row in sample:
                text = self.model.data(self.model.index(row, column))
                widest = max(widest, metrics.horizontalAdvance(str(text or "")) + padding)
            desired[column] = min(widest, MAX_COLUMN_WIDTH) + (16 if column == Column.STATUS else 0)
        available = self.view.viewport().width() if self.view.isVisible() else 0
        for column, width in fit_widths(desired, max(available, 700)).items():
            self.view.setColumnWidth(column, width)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._widths_chosen and self.model.rowCount():
            self._choose_column_widths()

    # -- search and filters ------------------------------------------------------------
    def _apply_filter(self) -> None:
        self.model.set_filter(
            self.search_edit.text(),
            self.category_combo.currentData(),
            self.status_combo.currentData(),
        )
        self._update_counts()

    def _focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def view_focus(self) -> None:
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.view.currentIndex().isValid() and self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, 0))

    def _update_counts(self) -> None:
        total = self.model.total_count()
        summary = self.selected_list()
        if self.loader.is_loading() and summary is not None:
            self.count_label.setText(
                self.tr("Loading {total} invitees…").format(total=self._number(summary.entry_count))
            )
            self.status_counts_label.clear()
            return
        shown = self.model.visible_count()
        template = (
            self.tr("{shown} of 1 invitee")
            if total == 1
            else self.tr("{shown} of {total} invitees")
        )
        self.count_label.setText(
            template.format(shown=self._number(shown), total=self._number(total))
        )
        labels = status_labels()
        parts = [
            f"<span style='color:{status_colour(value).name()}'>●</span>&nbsp;"
            f"{labels[value]}&nbsp;{self._number(count)}"
            for value, count in self.model.status_counts().items()
        ]
        self.status_counts_label.setText("&nbsp;&nbsp; ".join(parts) if total else "")

    # -- selection -----------------------------------------------------------------------
    def selected_positions(self) -> list[int]:
        """Display positions of the selected rows, in order."""
        positions: list[int] = []
        for selection_range in self.view.selectionModel().selection():
            positions.extend(range(selection_range.top(), selection_range.bottom() + 1))
        return sorted(set(positions))

    def selected_entry_ids(self) -> list[int]:
        return [self.model.entry_id_at(position) for position in self.selected_positions()]

    def select_entries(self, entry_ids: Iterable[int]) -> None:
        positions = self.model.positions_of_entries(entry_ids)
        selection = QItemSelection()
        last = self.model.columnCount() - 1
        for first, final in _runs(positions):
            selection.select(self.model.index(first, 0), self.model.index(final, last))
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.view.selectionModel().select(selection, flags)
        if positions:
            self.view.selectionModel().setCurrentIndex(
                self.model.index(positions[0], 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )

    def _selected_count(self) -> int:
        return sum(r.bottom() - r.top() + 1 for r in self.view.selectionModel().selection())

    def _remember_selection(self) -> None:
        """Before the table changes (search, sort, reload): note what was selected."""
        if self._selected_count() <= KEEP_SELECTION_LIMIT:
            self._kept_selection = self.selected_entry_ids()
        else:
            self._kept_selection = []
        current = self.view.currentIndex()
        self._kept_current = self.model.entry_id_at(current.row()) if current.isValid() else None

    def _restore_selection(self) -> None:
        kept, current = self._kept_selection, self._kept_current
        self._kept_selection, self._kept_current = [], None
        if kept:
            self.select_entries(kept)
        if current is not None:
            positions = self.model.positions_of_entries([current])
            if positions:
                self.view.selectionModel().setCurrentIndex(
                    self.model.index(positions[0], 0), QItemSelectionModel.SelectionFlag.NoUpdate
                )
        self._update_actions()

    def _update_actions(self) -> None:
        has_list = self.selected_list() is not None and self.context.workspace is not None
        selected = self._selected_count() if has_list else 0
        busy = self.loader.is_loading()
        for widget in (self.add_action, self.add_button):
            widget.setEnabled(has_list)
        for widget in (self.edit_action, self.edit_button):
            widget.setEnabled(selected == 1 and not busy)
        for widget in (self.remove_action, self.remove_button, self.status_button):
            widget.setEnabled(selected > 0 and not busy)
        self.status_menu.setEnabled(selected > 0 and not busy)
        self.rename_list_button.setEnabled(has_list)
        self.delete_list_button.setEnabled(has_list)
        self.new_list_button.setEnabled(self.context.workspace is not None)
        for widget in (self.search_edit, self.category_combo, self.status_combo):
            widget.setEnabled(has_list)

    def _show_context_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        menu.addMenu(self.status_menu)
        menu.addSeparator()
        menu.addAction(self.add_action)
        menu.addAction(self.edit_action)
        menu.addAction(self.remove_action)
        menu.exec(self.view.viewport().mapToGlobal(position))

    # -- edits ---------------------------------------------------------------------------
    def _push(self, command: ServiceCommand) -> Any:
        try:
            return push(self.context, command)
        except Exception as error:
            show_error(self, error)
            return None

    def set_status(self, status: str) -> None:
        """Give every selected entry ``status``, in one undoable step."""
        entry_ids = self.selected_entry_ids()
        if not entry_ids:
            return
        label = status_labels()[status]
        command = SetInvitationStatus(self.context, entry_ids, status, label)
        if self._push(command) is not None:
            self.model.set_statuses(dict.fromkeys(entry_ids, status))

    def add_contact(self) -> None:
        summary = self.selected_list()
        if summary is None:
            return
        dialog = ContactDialog(
            self,
            countries=self._countries(),
            category=self.category_combo.currentData(),
        )

        def added() -> None:
            command = AddContactToList(self.context, summary.id, dialog.values(), dialog.role())
            result = self._push(command)
            if result is not None:
                self._reveal_entry(result[1])

        self._open(dialog, added)

    def edit_contact(self, position: int | None = None) -> None:
        """Edit the contact at ``position``, or the one selected row."""
        if position is None:
            positions = self.selected_positions()
            if len(positions) != 1:
                return
            position = positions[0]
        if not 0 <= position < self.model.rowCount() or self.loader.is_loading():
            return
        contact_id = self.model.contact_id_at(position)
        entry_id = self.model.entry_id_at(position)
        try:
            values = self.context.read(lambda s: invitee_table.contact_for_editing(s, contact_id))
        except Exception as error:
            show_error(self, error)
            return
        dialog = ContactDialog(
            self, values=values, role=self.model.role_at(position), countries=self._countries()
        )

        def edited() -> None:
            self._push(
                EditContact(self.context, contact_id, entry_id, dialog.values(), dialog.role())
            )

        self._open(dialog, edited)

    def remove_entries(self) -> None:
        entry_ids = self.selected_entry_ids()
        if entry_ids:
            self._push(RemoveEntries(self.context, entry_ids))

    def new_list(self) -> None:
        dialog = ListDialog(self, taken=[s.name for s in self._summaries.values()])

        def create() -> None:
            if self._push(CreateList(self.context, dialog.name(), dialog.description())):
                self.select_list(dialog.name())

        self._open(dialog, create)

    def rename_list(self) -> None:
        summary = self.selected_list()
        if summary is None:
            return
        dialog = ListDialog(
            self,
            name=summary.name,
            description=summary.description,
            taken=[s.name for s in self._summaries.values()],
            renaming=True,
        )

        def rename() -> None:
            self._wanted_list_name = dialog.name()
            self._push(RenameList(self.context, summary.id, dialog.name(), dialog.description()))

        self._open(dialog, rename)

    def delete_list(self) -> None:
        summary = self.selected_list()
        if summary is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Delete list"),
            self.tr(
                "Delete the list “{name}” and its {count} entries with their status history? "
                "The contacts stay in the workspace. This cannot be undone."
            ).format(name=summary.name, count=self._number(summary.entry_count)),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        delete = box.addButton(self.tr("Delete list"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def finished() -> None:
            if box.clickedButton() is not delete:
                return
            self._wanted_list_name = ""
            try:
                self.context.write(lambda s: invitees.delete_list(s, summary.id), {INVITEES})
            except Exception as error:
                show_error(self, error)
                return
            self.context.status_message.emit(
                self.tr("Deleted the list “{name}”.").format(name=summary.name)
            )

        self._open(box, finished)

    def _open(self, dialog: QWidget, on_accept: Any) -> None:
        """Show ``dialog`` window-modal without a nested event loop; run ``on_accept`` on OK."""
        self._dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if isinstance(dialog, QMessageBox):
            dialog.finished.connect(lambda _result: on_accept())
        else:
            dialog.accepted.connect(on_accept)
        dialog.destroyed.connect(lambda: setattr(self, "_dialog", None))
        dialog.open()

    def open_dialog(self) -> QWidget | None:
        """The dialog this page has open, if any (for tests and the main window)."""
        return self._dialog

    def _countries(self) -> list[str]:
        if self.context.workspace is None:
            return []
        return self.context.read(invitee_table.list_countries)

    def _reveal_entry(self, entry_id: int) -> None:
        positions = self.model.positions_of_entries([entry_id])
        if positions:
            self.select_entries([entry_id])
            self.view.scrollTo(self.model.index(positions[0], 0))

    # -- state -------------------------------------------------------------------------
    def save_state(self, settings: QSettings) -> None:
        settings.beginGroup(SETTINGS_GROUP)
        settings.setValue("splitter", self.splitter.saveState())
        settings.setValue("header", self.view.horizontalHeader().saveState())
        summary = self.selected_list()
        settings.setValue("list", summary.name if summary else "")
        settings.endGroup()

    def restore_state(self, settings: QSettings) -> None:
        settings.beginGroup(SETTINGS_GROUP)
        try:
            splitter = settings.value("splitter")
            if splitter:
                self.splitter.restoreState(splitter)
            header = settings.value("header")
            if header and self.view.horizontalHeader().restoreState(header):
                self._widths_chosen = True
                columns = self.view.horizontalHeader()
                self.model.sort(columns.sortIndicatorSection(), columns.sortIndicatorOrder())
            name = str(settings.value("list", "") or "")
        finally:
            settings.endGroup()
        if name:
            self._wanted_list_name = name
            self.select_list(name)
