"""The Invitees page: the invitee lists, and the chosen list's entries, searchable and sortable.

Built for lists of 100,000 entries: the table's model filters and sorts its own Python
lists (no proxy model, see ``invitees_index``), the view has fixed row heights and
sampled column widths (``invitee_table_view``), and a large list shows its first screen
at once while the rest is read off the UI thread (``invitees_loader``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from app.services import invitee_table
from app.services.invitee_table import EntryTable
from app.services.invitees import ListSummary
from app.ui.common.context import INVITEES, AppContext
from app.ui.common.errors import show_error
from app.ui.common.readable_columns import ElidedTooltips
from app.ui.invitees.actions import EntryActions
from app.ui.invitees.invitation_status import status_colour
from app.ui.invitees.invitee_lists_panel import InviteeListsPanel, count_text
from app.ui.invitees.invitee_table_view import InviteeTableView
from app.ui.invitees.invitees_loader import EntryTableLoader
from app.ui.invitees.invitees_model import InviteesModel, category_labels, status_labels

SETTINGS_GROUP = "InviteesPage"
#: Lists up to this size are read on the UI thread at once (some 40 ms); larger ones show
#: their first ``PREVIEW_ROWS`` at once and are read whole by the loader.
SYNC_LOAD_LIMIT = 10_000
PREVIEW_ROWS = 200
PAINT_WAIT_MS = 300


class InviteesPage(EntryActions):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._dialog: QWidget | None = None
        #: (workspace, list id) whose whole read starts once the first rows are painted.
        self._read_after_paint: tuple[Any, int] | None = None

        self.model = InviteesModel(self)
        self.loader = EntryTableLoader(self)
        self.loader.loaded.connect(self._whole_list_loaded)
        self.loader.failed.connect(self._load_failed)

        self.lists_panel = InviteeListsPanel(context, self._open)
        self.lists_panel.list_chosen.connect(lambda _id: self._load_entries(keep_view=False))
        self._build_entries_panel()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.lists_panel)
        self.splitter.addWidget(self._entries_panel)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([190, 980])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 6)  # as the other pages
        layout.addWidget(self.splitter)

        self.model.modelReset.connect(self._update_actions)
        self.model.dataChanged.connect(self._update_counts)
        self.view.selectionModel().selectionChanged.connect(self._update_actions)
        self.view.selectionModel().selectionChanged.connect(self._update_counts)
        self.view.painted.connect(self._first_rows_painted)
        context.workspace_changed.connect(self._workspace_changed)
        context.data_changed.connect(self._data_changed)
        self._workspace_changed()

    # -- building -----------------------------------------------------------------------
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
        self.search_edit.returnPressed.connect(self._focus_table)
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

        self.view = InviteeTableView(self.model)
        self.view_tooltips = ElidedTooltips(self.view)
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
        # Five statuses in Spanish are wider than a 1024-pixel window leaves: wrap.
        self.status_counts_label.setWordWrap(True)

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

    # -- lists ---------------------------------------------------------------------------
    @property
    def lists(self) -> QTreeWidget:
        return self.lists_panel.lists

    def selected_list(self) -> ListSummary | None:
        return self.lists_panel.current()

    def select_list(self, name: str) -> bool:
        """Show the list called ``name``; False when there is none."""
        return self.lists_panel.select_list(name)

    def _workspace_changed(self) -> None:
        self.lists_panel.forget_choice()
        self.lists_panel.reload()  # announces the list it chooses, which is then loaded
        if self.selected_list() is None:
            self._load_entries(keep_view=False)

    def _data_changed(self, kinds: frozenset[str]) -> None:
        if INVITEES not in kinds:
            return
        before = self.selected_list()
        self.lists_panel.reload()
        after = self.selected_list()
        if before is not None and after is not None and before.id == after.id:
            self._load_entries(keep_view=True)

    # -- loading entries -------------------------------------------------------------------
    def _load_entries(self, *, keep_view: bool) -> None:
        self.loader.cancel()
        self._read_after_paint = None
        summary = self.selected_list()
        if summary is None or self.context.workspace is None:
            self._show_table(EntryTable(list_id=0), keep_view=False)
            return
        list_id = summary.id
        if summary.entry_count <= SYNC_LOAD_LIMIT:
            table = self.context.read(lambda s: invitee_table.read_entry_table(s, list_id))
            self._show_table(table, keep_view=keep_view)
            return
        self._read_after_paint = (self.context.workspace, list_id)
        previewed = not keep_view or self.model.table.list_id != list_id
        if previewed:
            first = self.context.read(
                lambda s: invitee_table.read_entry_table(s, list_id, limit=PREVIEW_ROWS)
            )
            self._show_table(first, keep_view=False)
        if previewed and self.view.isVisible():
            # The reading thread would take Python's lock half the time from the UI
            # thread: it starts once the first rows are painted (or soon, if no paint
            # comes because the window is minimised).
            QTimer.singleShot(PAINT_WAIT_MS, self._read_whole_list)
        else:
            self._read_whole_list()
        self._update_counts()
        self._update_actions()

    def _first_rows_painted(self) -> None:
        if self._read_after_paint is not None:
            QTimer.singleShot(0, self._read_whole_list)

    def _read_whole_list(self) -> None:
        wanted, self._read_after_paint = self._read_after_paint, None
        if wanted is None:
            return
        workspace, list_id = wanted
        summary = self.selected_list()
        if workspace is self.context.workspace and summary is not None and summary.id == list_id:
            self.loader.load(workspace, list_id)

    def _whole_list_loaded(self, table: EntryTable) -> None:
        summary = self.selected_list()
        if summary is not None and table.list_id == summary.id:
            self._show_table(table, keep_view=True)

    def _load_failed(self, error: object) -> None:
        self._update_counts()
        self._update_actions()
        if isinstance(error, Exception):
            show_error(self, error)

    def is_loading(self) -> bool:
        """Whether a large list is being read (first shown, or shown again after a change)."""
        return self._read_after_paint is not None or self.loader.is_loading()

    def _showing_first_rows(self) -> bool:
        """Only the first screen of a large list is shown; edits wait for the whole list."""
        return not self.model.table.complete and self.is_loading()

    def _show_table(self, table: EntryTable, *, keep_view: bool) -> None:
        scroll = self.view.verticalScrollBar().value()
        self.model.set_table(table)
        if keep_view:
            self.view.verticalScrollBar().setValue(scroll)
        else:
            self.view.scrollToTop()
        if not self.view.widths_chosen and len(table):
            self.view.choose_column_widths()
        summary = self.selected_list()
        self.title_label.setText(summary.name if summary else self.tr("No invitee list"))
        self.title_label.setToolTip(summary.description if summary else "")
        self._update_counts()
        self._update_actions()

    # -- search, filters, counts ---------------------------------------------------------
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

    def _focus_table(self) -> None:
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.view.currentIndex().isValid() and self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, 0))

    def _number(self, number: int) -> str:
        return count_text(self.locale(), number)

    def _update_counts(self) -> None:
        summary = self.selected_list()
        if self._showing_first_rows() and summary is not None:
            self.count_label.setText(
                self.tr("Loading {total} invitees…").format(total=self._number(summary.entry_count))
            )
            self.status_counts_label.clear()
            return
        total = self.model.total_count()
        template = (
            self.tr("{shown} of 1 invitee")
            if total == 1
            else self.tr("{shown} of {total} invitees")
        )
        shown = self._number(self.model.visible_count())
        text = template.format(shown=shown, total=self._number(total))
        selected = self.view.selected_count()
        if selected:
            text = self.tr("{count} · {selected} selected").format(
                count=text, selected=self._number(selected)
            )
        self.count_label.setText(text)
        labels = status_labels()
        parts = [
            f"<span style='color:{status_colour(value).name()}'>●</span>&nbsp;"
            f"{labels[value]}&nbsp;{self._number(count)}"
            for value, count in self.model.status_counts().items()
        ]
        # The statuses of the rows shown: with a filter on, not of the whole list.
        heading = self.tr("Shown:") if self.model.visible_count() < total else self.tr("All:")
        self.status_counts_label.setText(
            f"{heading}&nbsp; " + "&nbsp;&nbsp; ".join(parts) if total else ""
        )

    # -- selection and actions -------------------------------------------------------------
    def selected_positions(self) -> list[int]:
        return self.view.selected_positions()

    def selected_entry_ids(self) -> list[int]:
        return self.view.selected_entry_ids()

    # -- state -------------------------------------------------------------------------------
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
            columns = self.view.horizontalHeader()
            if header and columns.restoreState(header):
                self.view.adopt_restored_widths()
                self.model.sort(columns.sortIndicatorSection(), columns.sortIndicatorOrder())
            name = str(settings.value("list", "") or "")
        finally:
            settings.endGroup()
        if name:
            self.select_list(name)
