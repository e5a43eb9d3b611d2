"""The dialog that names a new invitee list, or renames one; it refuses a name already taken."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)


class ListDialog(QDialog):
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

        self.name_edit = QLineEdit(name)
        self.name_edit.setPlaceholderText(self.tr("e.g. MISPA III - list of observers"))
        self.description_edit = QPlainTextEdit(description)
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Description:"), self.description_edit)

        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet("color: #b3261e;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)
        self.name_edit.textChanged.connect(self._check)
        self._check()

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

    def _check(self) -> None:
        problem = self.problem()
        self.message_label.setText(problem)
        self.message_label.setVisible(bool(problem))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def accept(self) -> None:
        if self.problem():
            return
        super().accept()
