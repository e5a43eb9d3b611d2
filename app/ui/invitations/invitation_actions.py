"""The window's invitation actions: send, import replies (menu or drop), publish to CalDAV.

:func:`add_invitation_actions` is the hook the shell calls with File > Export and
File > Import; :func:`reply_files` tells the window which dropped files are replies.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QWidget,
)

from app.ui.common.context import INVITEES, AppContext
from app.ui.common.errors import show_error
from app.ui.common.operations import BackgroundOperation, Progress, run_in_background
from app.ui.invitations.settings_dialog import InvitationSettingsDialog, load_server_settings

REPLIES_FOLDER_KEY = "Invitations/repliesFolder"
#: A dropped .ics is a reply only if it says so in its first lines.
_SNIFF_BYTES = 64 * 1024


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def is_reply_file(path: Path) -> bool:
    """An .eml, or an .ics whose calendar says METHOD:REPLY."""
    suffix = path.suffix.lower()
    if suffix == ".eml":
        return True
    if suffix != ".ics":
        return False
    try:
        with open(path, "rb") as stream:
            head = stream.read(_SNIFF_BYTES)
    except OSError:
        return False
    return b"METHOD:REPLY" in head.upper()


def reply_files(paths: Sequence[Path]) -> list[Path]:
    return [path for path in paths if is_reply_file(path)]


# -- replies -----------------------------------------------------------------------------
def replies_text(report: Any) -> str:
    lines = [
        tr("{changed} changed, {tentative} tentative, {same} already applied or older, "
           "{unmatched} not matched.").format(
            changed=len(report.changed),
            tentative=len(report.tentative),
            same=len(report.unchanged) + len(report.older),
            unmatched=len(report.unmatched),
        )
    ]  # fmt: skip
    lines += [tr("Changed: {line}").format(line=line) for line in report.changed]
    lines += [tr("Tentative (status kept): {line}").format(line=line) for line in report.tentative]
    lines += [tr("Not matched: {line}").format(line=line) for line in report.unmatched]
    return "\n".join(lines)


def import_replies_from(
    parent: QWidget, context: AppContext, paths: Sequence[Path]
) -> BackgroundOperation | None:
    """Apply the replies in ``paths`` off the UI thread, then show what changed."""
    from app.exchange.replies import import_reply_files

    workspace = context.workspace
    if workspace is None:
        return None
    chosen = [Path(path) for path in paths]

    def work(_progress: Progress) -> Any:
        return import_reply_files(workspace, chosen)

    def done(report: Any) -> None:
        context.notify(INVITEES, replies_text(report).splitlines()[0])
        box = QMessageBox(
            QMessageBox.Icon.Information, tr("Replies"), replies_text(report), parent=parent
        )
        box.setObjectName("repliesReport")
        box.open()

    return run_in_background(
        parent,
        tr("Reading the replies…"),
        work,
        done,
        lambda error: show_error(parent, error, tr("Cannot import the replies")),
    )


def import_replies(parent: QWidget, context: AppContext) -> BackgroundOperation | None:
    if context.workspace is None:
        return None
    names, _ = QFileDialog.getOpenFileNames(
        parent,
        tr("Import replies to invitations"),
        str(context.setting(REPLIES_FOLDER_KEY, "") or ""),
        ";;".join((tr("Replies (*.ics *.eml)"), tr("All files (*)"))),
    )
    if not names:
        return None
    context.settings.setValue(REPLIES_FOLDER_KEY, str(Path(names[0]).parent))
    return import_replies_from(parent, context, [Path(name) for name in names])


# -- CalDAV ------------------------------------------------------------------------------
def publish(parent: QWidget, context: AppContext) -> BackgroundOperation | None:
    """Publish to the CalDAV calendar of the settings (asked for when none is set)."""
    from app.exchange import credentials
    from app.exchange.caldav_publish import CalDavSettings, publish_calendar

    workspace = context.workspace
    if workspace is None:
        return None
    servers = load_server_settings(context)
    if not servers.caldav_url:
        if (
            InvitationSettingsDialog(context, parent).exec()
            != InvitationSettingsDialog.DialogCode.Accepted
        ):
            return None
        servers = load_server_settings(context)
        if not servers.caldav_url:
            return None
    password = ""
    if servers.caldav_user:
        try:
            password = (
                credentials.get_password(
                    credentials.CALDAV, servers.caldav_user, servers.caldav_url
                )
                or ""
            )
        except credentials.CredentialsError as error:
            show_error(parent, error, tr("Cannot read the password"))
        if not password:
            password, ok = QInputDialog.getText(
                parent,
                tr("Calendar server password"),
                tr("Password for {user} on {url}:").format(
                    user=servers.caldav_user, url=servers.caldav_url
                ),
                QLineEdit.EchoMode.Password,
            )
            if not ok:
                return None
    settings = CalDavSettings(servers.caldav_url, servers.caldav_user, password)

    def work(progress: Progress) -> Any:
        return publish_calendar(workspace, settings, progress=progress.report)

    def done(report: Any) -> None:
        context.status_message.emit(
            tr("Published to {url}: {new} new, {updated} updated, {removed} removed, "
               "{same} unchanged.").format(
                url=report.url,
                new=len(report.created),
                updated=len(report.updated),
                removed=len(report.removed),
                same=report.unchanged,
            )
        )  # fmt: skip

    return run_in_background(
        parent,
        tr("Publishing the calendar…"),
        work,
        done,
        lambda error: show_error(parent, error, tr("Cannot publish the calendar")),
    )


def add_invitation_actions(
    window: QMainWindow, context: AppContext, export_menu: QMenu, import_menu: QMenu
) -> None:
    """File > Export: invitations, CalDAV; File > Import: replies."""
    from app.ui.invitations.send_dialog import send_invitations_dialog

    export_menu.addSeparator()
    send = export_menu.addAction(tr("Invitations by E-mail…"))
    send.setStatusTip(tr("Send a meeting's invitations (or its cancellation) to its invitees"))
    send.triggered.connect(lambda _checked=False: send_invitations_dialog(window, context))
    caldav = export_menu.addAction(tr("Calendar to a CalDAV Server"))
    caldav.setStatusTip(tr("Update the calendar delegates subscribe to"))
    caldav.triggered.connect(lambda _checked=False: publish(window, context))
    settings = export_menu.addAction(tr("Invitation Settings…"))
    settings.setStatusTip(tr("The organizer, the mail server and the calendar server"))
    settings.triggered.connect(
        lambda _checked=False: InvitationSettingsDialog(context, window).open()
    )
    replies = import_menu.addAction(tr("Replies to Invitations…"))
    replies.setStatusTip(tr("Accepted and declined replies update the invitee lists"))
    replies.triggered.connect(lambda _checked=False: import_replies(window, context))
