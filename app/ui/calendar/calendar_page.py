"""The calendar of meetings: a month view beside the list of meetings, and their edits."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QSettings,
    Qt,
)
from PySide6.QtGui import (
    QPalette,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.ui.calendar.actions import MeetingActions
from app.ui.calendar.meeting_calendar import MeetingCalendar
from app.ui.calendar.meetings_model import STATUS_ROLE, MeetingsModel
from app.ui.common import meeting_labels as labels
from app.ui.common.context import AGENDA, MEETINGS, WORKING_GROUP
from app.ui.common.delegates.meeting_status import StatusDelegate
from app.ui.common.meetings import default_meeting_id
from app.ui.common.page_support import (
    Layout,
    fit_columns,
    page_toolbar,
    read_list,
    restore_layout,
    sample_widths,
    save_layout,
    set_up_record_table,
)
from app.ui.common.readable_columns import ReadableColumns
from app.ui.common.reload_when_shown import ReloadWhenShown
from app.ui.common.row_refs import row_refs

if TYPE_CHECKING:
    from app.services.meeting_rows import MeetingRow
    from app.ui.common.context import AppContext

SHOWN_KINDS = frozenset({MEETINGS, AGENDA, WORKING_GROUP})


class CalendarPage(MeetingActions):
    SETTINGS_GROUP = "CalendarPage"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.refs = row_refs(context)
        self._syncing = False
        self.reloads = ReloadWhenShown(self, self.reload)

        self.model = MeetingsModel(self)
        self.table = QTableView(self)
        self.calendar = MeetingCalendar(self)
        self.summary_label = QLabel(self)
        #: The selection: how many meetings, or why the one selected was cancelled/postponed.
        self.details_label = QLabel(self)
        self.details_label.setWordWrap(True)
        self._make_actions()
        self._set_up_table()
        self.calendar.meetings_clicked.connect(self.select_meetings)
        self.calendar.free_day_activated.connect(self.new_meeting)
        self._lay_out()

        context.workspace_changed.connect(self.reloads.request)
        context.data_changed.connect(self._data_changed)
        context.current_meeting_changed.connect(self._current_meeting_changed)
        self.reload()

    # -- building --------------------------------------------------------------------
    def _set_up_table(self) -> None:
        table = self.table
        set_up_record_table(
            table,
            self.model,
            QAbstractItemView.SelectionMode.ExtendedSelection,
            self.edit_meeting,
            self._show_menu,
        )
        table.setSortingEnabled(True)
        table.sortByColumn(MeetingsModel.DATE, Qt.SortOrder.AscendingOrder)
        table.setItemDelegateForColumn(MeetingsModel.STATUS, StatusDelegate(STATUS_ROLE, table))
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        fit_columns(
            header,
            MeetingsModel.TITLE,
            sample_widths(
                table,
                {
                    MeetingsModel.NUMBER: ("No.", 16),
                    MeetingsModel.DATE: (labels.short_date(date(2011, 9, 28)), 16),
                    MeetingsModel.TIME: ("10:00–13:00 EDT", 16),
                    MeetingsModel.ROOM: ("Padilha Vidal Room", 16),
                    MeetingsModel.STATUS: (labels.meeting_statuses().values(), 30),
                    MeetingsModel.ITEMS: ("Items", 16),
                },
            ),
        )
        # When a meeting is: never cut short, whatever the window's width.
        when = sample_widths(
            table,
            {
                MeetingsModel.DATE: (labels.short_date(date(2011, 9, 28)), 16),
                MeetingsModel.TIME: ("10:00–13:00", 16),
            },
        )
        self.columns = ReadableColumns(table, MeetingsModel.TITLE, keep=when)
        table.selectionModel().selectionChanged.connect(self._selection_changed)

    def _lay_out(self) -> None:
        toolbar = page_toolbar(
            self,
            self.tr("Meetings"),
            (self.new_action, self.series_action),
            (self.edit_action, self.postpone_action, self.cancel_action),
            (self.delete_action,),
        )

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.calendar)
        legend = QLabel(
            self.tr(
                "Days with a meeting are in bold and shaded; orange shading marks meetings "
                "that overlap; a struck-out day has only cancelled meetings. "
                "Double-click a free day to plan a meeting on it."
            ),
            left,
        )
        legend.setWordWrap(True)
        legend.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        left_layout.addWidget(legend)
        left_layout.addStretch(1)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.table, 1)
        right_layout.addWidget(self.details_label)
        right_layout.addWidget(self.summary_label)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        # The month view at its natural width; the meetings table takes the rest.
        left_width = self.calendar.sizeHint().width()
        self.splitter.setSizes([left_width, 4 * left_width])

        layout = QVBoxLayout(self)
        layout.addWidget(toolbar)
        layout.addWidget(self.splitter, 1)

    # -- loading ---------------------------------------------------------------------
    def _data_changed(self, kinds: frozenset[str]) -> None:
        if kinds & SHOWN_KINDS:
            self.reloads.request()

    def reload(self) -> None:
        from app.services.meeting_rows import list_meetings, overlapping_ids

        self.reloads.stale = False
        kept = self.selected_ids() or [self.context.current_meeting_id]
        rows = read_list(self.context, list_meetings)
        flagged = overlapping_ids(rows)
        self._syncing = True
        try:
            self.model.set_rows(rows, flagged)
        finally:
            self._syncing = False
        self.calendar.show_meetings(rows, flagged)
        self._show_summary(rows, flagged)
        known = [i for i in kept if self.model.meeting(i) is not None]
        if not known and rows:
            known = [default_meeting_id(rows)]
        self.select_meetings(known)
        if not known:
            self.context.set_current_meeting(0)
        self._update_actions()
        self._show_details()

    def _show_summary(self, rows: list[MeetingRow], flagged: set[int]) -> None:
        if self.context.workspace is None:
            self.summary_label.clear()
            return
        parts = [
            self.tr("1 meeting") if len(rows) == 1 else self.tr("{n} meetings").format(n=len(rows))
        ]
        cancelled = sum(1 for row in rows if str(row.status) == "cancelled")
        if cancelled:
            parts.append(self.tr("{n} cancelled").format(n=cancelled))
        if flagged:
            parts.append(
                self.tr("⚠ {n} overlap another meeting (hover the title for details)").format(
                    n=len(flagged)
                )
            )
        self.summary_label.setText(" · ".join(parts))

    # -- selection -------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.row_of(row).id for row in rows]

    def current_row(self) -> MeetingRow | None:
        index = self.table.currentIndex()
        selected = self.table.selectionModel()
        if index.isValid() and selected.isRowSelected(index.row()):
            return self.model.row_of(index.row())
        rows = selected.selectedRows()
        return self.model.row_of(rows[0].row()) if rows else None

    def select_meetings(self, meeting_ids: list[int]) -> None:
        """Select these meetings' rows, the first one current, and show its month."""
        rows = [self.model.row_for_id(i) for i in meeting_ids]
        rows = [row for row in rows if row >= 0]
        selection = QItemSelection()
        last_column = self.model.columnCount() - 1
        for row in rows:
            selection.select(self.model.index(row, 0), self.model.index(row, last_column))
        self._syncing = True
        try:
            model = self.table.selectionModel()
            if rows:
                model.setCurrentIndex(
                    self.model.index(rows[0], 0), QItemSelectionModel.SelectionFlag.NoUpdate
                )
            model.select(
                selection,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        finally:
            self._syncing = False
        if rows:
            self.table.scrollTo(self.model.index(rows[0], 0))
        self._selection_changed()

    def _show_details(self) -> None:
        selected = self.selected_ids()
        row = self.model.meeting(selected[0]) if len(selected) == 1 else None
        if len(selected) > 1:
            text = self.tr("{n} meetings selected").format(n=len(selected))
        elif row is not None and row.status_reason:
            text = self.tr("{status}: {reason}").format(
                status=labels.label(labels.meeting_statuses(), row.status),
                reason=row.status_reason,
            )
        else:
            text = ""
        self.details_label.setText(text)
        self.details_label.setVisible(bool(text))

    def _selection_changed(self) -> None:
        self._update_actions()
        self._show_details()
        if self._syncing:
            return
        row = self.current_row()
        if row is None:
            return
        self.calendar.show_day(row.date)
        self.context.set_current_meeting(row.id)

    def _current_meeting_changed(self, meeting_id: int) -> None:
        if meeting_id and meeting_id not in self.selected_ids():
            self.select_meetings([meeting_id])

    # -- state -----------------------------------------------------------------------
    def _layout(self) -> Layout:
        return {"splitter": self.splitter, "header": self.table.horizontalHeader()}

    def save_state(self, settings: QSettings) -> None:
        save_layout(settings, self.SETTINGS_GROUP, self._layout())

    def restore_state(self, settings: QSettings) -> None:
        restore_layout(settings, self.SETTINGS_GROUP, self._layout())
