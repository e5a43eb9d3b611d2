"""The summary of a meeting: generated from the record, edited by the chair, regenerated
keeping the chair's paragraphs; and the next agenda proposes approving it."""

from __future__ import annotations

from datetime import date

import pytest

from app.models import ItemKind, ItemStatus
from app.services import actions, agenda, agenda_proposals, agenda_rows, contacts, summary
from app.services import working_group as group_service
from app.services.summary_record import Paragraph


@pytest.fixture
def meeting_id(workspace, make_meeting) -> int:
    with workspace.writing() as session:
        group_service.save_working_group(session, {"name": "MISPA III Working Group"})
        group_service.set_officers(
            session, [{"role": "chair", "name": "Colonel Mitchell", "representing": "Trinidad"}]
        )
        contacts.add_contact(session, name="Chile", country="Chile", category="member_state")
    meeting = make_meeting(date(2011, 9, 15), title="First meeting", room="Padilha Vidal Room")
    with workspace.writing() as session:
        agenda.add_item(
            session, meeting, title="Work plan", status="approved", decision="Approved."
        )
        agenda.add_item(session, meeting, title="Draft Agenda")
    return meeting


def text_of(workspace, meeting_id) -> str:
    with workspace.reading() as session:
        return summary.summary_of_meeting(session, meeting_id).text


def test_the_summary_is_made_from_the_record(workspace, meeting_id) -> None:
    with workspace.reading() as session:
        unsaved = summary.summary_of_meeting(session, meeting_id)
    assert not unsaved.stored
    with workspace.writing() as session:
        update = summary.regenerate_summary(session, meeting_id)
    text = text_of(workspace, meeting_id)
    assert text == update.text == unsaved.text
    assert "held on Thursday, 15 September 2011, from 10:00 to 13:00" in text
    assert "in the Padilha Vidal Room" in text
    assert "chaired by Colonel Mitchell, Trinidad." in text
    assert "Attendance was not recorded." in text
    assert "1. Work plan. Approved." in text
    assert "2. Draft Agenda. The item was not concluded." in text


def test_regenerating_keeps_the_chairs_paragraphs_and_refreshes_the_record(
    workspace, meeting_id
) -> None:
    with workspace.writing() as session:
        summary.regenerate_summary(session, meeting_id)
        text = summary.summary_of_meeting(session, meeting_id).text
        mine = "The Chair thanked the delegations."
        summary.save_summary_text(
            session, meeting_id, text.replace("1. Work plan.", f"{mine}\n\n1. Work plan.")
        )
        second = agenda_rows.list_items(session, meeting_id)[1].id
        agenda.record_outcome(session, second, ItemStatus.CONSIDERED, "Comments were made.")
        actions.add_action(session, meeting_id, description="Circulate rev. 1")
    with workspace.reading() as session:
        preview = summary.preview_regeneration(session, meeting_id)
    assert preview.refreshed == (f"item:{second}",)
    assert preview.added == ("actions", preview.added[1])
    assert preview.conflicts == ()
    with workspace.writing() as session:
        summary.regenerate_summary(session, meeting_id)
    paragraphs = summary.split_paragraphs(text_of(workspace, meeting_id))
    assert mine in paragraphs
    assert paragraphs.index(mine) + 1 == paragraphs.index("1. Work plan. Approved.")
    assert "2. Draft Agenda. Comments were made." in paragraphs
    assert paragraphs[-2:] == ["Follow-up actions", "– Circulate rev. 1"]


def test_regenerating_says_which_edited_paragraphs_it_would_replace(workspace, meeting_id) -> None:
    with workspace.writing() as session:
        summary.regenerate_summary(session, meeting_id)
        text = summary.summary_of_meeting(session, meeting_id).text
        edited = "1. Work plan. Approved by consensus, with thanks to the Secretariat."
        summary.save_summary_text(
            session, meeting_id, text.replace("1. Work plan. Approved.", edited)
        )
        first = agenda_rows.list_items(session, meeting_id)[0].id
        agenda.record_outcome(session, first, ItemStatus.APPROVED, "Approved as amended.")
    with workspace.writing() as session:
        kept = summary.regenerate_summary(session, meeting_id)
    assert [(c.key, c.yours, c.record) for c in kept.conflicts] == [
        (f"item:{first}", edited, "1. Work plan. Approved as amended.")
    ]
    assert edited in text_of(workspace, meeting_id)
    # The record changes again; this time the chair takes the record's text.
    with workspace.writing() as session:
        agenda.record_outcome(session, first, ItemStatus.APPROVED, "Approved as amended twice.")
        replaced = summary.regenerate_summary(session, meeting_id, replace_edited=True)
    assert replaced.replaced_edits
    text = text_of(workspace, meeting_id)
    assert edited not in text
    assert "1. Work plan. Approved as amended twice." in text


def test_an_edit_of_a_paragraph_the_record_did_not_change_is_kept_silently() -> None:
    old = [Paragraph("a", "A."), Paragraph("b", "B.")]
    new = [Paragraph("a", "A."), Paragraph("b", "B2.")]
    update = summary.merge("A, said the chair.\n\nB.", old, new)
    assert update.text == "A, said the chair.\n\nB2."
    assert update.conflicts == ()
    assert update.refreshed == ("b",)


def test_a_part_gone_from_the_record_is_removed_unless_the_chair_edited_it() -> None:
    old = [Paragraph("a", "A."), Paragraph("b", "B."), Paragraph("c", "C.")]
    new = [Paragraph("a", "A.")]
    update = summary.merge("A.\n\nB.\n\nC, edited.\n\nMine.", old, new)
    assert update.removed == ("b",)
    assert [c.key for c in update.conflicts] == ["c"]
    assert update.text == "A.\n\nC, edited.\n\nMine."


def test_undo_puts_the_summary_back(workspace, meeting_id) -> None:
    with workspace.writing() as session:
        before = summary.summary_state(session, meeting_id)
        summary.regenerate_summary(session, meeting_id)
        summary.restore_summary_state(session, meeting_id, before)
        assert summary.summary_of_meeting(session, meeting_id).stored is False


def test_the_next_agenda_proposes_approving_the_summary(
    workspace, meeting_id, make_meeting
) -> None:
    following = make_meeting(date(2011, 9, 22))
    with workspace.reading() as session:
        assert agenda_proposals.summary_approval_proposal(session, meeting_id) is None
        proposal = agenda_proposals.summary_approval_proposal(session, following)
    assert proposal is not None
    assert proposal.title == "Approval of the summary of the previous meeting"
    assert (proposal.previous_meeting_id, proposal.summary_written) == (meeting_id, False)
    held = make_meeting(date(2011, 9, 29), status="held")
    with workspace.reading() as session:
        assert agenda_proposals.summary_approval_proposal(session, held) is None
    with workspace.writing() as session:
        item = agenda_proposals.add_summary_approval_item(session, following)
        assert (item.position, item.kind) == (1, ItemKind.APPROVAL)
        assert agenda_proposals.summary_approval_proposal(session, following) is None
