"""Delegates' replies to invitations: their list entries become confirmed or declined.

A reply is matched to a meeting by UID and to invitees by e-mail address (the
entries of that contact on the lists the meeting invites). The newest reply
applied per meeting and address is kept, so the same reply again, or an older
one (lower SEQUENCE, or the same SEQUENCE and an earlier DTSTAMP), changes
nothing. TENTATIVE is recorded and reported apart; the list's status stays.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import (
    Contact,
    InvitationReply,
    InvitationStatus,
    ListEntry,
    Meeting,
    meeting_invitee_lists,
)
from app.services.invitees import set_statuses

STATUS_OF = {"ACCEPTED": InvitationStatus.CONFIRMED, "DECLINED": InvitationStatus.DECLINED}
ANSWERS = ("ACCEPTED", "DECLINED", "TENTATIVE")


@dataclass(frozen=True)
class Reply:
    """One attendee's answer, as a reply file states it."""

    source: str  # the file it came from, for the report
    uid: str
    email: str
    partstat: str
    sequence: int
    stamped_at: datetime
    name: str = ""
    comment: str = ""


@dataclass
class ReplyReport:
    changed: list[str] = field(default_factory=list)
    tentative: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    older: list[str] = field(default_factory=list)
    unmatched: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        lines = [f"Changed: {line}" for line in self.changed]
        lines += [f"Tentative (status kept): {line}" for line in self.tentative]
        lines += [f"Already applied: {line}" for line in self.unchanged]
        lines += [f"Older than a reply already applied, ignored: {line}" for line in self.older]
        lines += [f"Not matched: {line}" for line in self.unmatched]
        counts = (
            f"{len(self.changed)} changed, {len(self.tentative)} tentative, "
            f"{len(self.unchanged) + len(self.older)} already applied or older, "
            f"{len(self.unmatched)} not matched."
        )
        return [*lines, counts]


def _entries_of(session: Session, meeting_id: int, email: str) -> list[tuple[int, str]]:
    """(entry id, contact name) of ``email`` on the lists the meeting invites."""
    rows = session.execute(
        select(ListEntry.id, Contact.name)
        .join(Contact, Contact.id == ListEntry.contact_id)
        .join(meeting_invitee_lists, meeting_invitee_lists.c.list_id == ListEntry.list_id)
        .where(
            meeting_invitee_lists.c.meeting_id == meeting_id,
            func.lower(Contact.email) == email,
        )
    )
    return [(row.id, row.name) for row in rows]


def _is_newer(reply: Reply, applied: InvitationReply) -> bool | None:
    """True newer, False older, None the same reply."""
    mine = (reply.sequence, reply.stamped_at)
    theirs = (applied.sequence, applied.stamped_at)
    if mine == theirs:
        return None
    return mine > theirs


def apply_replies(session: Session, replies: Iterable[Reply]) -> ReplyReport:
    """Apply each reply in the order of its stamps; see the module's docstring."""
    report = ReplyReport()
    ordered = sorted(replies, key=lambda reply: (reply.sequence, reply.stamped_at))
    for reply in ordered:
        email = reply.email.strip().lower()
        who = f"{reply.name or email} <{email}>" if reply.name else email
        meeting = session.scalar(select(Meeting).where(Meeting.uid == reply.uid))
        if meeting is None:
            report.unmatched.append(
                f"{reply.source}: {who} answered a meeting this workspace does not hold "
                f"(UID {reply.uid}). Was it sent from another workspace?"
            )
            continue
        title = meeting.title
        if reply.partstat not in ANSWERS:
            report.unmatched.append(
                f"{reply.source}: {who} on “{title}”: the answer “{reply.partstat}” is not "
                "accepted, declined or tentative."
            )
            continue
        entries = _entries_of(session, meeting.id, email)
        if not entries:
            report.unmatched.append(
                f"{reply.source}: {who} on “{title}”: no invitee with this address is on the "
                "lists the meeting invites. Add the address to the invitee, then import again."
            )
            continue
        applied = session.scalar(
            select(InvitationReply).where(
                InvitationReply.meeting_id == meeting.id, InvitationReply.email == email
            )
        )
        label = f"{entries[0][1]} ({email}) on “{title}”: {reply.partstat.lower()}"
        if applied is not None:
            newer = _is_newer(reply, applied)
            if newer is None:
                report.unchanged.append(label)
                continue
            if not newer:
                report.older.append(label)
                continue
        else:
            applied = InvitationReply(meeting_id=meeting.id, email=email)
            session.add(applied)
        applied.partstat = reply.partstat
        applied.sequence = reply.sequence
        applied.stamped_at = reply.stamped_at
        applied.comment = reply.comment
        session.flush()
        status = STATUS_OF.get(reply.partstat)
        if status is None:
            report.tentative.append(label)
            continue
        if set_statuses(session, {entry_id: status for entry_id, _name in entries}):
            report.changed.append(label)
        else:
            report.unchanged.append(label)
    return report


def tentative_replies(session: Session, meeting_id: int) -> list[str]:
    """Addresses whose newest reply to the meeting is TENTATIVE."""
    return list(
        session.scalars(
            select(InvitationReply.email)
            .where(
                InvitationReply.meeting_id == meeting_id,
                InvitationReply.partstat == "TENTATIVE",
            )
            .order_by(InvitationReply.email)
        )
    )
