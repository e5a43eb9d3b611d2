"""Which lists a meeting invites, the organizer, and the sending plan's SEQUENCE."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.models import InviteeList, Meeting
from app.services import invitations
from app.services import working_group as group_service
from app.services.errors import ValidationError


def test_demo_meetings_invite_the_mispa_iii_list(demo_workspace) -> None:
    with demo_workspace.reading() as session:
        ids = session.scalars(select(Meeting.id)).all()
        assert len(ids) == 5
        for meeting_id in ids:
            assert [found.name for found in invitations.invited_lists(session, meeting_id)] == [
                "MISPA III - list of invitees"
            ]


def test_the_invited_lists_can_be_changed(demo_workspace) -> None:
    with demo_workspace.writing() as session:
        meeting_id = session.scalar(select(Meeting.id).limit(1))
        invitations.set_invited_lists(session, meeting_id, [])
        assert invitations.invited_lists(session, meeting_id) == []


def test_organizer_is_required_and_checked(demo_workspace) -> None:
    with demo_workspace.writing() as session:
        with pytest.raises(ValidationError, match="working group's settings"):
            invitations.organizer(session)
        with pytest.raises(ValidationError, match="not a valid e-mail"):
            group_service.save_working_group(session, {"organizer_email": "secretariat"})
    with demo_workspace.writing() as session:
        group_service.save_working_group(
            session, {"organizer_name": "Secretariat", "organizer_email": "sec@oas.example"}
        )
    with demo_workspace.reading() as session:
        assert invitations.organizer(session) == invitations.Organizer(
            "Secretariat", "sec@oas.example"
        )


def test_sequence_stays_for_the_same_content_and_rises_above_everything_sent(
    demo_workspace,
) -> None:
    with demo_workspace.writing() as session:
        meeting_id = session.scalar(select(Meeting.id).limit(1))
        list_id = session.scalar(select(InviteeList.id))
        assert invitations.invited_lists(session, meeting_id)[0].id == list_id
        plan = invitations.plan_sending(session, meeting_id, "REQUEST", "a" * 64, "smtp")
        assert plan.sequence == 0
        people = invitations.invitees_of(session, meeting_id)
        assert people.recipients == [] and len(people.without_email) == 35
        recipient = invitations.Recipient("x@y.example", "X", "", "en", "", "", 0)
        invitations.record_sent(session, plan, [recipient])
        same = invitations.plan_sending(session, meeting_id, "REQUEST", "a" * 64, "smtp")
        assert (same.sequence, same.already_sent) == (0, frozenset({"x@y.example"}))
        changed = invitations.plan_sending(session, meeting_id, "REQUEST", "b" * 64, "smtp")
        assert (changed.sequence, changed.already_sent) == (1, frozenset())
        invitations.record_sent(session, changed, [recipient])
        session.expire_all()
        assert session.get(Meeting, meeting_id).sequence == 1
        cancel = invitations.plan_sending(session, meeting_id, "CANCEL", "b" * 64, "smtp")
        assert cancel.sequence == 2
