"""Agenda items: order stays 1..n whatever the chair does, deferral carries an item on."""

from __future__ import annotations

from datetime import date, time

import pytest

from app.models import AgendaItem, ItemDocument, ItemStatus, Meeting
from app.services import agenda, agenda_rows, documents, meetings
from app.services.errors import NotFoundError, ValidationError
from app.store import Workspace
from tests.services.conftest import MakeMeeting
from tests.services.support import count

TITLES = ["Election", "Work plan", "Agenda", "Calendar", "Invitees"]


@pytest.fixture
def meeting_id(make_meeting: MakeMeeting) -> int:
    return make_meeting(date(2011, 9, 15))


@pytest.fixture
def items(workspace: Workspace, meeting_id: int) -> list[int]:
    with workspace.writing() as session:
        return [agenda.add_item(session, meeting_id, title=t).id for t in TITLES]


def order(workspace: Workspace, meeting_id: int) -> list[tuple[int, str]]:
    with workspace.reading() as session:
        return [(row.position, row.title) for row in agenda_rows.list_items(session, meeting_id)]


def titles(workspace: Workspace, meeting_id: int) -> list[str]:
    positions_and_titles = order(workspace, meeting_id)
    assert [p for p, _ in positions_and_titles] == list(range(1, len(positions_and_titles) + 1))
    return [t for _, t in positions_and_titles]


def test_items_are_added_at_the_end_in_order(workspace, meeting_id, items) -> None:
    assert order(workspace, meeting_id) == list(enumerate(TITLES, start=1))


def test_add_at_a_position_moves_later_items_down(workspace, meeting_id, items) -> None:
    with workspace.writing() as session:
        agenda.add_item(session, meeting_id, title="Opening", position=1)
        agenda.add_item(session, meeting_id, title="Rules", position=4)
    assert titles(workspace, meeting_id) == [
        "Opening",
        "Election",
        "Work plan",
        "Rules",
        "Agenda",
        "Calendar",
        "Invitees",
    ]


@pytest.mark.parametrize("position", [0, 7, -1])
def test_add_outside_the_agenda_is_refused(workspace, meeting_id, items, position) -> None:
    with pytest.raises(ValidationError) as error, workspace.writing() as session:
        agenda.add_item(session, meeting_id, title="Nowhere", position=position)
    assert error.value.field == "position"
    assert "between 1 and 6" in error.value.message
    assert titles(workspace, meeting_id) == TITLES


def test_an_item_needs_a_title(workspace, meeting_id) -> None:
    with pytest.raises(ValidationError) as error, workspace.writing() as session:
        agenda.add_item(session, meeting_id, title="   ")
    assert error.value.field == "title"
    assert count(workspace, AgendaItem) == 0


@pytest.mark.parametrize(
    ("moved", "to", "expected"),
    [
        (0, 5, ["Work plan", "Agenda", "Calendar", "Invitees", "Election"]),
        (4, 1, ["Invitees", "Election", "Work plan", "Agenda", "Calendar"]),
        (2, 4, ["Election", "Work plan", "Calendar", "Agenda", "Invitees"]),
        (3, 2, ["Election", "Calendar", "Work plan", "Agenda", "Invitees"]),
        (2, 3, TITLES),
    ],
    ids=["first-to-last", "last-to-first", "middle-down", "middle-up", "in-place"],
)
def test_move_keeps_positions_dense(workspace, meeting_id, items, moved, to, expected) -> None:
    with workspace.writing() as session:
        agenda.move_item(session, items[moved], to)
    assert titles(workspace, meeting_id) == expected


def test_moves_one_after_another_in_one_session(workspace, meeting_id, items) -> None:
    with workspace.writing() as session:
        agenda.move_item(session, items[0], 5)
        agenda.move_item(session, items[4], 1)
        agenda.move_item(session, items[2], 3)
    assert titles(workspace, meeting_id) == [
        "Invitees",
        "Work plan",
        "Agenda",
        "Calendar",
        "Election",
    ]


def test_move_outside_the_agenda_is_refused(workspace, meeting_id, items) -> None:
    with pytest.raises(ValidationError) as error, workspace.writing() as session:
        agenda.move_item(session, items[0], 6)
    assert error.value.field == "position"
    assert titles(workspace, meeting_id) == TITLES


