"""A demo workspace ready to send invitations: organizer, addresses, a meeting inviting a list."""

from __future__ import annotations

import email
from email.message import Message

from icalendar import Calendar
from sqlalchemy import select

from app.models import Contact, InviteeList, Meeting
from app.services import contacts, invitations, meetings
from app.services import working_group as group_service
from app.store import Workspace

ORGANIZER = "mispa.secretariat@oas.example"


def prepare(workspace: Workspace, *, addresses: int = 5) -> int:
    """Give the first ``addresses`` delegations an address; returns the first meeting's id."""
    with workspace.writing() as session:
        group_service.save_working_group(
            session,
            {"organizer_name": "MISPA III Secretariat", "organizer_email": ORGANIZER},
        )
        people = session.scalars(select(Contact).order_by(Contact.name)).all()
        for number, person in enumerate(people[:addresses], start=1):
            contacts.update_contact(
                session, person.id, {"email": f"Delegate{number}@Mission{number}.example"}
            )
        meeting_id = session.scalar(select(Meeting.id).order_by(Meeting.date).limit(1))
        list_id = session.scalar(select(InviteeList.id))
        invitations.set_invited_lists(session, meeting_id, [list_id])
    return meeting_id


def move(workspace: Workspace, meeting_id: int) -> None:
    from datetime import time

    with workspace.writing() as session:
        meetings.update_meeting(session, meeting_id, {"start_time": time(11, 0)})


def cancel(workspace: Workspace, meeting_id: int) -> None:
    with workspace.writing() as session:
        meetings.cancel_meeting(session, meeting_id)


def calendar_part(raw: bytes) -> tuple[Message, bytes]:
    """The text/calendar part of a received message, and its decoded bytes."""
    message = email.message_from_bytes(raw)
    for part in message.walk():
        if part.get_content_type() == "text/calendar":
            return part, part.get_payload(decode=True)
    raise AssertionError("no text/calendar part")


def parsed(raw: bytes) -> Calendar:
    return Calendar.from_ical(calendar_part(raw)[1])
