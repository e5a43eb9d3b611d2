"""Send one meeting's invitations (or its cancellation): plan, deliver, record, one by one.

Each message is recorded in the workspace as soon as the transport accepted it
(one transaction per message), before the next one is built: a run stopped by the
user, a dropped connection or a crash loses nothing and sends nothing twice, and
running it again sends only what is missing.
"""

from __future__ import annotations

import email.message
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from app.exchange.invitation_mail import Envelope, invitation_message
from app.exchange.itip import Attendee, MeetingEvent, meeting_events
from app.exchange.mail_transport import DeliveryError, Transport
from app.messages import Message, Messages
from app.models import Language, Meeting
from app.services import invitations
from app.services.errors import NotFoundError, ValidationError
from app.services.invitations import CANCEL, Organizer, Recipient, SendingPlan
from app.services.working_group import get_working_group
from app.store import Workspace

Progress = Callable[[int, int], None]
ShouldStop = Callable[[], bool]


@dataclass
class SendReport:
    meeting_title: str
    method: str
    sequence: int
    #: Messages this run is to send (after leaving out those already sent).
    planned: int = 0
    sent: int = 0
    #: Addresses that already had this version of the invitation.
    already_sent: int = 0
    without_email: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    #: ``refused`` as messages the window translates.
    explained_refused: list[Message] = field(default_factory=list)
    invited: int = 0
    dry_run: bool = False
    #: Why the run stopped before the end (cancelled, connection dropped), or "".
    stopped: str = ""
    #: ``stopped`` as a message the window translates, or None.
    explained_stop: Message | None = None

    def refuse(self, why: Message) -> None:
        self.refused.append(str(why))
        self.explained_refused.append(why)

    def stop(self, why: Message) -> None:
        self.stopped = str(why)
        self.explained_stop = why

    def lines(self) -> list[str]:
        what = "cancellation" if self.method == CANCEL else "invitation"
        head = f"{self.meeting_title}: {what} (SEQUENCE {self.sequence})"
        if self.dry_run:
            lines = [f"{head}: would send {self.planned} message(s). Nothing was sent."]
        else:
            lines = [f"{head}: sent {self.sent} of {self.planned} message(s)."]
            if self.invited:
                lines.append(f"{self.invited} list entr(ies) marked invited.")
        if self.already_sent:
            lines.append(f"{self.already_sent} address(es) already had it; not sent again.")
        if self.without_email:
            lines.append(
                f"{len(self.without_email)} invitee(s) have no e-mail address and get no "
                f"invitation: {', '.join(self.without_email[:10])}"
                + (" ..." if len(self.without_email) > 10 else "")
            )
        lines += [f"Not delivered: {reason}" for reason in self.refused]
        if self.stopped:
            lines.append(self.stopped)
        return lines


@dataclass(frozen=True)
class Outgoing:
    """One message to send: its recipients (one address, or a delegation's)."""

    recipients: tuple[Recipient, ...]


def _groups(recipients: list[Recipient], per_delegation: bool) -> list[Outgoing]:
    if not per_delegation:
        return [Outgoing((recipient,)) for recipient in recipients]
    by_delegation: dict[str, list[Recipient]] = {}
    for recipient in recipients:
        by_delegation.setdefault(recipient.delegation, []).append(recipient)
    return [Outgoing(tuple(members)) for members in by_delegation.values()]


@dataclass
class _Prepared:
    event: MeetingEvent
    plan: SendingPlan
    organizer: Organizer
    group_name: str
    short_name: str
    pending: list[Outgoing]
    previously: set[str]
    report: SendReport


