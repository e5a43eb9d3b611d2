"""One tab of the Working group dialog: a form over some of the group's values."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget


class GroupSection(QWidget):
    """A form that shows and edits some of the values ``services.working_group.save_group``
    takes. A subclass lays its fields out in ``self.form`` and defines ``title``,
    ``set_values``, ``values`` and, when a value can be wrong, ``problem``."""

    #: Any field changed: the dialog checks ``problem()`` again.
    edited = Signal()

    # Each section defines these.
    title: Callable[[], str]
    set_values: Callable[[Mapping[str, Any]], None]
    values: Callable[[], dict[str, Any]]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

    def problem(self) -> str:
        """Why the values cannot be saved yet, or ""."""
        return ""

    def line(self, label: str, max_length: int, placeholder: str = "") -> QLineEdit:
        """A one-line text field added to the form under ``label``."""
        edit = QLineEdit(self)
        edit.setMaxLength(max_length)
        edit.setPlaceholderText(placeholder)
        edit.textChanged.connect(self.edited)
        self.form.addRow(label, edit)
        return edit
