"""Invitations in the window: settings, sending with progress, replies dropped, publishing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from app.exchange import credentials
from app.models import Contact, InvitationStatus, ListEntry, Meeting
from app.store import backup_file
from app.ui.invitations.invitation_actions import publish
from app.ui.invitations.send_dialog import SendInvitationsDialog
from app.ui.invitations.settings_dialog import InvitationSettingsDialog, load_server_settings
from tests.exchange.invitation_support import prepare
from tests.exchange.loopback import (
    PASSWORD,
    USER,
    RadicaleServer,
    SmtpServer,
    memory_keyring,
)
from tests.exchange.test_replies import reply_ics
from tests.ui.shell.test_main_window import drop
from tests.ui.shell_support import OFFSCREEN_SIZE_HINTS, start

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_SIZE_HINTS, "This plugin does not support raise")


@pytest.fixture(autouse=True)
def keyring_in_memory() -> Iterator[None]:
    yield from memory_keyring()


def statuses(workspace) -> dict[str, InvitationStatus]:
    with workspace.reading() as session:
        rows = session.execute(select(Contact.email, ListEntry.status).join(ListEntry.contact))
        return {email.lower(): status for email, status in rows if email}


def test_settings_keep_the_organizer_in_the_workspace_and_passwords_in_the_keyring(
    qtbot, app_context, settings
) -> None:
    dialog = InvitationSettingsDialog(app_context)
    qtbot.addWidget(dialog)
    dialog.organizer_name.setText("MISPA III Secretariat")
    dialog.organizer_email.setText("secretariat@oas.example")
    dialog.smtp_host.setText("smtp.oas.example")
    dialog.smtp_user.setText("secretariat")
    dialog.smtp_password.setText("hunter2")
    dialog.save()

    from app.services.working_group import get_working_group

    group = app_context.read(get_working_group)
    assert (group.organizer_name, group.organizer_email) == (
        "MISPA III Secretariat",
        "secretariat@oas.example",
    )
    assert load_server_settings(app_context).smtp_host == "smtp.oas.example"
    assert (
        credentials.get_password(credentials.SMTP, "secretariat", "smtp.oas.example") == "hunter2"
    )
    settings.sync()
    assert "hunter2" not in Path(settings.fileName()).read_text(encoding="utf-8")


def test_send_dialog_sends_with_progress_and_marks_the_entries_invited(
    qtbot, app_context, demo_workspace
) -> None:
    meeting_id = prepare(demo_workspace, addresses=3)
    app_context.set_current_meeting(meeting_id)
    with SmtpServer() as smtp:
        app_context.settings.setValue("Invitations/smtpHost", "127.0.0.1")
        app_context.settings.setValue("Invitations/smtpPort", smtp.port)
        app_context.settings.setValue("Invitations/smtpSecurity", "none")
        app_context.settings.setValue("Invitations/smtpUser", USER)
        credentials.set_password(credentials.SMTP, USER, "127.0.0.1", PASSWORD)
        dialog = SendInvitationsDialog(app_context)
        qtbot.addWidget(dialog)
        assert dialog.meeting_id() == meeting_id
        assert dialog.by_smtp.isChecked()
        assert "3 address(es)" in dialog.summary.text()

        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.report is not None, timeout=20000)
        assert dialog.report.sent == 3
        assert len(smtp.inbox.messages) == 3
    assert sum(s == InvitationStatus.INVITED for s in statuses(demo_workspace).values()) == 3
    dialog.result_box.close()


def test_unticking_the_list_leaves_the_meeting_with_nobody_to_invite(
    qtbot, app_context, demo_workspace
) -> None:
    meeting_id = prepare(demo_workspace, addresses=3)
    app_context.set_current_meeting(meeting_id)
    dialog = SendInvitationsDialog(app_context)
    qtbot.addWidget(dialog)
    dialog.lists.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert "0 address(es)" in dialog.summary.text()
    from app.services.invitations import invited_lists

    assert app_context.read(lambda s: invited_lists(s, meeting_id)) == []


def test_replies_dropped_on_the_window_update_the_list(
    qtbot, settings, tmp_path, demo_template
) -> None:
    path = tmp_path / "MISPA III.chairdesk"
    backup_file(demo_template, path)
    from app.store import open_workspace

    workspace = open_workspace(path)
    meeting_id = prepare(workspace, addresses=2)
    with workspace.reading() as session:
        uid = session.get(Meeting, meeting_id).uid
    workspace.close()
    accepted = tmp_path / "accepted.ics"
    accepted.write_text(reply_ics(uid, "delegate1@mission1.example", "ACCEPTED"), newline="")
    declined = tmp_path / "declined.ics"
    declined.write_text(reply_ics(uid, "delegate2@mission2.example", "DECLINED"), newline="")

    window = start(qtbot, settings, tmp_path / "data", str(path))
    drop(window, [accepted, declined])
    qtbot.waitUntil(
        lambda: window.findChild(QMessageBox, "repliesReport") is not None, timeout=10000
    )
    report = window.findChild(QMessageBox, "repliesReport")
    assert report.text().startswith("2 changed")
    found = statuses(window.context.workspace)
    assert found["delegate1@mission1.example"] == InvitationStatus.CONFIRMED
    assert found["delegate2@mission2.example"] == InvitationStatus.DECLINED
    report.close()


def test_publish_from_the_window(qtbot, app_context, tmp_path) -> None:
    with RadicaleServer(tmp_path) as radicale:
        url = radicale.make_calendar("window")
        app_context.settings.setValue("Invitations/caldavUrl", url)
        app_context.settings.setValue("Invitations/caldavUser", USER)
        credentials.set_password(credentials.CALDAV, USER, url, PASSWORD)
        messages: list[str] = []
        app_context.status_message.connect(messages.append)
        operation = publish(None, app_context)
        assert operation is not None
        qtbot.waitUntil(lambda: any("Published" in m for m in messages), timeout=20000)
    assert "5 new" in messages[-1]
