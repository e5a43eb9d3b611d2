"""Every meeting of the large benchmark workspace, read back through the export's own
VTIMEZONEs by an independent parser (vobject), falls at zoneinfo's UTC instant."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from app.exchange.ics_export import export_calendar
from app.services.meeting_rows import list_meetings
from app.store import open_workspace
from benchmarks.large_workspace import build_large_workspace
from tests.exchange.vobject_support import read_with_vobject

STAMP = datetime(2011, 9, 1, 12, 0, tzinfo=UTC)


def test_every_meeting_of_the_large_workspace_is_at_zoneinfos_instant(tmp_path: Path) -> None:
    path = build_large_workspace(tmp_path / "large.chairdesk", invitees=10, meetings=2000, items=10)
    workspace = open_workspace(path, create=False)
    try:
        with workspace.reading() as session:
            rows = list_meetings(session)
            data = export_calendar(session, now=STAMP).data
    finally:
        workspace.close()
    calendar = read_with_vobject(data)
    events = {event.uid.value: event for event in calendar.vevent_list}
    assert len(events) == len(rows) == 2000
    assert {row.timezone for row in rows} >= {"America/Sao_Paulo", "America/Mexico_City"}
    wrong = []
    for row in rows:
        event = events[row.uid]
        zone = ZoneInfo(row.timezone)
        start = datetime.combine(row.date, row.start_time, zone).astimezone(UTC)
        end = datetime.combine(row.date, row.end_time, zone).astimezone(UTC)
        read = (event.dtstart.value.astimezone(UTC), event.dtend.value.astimezone(UTC))
        # vobject reads the file's VTIMEZONE, not its own zone database.
        assert type(event.dtstart.value.tzinfo).__name__ == "_tzicalvtz"
        if read != (start, end):
            wrong.append((row.date, row.timezone, read[0], start))
    assert wrong == []
