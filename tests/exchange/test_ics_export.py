"""The calendar export, read back by icalendar and by vobject (the parser Radicale uses)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar, Event

from app.exchange.ics_export import (
    CalendarEntry,
    export_calendar,
    export_to_file,
    read_entries,
    summary_of,
)
from app.exchange.ics_lines import fold
from app.models import MeetingFormat, MeetingStatus
from app.services.agenda_rows import list_items
from app.services.errors import NotFoundError
from app.services.meeting_rows import list_meetings
from app.services.meetings import cancel_meeting, create_meeting, update_meeting
from app.services.working_group import get_working_group

NEW_YORK = ZoneInfo("America/New_York")
STAMP = datetime(2011, 9, 1, 12, 0, tzinfo=UTC)


def exported(workspace, meeting_ids=None) -> bytes:
    with workspace.reading() as session:
        return export_calendar(session, meeting_ids, now=STAMP).data


def parsed(data: bytes) -> Calendar:
    calendar = Calendar.from_ical(data)
    for component in calendar.walk():
        assert component.errors == []
    return calendar


def events_by_uid(data: bytes) -> dict[str, Event]:
    return {str(event["UID"]): event for event in parsed(data).walk("VEVENT")}


def demo_meetings(workspace):
    with workspace.reading() as session:
        return [
            (row, [item.title for item in list_items(session, row.id)])
            for row in list_meetings(session)
        ]


def test_every_meeting_comes_back_with_its_zone_uid_status_and_agenda(demo_workspace):
    events = events_by_uid(exported(demo_workspace))
    meetings = demo_meetings(demo_workspace)
    assert len(events) == len(meetings) == 6  # five sessions and MISPA III itself
    for row, agenda in meetings:
        event = events[row.uid]
        assert row.title in str(event["SUMMARY"])
        if row.all_day:
            assert (event["DTSTART"].dt, event["DTEND"].dt) == (
                row.date,
                row.last_date + timedelta(days=1),
            )
        else:
            assert event["DTSTART"].params["TZID"] == row.timezone == "America/New_York"
            assert event["DTSTART"].dt == row.starts_at()
            assert event["DTEND"].dt == row.ends_at()
        assert int(event["SEQUENCE"]) == row.sequence
        expected_status = {"planned": "TENTATIVE", "cancelled": "CANCELLED"}.get(
            row.status, "CONFIRMED"
        )
        assert str(event["STATUS"]) == expected_status
        description = str(event.get("DESCRIPTION", ""))
        for number, title in enumerate(agenda, start=1):
            assert f"{number}. {title}" in description.splitlines()
        assert row.room in str(event["LOCATION"])
        assert row.venue in str(event["LOCATION"])


def test_an_independent_parser_reads_the_same_meetings(demo_workspace):
    vobject = pytest.importorskip("vobject")
    calendar = vobject.readOne(exported(demo_workspace).decode("utf-8"))
    read = {event.uid.value: event for event in calendar.vevent_list}
    for row, agenda in demo_meetings(demo_workspace):
        event = read[row.uid]
        if row.all_day:
            assert event.dtstart.value == row.date
            continue
        # vobject builds the zone from the file's VTIMEZONE, not from zoneinfo.
        assert event.dtstart.value.astimezone(UTC) == row.starts_at().astimezone(UTC)
        assert event.dtend.value.astimezone(UTC) == row.ends_at().astimezone(UTC)
        assert row.title in event.summary.value
        assert event.description.value.splitlines() == [
            f"{number}. {title}" for number, title in enumerate(agenda, start=1)
        ]
        assert event.status.value in ("CONFIRMED", "TENTATIVE")


def test_the_calendar_is_published_with_its_name_and_zone(demo_workspace):
    calendar = parsed(exported(demo_workspace))
    with demo_workspace.reading() as session:
        group = get_working_group(session)
    assert str(calendar["METHOD"]) == "PUBLISH"
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["CALSCALE"]) == "GREGORIAN"
    assert "Chairdesk" in str(calendar["PRODID"])
    assert str(calendar["X-WR-CALNAME"]) == group.name
    assert str(calendar["X-WR-TIMEZONE"]) == "America/New_York"


def test_calendar_name_only_when_the_whole_calendar_is_exported(demo_workspace):
    some = parsed(exported(demo_workspace, [1, 2]))
    assert "X-WR-CALNAME" not in some
    assert len(some.walk("VEVENT")) == 2


def test_no_organizer_or_attendee_so_outlook_does_not_see_an_invitation(demo_workspace):
    lines = exported(demo_workspace).decode().splitlines()
    assert not [line for line in lines if line.startswith(("ORGANIZER", "ATTENDEE"))]


def test_new_york_has_one_standard_and_one_daylight_yearly_rule(demo_workspace):
    calendar = parsed(exported(demo_workspace))
    (zone,) = calendar.walk("VTIMEZONE")
    assert str(zone["TZID"]) == "America/New_York"
    standard = zone.walk("STANDARD")
    daylight = zone.walk("DAYLIGHT")
    assert len(standard) == len(daylight) == 1
    assert "RDATE" not in standard[0] and "RDATE" not in daylight[0]
    assert standard[0]["RRULE"]["FREQ"] == ["YEARLY"]
    assert standard[0]["RRULE"]["BYMONTH"] == [11]
    assert standard[0]["RRULE"]["BYDAY"] == ["1SU"]
    assert daylight[0]["RRULE"]["BYMONTH"] == [3]
    assert daylight[0]["RRULE"]["BYDAY"] == ["2SU"]


def test_ten_in_new_york_on_15_september_2011_is_fourteen_utc(demo_workspace):
    events = parsed(exported(demo_workspace)).walk("VEVENT")
    timed = [event for event in events if isinstance(event["DTSTART"].dt, datetime)]
    first = min(timed, key=lambda event: event["DTSTART"].dt)
    assert first["DTSTART"].to_ical() == b"20110915T100000"
    assert first["DTSTART"].dt.astimezone(UTC) == datetime(2011, 9, 15, 14, 0, tzinfo=UTC)


def test_a_changed_time_keeps_the_uid_and_raises_the_sequence(demo_workspace):
    before = events_by_uid(exported(demo_workspace))
    with demo_workspace.writing() as session:
        meeting = update_meeting(session, 4, {"start_time": time(11, 0)})
        uid = meeting.uid
    after = events_by_uid(exported(demo_workspace))
    assert set(after) == set(before)
    assert int(after[uid]["SEQUENCE"]) == int(before[uid]["SEQUENCE"]) + 1
    assert after[uid]["DTSTART"].dt == datetime(2011, 10, 13, 11, 0, tzinfo=NEW_YORK)


def test_a_cancelled_meeting_is_exported_cancelled(demo_workspace):
    with demo_workspace.writing() as session:
        uid = cancel_meeting(session, 5).uid
    event = events_by_uid(exported(demo_workspace))[uid]
    assert str(event["STATUS"]) == "CANCELLED"
    assert str(event["TRANSP"]) == "TRANSPARENT"


def test_stamps_are_utc_and_categories_name_the_group_and_format(demo_workspace):
    event = parsed(exported(demo_workspace)).walk("VEVENT")[0]
    assert event["DTSTAMP"].dt == STAMP
    for name in ("DTSTAMP", "CREATED", "LAST-MODIFIED"):
        assert event[name].to_ical().endswith(b"Z")
    assert [str(category) for category in event.categories] == [
        "MISPA III Working Group",
        "In person",
    ]


HARD_TITLE = "Reunión de coordinación, sesión 2; temas: “seguridad”\nsegunda línea " + "é" * 80


def test_accents_commas_semicolons_newlines_and_long_lines_survive(workspace):
    vobject = pytest.importorskip("vobject")
    with workspace.writing() as session:
        meeting = create_meeting(
            session,
            title=HARD_TITLE,
            date=date(2011, 11, 17),
            start_time=time(9, 0),
            end_time=time(12, 30),
            timezone="America/Port_of_Spain",
            room="Sala “Bolívar”, piso 2; ala norte",
            venue="Hyatt Regency, Port of Spain",
        )
        uid = meeting.uid
    data = exported(workspace)
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))
    event = events_by_uid(data)[uid]
    assert str(event["SUMMARY"]) == HARD_TITLE
    assert str(event["LOCATION"]) == (
        "Sala “Bolívar”, piso 2; ala norte, Hyatt Regency, Port of Spain"
    )
    other = vobject.readOne(data.decode("utf-8")).vevent
    assert other.summary.value == HARD_TITLE
    assert other.dtstart.value.astimezone(UTC) == datetime(2011, 11, 17, 13, 0, tzinfo=UTC)


def test_a_zone_without_daylight_saving_has_one_standard_without_rule(workspace):
    with workspace.writing() as session:
        create_meeting(
            session,
            date=date(2011, 11, 17),
            start_time=time(9, 0),
            end_time=time(12, 0),
            timezone="America/Port_of_Spain",
        )
    (zone,) = parsed(exported(workspace)).walk("VTIMEZONE")
    assert zone.walk("DAYLIGHT") == []
    (standard,) = zone.walk("STANDARD")
    assert "RRULE" not in standard
    assert standard["TZOFFSETTO"].td.total_seconds() == -4 * 3600


def test_events_are_byte_for_byte_what_icalendar_itself_writes(demo_workspace):
    """The fast writer only skips work: icalendar's own Event gives the same bytes."""
    with demo_workspace.reading() as session:
        entries = read_entries(session)
        short_name = get_working_group(session).short_name
    data = exported(demo_workspace).decode("utf-8")
    for entry in entries:
        reference = _reference_event(entry, short_name).to_ical().decode("utf-8")
        assert reference in data


