"""The demo's three held meetings have an illustrative record, and say so."""

from __future__ import annotations

from app.models import MeetingStatus
from app.services import actions, attendance, decisions, meeting_rows, summary
from app.services.agenda_proposals import summary_approval_proposal
from app.services.demo import demo_data
from app.services.quorum import QuorumState


def test_the_held_meetings_have_attendance_decisions_and_a_summary(demo_workspace) -> None:
    with demo_workspace.reading() as session:
        rows = meeting_rows.list_meetings(session)
        held = [m for m in rows if m.status == MeetingStatus.HELD]
        assert len(held) == 3
        lines = [attendance.attendance_of_meeting(session, m.id).quorum for m in held]
        assert [line.sentence() for line in lines] == [
            "24 member states present, quorum 18: yes",
            "21 member states present, quorum 18: yes",
            "19 member states present, quorum 18: yes",
        ]
        assert all(line.others_present == 1 for line in lines)
        for meeting in held:
            assert all(row.decision for row in decisions.decisions_of_meeting(session, meeting.id))
            text = summary.summary_of_meeting(session, meeting.id)
            assert text.stored and "member states were present" in text.text
        first = summary.summary_of_meeting(session, held[0].id).paragraphs
        assert first[-1].startswith("The Chair thanked the delegations")
        later = [m for m in rows if m.status != MeetingStatus.HELD]
        assert attendance.attendance_of_meeting(session, later[0].id).quorum.state == (
            QuorumState.NOT_TAKEN
        )
        assert len(actions.follow_ups_for(session, later[0].id)) == 3
        assert {r.requested_symbol for r in decisions.open_revision_requests(session)} == {
            "GT/MISPA-III/doc.2/11 rev. 3",
            "GT/MISPA-III/doc.5/11 rev. 2",
        }
        assert summary_approval_proposal(session, later[0].id) is not None


def test_the_demo_notes_say_the_records_are_illustrative() -> None:
    notes = " ".join(demo_data()["_notes"])
    assert "Meeting records (meeting_records) are illustrative" in notes
