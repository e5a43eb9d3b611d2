"""The decisions of a meeting, item by item: outcome, decision, the revision of each
document considered, new revisions requested, deferrals both ways."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from app.models.enums import ItemStatus
from app.services.decisions import DecisionRow, ItemLink
from app.ui.common.dates import format_date
from app.ui.common.page_support import fit_columns, sample_widths, set_up_record_table
from app.ui.common.row_table import RowTableModel

NUMBER, ITEM, OUTCOME, DECISION, DOCUMENTS = range(5)


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def outcome_labels() -> dict[ItemStatus, str]:
    return {
        ItemStatus.PENDING: _tr("Pending"),
        ItemStatus.CONSIDERED: _tr("Considered"),
        ItemStatus.APPROVED: _tr("Approved"),
        ItemStatus.DEFERRED: _tr("Deferred"),
        ItemStatus.WITHDRAWN: _tr("Withdrawn"),
    }


def _link(link: ItemLink) -> str:
    return _tr("item {position} of {date}").format(
        position=link.position, date=format_date(link.meeting_date)
    )


def deferral_text(row: DecisionRow) -> str:
    parts = []
    if row.deferred_from is not None:
        parts.append(_tr("From {item}").format(item=_link(row.deferred_from)))
    parts += [_tr("To {item}").format(item=_link(link)) for link in row.deferred_to]
    return "\n".join(parts)


def requested_text(row: DecisionRow) -> str:
    lines = []
    for request in row.requests:
        if request.fulfilled:
            text = _tr("→ {symbol} requested (circulated)")
        else:
            text = _tr("→ {symbol} requested (awaited)")
        lines.append(text.format(symbol=request.requested_symbol))
    return "\n".join(lines)


class DecisionsModel(RowTableModel[DecisionRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = (
            "#",
            _tr("Item"),
            _tr("Outcome"),
            _tr("Decision"),
            _tr("Documents"),
        )
        self._outcomes = outcome_labels()

    def _display(self, row: DecisionRow, column: int) -> Any:
        if column == NUMBER:
            return str(row.position)
        if column == ITEM:
            return row.title
        if column == OUTCOME:
            text = self._outcomes[row.status]
            if row.recorded_without_quorum:
                text = _tr("{outcome} (no quorum)").format(outcome=text)
            return "\n".join(part for part in (text, deferral_text(row)) if part)
        if column == DECISION:
            return row.decision
        if column == DOCUMENTS:
            lines = [doc.symbol for doc in row.documents]
            return "\n".join(part for part in ("\n".join(lines), requested_text(row)) if part)
        return None

    def _role_data(self, row: DecisionRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == NUMBER:
                return None
            if column == OUTCOME and row.recorded_without_quorum:
                return _tr("Recorded while the meeting had no quorum; the chair confirmed it.")
            if column in (ITEM, DECISION):
                return self._display(row, column)
            if column == DOCUMENTS:
                notes = [f"{r.requested_symbol}: {r.note}" for r in row.requests if r.note]
                return "\n".join([f"{doc.symbol}: {doc.title}" for doc in row.documents] + notes)
        return None


class DecisionsView(QWidget):
    """The table; Enter on an item opens the decision dialog (``activated``)."""

    def __init__(
        self,
        activated: Callable[[], Any],
        menu: Callable[[Any], Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = DecisionsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("decisionsTable")
        set_up_record_table(
            self.table,
            self.model,
            QAbstractItemView.SelectionMode.SingleSelection,
            activated,
            menu,
        )
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        widths = sample_widths(
            self,
            {
                NUMBER: ("99", 16),
                ITEM: ("Consideration of the Draft list of invitees", 0),
                OUTCOME: ("Considered (no quorum)", 12),
                DOCUMENTS: ("GT/MISPA-III/doc.2/11 rev. 3", 16),
            },
        )
        widths[ITEM] = min(widths[ITEM], 200)
        fit_columns(self.table.horizontalHeader(), DECISION, widths)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)

    def current(self) -> DecisionRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None