def _reference_event(entry: CalendarEntry, short_name: str) -> Event:
    zone = ZoneInfo(entry.timezone)
    event = Event()
    event.add("summary", summary_of(entry.title, short_name))
    if entry.all_day:
        event.add("dtstart", entry.date)
        event.add("dtend", (entry.end_date or entry.date) + timedelta(days=1))
    else:
        event.add("dtstart", datetime.combine(entry.date, entry.start_time, zone))
        event.add("dtend", datetime.combine(entry.date, entry.end_time, zone))
    event.add("dtstamp", STAMP)
    event.add("uid", entry.uid)
    event.add("sequence", entry.sequence)
    event.add("categories", [short_name, {MeetingFormat.IN_PERSON: "In person"}[entry.format]])
    event.add("created", entry.created_at)
    if entry.agenda:
        event.add(
            "description",
            "\n".join(f"{n}. {title}" for n, title in enumerate(entry.agenda, start=1)),
        )
    event.add("last-modified", entry.updated_at)
    event.add("location", entry.location)
    event.add("status", "TENTATIVE" if entry.status == MeetingStatus.PLANNED else "CONFIRMED")
    event.add("transp", "OPAQUE")
    if entry.status == MeetingStatus.HELD:
        event.add("x-chairdesk-status", "held")
    if entry.all_day:
        event.add("x-microsoft-cdo-alldayevent", "TRUE")
        event.add("x-chairdesk-timezone", entry.timezone)
    return event


