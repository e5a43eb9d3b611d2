"""No lost update: a save against a row someone changed since the edit began is refused.

The scenario of issue 13, on one SQLite file and on a server: window A opens a
meeting's edit dialog (reading its version), window B changes the room and saves,
window A saves; B's room must not vanish without a word. Each service that edits a
row takes the version read when the edit began and refuses a newer row with a
ConflictError carrying the other person's values.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from app.models import AgendaItem, Contact, Document, InvitationStatus, ListEntry, Mandate, Meeting
from app.services import agenda, contacts, documents, invitees, mandates, meetings
from app.services.errors import ConflictError
from app.store import Workspace, open_workspace
from tests.services.conftest import MakeMeeting


def version_of(workspace: Workspace, model: Any, row_id: int) -> int:
    """What an edit dialog reads when it opens."""
    with workspace.reading() as session:
        return session.get(model, row_id).version


def test_a_room_changed_in_another_window_is_not_overwritten(
    workspace: Workspace, make_meeting: MakeMeeting
) -> None:
    meeting_id = make_meeting(room="Simon Bolivar Room", title="1st meeting")
    opened_at = version_of(workspace, Meeting, meeting_id)  # A opens the dialog
    with workspace.writing() as session:  # B saves a new room
        meetings.update_meeting(session, meeting_id, {"room": "Padilha Vidal Room"})
    with pytest.raises(ConflictError) as conflict, workspace.writing() as session:
        meetings.update_meeting(
            session, meeting_id, {"notes": "A's notes"}, expected_version=opened_at
        )
    assert conflict.value.what == "meeting" and conflict.value.label == "1st meeting"
    assert "1st meeting" in str(conflict.value)
    assert conflict.value.current["room"] == "Padilha Vidal Room"
    with workspace.reading() as session:
        kept = session.get(Meeting, meeting_id)
        assert (kept.room, kept.notes) == ("Padilha Vidal Room", "")


def test_keeping_mine_after_a_conflict_saves_against_the_newer_version(
    workspace: Workspace, make_meeting: MakeMeeting
) -> None:
    meeting_id = make_meeting(room="Simon Bolivar Room")
    opened_at = version_of(workspace, Meeting, meeting_id)
    with workspace.writing() as session:
        meetings.update_meeting(session, meeting_id, {"room": "Padilha Vidal Room"})
    with pytest.raises(ConflictError) as conflict, workspace.writing() as session:
        meetings.update_meeting(session, meeting_id, {"room": "Room B"}, expected_version=opened_at)
    with workspace.writing() as session:
        meetings.update_meeting(
            session, meeting_id, {"room": "Room B"}, expected_version=conflict.value.current_version
        )
    with workspace.reading() as session:
        assert session.get(Meeting, meeting_id).room == "Room B"


def test_a_phone_changed_in_another_window_is_not_overwritten(workspace: Workspace) -> None:
    with workspace.writing() as session:
        contact_id = contacts.add_contact(session, name="Ana Ruiz", phone="+1 202 458 3000").id
    opened_at = version_of(workspace, Contact, contact_id)
    with workspace.writing() as session:
        contacts.update_contact(session, contact_id, {"phone": "+1 202 458 6000"})
    with pytest.raises(ConflictError) as conflict, workspace.writing() as session:
        contacts.update_contact(
            session, contact_id, {"title": "Minister"}, expected_version=opened_at
        )
    assert conflict.value.label == "Ana Ruiz"
    assert conflict.value.current["phone"] == "+1 202 458 6000"
    with workspace.reading() as session:
        assert session.get(Contact, contact_id).title == ""


EDITS: dict[str, tuple[Any, Callable[..., int], Callable[..., Any]]] = {
    "agenda item": (
        AgendaItem,
        lambda session, make: agenda.add_item(session, make(), title="Adoption").id,
        agenda.update_item,
    ),
    "document": (
        Document,
        lambda session, make: (
            documents.create_document(
                session, base_symbol="MISPA/doc.1/11", title="Draft agenda"
            ).id
        ),
        documents.update_document,
    ),
    "mandate": (
        Mandate,
        lambda session, make: (
            mandates.add_mandate(session, resolution="AG/RES. 2866", text="Hold MISPA III").id
        ),
        mandates.update_mandate,
    ),
}


@pytest.mark.parametrize("what", EDITS)
def test_items_documents_and_mandates_refuse_a_save_against_a_newer_row(
    workspace: Workspace, make_meeting: MakeMeeting, what: str
) -> None:
    model, make, update = EDITS[what]
    with workspace.writing() as session:
        row_id = make(session, make_meeting)
    opened_at = version_of(workspace, model, row_id)
    with workspace.writing() as session:
        update(session, row_id, {"notes": "the other person's notes"})
    with pytest.raises(ConflictError) as conflict, workspace.writing() as session:
        update(session, row_id, {"notes": "mine"}, expected_version=opened_at)
    assert conflict.value.what == what
    assert conflict.value.current["notes"] == "the other person's notes"


def test_deleting_a_meeting_someone_changed_meanwhile_is_refused(
    workspace: Workspace, make_meeting: MakeMeeting
) -> None:
    meeting_id = make_meeting()
    seen = version_of(workspace, Meeting, meeting_id)
    with workspace.writing() as session:
        meetings.update_meeting(session, meeting_id, {"room": "Room B"})
    with pytest.raises(ConflictError), workspace.writing() as session:
        meetings.delete_meeting(session, meeting_id, expected_version=seen)
    assert version_of(workspace, Meeting, meeting_id) == seen + 1


def test_a_change_committed_between_the_check_and_the_write_is_a_conflict(
    workspace: Workspace, make_meeting: MakeMeeting
) -> None:
    """The version is checked again by the UPDATE itself (``WHERE version = ...``)."""
    if workspace.engine.dialect.name == "sqlite":
        pytest.skip("on SQLite a write transaction holds the whole file: no one writes between")
    meeting_id = make_meeting(title="1st meeting")
    other = open_workspace(workspace.location, create=False)
    try:
        with pytest.raises(ConflictError) as conflict, workspace.writing() as session:
            seen = session.get(Meeting, meeting_id)
            opened_at = seen.version
            with other.writing() as other_session:
                meetings.update_meeting(other_session, meeting_id, {"room": "Room B"})
            meetings.update_meeting(
                session, meeting_id, {"room": "Room A"}, expected_version=opened_at
            )
        assert conflict.value.label == "1st meeting"
    finally:
        other.close()
    with workspace.reading() as session:
        assert session.get(Meeting, meeting_id).room == "Room B"


@pytest.fixture
def five_entries(workspace: Workspace) -> list[int]:
    with workspace.writing() as session:
        list_id = invitees.create_list(session, "Invitees").id
        return [
            invitees.add_entry(
                session, list_id, contacts.add_contact(session, name=f"Delegate {n}").id
            ).id
            for n in range(5)
        ]


def test_a_bulk_status_change_is_all_or_nothing_when_one_row_changed(
    workspace: Workspace, five_entries: list[int]
) -> None:
    with workspace.reading() as session:
        selected_at = invitees.entry_versions(session, five_entries)
    with workspace.writing() as session:  # someone else confirms one delegate meanwhile
        invitees.set_status(session, five_entries[2:3], InvitationStatus.CONFIRMED)
    with pytest.raises(ConflictError) as conflict, workspace.writing() as session:
        invitees.set_status(
            session, five_entries, InvitationStatus.INVITED, expected_versions=selected_at
        )
    assert "1 of the 5" in str(conflict.value)
    with workspace.reading() as session:
        statuses = invitees.entry_statuses(session, five_entries)
    assert statuses[five_entries[2]] == InvitationStatus.CONFIRMED
    assert [statuses[i] for i in five_entries if i != five_entries[2]] == [
        InvitationStatus.TO_INVITE
    ] * 4


def test_a_bulk_status_change_with_current_versions_goes_through(
    workspace: Workspace, five_entries: list[int]
) -> None:
    with workspace.reading() as session:
        selected_at = invitees.entry_versions(session, five_entries)
    with workspace.writing() as session:
        changed = invitees.set_status(
            session, five_entries, InvitationStatus.INVITED, expected_versions=selected_at
        )
    assert changed == 5
    with workspace.reading() as session:
        assert all(e.status == InvitationStatus.INVITED for e in session.query(ListEntry))


def test_links_changed_by_someone_else_refuse_an_edit_of_the_mandate_begun_before(
    workspace: Workspace, make_meeting: MakeMeeting
) -> None:
    """Linking meetings is a change of the mandate: its version goes up with it."""
    first, second = make_meeting(title="1st meeting"), make_meeting(title="2nd meeting")
    with workspace.writing() as session:
        mandate_id = mandates.add_mandate(session, resolution="AG/RES. 2866", text="Hold it").id
    opened_at = version_of(workspace, Mandate, mandate_id)
    with workspace.writing() as session:
        mandates.set_links(session, mandate_id, meeting_ids=[first])
    assert version_of(workspace, Mandate, mandate_id) == opened_at + 1
    for attempt in (
        lambda s: mandates.set_links(
            s, mandate_id, meeting_ids=[second], expected_version=opened_at
        ),
        lambda s: mandates.update_mandate(
            s, mandate_id, {"notes": "x"}, expected_version=opened_at
        ),
    ):
        with pytest.raises(ConflictError), workspace.writing() as session:
            attempt(session)
    with workspace.reading() as session:
        assert mandates.linked_meeting_ids(session, mandate_id) == [first]
    with workspace.writing() as session:  # the same links again change nothing
        mandates.set_links(session, mandate_id, meeting_ids=[first])
    assert version_of(workspace, Mandate, mandate_id) == opened_at + 1
