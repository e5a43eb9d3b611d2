"""The attendance sheet of a meeting, made to be filled in fast by keyboard.

Type a delegation's first letters to find it, Space marks it present (or, in the
Credentials column, received), F2 or Enter names who represented it. "All member
states present" (Ctrl+Shift+A) and then Space on the exceptions. Member states are
in the upper table, everyone else (never counted toward the quorum) in the lower one.
Every change is an undoable command.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.services.attendance import AttendanceRow, MeetingAttendance
from app.ui.common.page_support import fit_columns, page_action, sample_widths
from app.ui.record import attendance_model as columns
from app.ui.record.attendance_model import AttendanceModel, Commit

#: ``toggle(rows, field, value)`` sets ``field`` to ``value`` for the contacts of ``rows``.
Toggle = Callable[[list[AttendanceRow], str, bool], None]


class AttendanceTable(QTableView):
    """A table where Space toggles the check box of the selected rows and typing finds a
    delegation by name, whatever column the cursor is in."""

    def __init__(self, toggle: Toggle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.toggle = toggle
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.setAlternatingRowColors(True)
        self.setTabKeyNavigation(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)

    def model(self) -> AttendanceModel:  # type: ignore[override]
        model = super().model()
        assert isinstance(model, AttendanceModel)
        return model

    def selected_rows(self) -> list[AttendanceRow]:
        numbers = sorted({index.row() for index in self.selectionModel().selectedRows()})
        if not numbers and self.currentIndex().isValid():
            numbers = [self.currentIndex().row()]
        return [self.model().row_at(n) for n in numbers]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.modifiers():
            rows = self.selected_rows()
            if rows:
                field = "present"
                if self.currentIndex().column() == columns.CREDENTIALS:
                    field = "credentials_received"
                self.toggle(rows, field, not all(getattr(row, field) for row in rows))
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._edit_current():
            event.accept()
            return
        super().keyPressEvent(event)

    def _edit_current(self) -> bool:
        index = self.currentIndex()
        if not index.isValid() or self.state() == QAbstractItemView.State.EditingState:
            return False
        if index.column() not in columns.TEXT_FIELDS:
            index = index.siblingAtColumn(columns.REPRESENTATIVE)
            self.setCurrentIndex(index)
        return self.edit(index, QAbstractItemView.EditTrigger.EditKeyPressed, None)

    def keyboardSearch(self, search: str) -> None:
        """Find by delegation, the column a person reads, from wherever the cursor is."""
        current = self.currentIndex()
        if current.isValid() and current.column() != columns.DELEGATION:
            self.selectionModel().setCurrentIndex(
                current.siblingAtColumn(columns.DELEGATION),
                QItemSelectionModel.SelectionFlag.NoUpdate,
            )
        super().keyboardSearch(search)


class AttendanceView(QWidget):
    """The two tables of the sheet and the "all member states present" action."""

    def __init__(
        self,
        commit: Commit,
        toggle: Toggle,
        all_present: Callable[[], Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.member_model = AttendanceModel(commit, self)
        self.other_model = AttendanceModel(commit, self)
        self.members = AttendanceTable(toggle, self)
        self.members.setObjectName("memberStatesTable")
        self.others = AttendanceTable(toggle, self)
        self.others.setObjectName("othersTable")
        for table, model in ((self.members, self.member_model), (self.others, self.other_model)):
            table.setModel(model)
            table.setSortingEnabled(False)
        self.members.setColumnHidden(columns.CATEGORY, True)
        self.all_present = page_action(
            self,
            self.tr("All member states present"),
            all_present,
            self.tr("Mark every member state present; then press Space on the absent ones"),
            shortcuts=[QKeySequence("Ctrl+Shift+A")],
        )
        button = QToolButton(self)
        button.setDefaultAction(self.all_present)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.help = QLabel(
            self.tr(
                "Type a delegation's name to find it; Space marks it present (in the Credentials "
                "column: credentials received); Enter names its representative. "
                "Ctrl+Shift+A marks all member states present."
            ),
            self,
        )
        self.help.setWordWrap(True)
        self.members_heading = QLabel(self)
        self.others_heading = QLabel(self)
        upper, lower = QWidget(self), QWidget(self)
        for holder, heading, table in (
            (upper, self.members_heading, self.members),
            (lower, self.others_heading, self.others),
        ):
            box = QVBoxLayout(holder)
            box.setContentsMargins(0, 0, 0, 0)
            box.addWidget(heading)
            box.addWidget(table, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(upper)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.help)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.splitter, 1)
        self._fit_columns()

    def _fit_columns(self) -> None:
        widths = sample_widths(
            self,
            {
                columns.PRESENT: (self.tr("Present"), 28),
                columns.CATEGORY: (self.tr("International organization"), 20),
                columns.REPRESENTATIVE: ("Ambassador Firstname Lastname", 16),
                columns.TITLE: ("Alternate Representative", 16),
                columns.CREDENTIALS: (self.tr("Credentials"), 28),
            },
        )
        for table in (self.members, self.others):
            fit_columns(table.horizontalHeader(), columns.DELEGATION, widths)

    def show_sheet(self, sheet: MeetingAttendance | None) -> None:
        """Show a meeting's sheet (None: no meeting), keeping the cursor on the same rows."""
        for table, model, rows in (
            (self.members, self.member_model, sheet.member_states if sheet else ()),
            (self.others, self.other_model, sheet.others if sheet else ()),
        ):
            current = table.currentIndex()
            keep = model.row_at(current.row()).id if current.isValid() else None
            selected = {model.row_at(i.row()).id for i in table.selectionModel().selectedRows()}
            model.set_rows(rows)
            self._restore_cursor(table, model, keep, current.column(), selected)
        present = sum(1 for row in sheet.member_states if row.present) if sheet else 0
        total = len(sheet.member_states) if sheet else 0
        others = sum(1 for row in sheet.others if row.present) if sheet else 0
        self.members_heading.setText(
            self.tr("Member states: {present} of {total} present (they count toward the quorum)")
            .format(present=present, total=total)
        )  # fmt: skip
        self.others_heading.setText(
            self.tr(
                "Observers, organizations, civil society and secretariat: {present} present "
                "(not counted toward the quorum)"
            ).format(present=others)
        )
        self.all_present.setEnabled(sheet is not None and total > 0)

    @staticmethod
    def _restore_cursor(
        table: AttendanceTable,
        model: AttendanceModel,
        keep: int | None,
        column: int,
        selected: set[int],
    ) -> None:
        if keep is None or model.row_number(keep) < 0:
            return
        flags = QItemSelectionModel.SelectionFlag
        selection = table.selectionModel()
        selection.setCurrentIndex(
            model.index(model.row_number(keep), max(column, 0)), flags.NoUpdate
        )
        for row_id in selected:
            number = model.row_number(row_id)
            if number >= 0:
                selection.select(model.index(number, 0), flags.Select | flags.Rows)