@pytest.mark.parametrize(
    "line",
    [
        "SUMMARY:" + "a" * 200,
        "SUMMARY:" + "ñ" * 100,
        "DESCRIPTION:" + "x" * 65 + "\\n" + "y" * 100,
        "LOCATION:" + "€" * 30 + "\\," + "b" * 70,
        "SUMMARY:short",
    ],
)
def test_folding_matches_icalendar(line):
    from icalendar.parser import Contentline

    assert fold(line) == Contentline(line).to_ical().decode("utf-8")


def test_unknown_meeting_ids_are_named_and_nothing_is_written(demo_workspace, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(NotFoundError, match="id 99"):
        export_to_file(demo_workspace, folder / "out.ics", [1, 99])
    assert list(folder.iterdir()) == []


def test_a_cancelled_export_leaves_the_previous_file_and_no_partial_one(demo_workspace, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "calendar.ics"
    target.write_bytes(b"previous")

    class Cancelled(Exception):
        pass

    def cancel(done: int, total: int) -> None:
        raise Cancelled

    with pytest.raises(Cancelled):
        export_to_file(demo_workspace, target, progress=cancel)
    assert target.read_bytes() == b"previous"
    assert [path.name for path in folder.iterdir()] == ["calendar.ics"]


def test_export_to_file_writes_the_calendar_and_counts(demo_workspace, tmp_path: Path):
    reported = []
    target = tmp_path / "calendar.ics"
    count = export_to_file(demo_workspace, target, progress=lambda d, t: reported.append((d, t)))
    assert count == 6
    assert reported[-1] == (6, 6)
    assert len(parsed(target.read_bytes()).walk("VEVENT")) == 6