@pytest.mark.parametrize(
    ("deleted", "expected"),
    [
        (0, ["Work plan", "Agenda", "Calendar", "Invitees"]),
        (2, ["Election", "Work plan", "Calendar", "Invitees"]),
        (4, ["Election", "Work plan", "Agenda", "Calendar"]),
    ],
    ids=["first", "middle", "last"],
)
def test_delete_renumbers(workspace, meeting_id, items, deleted, expected) -> None:
    with workspace.writing() as session:
        agenda.delete_item(session, items[deleted])
    assert titles(workspace, meeting_id) == expected


def test_update_item_and_record_outcome(workspace, meeting_id, items) -> None:
    with workspace.writing() as session:
        agenda.update_item(
            session,
            items[1],
            {
                "kind": "approval",
                "pillar": "police_management",
                "duration_minutes": 30,
                "responsible": "Chair",
            },
        )
        agenda.record_outcome(session, items[1], "approved", "Approved as amended.")
    with workspace.reading() as session:
        (row,) = [r for r in agenda_rows.list_items(session, meeting_id) if r.id == items[1]]
    assert (row.kind, row.pillar, row.duration_minutes, row.responsible) == (
        "approval",
        "police_management",
        30,
        "Chair",
    )
    assert (row.status, row.decision) == (ItemStatus.APPROVED, "Approved as amended.")


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"pillar": "sports"}, "pillar"),
        ({"kind": "vote"}, "kind"),
        ({"status": "done"}, "status"),
        ({"duration_minutes": 0}, "duration_minutes"),
        ({"planned_start": "10:00"}, "planned_start"),
        ({"position": 2}, "position"),
    ],
)
def test_bad_item_values_are_refused(workspace, meeting_id, items, changes, field) -> None:
    with workspace.reading() as session:
        before = agenda.item_values(session.get(AgendaItem, items[0]))
    with pytest.raises(ValidationError) as error, workspace.writing() as session:
        agenda.update_item(session, items[0], changes)
    assert error.value.field == field
    with workspace.reading() as session:
        assert agenda.item_values(session.get(AgendaItem, items[0])) == before


def test_item_values_restore_an_edit(workspace, meeting_id, items) -> None:
    with workspace.reading() as session:
        before = agenda.item_values(session.get(AgendaItem, items[0]))
    with workspace.writing() as session:
        agenda.update_item(session, items[0], {"title": "Changed", "duration_minutes": 5})
    with workspace.writing() as session:
        agenda.update_item(session, items[0], before)
    with workspace.reading() as session:
        assert agenda.item_values(session.get(AgendaItem, items[0])) == before


@pytest.fixture
def work_plan(workspace: Workspace) -> tuple[int, int]:
    """A document with two revisions; returns (document id, rev. 1 id)."""
    with workspace.writing() as session:
        document = documents.create_document(
            session, base_symbol="GT/MISPA-III/doc.1/11", title="Work Plan"
        )
        documents.add_revision(session, document.id)
        return document.id, documents.add_revision(session, document.id).id


def test_defer_moves_the_item_to_the_end_of_the_next_held_meeting(
    workspace, make_meeting, meeting_id, items, work_plan
) -> None:
    document_id, revision_id = work_plan
    cancelled = make_meeting(date(2011, 9, 22))
    following = make_meeting(date(2011, 9, 29))
    with workspace.writing() as session:
        meetings.cancel_meeting(session, cancelled)
        agenda.add_item(session, following, title="Documents for MISPA III")
        agenda.link_document(session, items[1], document_id, revision_id)
    with workspace.writing() as session:
        new_id = agenda.defer_item_to_next_meeting(session, items[1]).id

    assert titles(workspace, following) == ["Documents for MISPA III", "Work plan"]
    assert titles(workspace, cancelled) == []
    with workspace.reading() as session:
        original = session.get(AgendaItem, items[1])
        moved = session.get(AgendaItem, new_id)
        assert original.status == ItemStatus.DEFERRED
        assert "29 September 2011" in original.decision
        assert original.meeting_id == meeting_id
        assert (moved.status, moved.deferred_from_id) == (ItemStatus.PENDING, items[1])
        (row,) = [r for r in agenda_rows.list_items(session, following) if r.id == new_id]
    assert row.documents == ("GT/MISPA-III/doc.1/11 rev. 1",)
    # The deferred item stays on its own agenda, in its place.
    assert titles(workspace, meeting_id) == TITLES


