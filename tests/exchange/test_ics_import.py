"""Importing calendars: create, update by UID, leave alone, refuse; twice changes nothing."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from app.exchange.ics_export import export_to_file
from app.exchange.ics_import import import_calendar_file
from app.models import MeetingFormat, MeetingStatus
from app.services.agenda_rows import list_items
from app.services.meeting_rows import list_meetings
from app.services.meetings import create_meeting, update_meeting
from app.services.working_group import save_working_group


def calendar_file(folder: Path, *events: str, name: str = "in.ics", extra: str = "") -> Path:
    """A .ics file with ``events`` (each the lines between BEGIN:VEVENT and END:VEVENT)."""
    body = "".join(f"BEGIN:VEVENT\r\n{event.strip()}\r\nEND:VEVENT\r\n" for event in events)
    text = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n"
        + extra
        + body.replace("\n", "\r\n").replace("\r\r\n", "\r\n")
        + "END:VCALENDAR\r\n"
    )
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def event(uid: str, start: str, end: str, summary: str = "Coordination", extra: str = "") -> str:
    lines = [f"UID:{uid}", f"SUMMARY:{summary}", f"DTSTART{start}", f"DTEND{end}"]
    return "\n".join(lines) + ("\n" + extra.strip() if extra.strip() else "")


def meetings(workspace):
    with workspace.reading() as session:
        return {row.uid: row for row in list_meetings(session)}


@pytest.fixture
def group_workspace(workspace):
    """An empty workspace whose working group's default zone is Washington's."""
    with workspace.writing() as session:
        save_working_group(
            session,
            {"name": "Working Group", "short_name": "WG", "default_timezone": "America/New_York"},
        )
    return workspace


def test_the_demo_calendar_comes_back_whole_into_an_empty_workspace(
    demo_workspace, group_workspace, tmp_path
):
    source = tmp_path / "demo.ics"
    export_to_file(demo_workspace, source)
    report = import_calendar_file(group_workspace, source)
    assert len(report.created) == 6 and not report.refused
    original, copied = meetings(demo_workspace), meetings(group_workspace)
    assert set(copied) == set(original)
    for uid, row in original.items():
        twin = copied[uid]
        assert (twin.date, twin.start_time, twin.end_time, twin.timezone) == (
            row.date,
            row.start_time,
            row.end_time,
            row.timezone,
        )
        assert twin.status == row.status
        assert twin.format == row.format
        assert twin.title == row.title  # the group prefix of SUMMARY is taken off
        with demo_workspace.reading() as a, group_workspace.reading() as b:
            assert [i.title for i in list_items(b, twin.id)] == [
                i.title for i in list_items(a, row.id)
            ]


def test_importing_the_same_file_twice_changes_nothing(group_workspace, tmp_path, demo_workspace):
    source = tmp_path / "demo.ics"
    export_to_file(demo_workspace, source)
    import_calendar_file(group_workspace, source)
    before = meetings(group_workspace)
    second = import_calendar_file(group_workspace, source)
    assert (len(second.created), len(second.updated), len(second.unchanged)) == (0, 0, 6)
    assert meetings(group_workspace) == before  # SEQUENCE included


def test_the_exported_demo_imported_into_itself_is_all_unchanged(demo_workspace, tmp_path):
    source = tmp_path / "demo.ics"
    export_to_file(demo_workspace, source)
    before = meetings(demo_workspace)
    report = import_calendar_file(demo_workspace, source)
    assert len(report.unchanged) == 6 and not report.created and not report.updated
    assert meetings(demo_workspace) == before


def test_a_moved_event_updates_its_meeting_and_raises_the_sequence(demo_workspace, tmp_path):
    source = tmp_path / "demo.ics"
    export_to_file(demo_workspace, source, [4])
    text = source.read_text(encoding="utf-8")
    source.write_text(
        text.replace("20111013T100000", "20111013T113000").replace(
            "20111013T130000", "20111013T143000"
        ),
        encoding="utf-8",
    )
    before = {row.id: row for row in meetings(demo_workspace).values()}
    report = import_calendar_file(demo_workspace, source)
    assert [result.detail for result in report.updated] == ["time changed"]
    after = {row.id: row for row in meetings(demo_workspace).values()}
    assert (after[4].start_time, after[4].end_time) == (time(11, 30), time(14, 30))
    assert after[4].sequence == before[4].sequence + 1
    assert after[4].uid == before[4].uid


def test_an_older_copy_of_an_event_does_not_undo_a_newer_change(demo_workspace, tmp_path):
    source = tmp_path / "demo.ics"
    export_to_file(demo_workspace, source, [4])
    with demo_workspace.writing() as session:
        update_meeting(session, 4, {"room": "Simón Bolívar Room"})
    report = import_calendar_file(demo_workspace, source)
    assert len(report.refused) == 1
    assert "newer version" in report.refused[0].detail
    rows = {row.id: row for row in meetings(demo_workspace).values()}
    assert rows[4].room == "Simón Bolívar Room"


def test_a_cancelled_event_cancels_the_meeting(demo_workspace, tmp_path):
    source = tmp_path / "demo.ics"
    export_to_file(demo_workspace, source, [5])
    text = source.read_text(encoding="utf-8").replace("STATUS:TENTATIVE", "STATUS:CANCELLED")
    source.write_text(text, encoding="utf-8")
    report = import_calendar_file(demo_workspace, source)
    assert [result.detail for result in report.updated] == ["status changed"]
    rows = {row.id: row for row in meetings(demo_workspace).values()}
    assert rows[5].status == MeetingStatus.CANCELLED


def test_new_events_become_meetings_with_uid_place_status_and_format(group_workspace, tmp_path):
    source = calendar_file(
        tmp_path,
        event(
            "a@example.org",
            ";TZID=America/Port_of_Spain:20111117T090000",
            ";TZID=America/Port_of_Spain:20111117T173000",
            summary="MISPA III\\, opening session",
            extra="LOCATION:Hyatt Regency\\, Port of Spain\nSTATUS:CONFIRMED\n"
            "CATEGORIES:Ministerial,Hybrid\nDESCRIPTION:Bring passports.",
        ),
    )
    report = import_calendar_file(group_workspace, source)
    assert len(report.created) == 1
    row = meetings(group_workspace)["a@example.org"]
    assert (row.date, row.start_time, row.end_time, row.timezone) == (
        date(2011, 11, 17),
        time(9, 0),
        time(17, 30),
        "America/Port_of_Spain",
    )
    assert row.title == "MISPA III, opening session"
    assert row.room == "Hyatt Regency, Port of Spain"
    assert row.status == MeetingStatus.CONFIRMED
    assert row.format == MeetingFormat.HYBRID


def test_dry_run_reports_and_writes_nothing(group_workspace, tmp_path):
    source = calendar_file(
        tmp_path, event("a@example.org", ":20111020T140000Z", ":20111020T160000Z")
    )
    report = import_calendar_file(group_workspace, source, dry_run=True)
    assert report.dry_run and len(report.created) == 1
    assert "would create 1" in report.summary()
    assert meetings(group_workspace) == {}


def test_utc_and_floating_times_are_placed_in_the_groups_zone(group_workspace, tmp_path):
    source = calendar_file(
        tmp_path,
        event("utc@example.org", ":20110915T140000Z", ":20110915T170000Z"),
        event("floating@example.org", ":20110922T100000", ":20110922T130000"),
    )
    import_calendar_file(group_workspace, source)
    rows = meetings(group_workspace)
    utc, floating = rows["utc@example.org"], rows["floating@example.org"]
    assert (utc.start_time, utc.end_time, utc.timezone) == (
        time(10, 0),
        time(13, 0),
        "America/New_York",
    )
    assert (floating.start_time, floating.timezone) == (time(10, 0), "America/New_York")


OUTLOOK_ZONE = """BEGIN:VTIMEZONE
TZID:Eastern Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
"""


def test_an_outlook_file_with_a_windows_zone_imports_at_the_right_time(group_workspace, tmp_path):
    source = calendar_file(
        tmp_path,
        event(
            "040000008200E00074C5B7101A82E0080000000010C2@outlook",
            ";TZID=Eastern Standard Time:20111013T100000",
            ";TZID=Eastern Standard Time:20111013T130000",
            extra="X-MICROSOFT-CDO-BUSYSTATUS:BUSY\nCLASS:PUBLIC\nPRIORITY:5",
        ),
        extra=OUTLOOK_ZONE.replace("\n", "\r\n"),
    )
    report = import_calendar_file(group_workspace, source)
    assert not report.refused
    (row,) = meetings(group_workspace).values()
    assert (row.start_time, row.end_time, row.timezone) == (
        time(10, 0),
        time(13, 0),
        "America/New_York",
    )
    assert row.starts_at().utcoffset().total_seconds() == -4 * 3600


def test_a_zone_only_the_file_describes_keeps_the_instant(group_workspace, tmp_path):
    zone = OUTLOOK_ZONE.replace("Eastern Standard Time", "(UTC-05:00) Eastern Time (US & Canada)")
    zone = zone.replace("-0400", "-0300").replace("-0500", "-0400")  # an hour east of New York
    source = calendar_file(
        tmp_path,
        event(
            "custom@example.org",
            ';TZID="(UTC-05:00) Eastern Time (US & Canada)":20111013T100000',
            ';TZID="(UTC-05:00) Eastern Time (US & Canada)":20111013T130000',
        ),
        extra=zone.replace("\n", "\r\n"),
    )
    import_calendar_file(group_workspace, source)
    (row,) = meetings(group_workspace).values()
    assert (row.start_time, row.timezone) == (time(9, 0), "America/New_York")


def test_past_midnight_events_are_refused_and_all_day_ones_imported(group_workspace, tmp_path):
    source = calendar_file(
        tmp_path,
        event("day@example.org", ";VALUE=DATE:20111117", ";VALUE=DATE:20111118", "Ministerial"),
        event(
            "night@example.org",
            ";TZID=America/New_York:20111020T220000",
            ";TZID=America/New_York:20111021T010000",
            "Late session",
        ),
        event(
            "fine@example.org",
            ";TZID=America/New_York:20111020T100000",
            ";TZID=America/New_York:20111020T120000",
        ),
    )
    report = import_calendar_file(group_workspace, source)
    reasons = {result.title: result.detail for result in report.refused}
    assert list(reasons) == ["Late session"]
    assert "midnight" in reasons["Late session"]
    assert sorted(meetings(group_workspace)) == ["day@example.org", "fine@example.org"]
    assert meetings(group_workspace)["day@example.org"].all_day


WEEKLY = event(
    "weekly@example.org",
    ";TZID=America/New_York:20111103T100000",
    ";TZID=America/New_York:20111103T110000",
    "Weekly coordination",
    extra="RRULE:FREQ=WEEKLY;BYDAY=TH",
)


def test_a_recurring_event_without_a_range_is_refused_and_says_how(group_workspace, tmp_path):
    source = calendar_file(tmp_path, WEEKLY)
    report = import_calendar_file(group_workspace, source)
    assert report.needs_range
    (refused,) = report.refused
    assert "recurring" in refused.detail and "--expand-until" in refused.detail
    assert meetings(group_workspace) == {}


def test_a_recurring_event_becomes_one_meeting_per_occurrence_in_the_range(
    group_workspace, tmp_path
):
    source = calendar_file(tmp_path, WEEKLY)
    report = import_calendar_file(group_workspace, source, expand_until=date(2011, 12, 1))
    rows = meetings(group_workspace)
    # Thursdays 3, 10, 17, 24 November and 1 December; 6 November ends daylight saving.
    assert sorted(row.date for row in rows.values()) == [
        date(2011, 11, 3),
        date(2011, 11, 10),
        date(2011, 11, 17),
        date(2011, 11, 24),
        date(2011, 12, 1),
    ]
    assert {row.start_time for row in rows.values()} == {time(10, 0)}
    assert "weekly@example.org-20111110" in rows
    assert report.notes and "2011-12-01" in report.notes[0]
    again = import_calendar_file(group_workspace, source, expand_until=date(2011, 12, 1))
    assert len(again.unchanged) == 5 and not again.created and not again.updated
    assert meetings(group_workspace) == rows


def test_exceptions_to_a_series_are_applied(group_workspace, tmp_path):
    moved = event(
        "weekly@example.org",
        ";TZID=America/New_York:20111117T150000",
        ";TZID=America/New_York:20111117T160000",
        "Weekly coordination (moved)",
        extra="RECURRENCE-ID;TZID=America/New_York:20111117T100000",
    )
    series = WEEKLY.replace(
        "RRULE:FREQ=WEEKLY;BYDAY=TH",
        "RRULE:FREQ=WEEKLY;UNTIL=20111201T150000Z\nEXDATE;TZID=America/New_York:20111124T100000",
    )
    source = calendar_file(tmp_path, series, moved)
    import_calendar_file(group_workspace, source, expand_until=date(2012, 6, 30))
    rows = meetings(group_workspace)
    assert sorted(rows) == [
        "weekly@example.org-20111103",
        "weekly@example.org-20111110",
        "weekly@example.org-20111117",
        "weekly@example.org-20111201",
    ]
    changed = rows["weekly@example.org-20111117"]
    assert (changed.start_time, changed.title) == (time(15, 0), "Weekly coordination (moved)")


def test_a_title_with_accents_commas_semicolons_and_a_newline_round_trips(
    group_workspace, tmp_path
):
    title = "Reunión, sesión 2; “seguridad ciudadana”\nsegunda línea"
    with group_workspace.writing() as session:
        uid = create_meeting(
            session,
            title=title,
            date=date(2011, 10, 20),
            start_time=time(10, 0),
            end_time=time(12, 0),
            timezone="America/New_York",
        ).uid
    source = tmp_path / "out.ics"
    export_to_file(group_workspace, source)
    from app.store import open_workspace

    other = open_workspace(tmp_path / "other.chairdesk")
    try:
        import_calendar_file(other, source)
        assert meetings(other)[uid].title == title
    finally:
        other.close()


def test_a_repeat_rule_that_cannot_be_expanded_is_refused_not_a_crash(group_workspace, tmp_path):
    source = calendar_file(tmp_path, WEEKLY.replace("FREQ=WEEKLY;BYDAY=TH", "INTERVAL=2"))
    report = import_calendar_file(group_workspace, source, expand_until=date(2011, 12, 1))
    (refused,) = report.refused
    assert "RRULE" in refused.detail
    assert meetings(group_workspace) == {}
