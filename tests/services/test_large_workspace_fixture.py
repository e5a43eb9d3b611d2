"""The benchmark fixture writes rows the services accept, so benchmarks measure real work."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from app.services import agenda, agenda_rows, contacts, invitees, meeting_rows, meetings
from app.store import open_workspace
from benchmarks.large_workspace import LIST_NAME, build_large_workspace


def test_a_small_large_workspace_is_usable_and_reused(tmp_path: Path) -> None:
    path = build_large_workspace(tmp_path / "large.chairdesk", invitees=300, meetings=12, items=90)
    workspace = open_workspace(path, create=False)
    try:
        with workspace.reading() as session:
            invitee_list = invitees.find_list(session, LIST_NAME)
            rows = invitees.entry_rows(session, invitee_list.id)
            every_meeting = meeting_rows.list_meetings(session)
            positions = defaultdict(list)
            for row in every_meeting:
                for item in agenda_rows.list_items(session, row.id):
                    positions[row.id].append(item.position)
            first = rows[0]
            name = first[invitees.ENTRY_COLUMNS.index("name")]
            found = contacts.search_contacts(session, name.split()[-1].upper())
        assert len(rows) == 300
        assert len(every_meeting) == 12
        assert len({row.uid for row in every_meeting}) == 12
        assert sum(len(p) for p in positions.values()) == 90
        assert all(p == list(range(1, len(p) + 1)) for p in positions.values())
        assert name in {c.name for c in found}

        busiest = max(positions, key=lambda meeting_id: len(positions[meeting_id]))
        with workspace.writing() as session:
            items = agenda_rows.list_items(session, busiest)
            agenda.move_item(session, items[0].id, len(items))
            meetings.update_meeting(session, busiest, {"room": "Room Z"})
            entry_ids = [row[0] for row in rows[:10]]
            invitees.set_status(session, entry_ids, "attended")
        with workspace.reading() as session:
            moved = agenda_rows.list_items(session, busiest)
            assert [i.position for i in moved] == list(range(1, len(items) + 1))
            assert moved[-1].id == items[0].id
    finally:
        workspace.close()

    stamp = path.stat().st_mtime_ns
    assert build_large_workspace(path, invitees=300, meetings=12, items=90) == path
    assert path.stat().st_mtime_ns == stamp
