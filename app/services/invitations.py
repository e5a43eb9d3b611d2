"""Who a meeting invites, and the record of what was sent to whom.

Sending is resumable because every delivered message is recorded here (one
transaction per message) before the next one goes: a run that stops halfway,
whatever the reason, is continued by running it again, and the addresses already
recorded at the same SEQUENCE and channel are skipped.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from app.messages import Messages
from app.models import (
    Contact,
    ContactCategory,
    InvitationStatus,
    InviteeList,
    Language,
    ListEntry,
    Meeting,
    MeetingStatus,
    SentInvitation,
    StatusChange,
    meeting_invitee_lists,
    utcnow,
)
from app.services import validate
from app.services.errors import ValidationError
from app.services.working_group import get_working_group

REQUEST = "REQUEST"
CANCEL = "CANCEL"
CHANNELS = ("smtp", "eml")


@dataclass(frozen=True)
class InvitedList:
    id: int
    name: str


def set_invited_lists(session: Session, meeting_id: int, list_ids: Iterable[int]) -> None:
    """The invitee lists ``meeting_id`` invites, replacing the ones it invited before."""
    validate.get(session, Meeting, meeting_id, "meeting")
    wanted = sorted(set(list_ids))
    for list_id in wanted:
        validate.get(session, InviteeList, list_id, "invitee list")
    session.execute(
        delete(meeting_invitee_lists).where(meeting_invitee_lists.c.meeting_id == meeting_id)
    )
    if wanted:
        session.execute(
            insert(meeting_invitee_lists),
            [{"meeting_id": meeting_id, "list_id": list_id} for list_id in wanted],
        )
    session.flush()


def invited_lists(session: Session, meeting_id: int) -> list[InvitedList]:
    rows = session.execute(
        select(InviteeList.id, InviteeList.name)
        .join(meeting_invitee_lists, meeting_invitee_lists.c.list_id == InviteeList.id)
        .where(meeting_invitee_lists.c.meeting_id == meeting_id)
        .order_by(InviteeList.name)
    )
    return [InvitedList(row.id, row.name) for row in rows]


@dataclass
class Recipient:
    """One address a meeting's invitation goes to: a contact on one or more invited lists."""

    email: str
    name: str
    organization: str
    language: Language
    role: str
    category: str
    contact_id: int
    entry_ids: list[int] = field(default_factory=list)

    @property
    def required(self) -> bool:
        """Member states take part (REQ-PARTICIPANT); the others are invited to attend."""
        return self.category == ContactCategory.MEMBER_STATE

    @property
    def delegation(self) -> str:
        """What groups recipients into one message per delegation."""
        return self.organization.strip().casefold() or self.email


@dataclass
class Invitees:
    recipients: list[Recipient]
    #: Names of invited contacts without an e-mail address: they get no invitation.
    without_email: list[str]


def invitees_of(session: Session, meeting_id: int) -> Invitees:
    """Everyone on the lists the meeting invites, one recipient per address, by name."""
    rows = session.execute(
        select(
            ListEntry.id,
            ListEntry.role,
            Contact.id.label("contact_id"),
            Contact.name,
            Contact.organization,
            Contact.email,
            Contact.preferred_language,
            Contact.category,
        )
        .join(Contact, Contact.id == ListEntry.contact_id)
        .join(meeting_invitee_lists, meeting_invitee_lists.c.list_id == ListEntry.list_id)
        .where(meeting_invitee_lists.c.meeting_id == meeting_id)
        .order_by(Contact.name, ListEntry.id)
    )
    by_email: dict[str, Recipient] = {}
    without: dict[int, str] = {}
    for row in rows:
        address = row.email.strip().lower()
        if not address:
            without.setdefault(row.contact_id, row.name)
            continue
        recipient = by_email.get(address)
        if recipient is None:
            recipient = by_email[address] = Recipient(
                email=address,
                name=row.name,
                organization=row.organization,
                language=Language(row.preferred_language),
                role=row.role,
                category=row.category,
                contact_id=row.contact_id,
            )
        recipient.entry_ids.append(row.id)
    return Invitees(list(by_email.values()), list(without.values()))


@dataclass(frozen=True)
class Organizer:
    name: str
    email: str


def organizer(session: Session) -> Organizer:
    """The secretariat's name and address from the working group's settings."""
    group = get_working_group(session)
    if group is None or not group.organizer_email:
        raise ValidationError(
            "organizer_email",
            Messages.tr(
                "Invitations need the secretariat's e-mail address (the organizer, to whom "
                "replies go). Enter it in the working group's settings first."
            ),
        )
    return Organizer(group.organizer_name or group.short_name or group.name, group.organizer_email)