def test_defer_with_no_later_meeting_is_refused_and_writes_nothing(
    workspace, meeting_id, items
) -> None:
    with pytest.raises(ValidationError) as error, workspace.writing() as session:
        agenda.defer_item_to_next_meeting(session, items[0])
    assert error.value.field == "meeting"
    assert "no later meeting" in error.value.message
    with workspace.reading() as session:
        assert session.get(AgendaItem, items[0]).status == ItemStatus.PENDING
    assert count(workspace, AgendaItem) == len(TITLES)


def test_an_item_is_deferred_only_once(workspace, make_meeting, meeting_id, items) -> None:
    make_meeting(date(2011, 9, 22))
    with workspace.writing() as session:
        agenda.defer_item_to_next_meeting(session, items[0])
    with pytest.raises(ValidationError) as error, workspace.writing() as session:
        agenda.defer_item_to_next_meeting(session, items[0])
    assert error.value.field == "status"
    assert count(workspace, AgendaItem) == len(TITLES) + 1


def test_link_and_unlink_documents(workspace, meeting_id, items, work_plan) -> None:
    document_id, revision_id = work_plan
    with workspace.writing() as session:
        agenda.link_document(session, items[0], document_id)
        # Linking again pins the revision rather than adding a second link.
        agenda.link_document(session, items[0], document_id, revision_id)
    with workspace.reading() as session:
        assert agenda_rows.list_items(session, meeting_id)[0].documents == (
            "GT/MISPA-III/doc.1/11 rev. 1",
        )
    assert count(workspace, ItemDocument) == 1
    with workspace.writing() as session:
        agenda.unlink_document(session, items[0], document_id)
    with workspace.reading() as session:
        assert agenda_rows.list_items(session, meeting_id)[0].documents == ()


def test_a_revision_of_another_document_cannot_be_linked(
    workspace, meeting_id, items, work_plan
) -> None:
    _, revision_id = work_plan
    with workspace.writing() as session:
        other = documents.create_document(session, base_symbol="X/doc.1", title="Other").id
    with pytest.raises(ValidationError) as error, workspace.writing() as session:
        agenda.link_document(session, items[0], other, revision_id)
    assert error.value.field == "revision"
    assert count(workspace, ItemDocument) == 0


def test_list_items_titles_fall_back_to_the_original_language(workspace, meeting_id) -> None:
    with workspace.writing() as session:
        agenda.add_item(
            session,
            meeting_id,
            title="Elección",
            title_language="es",
            translations={"en": "Election"},
        )
        agenda.add_item(session, meeting_id, title="Other business")
    with workspace.reading() as session:
        assert [r.title for r in agenda_rows.list_items(session, meeting_id)] == [
            "Elección",
            "Other business",
        ]
        assert [r.title for r in agenda_rows.list_items(session, meeting_id, language="en")] == [
            "Election",
            "Other business",
        ]
        assert [r.title for r in agenda_rows.list_items(session, meeting_id, language="pt")] == [
            "Elección",
            "Other business",
        ]


def test_planned_end_adds_up_durations_and_fixed_starts(workspace, meeting_id) -> None:
    with workspace.writing() as session:
        agenda.add_item(session, meeting_id, title="Election", duration_minutes=30)
        agenda.add_item(session, meeting_id, title="Work plan", duration_minutes=45)
    with workspace.reading() as session:
        assert agenda_rows.planned_end(session, meeting_id) == time(11, 15)
    with workspace.writing() as session:
        agenda.add_item(
            session, meeting_id, title="Break-out", planned_start=time(12), duration_minutes=20
        )
    with workspace.reading() as session:
        assert agenda_rows.planned_end(session, meeting_id) == time(12, 20)
    with workspace.writing() as session:
        agenda.add_item(session, meeting_id, title="Other business")
    with workspace.reading() as session:
        assert agenda_rows.planned_end(session, meeting_id) is None


def test_planned_end_of_an_empty_agenda_is_the_start(workspace, meeting_id) -> None:
    with workspace.reading() as session:
        assert agenda_rows.planned_end(session, meeting_id) == time(10)


def test_items_of_a_deleted_meeting_cannot_be_added(workspace, meeting_id) -> None:
    with workspace.writing() as session:
        meetings.delete_meeting(session, meeting_id)
    with pytest.raises(NotFoundError), workspace.writing() as session:
        agenda.add_item(session, meeting_id, title="Too late")
    assert count(workspace, Meeting) == 0
