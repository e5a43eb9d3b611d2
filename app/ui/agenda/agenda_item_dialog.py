"""Dialogs of the agenda page: add or edit an item, and record its outcome."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import time
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from app.ui.common import meeting_labels as labels
from app.ui.common.dialog_parts import (
    CheckedDialog,
    combo,
    ok_cancel_buttons,
    stack,
    time_edit,
    to_time,
)

#: The statuses an outcome can have: what the meeting did with the item.
OUTCOMES = ("considered", "approved", "deferred", "withdrawn")


def text_box(parent: QWidget, text: str, lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit(text, parent)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(box.fontMetrics().lineSpacing() * lines + 12)
    return box


class ItemDialog(CheckedDialog):
    """Add an item (no ``values``) or edit one (``values`` from ``item_values``)."""

    def __init__(
        self, parent: QWidget | None = None, values: Mapping[str, Any] | None = None
    ) -> None:
        super().__init__(parent)
        editing = values is not None
        values = dict(values or {})
        self.setWindowTitle(self.tr("Edit agenda item") if editing else self.tr("New agenda item"))

        self.title_edit = QLineEdit(values.get("title", ""), self)
        self.title_edit.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)
        self.title_edit.setCursorPosition(0)
        self.title_edit.setPlaceholderText(self.tr("e.g. Consideration of the draft work plan"))
        self.kind_combo = combo(self, labels.item_kinds(), values.get("kind") or "consideration")
        pillars = {"": self.tr("(none)"), **labels.pillars()}
        self.pillar_combo = combo(self, pillars, values.get("pillar") or "")
        self.responsible_edit = QLineEdit(values.get("responsible", ""), self)
        self.responsible_edit.setPlaceholderText(self.tr("e.g. Chair of the Working Group"))
        planned: time | None = values.get("planned_start")
        self.fixed_start_box = QCheckBox(self.tr("At a fixed time:"), self)
        self.fixed_start_box.setChecked(planned is not None)
        self.start_edit = time_edit(self, planned or time(10, 0))
        self.duration_spin = QSpinBox(self)
        self.duration_spin.setRange(0, 24 * 60)
        self.duration_spin.setSingleStep(5)
        self.duration_spin.setSuffix(self.tr(" min"))
        self.duration_spin.setSpecialValueText(self.tr("not set"))
        self.duration_spin.setValue(values.get("duration_minutes") or 0)
        self.status_combo = combo(self, labels.item_statuses(), values.get("status") or "pending")
        self.decision_edit = text_box(self, values.get("decision", ""), 3)
        self.make_buttons(self.tr("Save") if editing else self.tr("Add item"))

        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Kind:"), self.kind_combo)
        form.addRow(self.tr("&Pillar:"), self.pillar_combo)
        form.addRow(self.tr("&Responsible:"), self.responsible_edit)
        start = QHBoxLayout()
        start.addWidget(self.fixed_start_box)
        start.addWidget(self.start_edit)
        start.addStretch(1)
        form.addRow(self.tr("Planned start:"), start)
        form.addRow(self.tr("D&uration:"), self.duration_spin)
        form.addRow(self.tr("&Status:"), self.status_combo)
        form.addRow(self.tr("&Decision:"), self.decision_edit)
        for widget in (self.kind_combo, self.status_combo, self.duration_spin):
            widget.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        stack(self, form, self.message_label, self.buttons)

        self.title_edit.textChanged.connect(self._validate)
        self.fixed_start_box.toggled.connect(self._validate)
        self._validate()

    def problem(self) -> str:
        if not self.title_edit.text().strip():
            return self.tr("Give the item a title.")
        return ""

    def _validate(self) -> None:
        self.start_edit.setEnabled(self.fixed_start_box.isChecked())
        self.show_problem()

    def values(self) -> dict[str, Any]:
        """The item's values, as ``add_item`` and ``update_item`` take them."""
        return {
            "title": self.title_edit.text().strip(),
            "kind": self.kind_combo.currentData(),
            "pillar": self.pillar_combo.currentData() or None,
            "responsible": self.responsible_edit.text().strip(),
            "planned_start": to_time(self.start_edit.time())
            if self.fixed_start_box.isChecked()
            else None,
            "duration_minutes": self.duration_spin.value() or None,
            "status": self.status_combo.currentData(),
            "decision": self.decision_edit.toPlainText().strip(),
        }


class OutcomeDialog(QDialog):
    """What the meeting did with an item, and the decision it took."""

    def __init__(self, parent: QWidget | None, title: str, status: str, decision: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record outcome"))
        heading = QLabel(title, self)
        heading.setWordWrap(True)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        outcomes = {value: labels.item_statuses()[value] for value in OUTCOMES}
        self.status_combo: QComboBox = combo(
            self, outcomes, status if status in OUTCOMES else "approved"
        )
        self.decision_edit = text_box(self, decision, 5)
        self.decision_edit.setPlaceholderText(
            self.tr(
                "e.g. The Working Group approved the draft work plan with the changes proposed."
            )
        )
        self.buttons = ok_cancel_buttons(self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record"))
        form = QFormLayout()
        form.addRow(self.tr("&Outcome:"), self.status_combo)
        form.addRow(self.tr("&Decision:"), self.decision_edit)
        stack(self, heading, form, self.buttons)
        self.setMinimumWidth(460)

    def status(self) -> str:
        return self.status_combo.currentData()

    def decision(self) -> str:
        return self.decision_edit.toPlainText().strip()
