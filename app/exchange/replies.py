"""Reading delegates' replies: .ics files with METHOD:REPLY, or the e-mails that carry one.

Every file is read and checked before anything is applied: a file that is not a
reply (no METHOD:REPLY, no attendee, a damaged calendar, an e-mail without a
calendar part) is named with what is wrong, and nothing from any file is applied
until the chair removes or replaces it.
"""

from __future__ import annotations

import email
import re
from collections.abc import Iterable
from datetime import UTC, datetime
from email.policy import default
from pathlib import Path

from icalendar import Event

from app.exchange.ics_read import CalendarFileError, parse_calendar, read_calendar_file
from app.messages import Message, Messages
from app.services.errors import ServiceError
from app.services.replies import Reply, ReplyReport, apply_replies
from app.store import Workspace

REPLY_SUFFIXES = (".ics", ".eml")
_METHOD = re.compile(r"^METHOD:([A-Za-z-]+)\s*$", re.MULTILINE)
_CALENDAR_TYPES = ("text/calendar", "application/ics", "application/octet-stream")
#: Stamp of a reply without DTSTAMP: older than any stamped one.
_NO_STAMP = datetime(1970, 1, 1, tzinfo=UTC)


class ReplyFileError(ServiceError):
    """One or more files are not replies; nothing was applied."""


def _calendar_in_mail(data: bytes, name: str) -> bytes:
    message = email.message_from_bytes(data, policy=default)
    for part in message.walk():
        filename = (part.get_filename() or "").lower()
        if part.get_content_type() in _CALENDAR_TYPES[:2] or (
            part.get_content_type() == _CALENDAR_TYPES[2] and filename.endswith(".ics")
        ):
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes) and payload.strip():
                return payload
    raise CalendarFileError(
        Messages.tr(
            "{file} is an e-mail without a calendar reply in it. Drop the reply e-mail "
            "(“Accepted: ...”, “Declined: ...”) or its .ics attachment instead.",
            file=name,
        )
    )


def _text(event: Event, name: str) -> str:
    return str(event.get(name, "") or "").strip()


def _replies_in(event: Event, name: str) -> list[Reply]:
    uid = _text(event, "UID")
    if not uid:
        raise CalendarFileError(
            Messages.tr("{file}: the reply names no meeting (it has no UID).", file=name)
        )
    try:
        sequence = max(0, int(event.get("SEQUENCE", 0)))
    except (TypeError, ValueError):
        raise CalendarFileError(
            Messages.tr("{file}: its SEQUENCE is not a number.", file=name)
        ) from None
    stamp = event.get("DTSTAMP")
    stamped_at = _NO_STAMP
    if stamp is not None and isinstance(stamp.dt, datetime):
        value = stamp.dt
        stamped_at = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    attendees = event.get("ATTENDEE")
    if attendees is None:
        raise CalendarFileError(
            Messages.tr("{file}: the reply has no ATTENDEE, so it answers for nobody.", file=name)
        )
    if not isinstance(attendees, list):
        attendees = [attendees]
    replies = []
    for attendee in attendees:
        address = str(attendee).strip()
        if address.lower().startswith("mailto:"):
            address = address[len("mailto:") :]
        if "@" not in address:
            raise CalendarFileError(
                Messages.tr(
                    "{file}: the attendee “{attendee}” is not an address.",
                    file=name,
                    attendee=attendee,
                )
            )
        replies.append(
            Reply(
                source=name,
                uid=uid,
                email=address.strip().lower(),
                partstat=str(attendee.params.get("PARTSTAT", "NEEDS-ACTION")).upper(),
                sequence=sequence,
                stamped_at=stamped_at,
                name=str(attendee.params.get("CN", "")),
                comment=_text(event, "COMMENT"),
            )
        )
    return replies


def read_reply(data: bytes, name: str) -> list[Reply]:
    """The answers in one file's bytes (.ics or .eml), or a CalendarFileError."""
    looks_like_mail = not data.lstrip().upper().startswith(b"BEGIN:VCALENDAR")
    calendar = _calendar_in_mail(data, name) if looks_like_mail else data
    events = parse_calendar(calendar, name)
    text = calendar.decode("utf-8", "replace")
    methods = {found.upper() for found in _METHOD.findall(text)}
    if methods != {"REPLY"}:
        said = ", ".join(sorted(methods)) or "none"
        raise CalendarFileError(
            Messages.tr(
                "{file} is not a reply to an invitation (its METHOD is {method}, not REPLY). "
                "To add meetings from a calendar use Import ▸ Calendar instead.",
                file=name,
                method=said,
            )
        )
    return [reply for event in events for reply in _replies_in(event, name)]


def read_reply_files(paths: Iterable[Path]) -> list[Reply]:
    """Every answer in ``paths``; refuses all of them if any file is not a reply."""
    replies: list[Reply] = []
    problems: list[Message] = []
    for path in paths:
        path = Path(path)
        try:
            replies += read_reply(read_calendar_file(path), path.name)
        except CalendarFileError as exc:
            problems.append(exc.explanation)
        except FileNotFoundError:
            problems.append(Messages.tr("{file}: no such file.", file=path))
        except OSError as exc:
            problems.append(Messages.tr("{file}: {reason}.", file=path, reason=exc.strerror or exc))
    if problems:
        raise ReplyFileError(
            Messages.tr(
                "Nothing was imported: {problems} Remove or replace these files and import the "
                "replies again.",
                problems=Message.joined(problems),
            )
        )
    return replies


class _DryRun(Exception):
    def __init__(self, report: ReplyReport) -> None:
        super().__init__("dry run")
        self.report = report


def import_reply_files(
    workspace: Workspace, paths: Iterable[Path], *, dry_run: bool = False
) -> ReplyReport:
    """Apply the replies in ``paths`` in one transaction (rolled back on ``dry_run``)."""
    return apply_reply_list(workspace, read_reply_files(paths), dry_run=dry_run)


def apply_reply_list(
    workspace: Workspace, replies: list[Reply], *, dry_run: bool = False
) -> ReplyReport:
    """Apply replies already read, in one transaction (rolled back on ``dry_run``)."""
    try:
        with workspace.writing() as session:
            report = apply_replies(session, replies)
            if dry_run:
                raise _DryRun(report)
    except _DryRun as stopped:
        return stopped.report
    return report
