"""The chair and the vice chairs, with whom each represents."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.ui.shell.working_group.section import GroupSection

NAME, REPRESENTING = range(2)


class OfficersSection(GroupSection):
    """The chair on two lines, the vice chairs in a small table with Add and Remove."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chair_edit = self.line(self.tr("&Chair:"), 300, self.tr("e.g. Colonel Mitchell"))
        self.chair_representing_edit = self.line(
            self.tr("Chair &represents:"),
            500,
            self.tr("e.g. Alternate Representative of Trinidad and Tobago to the OAS"),
        )
        self.vice_table = QTableWidget(0, 2, self)
        self.vice_table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Represents")])
        header = self.vice_table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(REPRESENTING, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(NAME, 200)
        self.vice_table.verticalHeader().hide()
        self.vice_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.vice_table.itemChanged.connect(lambda _item: self.edited.emit())
        self.add_button = QPushButton(self.tr("&Add Vice Chair"), self)
        self.remove_button = QPushButton(self.tr("Re&move Vice Chair"), self)
        self.add_button.clicked.connect(self.add_vice_chair)
        self.remove_button.clicked.connect(self.remove_vice_chair)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.form.addRow(self.tr("Vice chairs:"), self.vice_table)
        self.form.addRow("", buttons)
        #: Election dates are kept as they were: the dialog does not edit them.
        self._elected: dict[str, Any] = {}

    def title(self) -> str:
        return self.tr("Chair and vice chairs")

    def add_vice_chair(self, name: str = "", representing: str = "") -> None:
        row = self.vice_table.rowCount()
        self.vice_table.insertRow(row)
        self.vice_table.setItem(row, NAME, QTableWidgetItem(name))
        self.vice_table.setItem(row, REPRESENTING, QTableWidgetItem(representing))
        if not name:
            self.vice_table.setCurrentCell(row, NAME)
            self.vice_table.editItem(self.vice_table.item(row, NAME))
        self.edited.emit()

    def remove_vice_chair(self) -> None:
        row = self.vice_table.currentRow()
        if row >= 0:
            self.vice_table.removeRow(row)
            self.edited.emit()

    def set_values(self, values: Mapping[str, Any]) -> None:
        officers = list(values.get("officers") or [])
        self._elected = {o["name"]: o.get("elected_on") for o in officers}
        chair = next((o for o in officers if str(o["role"]) == "chair"), None)
        self.chair_edit.setText(chair["name"] if chair else "")
        self.chair_representing_edit.setText(chair["representing"] if chair else "")
        self.vice_table.setRowCount(0)
        for officer in officers:
            if str(officer["role"]) != "chair":
                self.add_vice_chair(officer["name"], officer["representing"])

    def _text(self, row: int, column: int) -> str:
        item = self.vice_table.item(row, column)
        return item.text().strip() if item is not None else ""

    def values(self) -> dict[str, Any]:
        officers = []
        chair = self.chair_edit.text().strip()
        if chair:
            officers.append(
                {
                    "role": "chair",
                    "name": chair,
                    "representing": self.chair_representing_edit.text().strip(),
                }
            )
        for row in range(self.vice_table.rowCount()):
            if self._text(row, NAME):
                officers.append(
                    {
                        "role": "vice_chair",
                        "name": self._text(row, NAME),
                        "representing": self._text(row, REPRESENTING),
                    }
                )
        for officer in officers:
            officer["elected_on"] = self._elected.get(officer["name"])
        return {"officers": officers}

    def problem(self) -> str:
        if self.chair_representing_edit.text().strip() and not self.chair_edit.text().strip():
            return self.tr("Give the chair's name, or clear whom the chair represents.")
        return ""
