"""The invitee table's fast reader gives the same rows on both engines (it talks to the driver)."""

from __future__ import annotations

from app.services import contacts, invitee_table, invitees
from app.store import Workspace


def test_entries_come_sorted_by_name_whatever_the_case_and_first_rows_first(
    workspace: Workspace,
) -> None:
    with workspace.writing() as session:
        list_id = invitees.create_list(session, "Invitees").id
        ids = {}
        for name in ("barbados delegation", "Argentina", "Canada"):
            contact = contacts.add_contact(session, name=name)
            ids[name] = invitees.add_entry(session, list_id, contact.id).id
    with workspace.reading() as session:
        whole = invitee_table.read_entry_table(session, list_id)
        first = invitee_table.read_entry_table(session, list_id, limit=2)
        details = invitee_table.entry_details(session, [ids["Canada"]])
    assert whole.names == ["Argentina", "barbados delegation", "Canada"]
    assert first.names == ["Argentina", "barbados delegation"] and not first.complete
    assert [d.entry_id for d in details] == [ids["Canada"]]
