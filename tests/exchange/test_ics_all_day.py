"""All-day meetings go out as DATE values with an exclusive DTEND and come back the same."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar

from app.exchange.ics_export import export_calendar, export_to_file
from app.exchange.ics_import import import_calendar_file
from app.services.meeting_rows import list_meetings
from app.services.meetings import create_meeting
from app.store import open_workspace
from tests.exchange.vobject_support import read_with_vobject


def ministerial(workspace, uid: str = "mispa3@chairdesk") -> int:
    with workspace.writing() as session:
        return create_meeting(
            session,
            date=date(2011, 11, 17),
            end_date=date(2011, 11, 18),
            all_day=True,
            timezone="America/Port_of_Spain",
            title="MISPA III",
            venue="Port of Spain",
            uid=uid,
        ).id


def test_a_two_day_meeting_is_exported_as_dates_with_an_exclusive_end(workspace):
    ministerial(workspace)
    with workspace.reading() as session:
        data = export_calendar(session).data
    assert b"DTSTART;VALUE=DATE:20111117\r\n" in data
    assert b"DTEND;VALUE=DATE:20111119\r\n" in data
    assert b"X-MICROSOFT-CDO-ALLDAYEVENT:TRUE" in data
    assert b"BEGIN:VTIMEZONE" not in data  # no zone is used
    (event,) = Calendar.from_ical(data).walk("VEVENT")
    assert event["DTEND"].dt - event["DTSTART"].dt == timedelta(days=2)
    (read,) = read_with_vobject(data).vevent_list
    assert (read.dtstart.value, read.dtend.value) == (date(2011, 11, 17), date(2011, 11, 19))


def test_an_all_day_meeting_round_trips_and_a_second_import_changes_nothing(
    workspace, tmp_path: Path, empty_copy
):
    ministerial(workspace)
    source = tmp_path / "out.ics"
    export_to_file(workspace, source)
    report = import_calendar_file(empty_copy, source)
    assert len(report.created) == 1 and not report.refused
    with empty_copy.reading() as session:
        (row,) = list_meetings(session)
    assert (row.all_day, row.date, row.end_date) == (True, date(2011, 11, 17), date(2011, 11, 18))
    again = import_calendar_file(empty_copy, source)
    assert len(again.unchanged) == 1
    with empty_copy.reading() as session:
        assert list_meetings(session) == [row]


def test_apple_and_google_all_day_events_become_all_day_meetings(workspace, tmp_path: Path):
    source = tmp_path / "apple.ics"
    source.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Apple Inc.//macOS 14.0//EN\r\n"
        "X-WR-TIMEZONE:America/Port_of_Spain\r\n"
        "BEGIN:VEVENT\r\nUID:A1B2C3D4-E5F6-4711-8899-AABBCCDDEEFF\r\n"
        "DTSTART;VALUE=DATE:20111117\r\nDTEND;VALUE=DATE:20111119\r\n"
        "SUMMARY:MISPA III\r\nX-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC\r\n"
        "TRANSP:TRANSPARENT\r\nSEQUENCE:1\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:one-day@google.com\r\nDTSTART;VALUE=DATE:20111116\r\n"
        "SUMMARY:Arrival of delegations\r\nEND:VEVENT\r\n"
        "END:VCALENDAR\r\n",
        encoding="utf-8",
        newline="",
    )
    report = import_calendar_file(workspace, source)
    assert not report.refused
    with workspace.reading() as session:
        found = {row.uid: row for row in list_meetings(session)}
    two = found["A1B2C3D4-E5F6-4711-8899-AABBCCDDEEFF"]
    assert (two.all_day, two.date, two.end_date, two.timezone, two.sequence) == (
        True,
        date(2011, 11, 17),
        date(2011, 11, 18),
        "America/Port_of_Spain",
        1,
    )
    one = found["one-day@google.com"]
    assert (one.all_day, one.date, one.end_date) == (True, date(2011, 11, 16), None)


@pytest.fixture
def empty_copy(tmp_path):
    ws = open_workspace(tmp_path / "copy.chairdesk")
    yield ws
    ws.close()
