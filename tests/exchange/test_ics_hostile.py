"""Hostile calendars: each ends with a clear message naming the event, in bounded time and
memory, and writes nothing it should not."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from app.exchange.ics_export import export_calendar
from app.exchange.ics_import import import_calendar_file
from app.exchange.ics_read import CalendarFileError, parse_calendar
from app.services.meeting_rows import list_meetings

HEADER = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Hostile//EN\r\n"
FOOTER = "END:VCALENDAR\r\n"


def event(uid: str, summary: str, *lines: str) -> str:
    body = "\r\n".join((f"UID:{uid}", f"SUMMARY:{summary}", *lines))
    return f"BEGIN:VEVENT\r\n{body}\r\nEND:VEVENT\r\n"


def write(tmp_path: Path, *events: str, zones: str = "") -> Path:
    path = tmp_path / "hostile.ics"
    path.write_bytes((HEADER + zones + "".join(events) + FOOTER).encode("utf-8"))
    return path


def uids(workspace) -> set[str]:
    with workspace.reading() as session:
        return {row.uid for row in list_meetings(session)}


EVERY_SECOND = (
    "BEGIN:VTIMEZONE\r\nTZID:Evil\r\n"
    "BEGIN:STANDARD\r\nDTSTART:19700101T000000\r\nRRULE:{rule}\r\n"
    "TZOFFSETFROM:+0100\r\nTZOFFSETTO:+0000\r\nEND:STANDARD\r\n"
    "BEGIN:DAYLIGHT\r\nDTSTART:19700101T000001\r\nRRULE:{rule}\r\n"
    "TZOFFSETFROM:+0000\r\nTZOFFSETTO:+0100\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n"
)


@pytest.mark.parametrize(
    "rule",
    [
        "FREQ=SECONDLY",
        "FREQ=MINUTELY;INTERVAL=1",
        "FREQ=YEARLY;BYHOUR=0,1,2,3,4,5,6,7,8,9,10,11;BYMINUTE=0,1,2,3,4,5;BYSECOND=0,1,2",
        "FREQ=DAILY",
    ],
)
def test_a_tiny_vtimezone_repeating_every_second_is_refused_at_once(tmp_path, rule):
    zones = EVERY_SECOND.format(rule=rule)
    path = write(
        tmp_path,
        event(
            "e@x", "Evil", "DTSTART;TZID=Evil:20111013T100000", "DTEND;TZID=Evil:20111013T110000"
        ),
        zones=zones,
    )
    assert path.stat().st_size < 700
    with pytest.raises(CalendarFileError, match="time zone “Evil”"):
        parse_calendar(path.read_bytes(), path.name)


@pytest.mark.parametrize(
    ("lines", "words"),
    [
        (("DTSTART:00010101T100000Z", "DTEND:00010101T110000Z"), "0001-01-01"),
        (("DTSTART:20111013T100000Z", "DURATION:P999999999D"), "days"),
        (("DTSTART:99991231T230000Z", "DTEND:99991231T233000Z"), "9999-12-31"),
    ],
)
def test_dates_no_meeting_can_have_are_refused_with_the_event_named(
    demo_workspace, tmp_path, lines, words
):
    path = write(
        tmp_path,
        event("bad@x", "Hostile dates", *lines),
        event(
            "good@x",
            "Ordinary",
            "DTSTART;TZID=America/New_York:20111020T100000",
            "DTEND;TZID=America/New_York:20111020T120000",
        ),
    )
    report = import_calendar_file(demo_workspace, path, expand_until=None)
    assert [r.title for r in report.refused] == ["Hostile dates"]
    assert words in report.refused[0].detail
    assert "good@x" in uids(demo_workspace) and "bad@x" not in uids(demo_workspace)
    with demo_workspace.reading() as session:
        export_calendar(session)  # later exports still work


def test_a_recurring_event_with_a_year_one_exdate_is_refused_when_expanded(
    demo_workspace, tmp_path
):
    from datetime import date

    path = write(
        tmp_path,
        event(
            "series@x",
            "Weekly series",
            "DTSTART;TZID=America/New_York:20111013T100000",
            "DTEND;TZID=America/New_York:20111013T110000",
            "RRULE:FREQ=WEEKLY;COUNT=3",
            "EXDATE:00010101T100000Z",
        ),
    )
    report = import_calendar_file(demo_workspace, path, expand_until=date(2011, 12, 31))
    assert [r.title for r in report.refused] == ["Weekly series"]
    assert "0001-01-01" in report.refused[0].detail


def test_the_newest_of_duplicate_uids_wins_whatever_the_order(group_free_workspace, tmp_path):
    newer = event(
        "dup@x",
        "Newer",
        "SEQUENCE:5",
        "DTSTART;TZID=America/New_York:20111020T140000",
        "DTEND;TZID=America/New_York:20111020T160000",
    )
    older = event(
        "dup@x",
        "Older",
        "SEQUENCE:2",
        "DTSTART;TZID=America/New_York:20111020T100000",
        "DTEND;TZID=America/New_York:20111020T120000",
    )
    path = write(tmp_path, newer, older)
    report = import_calendar_file(group_free_workspace, path)
    assert [r.title for r in report.created] == ["Newer"]
    assert not report.refused
    assert any("same UID" in note for note in report.notes)
    with group_free_workspace.reading() as session:
        (row,) = list_meetings(session)
    assert (row.title, row.sequence, row.start_time.hour) == ("Newer", 5, 14)


@pytest.fixture
def group_free_workspace(workspace):
    return workspace


def test_raw_control_characters_refuse_the_file_before_anything_is_stored(workspace, tmp_path):
    path = write(
        tmp_path,
        event(
            "ctl@x",
            "Bell\x07 and \x1b[31mred\x1b[0m",
            "DTSTART;TZID=America/New_York:20111020T100000",
            "DTEND;TZID=America/New_York:20111020T120000",
        ),
    )
    with pytest.raises(CalendarFileError, match="binary"):
        import_calendar_file(workspace, path)
    assert uids(workspace) == set()


def test_a_huge_summary_is_shortened_in_the_report(workspace, tmp_path):
    path = write(
        tmp_path,
        event(
            "long@x",
            "Reunión " * 200_000,
            "DTSTART:00010101T100000Z",
            "DTEND:00010101T110000Z",
        ),
    )
    report = import_calendar_file(workspace, path)
    assert len(report.refused) == 1
    assert max(len(line) for line in report.lines()) < 600


def test_at_the_same_sequence_the_later_dtstamp_wins(workspace, tmp_path):
    later = event(
        "tie@x",
        "Later stamp",
        "SEQUENCE:1",
        "DTSTAMP:20111012T090000Z",
        "DTSTART;TZID=America/New_York:20111020T150000",
        "DTEND;TZID=America/New_York:20111020T160000",
    )
    earlier = event(
        "tie@x",
        "Earlier stamp",
        "SEQUENCE:1",
        "DTSTAMP:20111010T090000Z",
        "DTSTART;TZID=America/New_York:20111020T100000",
        "DTEND;TZID=America/New_York:20111020T110000",
    )
    report = import_calendar_file(workspace, write(tmp_path, later, earlier))
    assert [r.title for r in report.created] == ["Later stamp"]


def test_a_meeting_stored_at_9999_by_an_older_version_does_not_stop_the_export(workspace):
    import sqlite3

    from app.services.meetings import create_meeting

    with workspace.writing() as session:
        meeting_id = create_meeting(
            session,
            date=date(2011, 10, 20),
            start_time=time(23),
            end_time=time(23, 30),
            timezone="America/New_York",
            title="Far future",
        ).id
    if workspace.path is None:
        pytest.skip("an older version's stored row is written by hand into the SQLite file")
    connection = sqlite3.connect(workspace.path)
    connection.execute("UPDATE meetings SET date = '9999-12-31' WHERE id = ?", (meeting_id,))
    connection.commit()
    connection.close()
    with workspace.reading() as session:
        data = export_calendar(session).data
    assert b"SUMMARY:Far future" in data
