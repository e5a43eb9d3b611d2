"""``chairdesk invite``, ``chairdesk publish`` and ``chairdesk import replies``.

Passwords come from the operating system's keyring (service "Chairdesk SMTP" or
"Chairdesk CalDAV", account "user@host"); when none is kept there and the command
runs in a terminal, it asks once and keeps the answer in the keyring.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from app.cli.errors import EXIT_ERROR, EXIT_OK, CommandError, fail
from app.cli.locations import workspace_location
from app.store import open_workspace


def register(commands: argparse._SubParsersAction) -> None:
    invite = commands.add_parser(
        "invite",
        help="send a meeting's invitations (or its cancellation) by e-mail, or as .eml files",
        description="Send the meeting's iTIP invitation to everyone on the lists it invites "
        "who does not have this version yet (a cancelled meeting: its cancellation). Each "
        "message is recorded as it goes: run it again after a stop to send the rest.",
    )
    invite.add_argument("workspace", type=workspace_location)
    invite.add_argument(
        "--meeting",
        type=int,
        required=True,
        action="append",
        dest="meetings",
        metavar="ID",
        help="the meeting to invite to (repeat for a selection of meetings)",
    )
    way = invite.add_mutually_exclusive_group(required=True)
    way.add_argument("--smtp", metavar="HOST[:PORT]", help="your mail server")
    way.add_argument(
        "--eml-dir", type=Path, metavar="DIR", help="write one .eml file per message instead"
    )
    invite.add_argument("--smtp-user", metavar="USER", default="", help="log in as this user")
    security = invite.add_mutually_exclusive_group()
    security.add_argument(
        "--starttls", dest="security", action="store_const", const="starttls",
        help="STARTTLS (the default; port 587)",
    )  # fmt: skip
    security.add_argument(
        "--ssl", dest="security", action="store_const", const="ssl", help="SSL (port 465)"
    )
    security.add_argument(
        "--plain", dest="security", action="store_const", const="none",
        help="no encryption (only for a server on this computer)",
    )  # fmt: skip
    invite.add_argument(
        "--per-delegation",
        action="store_true",
        help="one message per delegation (all its addresses) instead of one per address",
    )
    invite.add_argument("--dry-run", action="store_true", help="say what would be sent only")
    invite.set_defaults(run=run_invite, security="starttls")

    publish = commands.add_parser(
        "publish",
        help="publish the calendar to a CalDAV server delegates subscribe to",
        description="Bring the CalDAV calendar at URL in line with the workspace's meetings: "
        "one resource per meeting, changed ones updated, deleted ones removed.",
    )
    publish.add_argument("workspace", type=workspace_location)
    publish.add_argument("url", help="the calendar's URL on the CalDAV server")
    publish.add_argument("--user", default="", help="log in as this user")
    publish.set_defaults(run=run_publish)


def register_import(sources: argparse._SubParsersAction) -> None:
    replies = sources.add_parser(
        "replies",
        help="delegates' replies (.ics METHOD:REPLY or .eml) into the invitee lists",
        description="Accepted -> confirmed, declined -> declined, tentative reported apart; "
        "the same or an older reply changes nothing.",
    )
    replies.add_argument("workspace", type=workspace_location)
    replies.add_argument("files", type=Path, nargs="+", metavar="FILE")
    replies.add_argument("--dry-run", action="store_true", help="show what would change only")
    replies.set_defaults(run=run_import_replies)


def password_for(service: str, user: str, server: str) -> str:
    """The keyring's password, or one typed now (and then kept in the keyring)."""
    from app.exchange import credentials

    if not user:
        return ""
    try:
        found = credentials.get_password(service, user, server)
    except credentials.CredentialsError as exc:
        found, unavailable = None, str(exc)
    else:
        unavailable = ""
    if found is not None:
        return found
    if not sys.stdin.isatty():
        raise CommandError(
            f"No password for {user} on {server} in the system keyring. Run the command once "
            "in a terminal to type it (it is then kept in the keyring), or save it in the "
            f"window's settings. {unavailable}".strip()
        )
    typed = getpass.getpass(f"Password for {user} on {server}: ")
    if not unavailable:
        try:
            credentials.set_password(service, user, server, typed)
        except credentials.CredentialsError as exc:
            print(str(exc), file=sys.stderr)
    return typed


def _smtp_settings(options: argparse.Namespace) -> object:
    from app.exchange import credentials
    from app.exchange.mail_transport import DEFAULT_PORTS, SmtpSettings

    host, _, port_text = options.smtp.strip().rpartition(":")
    if not host:
        host, port_text = port_text, ""
    try:
        port = int(port_text) if port_text else DEFAULT_PORTS[options.security]
    except ValueError:
        raise CommandError(
            f"--smtp {options.smtp}: the port must be a number, e.g. --smtp mail.example.org:587."
        ) from None
    password = password_for(credentials.SMTP, options.smtp_user, host)
    return SmtpSettings(host, port, options.security, options.smtp_user, password)


def run_invite(options: argparse.Namespace) -> int:
    from app.exchange.invitation_send import send_invitations
    from app.exchange.mail_transport import EmlFolder, SmtpTransport

    if options.eml_dir is not None:
        transport: EmlFolder | SmtpTransport = EmlFolder(options.eml_dir)
        if not options.dry_run:
            transport.open()
    else:
        transport = SmtpTransport(_smtp_settings(options))  # type: ignore[arg-type]
    workspace = open_workspace(options.workspace, create=False)
    try:
        for meeting_id in dict.fromkeys(options.meetings):
            report = send_invitations(
                workspace,
                meeting_id,
                transport,
                per_delegation=options.per_delegation,
                dry_run=options.dry_run,
            )
            for line in report.lines():
                print(line)
            if report.stopped:
                fail("sending stopped before the end; run the same command again to send the rest.")
                return EXIT_ERROR
    finally:
        workspace.close()
    return EXIT_OK


def run_publish(options: argparse.Namespace) -> int:
    from app.exchange import credentials
    from app.exchange.caldav_publish import CalDavSettings, check_url, publish_calendar

    url = check_url(options.url)
    password = password_for(credentials.CALDAV, options.user, url)
    workspace = open_workspace(options.workspace, create=False)
    try:
        report = publish_calendar(workspace, CalDavSettings(url, options.user, password))
    finally:
        workspace.close()
    for line in report.lines():
        print(line)
    return EXIT_OK


def run_import_replies(options: argparse.Namespace) -> int:
    from app.exchange.replies import apply_reply_list, read_reply_files

    # The files are read and checked first: a bad file changes nothing, not even the schema.
    replies = read_reply_files(options.files)
    workspace = open_workspace(options.workspace, create=False)
    try:
        report = apply_reply_list(workspace, replies, dry_run=options.dry_run)
    finally:
        workspace.close()
    for line in report.lines():
        print(line)
    if options.dry_run:
        print("Dry run: nothing was changed.")
    return EXIT_OK
