"""File > Export > Invitations by E-mail: choose the meeting, its lists and the way out, send.

Sending runs off the UI thread with a progress bar; Cancel stops after the message
being sent, and every message sent is already recorded, so sending again later
finishes the run without sending anything twice.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.common.context import INVITEES, MEETINGS, AppContext
from app.ui.common.errors import show_error, translated
from app.ui.common.operations import BackgroundOperation, Progress, run_in_background
from app.ui.invitations.settings_dialog import (
    EML_FOLDER_KEY,
    InvitationSettingsDialog,
    load_server_settings,
)


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


class SendInvitationsDialog(QDialog):
    """Which meeting, which lists, SMTP or .eml files, one message per address or delegation."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        from app.services.invitees import list_summaries
        from app.services.meeting_rows import list_meetings

        super().__init__(parent)
        self.context = context
        self.operation: BackgroundOperation | None = None
        self.report: Any = None
        self.setWindowTitle(self.tr("Send Invitations"))
        language = context.language
        meetings = context.read(lambda session: list_meetings(session, language=language))
        lists = context.read(list_summaries)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.meeting = QComboBox(self)
        for row in meetings:
            status = "" if row.status.value != "cancelled" else self.tr(" (cancelled)")
            self.meeting.addItem(f"{row.date:%Y-%m-%d}  {row.title}{status}", row.id)
        current = self.meeting.findData(context.current_meeting_id)
        self.meeting.setCurrentIndex(max(current, 0))
        form.addRow(self.tr("&Meeting:"), self.meeting)
        self.lists = QListWidget(self)
        for summary in lists:
            item = QListWidgetItem(
                self.tr("{name} ({count} entries)").format(
                    name=summary.name, count=summary.entry_count
                ),
                self.lists,
            )
            item.setData(Qt.ItemDataRole.UserRole, summary.id)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.lists.setMaximumHeight(110)
        form.addRow(self.tr("&Invites the lists:"), self.lists)
        layout.addLayout(form)

        self.organizer = QLabel(self)
        self.organizer.setWordWrap(True)
        settings_button = QPushButton(self.tr("Se&ttings…"), self)
        settings_button.clicked.connect(self.edit_settings)
        row = QHBoxLayout()
        row.addWidget(self.organizer, 1)
        row.addWidget(settings_button)
        layout.addLayout(row)

        self.by_smtp = QRadioButton(self)
        self.by_eml = QRadioButton(
            self.tr("Write .eml &files to open and send from Outlook:"), self
        )
        self.eml_folder = QLineEdit(str(context.setting(EML_FOLDER_KEY, "") or ""), self)
        choose = QPushButton(self.tr("Choose…"), self)
        choose.clicked.connect(self.choose_folder)
        layout.addWidget(self.by_smtp)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.by_eml)
        folder_row.addWidget(self.eml_folder, 1)
        folder_row.addWidget(choose)
        layout.addLayout(folder_row)
        self.per_delegation = QCheckBox(
            self.tr("One message per &delegation (all its addresses) instead of one per address"),
            self,
        )
        layout.addWidget(self.per_delegation)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.send_button = self.buttons.addButton(
            self.tr("&Send"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.rejected.connect(self.reject)
        self.send_button.clicked.connect(self.send)
        layout.addWidget(self.buttons)

        self.meeting.currentIndexChanged.connect(self.refresh)
        self.lists.itemChanged.connect(self._lists_changed)
        self.refresh()

    # -- state -------------------------------------------------------------------------
    def meeting_id(self) -> int | None:
        value = self.meeting.currentData()
        return int(value) if value is not None else None

    def checked_lists(self) -> list[int]:
        return [
            int(self.lists.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.lists.count())
            if self.lists.item(row).checkState() == Qt.CheckState.Checked
        ]

    def refresh(self) -> None:
        """Show the meeting's lists, the organizer, the SMTP server and who gets what."""
        from app.services import invitations
        from app.services.working_group import get_working_group

        meeting_id = self.meeting_id()
        invited = (
            {
                found.id
                for found in self.context.read(lambda s: invitations.invited_lists(s, meeting_id))
            }
            if meeting_id is not None
            else set()
        )
        self.lists.blockSignals(True)
        for row in range(self.lists.count()):
            item = self.lists.item(row)
            on = item.data(Qt.ItemDataRole.UserRole) in invited
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.lists.blockSignals(False)
        group = self.context.read(get_working_group)
        if group is not None and group.organizer_email:
            self.organizer.setText(
                self.tr("From: {name} <{email}> (replies go there)").format(
                    name=group.organizer_name or group.name, email=group.organizer_email
                )
            )
        else:
            self.organizer.setText(
                self.tr("Enter the secretariat's e-mail address (the organizer) in Settings first.")
            )
        servers = load_server_settings(self.context)
        if servers.smtp_host:
            self.by_smtp.setText(
                self.tr("Send through the mail server {host}:{port}").format(
                    host=servers.smtp_host, port=servers.smtp_port
                )
            )
        else:
            self.by_smtp.setText(self.tr("Send through your mail server (set it in Settings)"))
        if not self.by_eml.isChecked():
            self.by_smtp.setChecked(bool(servers.smtp_host))
            self.by_eml.setChecked(not servers.smtp_host)
        self._count(meeting_id)

    def _count(self, meeting_id: int | None) -> None:
        from app.services import invitations

        if meeting_id is None:
            self.summary.setText(self.tr("There are no meetings to invite to."))
            self.send_button.setEnabled(False)
            return
        people = self.context.read(lambda s: invitations.invitees_of(s, meeting_id))
        self.summary.setText(
            self.tr(
                "{count} address(es) on the chosen lists; {missing} invitee(s) without an "
                "e-mail address get no invitation."
            ).format(count=len(people.recipients), missing=len(people.without_email))
        )
        self.send_button.setEnabled(bool(people.recipients) or bool(self.checked_lists()))

    def _lists_changed(self) -> None:
        from app.services import invitations

        meeting_id = self.meeting_id()
        if meeting_id is None:
            return
        chosen = self.checked_lists()
        try:
            self.context.write(
                lambda s: invitations.set_invited_lists(s, meeting_id, chosen), {MEETINGS}
            )
        except Exception as error:
            show_error(self, error, self.tr("Cannot change the invited lists"))
        self._count(meeting_id)

    def edit_settings(self) -> None:
        if InvitationSettingsDialog(self.context, self).exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the .eml files"), self.eml_folder.text()
        )
        if folder:
            self.eml_folder.setText(folder)
            self.by_eml.setChecked(True)

    # -- sending -----------------------------------------------------------------------
    def transport(self) -> Any:
        """The transport chosen, or None (the user was told why)."""
        from app.exchange import credentials
        from app.exchange.mail_transport import EmlFolder, SmtpSettings, SmtpTransport

        if self.by_eml.isChecked():
            folder = self.eml_folder.text().strip()
            if not folder or not Path(folder).is_dir():
                QMessageBox.warning(
                    self,
                    self.tr("Choose a folder"),
                    self.tr("Choose an existing folder for the .eml files."),
                )
                return None
            self.context.settings.setValue(EML_FOLDER_KEY, folder)
            return EmlFolder(Path(folder))
        servers = load_server_settings(self.context)
        if not servers.smtp_host:
            self.edit_settings()
            servers = load_server_settings(self.context)
            if not servers.smtp_host:
                return None
        password = ""
        if servers.smtp_user:
            try:
                password = (
                    credentials.get_password(credentials.SMTP, servers.smtp_user, servers.smtp_host)
                    or ""
                )
            except credentials.CredentialsError as error:
                show_error(self, error, self.tr("Cannot read the password"))
            if not password:
                password, ok = QInputDialog.getText(
                    self,
                    self.tr("Mail server password"),
                    self.tr("Password for {user} on {host}:").format(
                        user=servers.smtp_user, host=servers.smtp_host
                    ),
                    QLineEdit.EchoMode.Password,
                )
                if not ok:
                    return None
        return SmtpTransport(
            SmtpSettings(
                servers.smtp_host,
                servers.smtp_port,
                servers.smtp_security,
                servers.smtp_user,
                password,
            )
        )

    def send(self) -> None:
        from app.exchange.invitation_send import send_invitations

        meeting_id = self.meeting_id()
        workspace = self.context.workspace
        if meeting_id is None or workspace is None:
            return
        transport = self.transport()
        if transport is None:
            return
        per_delegation = self.per_delegation.isChecked()

        def work(progress: Progress) -> Any:
            def report(done: int, total: int) -> None:
                if not progress.cancelled:
                    progress.report(done, total)

            return send_invitations(
                workspace,
                meeting_id,
                transport,
                per_delegation=per_delegation,
                progress=report,
                should_stop=lambda: progress.cancelled,
            )

        self.operation = run_in_background(
            self,
            self.tr("Sending invitations…"),
            work,
            self._sent,
            lambda error: show_error(self, error, self.tr("Cannot send the invitations")),
        )

    def _sent(self, report: Any) -> None:
        self.report = report
        self.context.notify({INVITEES, MEETINGS}, sent_text(report).splitlines()[0])
        trouble = bool(report.stopped or report.refused)
        icon = QMessageBox.Icon.Warning if trouble else QMessageBox.Icon.Information
        box = QMessageBox(icon, self.tr("Invitations"), sent_text(report), parent=self)
        box.open()
        self.result_box = box
        self.refresh()


def sent_text(report: Any) -> str:
    """What a run did, in the window's language; the server's own words follow as given."""
    if report.method == "CANCEL":
        head = tr(
            "“{meeting}”: the cancellation (sequence {sequence}) went out in {sent} of "
            "{planned} message(s)."
        )
    else:
        head = tr(
            "“{meeting}”: the invitation (sequence {sequence}) went out in {sent} of "
            "{planned} message(s)."
        )
    lines = [
        head.format(
            meeting=report.meeting_title,
            sequence=report.sequence,
            sent=report.sent,
            planned=report.planned,
        )
    ]  # fmt: skip
    if report.invited:
        lines.append(tr("{count} list entries are now “invited”.").format(count=report.invited))
    if report.already_sent:
        lines.append(
            tr("{count} address(es) already had this version; not sent again.").format(
                count=report.already_sent
            )
        )
    if report.without_email:
        lines.append(
            tr("{count} invitee(s) have no e-mail address and got no invitation.").format(
                count=len(report.without_email)
            )
        )
    refused = [translated(why) for why in report.explained_refused] or report.refused
    lines += [tr("Not delivered: {reason}").format(reason=reason) for reason in refused]
    if report.explained_stop is not None:
        lines.append(translated(report.explained_stop))
    elif report.stopped:
        lines.append(report.stopped)
    return "\n".join(lines)


def send_invitations_dialog(parent: QWidget, context: AppContext) -> SendInvitationsDialog | None:
    if context.workspace is None:
        return None
    dialog = SendInvitationsDialog(context, parent)
    dialog.open()
    return dialog