def _prepare(
    workspace: Workspace, meeting_id: int, channel: str, per_delegation: bool
) -> _Prepared:
    with workspace.reading() as session:
        events = meeting_events(session, [meeting_id])
        if not events:
            raise NotFoundError(
                Messages.tr("There is no meeting with id {id} in this workspace.", id=meeting_id)
            )
        event = events[0]
        organizer = invitations.organizer(session)
        group = get_working_group(session)
        meeting = session.get(Meeting, meeting_id)
        assert meeting is not None
        method = invitations.method_for(meeting)
        plan = invitations.plan_sending(session, meeting_id, method, event.content_hash(), channel)
        invitees = invitations.invitees_of(session, meeting_id)
        previously = invitations.ever_requested(session, meeting_id)
        if not invitations.invited_lists(session, meeting_id):
            raise ValidationError(
                "lists",
                Messages.tr(
                    "“{title}” invites no invitee list yet. Choose the list(s) it invites "
                    "in the meeting's invitations, then send again.",
                    title=event.title,
                ),
            )
    recipients = invitees.recipients
    if method == CANCEL:
        # A cancellation goes to everyone who was invited, still on a list or not.
        known = {recipient.email: recipient for recipient in recipients}
        recipients = [
            known.get(email) or Recipient(email, email, "", Language.EN, "", "", 0)
            for email in sorted(previously)
        ]
    pending_people = [r for r in recipients if r.email not in plan.already_sent]
    report = SendReport(
        event.title,
        method,
        plan.sequence,
        already_sent=len(recipients) - len(pending_people),
        without_email=invitees.without_email if method != CANCEL else [],
    )
    pending = _groups(pending_people, per_delegation)
    report.planned = len(pending)
    return _Prepared(
        event,
        plan,
        organizer,
        group.name if group else "",
        group.short_name if group else "",
        pending,
        previously,
        report,
    )


def _email_for(prepared: _Prepared, message: Outgoing, now: datetime) -> email.message.Message:
    """The e-mail to ``message``'s recipients, in the first one's language."""
    first = message.recipients[0]
    language = first.language.value
    attendees = [
        Attendee(person.email, person.name, required=person.required)
        for person in message.recipients
    ]
    calendar = prepared.event.invitation(
        prepared.plan.method,
        prepared.plan.sequence,
        (prepared.organizer.name, prepared.organizer.email),
        attendees,
        language,
    )
    delegation = len(message.recipients) > 1
    envelope = Envelope(
        sender_name=prepared.organizer.name,
        sender_email=prepared.organizer.email,
        to=tuple((person.name, person.email) for person in message.recipients),
        greeting_name=first.organization if delegation and first.organization else first.name,
        language=language,
    )
    update = any(person.email in prepared.previously for person in message.recipients)
    return invitation_message(
        envelope,
        prepared.event.entries.get(language, prepared.event.entry),
        method=prepared.plan.method,
        update=update and prepared.plan.method != CANCEL,
        group_name=prepared.group_name,
        short_name=prepared.short_name,
        calendar=calendar,
        now=now,
    )


def send_invitations(
    workspace: Workspace,
    meeting_id: int,
    transport: Transport,
    *,
    per_delegation: bool = False,
    dry_run: bool = False,
    progress: Progress | None = None,
    should_stop: ShouldStop | None = None,
    now: datetime | None = None,
) -> SendReport:
    """Send what ``meeting_id``'s invitees do not have yet; see the module's docstring."""
    prepared = _prepare(workspace, meeting_id, transport.channel, per_delegation)
    report = prepared.report
    report.dry_run = dry_run
    total = len(prepared.pending)
    if dry_run or not total:
        return report
    stamp = (now or datetime.now(UTC)).astimezone(UTC)
    transport.open()  # a refused login stops here, before anything is sent
    try:
        for done, message in enumerate(prepared.pending, start=1):
            if should_stop is not None and should_stop():
                report.stop(
                    Messages.tr(
                        "Stopped after {sent} of {total} message(s); run it again to send the "
                        "rest (nothing is sent twice).",
                        sent=report.sent,
                        total=total,
                    )
                )
                break
            mail = _email_for(prepared, message, stamp)
            addresses = [person.email for person in message.recipients]
            try:
                transport.deliver(mail, prepared.organizer.email, addresses)
            except DeliveryError as error:
                if not error.stops:
                    report.refuse(error.explanation)
                    continue
                report.stop(
                    Messages.tr(
                        "{reason} {sent} of {total} message(s) were sent and recorded; send "
                        "again to deliver the rest (nothing is sent twice).",
                        reason=error.explanation,
                        sent=report.sent,
                        total=total,
                    )
                )
                break
            with workspace.writing() as session:
                report.invited += invitations.record_sent(
                    session, prepared.plan, message.recipients, str(mail["Message-ID"])
                )
            report.sent += 1
            if progress is not None:
                progress(done, total)
    finally:
        transport.close()
    return report
