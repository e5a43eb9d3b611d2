"""The follow-up actions agreed at a meeting: what, who, by when, for which mandate, status."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from app.models.enums import ActionStatus
from app.services.actions import ActionRow
from app.ui.common.dates import format_date
from app.ui.common.page_support import fit_columns, sample_widths, set_up_record_table
from app.ui.common.row_table import RowTableModel
from app.ui.record.record_dialogs import action_status_labels

DESCRIPTION, RESPONSIBLE, DUE, MANDATE, STATUS = range(5)


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def mandate_label(row: ActionRow) -> str:
    if row.mandate_position is None:
        return ""
    return _tr("Mandate {number}").format(number=row.mandate_position)


class ActionsModel(RowTableModel[ActionRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = (
            _tr("Action"),
            _tr("Responsible"),
            _tr("Due"),
            _tr("Mandate"),
            _tr("Status"),
        )
        self._statuses = action_status_labels()

    def _display(self, row: ActionRow, column: int) -> Any:
        if column == DESCRIPTION:
            return row.description
        if column == RESPONSIBLE:
            return row.responsible
        if column == DUE:
            return format_date(row.due_date)
        if column == MANDATE:
            return mandate_label(row)
        if column == STATUS:
            return self._statuses[row.status]
        return None

    def _role_data(self, row: ActionRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == DESCRIPTION:
                return row.description
            if column == MANDATE and row.mandate_resolution:
                return row.mandate_resolution
        if role == Qt.ItemDataRole.FontRole and row.status != ActionStatus.OPEN:
            font = QFont()
            font.setStrikeOut(row.status == ActionStatus.DROPPED)
            font.setItalic(True)
            return font
        return None


class ActionsView(QWidget):
    def __init__(
        self,
        activated: Callable[[], Any],
        menu: Callable[[Any], Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = ActionsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("actionsTable")
        set_up_record_table(
            self.table, self.model, QAbstractItemView.SelectionMode.SingleSelection, activated, menu
        )
        widths = sample_widths(
            self,
            {
                RESPONSIBLE: ("Trinidad and Tobago (host country)", 16),
                DUE: ("Wed 27 Oct 2011", 16),
                MANDATE: ("Mandate 10", 16),
                STATUS: (_tr("Dropped"), 24),
            },
        )
        fit_columns(self.table.horizontalHeader(), DESCRIPTION, widths)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)

    def current(self) -> ActionRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None
