"""A dialog whose OK hands its values to a ``submit`` function and closes only if it worked.

Shared by the document, revision and mandate dialogs: ``submit`` is the page's undoable
command; a refusal from the services is shown inside the dialog, next to the field it
concerns, and the dialog stays open.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from app.services.errors import ServiceError, ValidationError
from app.ui.common.dialog_parts import ok_cancel_buttons
from app.ui.common.errors import error_text

Submit = Callable[[dict[str, Any]], Any]
ERROR_STYLE = "color: #b00020;"


class SubmitDialog(QDialog):
    """A dialog whose OK runs ``submit(values())`` and closes only if it succeeded."""

    def __init__(self, submit: Submit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._submit = submit
        self.result_value: Any = None
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        self.buttons = ok_cancel_buttons(self)
        #: Widgets to mark when the services refuse their field.
        self.field_widgets: dict[str, QWidget] = {}

    def values(self) -> dict[str, Any]:
        raise TypeError(f"{type(self).__name__} must define values()")

    def problem(self) -> str:
        """A message about input that is incomplete before asking the services, or ""."""
        return ""

    def show_message(self, text: str, field: str | None = None) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        for name, widget in self.field_widgets.items():
            widget.setStyleSheet("" if name != field else "border: 1px solid #b00020;")
        if field in self.field_widgets:
            self.field_widgets[field].setFocus()

    def update_ok(self) -> None:
        """Validate as the user types: say what is missing and keep OK disabled."""
        problem = self.problem()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)
        self.message.setStyleSheet("color: #5f6368;" if problem else ERROR_STYLE)
        self.message.setText(problem)
        self.message.setVisible(bool(problem))

    def accept(self) -> None:
        if self.problem():
            self.update_ok()
            return
        try:
            self.result_value = self._submit(self.values())
        except ValidationError as error:
            self.show_message(error_text(error), error.field)
            return
        except (ServiceError, OSError) as error:
            self.show_message(error_text(error))
            return
        super().accept()
