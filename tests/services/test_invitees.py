"""Invitee lists: one entry per contact, statuses changed many at once with their dates."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from app.models import InvitationStatus, InviteeList, ListEntry, StatusChange
from app.services import contacts, invitees
from app.services.errors import NotFoundError, ValidationError
from app.store import Workspace
from tests.services.support import count

COUNTRIES = [
    "Uruguay",
    "Argentina",
    "Barbados",
    "Chile",
    "Belize",
    "Canada",
    "Bolivia",
    "Brazil",
    "Colombia",
    "Costa Rica",
    "Cuba",
    "Dominica",
]


@pytest.fixture
def list_id(workspace: Workspace) -> int:
    with workspace.writing() as session:
        return invitees.create_list(session, "MISPA III - list of invitees", "Member states").id


@pytest.fixture
def entries(workspace: Workspace, list_id: int) -> dict[str, int]:
    """One delegation per country on the list; country -> entry id."""
    with workspace.writing() as session:
        result = {}
        for country in COUNTRIES:
            contact = contacts.add_contact(
                session, name=f"Delegation of {country}", country=country, category="member_state"
            )
            result[country] = invitees.add_entry(
                session, list_id, contact.id, role="Head of delegation"
            ).id
        return result


def test_a_list_name_is_unique(workspace: Workspace, list_id: int) -> None:
    with pytest.raises(ValidationError) as error, workspace.writing() as session:
        invitees.create_list(session, " MISPA III - list of invitees ")
    assert error.value.field == "name"
    assert count(workspace, InviteeList) == 1


def test_rename_find_and_summaries(workspace: Workspace, list_id: int, entries) -> None:
    with workspace.writing() as session:
        other = invitees.create_list(session, "Observers").id
        with pytest.raises(ValidationError) as error:
            invitees.rename_list(session, other, "MISPA III - list of invitees", "")
        assert error.value.field == "name"
        invitees.rename_list(session, other, "Permanent observers", "Observer states")
    with workspace.reading() as session:
        assert invitees.find_list(session, "Permanent observers").id == other
        assert invitees.find_list(session, "Observers") is None
        summaries = [(s.name, s.entry_count) for s in invitees.list_summaries(session)]
    assert summaries == [
        ("MISPA III - list of invitees", len(COUNTRIES)),
        ("Permanent observers", 0),
    ]


def test_delete_list_removes_its_entries_but_not_the_contacts(
    workspace: Workspace, list_id: int, entries
) -> None:
    with workspace.writing() as session:
        invitees.delete_list(session, list_id)
    assert count(workspace, ListEntry) == 0
    assert count(workspace, StatusChange) == 0
    with workspace.reading() as session:
        assert len(contacts.search_contacts(session, "delegation")) == len(COUNTRIES)


def test_add_entry_records_its_first_status(workspace: Workspace, list_id: int) -> None:
    with workspace.writing() as session:
        contact_id = contacts.add_contact(session, name="Delegation of Peru").id
        entry_id = invitees.add_entry(session, list_id, contact_id, status="invited").id
    with workspace.reading() as session:
        entry = session.get(ListEntry, entry_id)
        assert entry.status == InvitationStatus.INVITED
        assert [c.status for c in entry.status_changes] == [InvitationStatus.INVITED]
        assert datetime.now(UTC) - entry.status_changed_at < timedelta(minutes=1)


def test_a_contact_is_on_a_list_once_and_nothing_is_written(
    workspace: Workspace, list_id: int, entries
) -> None:
    with workspace.reading() as session:
        contact_id = session.get(ListEntry, entries["Chile"]).contact_id
    with pytest.raises(ValidationError) as error, workspace.writing() as session:
        other = contacts.add_contact(session, name="Delegation of Peru")
        invitees.add_entry(session, list_id, other.id)
        invitees.add_entry(session, list_id, contact_id, role="Alternate")
    assert error.value.field == "contact"
    assert "Delegation of Chile is already on this list" in error.value.message
    assert count(workspace, ListEntry) == len(COUNTRIES)
    assert count(workspace, StatusChange) == len(COUNTRIES)
    with workspace.reading() as session:
        assert contacts.search_contacts(session, "peru") == []


def test_the_same_contact_can_be_on_two_lists(workspace: Workspace, list_id, entries) -> None:
    with workspace.writing() as session:
        other = invitees.create_list(session, "Working group members").id
        contact_id = session.get(ListEntry, entries["Chile"]).contact_id
        invitees.add_entry(session, other, contact_id)
    assert count(workspace, ListEntry) == len(COUNTRIES) + 1


def test_bad_entries_are_refused(workspace: Workspace, list_id: int, entries) -> None:
    with workspace.writing() as session:
        contact_id = contacts.add_contact(session, name="Delegation of Peru").id
    with pytest.raises(ValidationError) as error, workspace.writing() as session:
        invitees.add_entry(session, list_id, contact_id, status="maybe")
    assert error.value.field == "status"
    with pytest.raises(NotFoundError), workspace.writing() as session:
        invitees.add_entry(session, 999, contact_id)
    assert count(workspace, ListEntry) == len(COUNTRIES)


def test_set_status_of_ten_entries_changes_ten_and_records_each(
    workspace: Workspace, list_id: int, entries
) -> None:
    chosen = [entries[c] for c in COUNTRIES[:10]]
    with workspace.writing() as session:
        before = session.scalar(select(ListEntry.status_changed_at).limit(1))
        assert invitees.set_status(session, chosen, "invited") == 10
    with workspace.reading() as session:
        statuses = invitees.entry_statuses(session, entries.values())
        changes = session.scalars(
            select(StatusChange).where(StatusChange.status == InvitationStatus.INVITED)
        ).all()
        changed_at = {session.get(ListEntry, entry_id).status_changed_at for entry_id in chosen}
        version = session.get(ListEntry, chosen[0]).version
    assert [statuses[e] for e in chosen] == [InvitationStatus.INVITED] * 10
    assert [statuses[entries[c]] for c in COUNTRIES[10:]] == [InvitationStatus.TO_INVITE] * 2
    assert sorted(c.entry_id for c in changes) == sorted(chosen)
    assert len(changed_at) == 1
    assert changed_at.pop() >= before
    assert version == 2
    assert count(workspace, StatusChange) == len(COUNTRIES) + 10


def test_set_status_counts_only_entries_that_change(
    workspace: Workspace, list_id: int, entries
) -> None:
    with workspace.writing() as session:
        invitees.set_status(session, [entries["Chile"]], "confirmed")
    with workspace.writing() as session:
        changed = invitees.set_status(session, [entries["Chile"], entries["Cuba"]], "confirmed")
    assert changed == 1
    assert count(workspace, StatusChange) == len(COUNTRIES) + 2


def test_set_status_with_a_vanished_entry_changes_nothing(
    workspace: Workspace, list_id: int, entries
) -> None:
    with workspace.writing() as session:
        invitees.remove_entry(session, entries["Cuba"])
    with pytest.raises(ValidationError) as error, workspace.writing() as session:
        invitees.set_status(session, [entries["Chile"], entries["Cuba"]], "declined")
    assert error.value.field == "entries"
    assert "reload" in error.value.message
    with workspace.reading() as session:
        assert invitees.entry_statuses(session, [entries["Chile"]]) == {
            entries["Chile"]: InvitationStatus.TO_INVITE
        }


def test_set_status_refuses_an_unknown_status(workspace, list_id, entries) -> None:
    with pytest.raises(ValidationError) as error, workspace.writing() as session:
        invitees.set_status(session, [entries["Chile"]], "sent")
    assert error.value.field == "status"


def test_set_statuses_undoes_a_bulk_change(workspace: Workspace, list_id, entries) -> None:
    chosen = [entries["Chile"], entries["Cuba"], entries["Canada"]]
    with workspace.writing() as session:
        invitees.set_status(session, [entries["Chile"]], "confirmed")
    with workspace.reading() as session:
        before = invitees.entry_statuses(session, chosen)
    with workspace.writing() as session:
        invitees.set_status(session, chosen, "attended")
    with workspace.writing() as session:
        assert invitees.set_statuses(session, before) == 3
    with workspace.reading() as session:
        assert invitees.entry_statuses(session, chosen) == before


def test_status_counts(workspace: Workspace, list_id: int, entries) -> None:
    with workspace.writing() as session:
        invitees.set_status(session, [entries[c] for c in COUNTRIES[:3]], "confirmed")
        invitees.set_status(session, [entries["Cuba"]], "declined")
    with workspace.reading() as session:
        assert invitees.status_counts(session, list_id) == {
            InvitationStatus.CONFIRMED: 3,
            InvitationStatus.DECLINED: 1,
            InvitationStatus.TO_INVITE: len(COUNTRIES) - 4,
        }


def test_entry_rows_are_sorted_by_name_in_column_order(
    workspace: Workspace, list_id: int, entries
) -> None:
    with workspace.reading() as session:
        rows = invitees.entry_rows(session, list_id)
    named = [dict(zip(invitees.ENTRY_COLUMNS, row, strict=True)) for row in rows]
    assert [r["country"] for r in named] == sorted(COUNTRIES)
    first = named[0]
    assert first["entry_id"] == entries["Argentina"]
    assert (first["name"], first["status"], first["role"]) == (
        "Delegation of Argentina",
        "to_invite",
        "Head of delegation",
    )
    assert first["category"] == "member_state"
    assert "argentina" in first["search_text"]


def test_update_and_remove_entry(workspace: Workspace, list_id: int, entries) -> None:
    with workspace.writing() as session:
        invitees.update_entry(session, entries["Chile"], role="Alternate")
        invitees.remove_entry(session, entries["Cuba"])
    with workspace.reading() as session:
        rows = invitees.entry_rows(session, list_id)
    country, role = invitees.ENTRY_COLUMNS.index("country"), invitees.ENTRY_COLUMNS.index("role")
    roles = {row[country]: row[role] for row in rows}
    assert roles["Chile"] == "Alternate"
    assert "Cuba" not in roles
    with pytest.raises(NotFoundError), workspace.writing() as session:
        invitees.remove_entry(session, entries["Cuba"])
