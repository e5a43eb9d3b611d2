"""The dialogs of the workbook export and import: which sheets, which list, what changes."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.exchange.xlsx_export import SHEETS
from app.exchange.xlsx_import import CREATE, ERROR, UNCHANGED, UPDATE, ImportPlan, RowResult
from app.ui.common.dialog_parts import ok_cancel_buttons
from app.ui.common.errors import translated

AnyIndex = QModelIndex | QPersistentModelIndex
#: Invitees not in the file that the preview names one by one; more are counted.
MISSING_SHOWN = 12


class SheetChoiceDialog(QDialog):
    """Which sheets go into the workbook (all ticked at first)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export workbook"))
        labels = {
            "invitees": self.tr("Invitee lists (one sheet per list)"),
            "meetings": self.tr("Calendar of meetings"),
            "agenda": self.tr("Agenda items of every meeting"),
            "documents": self.tr("Document register"),
            "mandates": self.tr("Mandates of the work plan"),
        }
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Which sheets go into the workbook?"), self))
        self.boxes: dict[str, QCheckBox] = {}
        for sheet in SHEETS:
            box = QCheckBox(labels[sheet], self)
            box.setChecked(True)
            box.toggled.connect(self._update)
            layout.addWidget(box)
            self.boxes[sheet] = box
        self.buttons = ok_cancel_buttons(self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Export…"))
        layout.addWidget(self.buttons)

    def _update(self) -> None:
        self.ok_button.setEnabled(bool(self.sheets()))

    def choose(self, sheets: Sequence[str]) -> None:
        for sheet, box in self.boxes.items():
            box.setChecked(sheet in sheets)

    def sheets(self) -> list[str]:
        return [sheet for sheet, box in self.boxes.items() if box.isChecked()]


class ListChoiceDialog(QDialog):
    """The invitee list a workbook updates: an existing one, or a new name."""

    def __init__(
        self,
        file_name: str,
        list_names: Sequence[str],
        suggested: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import {file}").format(file=file_name))
        self.combo = QComboBox(self)
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.addItems(list(list_names))
        self.combo.setCurrentText(suggested or (list_names[0] if list_names else ""))
        self.combo.setMinimumContentsLength(40)
        explanation = QLabel(
            self.tr(
                "Rows are matched to the list's invitees by e-mail, else by name and "
                "organisation. Type a new name to make a new list. Nothing is written "
                "before you have seen what would change."
            ),
            self,
        )
        explanation.setWordWrap(True)
        self.buttons = ok_cancel_buttons(self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Preview…"))
        form = QFormLayout()
        form.addRow(self.tr("Invitee &list:"), self.combo)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.combo.editTextChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        self.ok_button.setEnabled(bool(self.list_name()))

    def list_name(self) -> str:
        return self.combo.currentText().strip()


class PreviewModel(QAbstractTableModel):
    """The rows of an import preview: errors first, then additions, updates, unchanged."""

    ROW, OUTCOME, NAME, DETAILS = range(4)
    ORDER = (ERROR, CREATE, UPDATE, UNCHANGED)

    def __init__(self, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        rank = {action: place for place, action in enumerate(self.ORDER)}
        self.results: list[RowResult] = sorted(plan.results, key=lambda r: (rank[r.action], r.row))
        self.headers = (self.tr("Row"), self.tr("Outcome"), self.tr("Name"), self.tr("Details"))
        self.field_labels = {
            "name": self.tr("Name"),
            "title": self.tr("Title"),
            "organization": self.tr("Organisation"),
            "country": self.tr("Country"),
            "category": self.tr("Category"),
            "email": self.tr("E-mail"),
            "phone": self.tr("Phone"),
            "status": self.tr("Status"),
            "role": self.tr("Role"),
        }
        self.outcomes = {
            ERROR: self.tr("Error"),
            CREATE: self.tr("Add"),
            UPDATE: self.tr("Update"),
            UNCHANGED: self.tr("Unchanged"),
        }

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.results)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.headers)
        ):
            return self.headers[section]
        return None

    def details(self, result: RowResult) -> str:
        if result.action == ERROR:
            return translated(result.problem) if result.problem else ""
        if result.changes:
            return "; ".join(
                self.tr("{field}: “{old}” → “{new}”").format(
                    field=self.field_labels.get(change.field, change.field),
                    old=change.old,
                    new=change.new,
                )
                for change in result.changes
            )
        return ""

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.results):
            return None
        result = self.results[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.ROW:
                return result.row
            if column == self.OUTCOME:
                return self.outcomes[result.action]
            if column == self.NAME:
                return result.name
            if column == self.DETAILS:
                return self.details(result)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ImportPreviewDialog(QDialog):
    """What the import would add, update and leave alone, and which rows are wrong."""

    def __init__(self, plan: ImportPlan, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(self.tr("Import {file}").format(file=file_name))
        errors = plan.count(ERROR)
        target = (
            self.tr("the list “{name}”") if plan.list_exists else self.tr("a new list “{name}”")
        ).format(name=plan.list_name)
        self.summary_label = QLabel(
            self.tr(
                "Sheet “{sheet}” (header on row {header}) into {target}: {created} to add, "
                "{updated} to update, {unchanged} unchanged, {errors} with errors."
            ).format(
                sheet=plan.sheet,
                header=plan.header_row,
                target=target,
                created=plan.count(CREATE),
                updated=plan.count(UPDATE),
                unchanged=plan.count(UNCHANGED),
                errors=errors,
            ),
            self,
        )
        self.summary_label.setWordWrap(True)
        notes = []
        if errors:
            notes.append(
                self.tr(
                    "Nothing can be imported until the rows with errors are corrected in the "
                    "workbook."
                )
            )
        if plan.untouched:
            notes.append(
                self.tr(
                    "{count} invitee(s) of the list are not in the workbook; they are left as "
                    "they are."
                ).format(count=plan.untouched)
            )
            shown = [
                self.tr("{name}: in the list, not in the file").format(name=missing.name)
                for missing in plan.missing[:MISSING_SHOWN]
            ]
            if len(plan.missing) > MISSING_SHOWN:
                shown.append("…")
            notes.extend(shown)
        if plan.ignored_headers:
            notes.append(
                self.tr("Columns ignored: {columns}.").format(
                    columns=", ".join(plan.ignored_headers)
                )
            )
        self.notes_label = QLabel("\n".join(notes), self)
        self.notes_label.setWordWrap(True)
        self.notes_label.setVisible(bool(notes))
        self.model = PreviewModel(plan, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.buttons = ok_cancel_buttons(self)
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.apply_button.setText(self.tr("Apply"))
        self.remove_missing_box = QCheckBox(
            self.tr("&Remove from the list the {count} invitee(s) not in the file").format(
                count=plan.untouched
            ),
            self,
        )
        self.remove_missing_box.setVisible(bool(plan.untouched))
        self.remove_missing_box.toggled.connect(self._update_apply)
        self._update_apply()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.remove_missing_box)
        layout.addWidget(self.table)
        layout.addWidget(self.buttons)
        self._fit_to_content()

    def remove_missing(self) -> bool:
        """Whether the chair chose to remove the invitees that are not in the file."""
        return bool(self.plan.untouched) and self.remove_missing_box.isChecked()

    def _update_apply(self) -> None:
        plan = self.plan
        changes = plan.count(CREATE) or plan.count(UPDATE) or self.remove_missing_box.isChecked()
        self.apply_button.setEnabled(not plan.count(ERROR) and bool(changes))

    def _fit_to_content(self) -> None:
        """As wide as the columns need and as tall as the rows, within the screen."""
        table = self.table
        sample = min(self.model.rowCount(), 200)
        header = table.horizontalHeader()
        for column in range(self.model.columnCount()):
            hint = header.sectionSizeHint(column)
            for row in range(sample):
                hint = max(hint, table.sizeHintForIndex(self.model.index(row, column)).width())
            table.setColumnWidth(column, hint + 12)
        width = sum(table.columnWidth(c) for c in range(self.model.columnCount()))
        width += table.frameWidth() * 2 + table.verticalScrollBar().sizeHint().width()
        rows = max(min(self.model.rowCount(), 25), 3)
        height = header.height() + rows * table.verticalHeader().defaultSectionSize()
        height += table.frameWidth() * 2
        screen = (self.screen() or QGuiApplication.primaryScreen()).availableGeometry()
        table.setMinimumSize(
            min(width, int(screen.width() * 0.8)), min(height, int(screen.height() * 0.6))
        )
        self.adjustSize()
