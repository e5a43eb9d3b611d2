"""The agenda of the current meeting: its items in order, their outcomes and documents."""

from __future__ import annotations

from datetime import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.ui.agenda import agenda_text
from app.ui.agenda.actions import ItemActions
from app.ui.agenda.agenda_model import STATUS_ROLE, AgendaModel
from app.ui.agenda.follow_up_panel import FollowUpPanel
from app.ui.common import meeting_labels as labels
from app.ui.common.context import AGENDA, DOCUMENTS, MEETINGS
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
    select_row,
    set_up_record_table,
)
from app.ui.common.readable_columns import ReadableColumns
from app.ui.common.row_refs import row_refs
from app.ui.common.title_marks import marked_title

if TYPE_CHECKING:
    from app.services.agenda_rows import ItemRow
    from app.services.meeting_rows import MeetingRow
    from app.ui.common.context import AppContext

MEETING_KINDS = frozenset({MEETINGS})
ITEM_KINDS = frozenset({AGENDA, DOCUMENTS})


class AgendaPage(ItemActions):
    SETTINGS_GROUP = "AgendaPage"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.refs = row_refs(context)
        self._meetings: list[MeetingRow] = []
        self._meeting_id = 0
        #: What went out of date while the page was hidden: "", "items" or "meetings".
        self._stale = ""

        self.meeting_combo = QComboBox(self)
        self.meeting_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.meeting_combo.setMinimumContentsLength(40)
        # One line for the meeting, one for the agenda's timing; a long venue is cut, not wrapped.
        self.header_label = QLabel(self)
        self.timing_label = QLabel(self)
        for label in (self.header_label, self.timing_label):
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            label.setTextFormat(Qt.TextFormat.RichText)
        self.model = AgendaModel(self)
        self.table = QTableView(self)
        self.details = QTextBrowser(self)
        self.details.setOpenLinks(False)
        self.follow_up = FollowUpPanel(context, self)
        self._make_actions()
        self._set_up_table()
        self._lay_out()

        self.meeting_combo.activated.connect(self._meeting_chosen)
        self.model.move_requested.connect(self.move_item_to)
        context.workspace_changed.connect(lambda: self._mark_stale("meetings"))
        context.data_changed.connect(self._data_changed)
        context.current_meeting_changed.connect(self._current_meeting_changed)
        self.reload()

    # -- building --------------------------------------------------------------------
    def _set_up_table(self) -> None:
        table = self.table
        set_up_record_table(
            table,
            self.model,
            QAbstractItemView.SelectionMode.SingleSelection,
            self.edit_item,
            self._show_menu,
        )
        table.setDragEnabled(True)
        table.setAcceptDrops(True)
        table.setDropIndicatorShown(True)
        table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        table.setDefaultDropAction(Qt.DropAction.MoveAction)
        table.setDragDropOverwriteMode(False)
        table.setItemDelegateForColumn(AgendaModel.STATUS, StatusDelegate(STATUS_ROLE, table))
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        fit_columns(
            header,
            AgendaModel.TITLE,
            sample_widths(
                table,
                {
                    AgendaModel.NUMBER: ("No. 00", 16),
                    AgendaModel.START: ("Start 00:00", 16),
                    AgendaModel.DURATION: ("Duration 000 min", 16),
                    AgendaModel.KIND: (labels.item_kinds().values(), 24),
                    AgendaModel.STATUS: (labels.item_statuses().values(), 44),
                    AgendaModel.DOCUMENTS: ("MISPA/doc.7/08 rev. 4, CP/doc.4580", 24),
                },
            ),
        )
        self.columns = ReadableColumns(table, AgendaModel.TITLE)
        table.selectionModel().selectionChanged.connect(self._selection_changed)

    def _lay_out(self) -> None:
        chooser = QHBoxLayout()
        label = QLabel(self.tr("&Meeting:"), self)
        label.setBuddy(self.meeting_combo)
        chooser.addWidget(label)
        chooser.addWidget(self.meeting_combo, 1)

        toolbar = page_toolbar(
            self,
            self.tr("Agenda"),
            (self.add_action, self.edit_action, self.delete_action),
            (self.up_action, self.down_action),
            (self.outcome_action, self.defer_action, self.link_action),
        )

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.table)
        # Below the items: the selected item's details beside what the record proposes.
        lower = QSplitter(Qt.Orientation.Horizontal, self)
        lower.addWidget(self.details)
        lower.addWidget(self.follow_up)
        lower.setChildrenCollapsible(False)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([420, 160])

        layout = QVBoxLayout(self)
        layout.addLayout(chooser)
        layout.addWidget(self.header_label)
        layout.addWidget(self.timing_label)
        layout.addWidget(toolbar)
        layout.addWidget(self.splitter, 1)

    # -- loading ---------------------------------------------------------------------
    def _data_changed(self, kinds: frozenset[str]) -> None:
        if kinds & MEETING_KINDS:
            self._mark_stale("meetings")
        elif kinds & ITEM_KINDS:
            self._mark_stale("items")

    def _mark_stale(self, what: str) -> None:
        """Reload ``what`` now if the page is on screen, else when it is next shown."""
        if self._stale != "meetings":
            self._stale = what
        if self.isVisible():
            self._catch_up()

    def _catch_up(self) -> None:
        stale, self._stale = self._stale, ""
        if stale == "meetings":
            self.reload()
        elif stale == "items":
            self.reload_items()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._catch_up()

    def reload(self) -> None:
        """Reload the meetings to choose from, then the current meeting's agenda."""
        from app.services.meeting_rows import list_meetings

        self._stale = ""
        self._meetings = read_list(self.context, list_meetings)
        self.meeting_combo.blockSignals(True)
        self.meeting_combo.clear()
        for row in self._meetings:
            self.meeting_combo.addItem(self._meeting_text(row), row.id)
        self.meeting_combo.blockSignals(False)
        self.meeting_combo.setEnabled(bool(self._meetings))
        known = {row.id for row in self._meetings}
        wanted = self.context.current_meeting_id
        if wanted not in known:
            wanted = (
                self._meeting_id
                if self._meeting_id in known
                else default_meeting_id(self._meetings)
            )
        self._show_meeting(wanted)
        if wanted and self.context.workspace is not None:
            self.context.set_current_meeting(wanted)

    def _meeting_text(self, row: MeetingRow) -> str:
        number = f"{row.number}. " if row.number is not None else ""
        title = marked_title(row.title, row.title_language)
        text = f"{number}{labels.short_date(row.date)} — {title}"
        if str(row.status) in ("cancelled", "postponed"):
            text += f" ({labels.label(labels.meeting_statuses(), row.status)})"
        return text

    def _show_meeting(self, meeting_id: int) -> None:
        self._meeting_id = meeting_id
        index = self.meeting_combo.findData(meeting_id)
        self.meeting_combo.blockSignals(True)
        self.meeting_combo.setCurrentIndex(index)
        self.meeting_combo.blockSignals(False)
        self.reload_items()

    def reload_items(self) -> None:
        from app.services.agenda_rows import list_items, planned_end

        if self._stale == "items":
            self._stale = ""
        kept = self.selected_item_id()
        meeting_id = self._meeting_id
        rows: list[ItemRow] = []
        end: time | None = None
        if meeting_id and self.context.workspace is not None:
            try:
                rows, end = self.context.read(
                    lambda s: (
                        list_items(s, meeting_id, language=self.context.language),
                        planned_end(s, meeting_id),
                    )
                )
            except Exception as exc:  # the meeting went away in another window
                self.context.report_error(exc)
        self.model.set_rows(meeting_id, rows)
        self.follow_up.show_meeting(meeting_id)
        self._show_header(end, rows)
        if kept is not None:
            self.select_item(kept)
        self._update_actions()
        self._show_details()

    def _show_header(self, end: time | None, rows: list[ItemRow]) -> None:
        meeting = self.meeting()
        if meeting is None:
            self.timing_label.clear()
            self.header_label.setText(
                self.tr("No meetings yet: create one on the Calendar page.")
                if self.context.workspace is not None
                else ""
            )
            return
        self.header_label.setText(agenda_text.meeting_line(meeting))
        self.timing_label.setText(agenda_text.timing_line(meeting, end, len(rows)))

    # -- current meeting -------------------------------------------------------------
    def meeting(self) -> MeetingRow | None:
        for row in self._meetings:
            if row.id == self._meeting_id:
                return row
        return None

    def _meeting_chosen(self, index: int) -> None:
        meeting_id = self.meeting_combo.itemData(index)
        if meeting_id is not None:
            self.context.set_current_meeting(meeting_id)

    def _current_meeting_changed(self, meeting_id: int) -> None:
        if meeting_id == self._meeting_id or self.meeting_combo.findData(meeting_id) < 0:
            return
        if self.isVisible():
            self._show_meeting(meeting_id)
        else:
            self._meeting_id = meeting_id
            self.meeting_combo.setCurrentIndex(self.meeting_combo.findData(meeting_id))
            self._mark_stale("items")

    # -- selection -------------------------------------------------------------------
    def selected_row(self) -> ItemRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_of(rows[0].row()) if rows else None

    def selected_item_id(self) -> int | None:
        row = self.selected_row()
        return row.id if row is not None else None

    def select_item(self, item_id: int) -> None:
        select_row(self.table, self.model.row_for_id(item_id))

    def _selection_changed(self) -> None:
        self._update_actions()
        self._show_details()

    def _show_details(self) -> None:
        self.details.setHtml(agenda_text.item_details(self.selected_row()))

    # -- state -----------------------------------------------------------------------
    def _layout(self) -> Layout:
        return {"splitter": self.splitter, "header": self.table.horizontalHeader()}

    def save_state(self, settings: QSettings) -> None:
        save_layout(settings, self.SETTINGS_GROUP, self._layout())

    def restore_state(self, settings: QSettings) -> None:
        restore_layout(settings, self.SETTINGS_GROUP, self._layout())
