"""The dialog to add a mandate to the work plan."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from app.models.enums import MandateStatus
from app.ui.common.delegates.date_editor import OptionalDateEdit
from app.ui.common.dialog_parts import stack
from app.ui.common.submit_dialog import Submit, SubmitDialog
from app.ui.workplan.mandates_model import mandate_status_labels


class MandateDialog(SubmitDialog):
    def __init__(
        self,
        submit: Submit,
        parent: QWidget | None = None,
        *,
        resolutions: Mapping[str, str] | None = None,
        areas: Sequence[str] = (),
    ) -> None:
        super().__init__(submit, parent)
        self.setWindowTitle(self.tr("Add mandate"))
        self.setMinimumWidth(560)

        self.resolution = QComboBox(self)
        self.resolution.setEditable(True)
        self._titles = dict(resolutions or {})
        self.resolution.addItems(list(self._titles))
        self.resolution.lineEdit().setPlaceholderText(self.tr("e.g. AG/RES. 2629 (XLI-O/11)"))
        self.resolution_title = QLineEdit(self)
        self.text = QPlainTextEdit(self)
        self.text.setPlaceholderText(self.tr("What the resolution asks, as worded in it."))
        self.text.setMinimumHeight(100)
        self.area = QComboBox(self)
        self.area.setEditable(True)
        self.area.addItems(list(areas))
        self.area.setCurrentText("")
        self.status = QComboBox(self)
        for status, label in mandate_status_labels().items():
            self.status.addItem(label, str(status))
        self.status.setCurrentIndex(self.status.findData(str(MandateStatus.PENDING)))
        self.due = OptionalDateEdit(self)

        form = QFormLayout()
        form.addRow(self.tr("&Resolution:"), self.resolution)
        form.addRow(self.tr("Resolution &title:"), self.resolution_title)
        form.addRow(self.tr("&Mandate:"), self.text)
        form.addRow(self.tr("&Area responsible:"), self.area)
        form.addRow(self.tr("&Status:"), self.status)
        form.addRow(self.tr("&Due date:"), self.due)
        self.field_widgets = {
            "resolution": self.resolution,
            "resolution_title": self.resolution_title,
            "text": self.text,
            "area_responsible": self.area,
            "status": self.status,
            "due_date": self.due,
        }
        stack(self, form, self.message, self.buttons)

        self.resolution.currentTextChanged.connect(self._fill_title)
        self.resolution.currentTextChanged.connect(self.update_ok)
        self._fill_title(self.resolution.currentText())
        self.text.textChanged.connect(self.update_ok)
        self.update_ok()

    def _fill_title(self, resolution: str) -> None:
        """A resolution already in the work plan brings its title along."""
        known = self._titles.get(resolution.strip())
        if known is not None:
            self.resolution_title.setText(known)
            self.resolution_title.setCursorPosition(0)

    def problem(self) -> str:
        if not self.resolution.currentText().strip():
            return self.tr("Enter the resolution that gives the mandate.")
        if not self.text.toPlainText().strip():
            return self.tr("Enter the text of the mandate.")
        return ""

    def values(self) -> dict[str, Any]:
        return {
            "resolution": self.resolution.currentText().strip(),
            "resolution_title": self.resolution_title.text().strip(),
            "text": self.text.toPlainText().strip(),
            "area_responsible": self.area.currentText().strip(),
            "status": self.status.currentData(),
            "due_date": self.due.value(),
        }
