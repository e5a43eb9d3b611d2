"""Invitation settings: the organizer (in the workspace), the SMTP and CalDAV servers.

The organizer's name and address belong to the working group and are saved in the
workspace; server addresses, ports and user names are this computer's settings
(QSettings); the passwords go to the operating system's keyring and nowhere else.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.ui.common.context import WORKING_GROUP, AppContext
from app.ui.common.errors import show_error

SMTP_KEYS = ("Invitations/smtpHost", "Invitations/smtpPort", "Invitations/smtpSecurity")
SMTP_USER_KEY = "Invitations/smtpUser"
CALDAV_URL_KEY = "Invitations/caldavUrl"
CALDAV_USER_KEY = "Invitations/caldavUser"
EML_FOLDER_KEY = "Invitations/emlFolder"


@dataclass
class ServerSettings:
    """What this computer remembers of the servers (no passwords)."""

    smtp_host: str = ""
    smtp_port: int = 587
    smtp_security: str = "starttls"
    smtp_user: str = ""
    caldav_url: str = ""
    caldav_user: str = ""


def load_server_settings(context: AppContext) -> ServerSettings:
    def text(key: str, default: str = "") -> str:
        return str(context.setting(key, default) or default)

    try:
        port = int(context.setting(SMTP_KEYS[1], 587) or 587)
    except (TypeError, ValueError):
        port = 587
    return ServerSettings(
        smtp_host=text(SMTP_KEYS[0]),
        smtp_port=port,
        smtp_security=text(SMTP_KEYS[2], "starttls"),
        smtp_user=text(SMTP_USER_KEY),
        caldav_url=text(CALDAV_URL_KEY),
        caldav_user=text(CALDAV_USER_KEY),
    )


def save_server_settings(context: AppContext, values: ServerSettings) -> None:
    store = context.settings
    store.setValue(SMTP_KEYS[0], values.smtp_host)
    store.setValue(SMTP_KEYS[1], values.smtp_port)
    store.setValue(SMTP_KEYS[2], values.smtp_security)
    store.setValue(SMTP_USER_KEY, values.smtp_user)
    store.setValue(CALDAV_URL_KEY, values.caldav_url)
    store.setValue(CALDAV_USER_KEY, values.caldav_user)


class InvitationSettingsDialog(QDialog):
    """Organizer, SMTP server and CalDAV calendar in one place."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        from app.exchange import credentials
        from app.services.working_group import get_working_group

        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Invitation Settings"))
        self.setMinimumWidth(560)
        group = context.read(get_working_group)
        servers = load_server_settings(context)
        layout = QVBoxLayout(self)

        organizer = QGroupBox(self.tr("Organizer (saved in this workspace)"), self)
        form = QFormLayout(organizer)
        self.organizer_name = QLineEdit(group.organizer_name if group else "", organizer)
        self.organizer_email = QLineEdit(group.organizer_email if group else "", organizer)
        self.organizer_email.setPlaceholderText(self.tr("secretariat@example.org"))
        form.addRow(self.tr("&Name:"), self.organizer_name)
        form.addRow(self.tr("&E-mail (replies go here):"), self.organizer_email)
        layout.addWidget(organizer)

        smtp = QGroupBox(self.tr("Outgoing mail server (SMTP)"), self)
        form = QFormLayout(smtp)
        self.smtp_host = QLineEdit(servers.smtp_host, smtp)
        self.smtp_host.setPlaceholderText(self.tr("smtp.example.org"))
        self.smtp_port = QSpinBox(smtp)
        self.smtp_port.setRange(1, 65535)
        self.smtp_port.setValue(servers.smtp_port)
        self.smtp_security = QComboBox(smtp)
        for value, label in (
            ("starttls", self.tr("STARTTLS")),
            ("ssl", self.tr("SSL/TLS")),
            ("none", self.tr("None (a server on this computer only)")),
        ):
            self.smtp_security.addItem(label, value)
        self.smtp_security.setCurrentIndex(
            max(0, self.smtp_security.findData(servers.smtp_security))
        )
        self.smtp_user = QLineEdit(servers.smtp_user, smtp)
        self.smtp_password = QLineEdit(smtp)
        self.smtp_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.smtp_password.setPlaceholderText(
            self._kept(credentials.SMTP, servers.smtp_user, servers.smtp_host)
        )
        form.addRow(self.tr("&Server:"), self.smtp_host)
        form.addRow(self.tr("&Port:"), self.smtp_port)
        form.addRow(self.tr("&Security:"), self.smtp_security)
        form.addRow(self.tr("&User:"), self.smtp_user)
        form.addRow(self.tr("Pass&word:"), self.smtp_password)
        layout.addWidget(smtp)

        caldav = QGroupBox(self.tr("Calendar server (CalDAV) delegates subscribe to"), self)
        form = QFormLayout(caldav)
        self.caldav_url = QLineEdit(servers.caldav_url, caldav)
        self.caldav_url.setPlaceholderText(self.tr("https://calendar.example.org/dav/mispa/"))
        self.caldav_user = QLineEdit(servers.caldav_user, caldav)
        self.caldav_password = QLineEdit(caldav)
        self.caldav_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.caldav_password.setPlaceholderText(
            self._kept(credentials.CALDAV, servers.caldav_user, servers.caldav_url)
        )
        form.addRow(self.tr("Calendar &URL:"), self.caldav_url)
        form.addRow(self.tr("U&ser:"), self.caldav_user)
        form.addRow(self.tr("Passw&ord:"), self.caldav_password)
        layout.addWidget(caldav)

        note = QLabel(
            self.tr(
                "Passwords are kept in your system's keyring, never in the workspace or the "
                "settings file."
            ),
            self,
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _kept(self, service: str, user: str, server: str) -> str:
        """The password field's hint: whether the keyring holds one already."""
        from app.exchange import credentials

        if not user or not server:
            return ""
        try:
            found = credentials.get_password(service, user, server)
        except credentials.CredentialsError:
            return self.tr("no keyring on this computer: asked each time")
        if found:
            return self.tr("kept in the keyring (type to change)")
        return self.tr("not saved yet")

    def server_settings(self) -> ServerSettings:
        return ServerSettings(
            smtp_host=self.smtp_host.text().strip(),
            smtp_port=self.smtp_port.value(),
            smtp_security=str(self.smtp_security.currentData()),
            smtp_user=self.smtp_user.text().strip(),
            caldav_url=self.caldav_url.text().strip(),
            caldav_user=self.caldav_user.text().strip(),
        )

    def save(self) -> None:
        """Organizer to the workspace, servers to the settings, passwords to the keyring."""
        from app.exchange import credentials
        from app.services.working_group import save_working_group

        values = {
            "organizer_name": self.organizer_name.text().strip(),
            "organizer_email": self.organizer_email.text().strip(),
        }
        servers = self.server_settings()
        try:
            self.context.write(lambda session: save_working_group(session, values), {WORKING_GROUP})
            if self.smtp_password.text() and servers.smtp_user and servers.smtp_host:
                credentials.set_password(
                    credentials.SMTP,
                    servers.smtp_user,
                    servers.smtp_host,
                    self.smtp_password.text(),
                )
            if self.caldav_password.text() and servers.caldav_user and servers.caldav_url:
                credentials.set_password(
                    credentials.CALDAV,
                    servers.caldav_user,
                    servers.caldav_url,
                    self.caldav_password.text(),
                )
        except Exception as error:
            show_error(self, error, self.tr("Cannot save the invitation settings"))
            return
        save_server_settings(self.context, servers)
        self.accept()
