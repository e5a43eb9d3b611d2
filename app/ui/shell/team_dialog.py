"""File ▸ Open Team Workspace: where the secretariat's shared workspace lives.

Host, port, database, user and the TLS mode make the ``postgresql://`` URL the window
remembers; a password typed here goes to the operating system's keyring (when asked,
when there is one, and once the server has accepted it), never to the settings file.
"""

from __future__ import annotations

from urllib.parse import parse_qs, quote, urlsplit

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

SSL_MODES = ("prefer", "require", "verify-ca", "verify-full", "disable")


class TeamWorkspaceDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, last_url: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open Team Workspace"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "A workspace the secretariat shares on a PostgreSQL server. Ask your IT "
                "department for these details; an empty database becomes a new workspace."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.host_edit = QLineEdit(self)
        self.host_edit.setPlaceholderText("db.example.org")
        self.port_spin = QSpinBox(self)
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(5432)
        self.database_edit = QLineEdit(self)
        self.user_edit = QLineEdit(self)
        self.ssl_combo = QComboBox(self)
        self.ssl_combo.addItems(SSL_MODES)
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("leave empty to use the saved one"))
        self.remember_box = QCheckBox(self.tr("Keep the password in this computer's keyring"))
        self.remember_box.setChecked(True)
        form.addRow(self.tr("Server:"), self.host_edit)
        form.addRow(self.tr("Port:"), self.port_spin)
        form.addRow(self.tr("Database:"), self.database_edit)
        form.addRow(self.tr("User:"), self.user_edit)
        form.addRow(self.tr("Encryption (sslmode):"), self.ssl_combo)
        form.addRow(self.tr("Password:"), self.password_edit)
        form.addRow("", self.remember_box)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for edit in (self.host_edit, self.database_edit, self.user_edit):
            edit.textChanged.connect(self._update_ok)
        self._fill(last_url)
        self._update_ok()

    def _fill(self, url: str) -> None:
        if not url:
            return
        parts = urlsplit(url)
        self.host_edit.setText(parts.hostname or "")
        self.port_spin.setValue(parts.port or 5432)
        self.database_edit.setText(parts.path.lstrip("/"))
        self.user_edit.setText(parts.username or "")
        mode = parse_qs(parts.query).get("sslmode", ["prefer"])[0]
        if mode in SSL_MODES:
            self.ssl_combo.setCurrentText(mode)

    def _update_ok(self) -> None:
        filled = all(
            edit.text().strip() for edit in (self.host_edit, self.database_edit, self.user_edit)
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Open).setEnabled(filled)

    def url(self) -> str:
        """The workspace's URL, without the password."""
        user = quote(self.user_edit.text().strip(), safe="")
        database = quote(self.database_edit.text().strip(), safe="")
        host = self.host_edit.text().strip()
        query = f"?sslmode={self.ssl_combo.currentText()}"
        if self.ssl_combo.currentText() == "prefer":
            query = ""
        return f"postgresql://{user}@{host}:{self.port_spin.value()}/{database}{query}"

    def password_for_this_session(self) -> str | None:
        """The password typed, for opening now."""
        return self.password_edit.text() or None

    def remember_password(self) -> bool:
        """Whether to keep the typed password in the keyring once the server accepted it."""
        return self.remember_box.isChecked()
