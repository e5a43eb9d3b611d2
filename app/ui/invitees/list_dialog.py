"""The dialog that names a new invitee list, or renames one; it refuses a name already taken."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from app.ui.common.dialog_parts import CheckedDialog, stack


class ListDialog(CheckedDialog):
    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        name: str = "",
        description: str = "",
        taken: Iterable[str] = (),
        renaming: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rename list") if renaming else self.tr("New invitee list"))
        self.setMinimumWidth(440)
        self._taken = {other.strip() for other in taken if other.strip() != name.strip()}

        self.name_edit = QLineEdit(name, self)
        self.name_edit.setPlaceholderText(self.tr("e.g. MISPA III - list of observers"))
        self.description_edit = QPlainTextEdit(description, self)
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Description:"), self.description_edit)

        self.make_buttons()
        stack(self, form, self.message_label, self.buttons)
        self.name_edit.textChanged.connect(self.show_problem)
        self.show_problem()

    def name(self) -> str:
        return self.name_edit.text().strip()

    def description(self) -> str:
        return self.description_edit.toPlainText().strip()

    def problem(self) -> str:
        name = self.name()
        if not name:
            return self.tr("Enter a name for the list.")
        if name in self._taken:
            return self.tr("There is already a list called “{name}”. Choose another name.").format(
                name=name
            )
        if len(name) > 300:
            return self.tr("The name is too long (at most 300 characters).")
        return ""
