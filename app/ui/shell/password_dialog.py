"""The password of a team workspace, asked when the keyring has none and the server wants one.

Shown by the opener when the server says "no password supplied" (nothing in the
keyring, or no keyring on this computer) or refuses the password it was given. The
password goes to the server, and to the system keyring only when the person ticks the
box and the server has accepted it; never to the settings file.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.ui.common.submit_dialog import ERROR_STYLE


class PasswordDialog(QDialog):
    def __init__(
        self, parent: QWidget | None, user: str, workspace: str, *, refused: bool = False
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Password for {workspace}").format(workspace=workspace))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The server of the team workspace {workspace} asks for the password of {user}."
            ).format(workspace=workspace, user=user),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.refused_label = QLabel(
            self.tr("The server did not accept that password. Type it again."), self
        )
        self.refused_label.setStyleSheet(ERROR_STYLE)
        self.refused_label.setWordWrap(True)
        self.refused_label.setVisible(refused)
        layout.addWidget(self.refused_label)
        form = QFormLayout()
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&Password:"), self.password_edit)
        self.remember_box = QCheckBox(self.tr("&Remember in the system keyring"), self)
        self.remember_box.setChecked(True)
        form.addRow("", self.remember_box)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.password_edit.textChanged.connect(lambda text: self.ok_button.setEnabled(bool(text)))
        self.ok_button.setEnabled(False)
        self.password_edit.setFocus()

    def password(self) -> str:
        return self.password_edit.text()

    def remember(self) -> bool:
        return self.remember_box.isChecked()