def method_for(meeting: Meeting) -> str:
    return CANCEL if meeting.status == MeetingStatus.CANCELLED else REQUEST


@dataclass(frozen=True)
class SendingPlan:
    meeting_id: int
    method: str
    sequence: int
    content_hash: str
    channel: str
    #: Addresses that already have this message (sent before a stop): skipped.
    already_sent: frozenset[str]


def plan_sending(
    session: Session, meeting_id: int, method: str, content_hash: str, channel: str
) -> SendingPlan:
    """The SEQUENCE to send at, and who already has it.

    The same content by the same method as the newest message sent keeps that
    message's SEQUENCE (a resumed or extended run); anything else goes out above
    everything sent before, and never below the meeting's own SEQUENCE.
    """
    if channel not in CHANNELS:
        raise ValidationError(
            "channel", Messages.tr("Unknown way of sending “{channel}”.", channel=channel)
        )
    meeting = validate.get(session, Meeting, meeting_id, "meeting")
    last = session.execute(
        select(SentInvitation.sequence, SentInvitation.method, SentInvitation.content_hash)
        .where(SentInvitation.meeting_id == meeting_id)
        .order_by(SentInvitation.sequence.desc(), SentInvitation.id.desc())
        .limit(1)
    ).first()
    if last is not None and last.method == method and last.content_hash == content_hash:
        sequence = max(last.sequence, meeting.sequence)
    elif last is not None:
        sequence = max(last.sequence + 1, meeting.sequence)
    else:
        sequence = meeting.sequence
    sent = session.scalars(
        select(SentInvitation.email).where(
            SentInvitation.meeting_id == meeting_id,
            SentInvitation.method == method,
            SentInvitation.sequence == sequence,
            SentInvitation.channel == channel,
        )
    )
    return SendingPlan(meeting_id, method, sequence, content_hash, channel, frozenset(sent))


def ever_requested(session: Session, meeting_id: int) -> set[str]:
    """Addresses that were sent an invitation to the meeting: those a cancellation goes to."""
    return set(
        session.scalars(
            select(SentInvitation.email).where(
                SentInvitation.meeting_id == meeting_id, SentInvitation.method == REQUEST
            )
        )
    )


def record_sent(
    session: Session,
    plan: SendingPlan,
    recipients: Iterable[Recipient],
    message_id: str = "",
) -> int:
    """Record one delivered message; entries still "to invite" become "invited" today.

    Also raises the meeting's SEQUENCE to the one sent, so that the published
    calendar never looks older to a client than the invitation it holds.
    Returns how many entries changed status.
    """
    now = utcnow()
    group = list(recipients)
    session.execute(
        insert(SentInvitation),
        [
            {
                "meeting_id": plan.meeting_id,
                "email": recipient.email,
                "method": plan.method,
                "sequence": plan.sequence,
                "content_hash": plan.content_hash,
                "channel": plan.channel,
                "message_id": message_id,
                "sent_at": now,
            }
            for recipient in group
        ],
    )
    session.execute(
        update(Meeting)
        .where(Meeting.id == plan.meeting_id, Meeting.sequence < plan.sequence)
        .values(sequence=plan.sequence, version=Meeting.version + 1, updated_at=now)
        .execution_options(synchronize_session=False)
    )
    if plan.method != REQUEST:
        return 0
    entry_ids = [entry for recipient in group for entry in recipient.entry_ids]
    # One statement that changes only entries still "to invite" and says which it changed.
    invited = session.scalars(
        update(ListEntry)
        .where(ListEntry.id.in_(entry_ids), ListEntry.status == InvitationStatus.TO_INVITE)
        .values(
            status=InvitationStatus.INVITED,
            status_changed_at=now,
            version=ListEntry.version + 1,
        )
        .returning(ListEntry.id)
        .execution_options(synchronize_session=False)
    ).all()
    if invited:
        session.execute(
            insert(StatusChange),
            [
                {"entry_id": entry_id, "status": InvitationStatus.INVITED, "changed_at": now}
                for entry_id in invited
            ],
        )
    return len(invited)


def sent_count(session: Session, meeting_id: int) -> int:
    return session.scalar(
        select(func.count())
        .select_from(SentInvitation)
        .where(SentInvitation.meeting_id == meeting_id)
    )
