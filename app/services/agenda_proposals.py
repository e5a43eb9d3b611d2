"""What the record proposes for a meeting's agenda: approving the previous meeting's summary.

(Open follow-up actions of earlier meetings are the other proposal:
``app.services.actions.follow_ups_for`` and ``turn_into_item``.)
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.messages import Messages
from app.models import AgendaItem, ItemKind, Meeting, MeetingStatus, MeetingSummary
from app.services import validate
from app.services.agenda import add_item
from app.services.errors import ValidationError

APPROVAL_TITLE = "Approval of the summary of the previous meeting"


@dataclass(frozen=True)
class SummaryApprovalProposal:
    """The item "Approval of the summary of the previous meeting", not yet on the agenda."""

    meeting_id: int
    title: str
    previous_meeting_id: int
    previous_meeting_date: date
    #: Whether the previous meeting's summary has been written (generated or edited) yet.
    summary_written: bool


def previous_meeting(session: Session, meeting: Meeting) -> Meeting | None:
    """The meeting before this one that took place (not cancelled or postponed)."""
    return session.scalar(
        select(Meeting)
        .where(
            Meeting.id != meeting.id,
            Meeting.status.not_in([MeetingStatus.CANCELLED, MeetingStatus.POSTPONED]),
            (Meeting.date < meeting.date)
            | ((Meeting.date == meeting.date) & (Meeting.start_time < meeting.start_time)),
        )
        .order_by(Meeting.date.desc(), Meeting.start_time.desc())
        .limit(1)
    )


def summary_approval_proposal(session: Session, meeting_id: int) -> SummaryApprovalProposal | None:
    """The proposal, or ``None`` when there is no previous meeting, the item is there, or
    the meeting is already held or cancelled (its agenda is history)."""
    meeting = validate.get(session, Meeting, meeting_id, "meeting")
    if meeting.status in (MeetingStatus.HELD, MeetingStatus.CANCELLED):
        return None
    previous = previous_meeting(session, meeting)
    if previous is None:
        return None
    if any(
        APPROVAL_TITLE.casefold() in (item.title_en or item.title).casefold()
        for item in meeting.agenda_items
    ):
        return None
    written = session.scalar(
        select(MeetingSummary.id).where(MeetingSummary.meeting_id == previous.id)
    )
    return SummaryApprovalProposal(
        meeting_id, APPROVAL_TITLE, previous.id, previous.date, written is not None
    )


def add_summary_approval_item(session: Session, meeting_id: int) -> AgendaItem:
    """Put the proposed item first on the agenda (an approval item)."""
    proposal = summary_approval_proposal(session, meeting_id)
    if proposal is None:
        validate.get(session, Meeting, meeting_id, "meeting")
        raise ValidationError(
            "agenda",
            Messages.tr("This meeting has no previous meeting, or already approves its summary."),
        )
    return add_item(
        session,
        meeting_id,
        title=APPROVAL_TITLE,
        position=1,
        kind=ItemKind.APPROVAL,
        responsible="",
        notes=f"Summary of the meeting of {proposal.previous_meeting_date:%d %B %Y}.",
    )
