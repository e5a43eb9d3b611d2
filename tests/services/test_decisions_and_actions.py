"""Decisions on documents, deferrals both ways, follow-up actions and the work plan's view."""

from __future__ import annotations

from datetime import date

import pytest

from app.models import ActionStatus, FollowUpAction, ItemStatus
from app.services import actions, agenda, decisions, documents, mandates
from app.services.errors import ValidationError
from tests.services.support import count


@pytest.fixture
def setup(workspace, make_meeting) -> dict[str, int]:
    first = make_meeting(date(2011, 9, 15))
    second = make_meeting(date(2011, 9, 22))
    third = make_meeting(date(2011, 9, 29))
    with workspace.writing() as session:
        document = documents.create_document(
            session, base_symbol="GT/MISPA-III/doc.2/11", title="Draft Agenda"
        )
        rev0 = documents.add_revision(session, document.id, circulated_on=date(2011, 9, 8))
        item = agenda.add_item(session, first, title="Draft Agenda")
        agenda.link_document(session, item.id, document.id)
        mandate = mandates.add_mandate(
            session, resolution="AG/RES. 2629 (XLI-O/11)", text="To convene MISPA III"
        )
        mandates.set_links(session, mandate.id, meeting_ids=[], document_ids=[document.id])
    return {
        "first": first,
        "second": second,
        "third": third,
        "document": document.id,
        "rev0": rev0.id,
        "item": item.id,
        "mandate": mandate.id,
    }


def test_a_requested_revision_shows_on_the_document_until_it_exists(workspace, setup) -> None:
    with workspace.writing() as session:
        row = decisions.request_revision(
            session, setup["item"], setup["document"], note="Before the next meeting."
        )
    assert row.requested_symbol == "GT/MISPA-III/doc.2/11 rev. 1"
    with workspace.reading() as session:
        waiting = decisions.revision_requests(session, setup["document"])
        assert [(r.revision, r.meeting_date) for r in waiting] == [(1, date(2011, 9, 15))]
        decision = decisions.decisions_of_meeting(session, setup["first"])[0]
        assert [d.symbol for d in decision.documents] == ["GT/MISPA-III/doc.2/11"]
        assert decision.documents[0].revision_id == setup["rev0"]
        assert decision.documents[0].pinned is False
    with workspace.writing() as session:
        documents.add_revision(
            session, setup["document"], revision=1, circulated_on=date(2011, 9, 20)
        )
    with workspace.reading() as session:
        assert decisions.revision_requests(session, setup["document"]) == []
        assert decisions.open_revision_requests(session) == []
        assert decisions.decisions_of_meeting(session, setup["first"])[0].requests[0].fulfilled


def test_a_revision_can_only_be_requested_of_a_document_the_item_considers(
    workspace, setup
) -> None:
    with workspace.writing() as session:
        other = documents.create_document(session, base_symbol="X/1", title="Other").id
    with pytest.raises(ValidationError) as error, workspace.writing() as session:
        decisions.request_revision(session, setup["item"], other)
    assert error.value.field == "document"
    with pytest.raises(ValidationError) as error, workspace.writing() as session:
        decisions.request_revision(session, setup["item"], setup["document"], revision=0)
    assert error.value.field == "revision"


def test_withdrawing_a_request_is_its_undo(workspace, setup) -> None:
    with workspace.writing() as session:
        decisions.request_revision(session, setup["item"], setup["document"], 2)
        decisions.withdraw_revision_request(session, setup["item"], setup["document"])
    with workspace.reading() as session:
        assert decisions.revision_requests(session, setup["document"]) == []


def test_a_deferred_item_is_linked_both_ways_and_undoing_removes_both(workspace, setup) -> None:
    with workspace.writing() as session:
        new_item = agenda.defer_item_to_next_meeting(session, setup["item"]).id
    with workspace.reading() as session:
        origin, onward = decisions.deferral_links(session, setup["item"])
        assert origin is None
        assert [(link.item_id, link.meeting_date) for link in onward] == [
            (new_item, date(2011, 9, 22))
        ]
        back, _ = decisions.deferral_links(session, new_item)
        assert back is not None and back.item_id == setup["item"]
        first = decisions.decisions_of_meeting(session, setup["first"])[0]
        assert first.deferred_to[0].item_id == new_item
        assert decisions.decisions_of_meeting(session, setup["second"])[0].deferred_from == back
    # The window's undo of a deferral: delete the new item, put the status back.
    with workspace.writing() as session:
        agenda.delete_item(session, new_item)
        agenda.update_item(session, setup["item"], {"status": "pending", "decision": ""})
    with workspace.reading() as session:
        assert decisions.deferral_links(session, setup["item"]) == (None, [])
        assert decisions.decisions_of_meeting(session, setup["second"]) == []


def add(workspace, meeting_id, **values) -> int:
    with workspace.writing() as session:
        return actions.add_action(session, meeting_id, **values).id


def test_an_open_action_appears_with_the_next_meetings_agenda(workspace, setup) -> None:
    open_one = add(
        workspace,
        setup["first"],
        description="Circulate rev. 1",
        responsible="Secretariat",
        due_date=date(2011, 9, 20),
        mandate_id=setup["mandate"],
        agenda_item_id=setup["item"],
    )
    add(workspace, setup["first"], description="Already done", status="done")
    add(workspace, setup["second"], description="Agreed at the second meeting")
    with workspace.reading() as session:
        assert [a.id for a in actions.follow_ups_for(session, setup["second"])] == [open_one]
        assert len(actions.follow_ups_for(session, setup["third"])) == 2
        assert actions.follow_ups_for(session, setup["first"]) == []
    with workspace.writing() as session:
        item = actions.turn_into_item(session, open_one, setup["second"])
        assert item.title == "Follow-up: Circulate rev. 1 (Secretariat)"
    with pytest.raises(ValidationError), workspace.writing() as session:
        actions.turn_into_item(session, open_one, setup["second"])
    with workspace.writing() as session:  # the undo: the item goes, the action is offered again
        agenda.delete_item(session, item.id)
    with workspace.reading() as session:
        assert actions.follow_ups_for(session, setup["second"])[0].follow_up_item_id is None


def test_an_action_needs_a_description_and_a_known_mandate(workspace, setup) -> None:
    with pytest.raises(ValidationError) as error, workspace.writing() as session:
        actions.add_action(session, setup["first"], description="  ")
    assert error.value.field == "description"
    with pytest.raises(ValidationError) as error, workspace.writing() as session:
        actions.add_action(session, setup["first"], description="x", status="late")
    assert error.value.field == "status"
    with pytest.raises(ValidationError) as error, workspace.writing() as session:
        item = agenda.add_item(session, setup["second"], title="Elsewhere").id
        actions.add_action(session, setup["first"], description="x", agenda_item_id=item)
    assert error.value.field == "agenda_item_id"
    assert count(workspace, FollowUpAction) == 0


def test_the_mandate_shows_its_meetings_decisions_and_open_actions(workspace, setup) -> None:
    with workspace.writing() as session:
        agenda.record_outcome(session, setup["item"], ItemStatus.CONSIDERED, "Commented.")
    action = add(
        workspace, setup["first"], description="Circulate rev. 1", mandate_id=setup["mandate"]
    )
    add(
        workspace,
        setup["first"],
        description="Done already",
        mandate_id=setup["mandate"],
        status="done",
    )
    with workspace.reading() as session:
        record = actions.mandate_record(session, setup["mandate"])
        assert [day for _, day in record.meetings] == [date(2011, 9, 15)]
        assert [(d.title, d.decision) for d in record.decisions] == [("Draft Agenda", "Commented.")]
        assert [a.id for a in record.open_actions] == [action]
    with workspace.writing() as session:
        actions.update_action(session, action, {"status": ActionStatus.DONE})
    with workspace.reading() as session:
        assert actions.mandate_record(session, setup["mandate"]).open_actions == ()
