"""Calendars as Outlook, Google, Apple and Thunderbird write them: the right meetings at the
right instants, SEQUENCE kept, and a second import changes nothing."""

from __future__ import annotations

import os
import stat
from datetime import UTC, date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from app.exchange.ics_export import export_calendar, export_to_file
from app.exchange.ics_import import import_calendar_file
from app.exchange.ics_read import CalendarFileError, parse_calendar
from app.models import MeetingStatus
from app.services.meeting_rows import list_meetings
from app.services.meetings import create_meeting, update_meeting
from app.services.working_group import save_working_group

DATA = Path(__file__).parent / "data"
OUTLOOK_UID = (
    "040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5CC01"
    "000000000000000010000000F1E2D3C4B5A69788"
)


def meetings(workspace):
    with workspace.reading() as session:
        return {row.uid: row for row in list_meetings(session)}


def exported_sequences(workspace) -> dict[str, int]:
    with workspace.reading() as session:
        data = export_calendar(session).data
    return {str(e["UID"]): int(e["SEQUENCE"]) for e in Calendar.from_ical(data).walk("VEVENT")}


def instant(row) -> datetime:
    return datetime.combine(row.date, row.start_time, ZoneInfo(row.timezone)).astimezone(UTC)


@pytest.fixture
def group_workspace(workspace):
    """A working group at Washington headquarters preparing a ministerial in Port of Spain."""
    with workspace.writing() as session:
        save_working_group(
            session,
            {
                "name": "Working Group",
                "short_name": "WG",
                "default_timezone": "America/New_York",
                "ministerial_city": "Port of Spain",
            },
        )
    return workspace


def test_an_outlook_invitation_keeps_its_sequence_zone_and_title(group_workspace):
    report = import_calendar_file(group_workspace, DATA / "outlook_request.ics")
    assert len(report.created) == 2 and not report.refused
    row = meetings(group_workspace)[OUTLOOK_UID]
    assert row.sequence == 2
    assert row.title == "Reunión preparatoria de delegaciones"
    # "SA Western Standard Time" in Port of Spain is America/Port_of_Spain, not La Paz.
    assert row.timezone == "America/Port_of_Spain"
    assert instant(row) == datetime(2011, 11, 16, 14, tzinfo=UTC)
    assert exported_sequences(group_workspace)[OUTLOOK_UID] == 2
    # The Eastern one lands in New York with its SEQUENCE.
    other = next(r for r in meetings(group_workspace).values() if r.uid != OUTLOOK_UID)
    assert (other.timezone, other.sequence) == ("America/New_York", 1)
    assert instant(other) == datetime(2011, 10, 13, 14, tzinfo=UTC)


def test_an_outlook_cancellation_cancels_keeps_the_title_and_its_higher_sequence(
    group_workspace,
):
    import_calendar_file(group_workspace, DATA / "outlook_request.ics")
    report = import_calendar_file(group_workspace, DATA / "outlook_cancel.ics")
    assert [result.detail for result in report.updated] == ["status changed"]
    row = meetings(group_workspace)[OUTLOOK_UID]
    assert row.status == MeetingStatus.CANCELLED
    assert row.title == "Reunión preparatoria de delegaciones"
    assert row.sequence == 3
    assert exported_sequences(group_workspace)[OUTLOOK_UID] == 3
    again = import_calendar_file(group_workspace, DATA / "outlook_cancel.ics")
    assert (len(again.updated), len(again.unchanged)) == (0, 1)
    assert meetings(group_workspace)[OUTLOOK_UID].sequence == 3


@pytest.mark.parametrize("prefix", ["Canceled: ", "Cancelled: ", "Cancelado: "])
def test_a_cancelled_title_prefix_alone_cancels_the_meeting(group_workspace, tmp_path, prefix):
    import_calendar_file(group_workspace, DATA / "outlook_request.ics")
    text = (DATA / "outlook_cancel.ics").read_text(encoding="utf-8")
    text = text.replace("METHOD:CANCEL", "METHOD:PUBLISH").replace("STATUS:CANCELLED\r\n", "")
    text = text.replace("Canceled: ", prefix)
    source = tmp_path / "cancel.ics"
    source.write_text(text, encoding="utf-8", newline="")
    import_calendar_file(group_workspace, source)
    row = meetings(group_workspace)[OUTLOOK_UID]
    assert row.status == MeetingStatus.CANCELLED
    assert row.title == "Reunión preparatoria de delegaciones"


def test_outlook_resaving_a_port_of_spain_meeting_as_sa_western_changes_nothing(
    group_workspace, tmp_path
):
    """The file names the Windows zone; the meeting keeps its zone and its SEQUENCE."""
    uid = "mispa-pos@chairdesk"
    with group_workspace.writing() as session:
        create_meeting(
            session,
            date=date(2011, 11, 16),
            start_time=time(10),
            end_time=time(12),
            timezone="America/Port_of_Spain",
            title="Preparatory meeting",
            room="Hyatt Regency",
            uid=uid,
        )
    text = (DATA / "outlook_request.ics").read_text(encoding="utf-8")
    text = text.replace(OUTLOOK_UID, uid).replace("SEQUENCE:2", "SEQUENCE:0")
    text = text.replace("Hyatt Regency\\, Port of Spain", "Hyatt Regency")
    text = text.replace("Reunión preparatoria de delegaciones", "Preparatory meeting")
    # As a user's Outlook elsewhere would: no city to tell the zone by.
    source = tmp_path / "resaved.ics"
    source.write_text(text, encoding="utf-8", newline="")
    before = meetings(group_workspace)[uid]
    report = import_calendar_file(group_workspace, source)
    assert [r.title for r in report.unchanged] == ["Preparatory meeting"]
    after = meetings(group_workspace)[uid]
    assert after.timezone == "America/Port_of_Spain"
    assert after.sequence == before.sequence


def test_the_same_instant_written_in_another_zone_is_no_change(group_workspace, tmp_path):
    uid = "same-instant@chairdesk"
    with group_workspace.writing() as session:
        create_meeting(
            session,
            date=date(2011, 11, 16),
            start_time=time(10),
            end_time=time(12),
            timezone="America/Port_of_Spain",
            title="Coordination",
            uid=uid,
        )
    # 10:00 in Port of Spain (-04) is 09:00 in New York (-05) that day.
    source = tmp_path / "ny.ics"
    source.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nBEGIN:VEVENT\r\n"
        f"UID:{uid}\r\nSUMMARY:Coordination\r\n"
        "DTSTART;TZID=America/New_York:20111116T090000\r\n"
        "DTEND;TZID=America/New_York:20111116T110000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        encoding="utf-8",
        newline="",
    )
    report = import_calendar_file(group_workspace, source)
    assert len(report.unchanged) == 1 and not report.updated
    row = meetings(group_workspace)[uid]
    assert (row.timezone, row.start_time, row.sequence) == ("America/Port_of_Spain", time(10), 0)


def test_google_utc_and_floating_times_follow_x_wr_timezone(group_workspace):
    report = import_calendar_file(group_workspace, DATA / "google.ics")
    assert len(report.created) == 2 and not report.refused
    rows = meetings(group_workspace)
    heads = rows["4kq1n5d2vp8g7h0j3s6t9u2w1x@google.com"]
    assert heads.timezone == "America/Port_of_Spain"
    assert (heads.start_time, heads.end_time) == (time(10), time(12))
    # A floating 08:00 in a calendar marked Port of Spain is 08:00 there, not in New York.
    floating = rows["7ab3cd9ef0gh1ij2kl3mn4op5q@google.com"]
    assert (floating.timezone, floating.start_time) == ("America/Port_of_Spain", time(8))
    assert instant(floating) == datetime(2011, 11, 16, 12, tzinfo=UTC)
    assert floating.sequence == 1


def test_apple_and_thunderbird_files_land_at_tzdatas_instants(group_workspace):
    import_calendar_file(group_workspace, DATA / "apple.ics")
    import_calendar_file(group_workspace, DATA / "thunderbird.ics")
    rows = meetings(group_workspace)
    mexico = rows["6C9D1F2A-3B4C-4D5E-8F90-A1B2C3D4E5F6"]
    assert mexico.timezone == "America/Mexico_City"
    assert instant(mexico) == datetime(2023, 6, 15, 16, tzinfo=UTC)
    brazil = rows["5f3c2a1b-8d7e-4f6a-9b0c-1d2e3f4a5b6c"]
    assert (brazil.timezone, brazil.sequence) == ("America/Sao_Paulo", 4)
    assert instant(brazil) == datetime(2011, 10, 20, 12, tzinfo=UTC)


@pytest.mark.parametrize(
    "name", ["outlook_request.ics", "google.ics", "apple.ics", "thunderbird.ics"]
)
def test_importing_a_client_file_twice_changes_nothing(group_workspace, name):
    import_calendar_file(group_workspace, DATA / name)
    before = meetings(group_workspace)
    again = import_calendar_file(group_workspace, DATA / name)
    assert not again.created and not again.updated and not again.refused
    assert meetings(group_workspace) == before


def test_a_changed_meeting_keeps_its_sequence_in_a_new_workspace(
    demo_workspace, group_workspace, tmp_path
):
    with demo_workspace.writing() as session:
        update_meeting(session, 4, {"room": "Room B"})
        update_meeting(session, 4, {"room": "Room C"})
    source = tmp_path / "demo.ics"
    export_to_file(demo_workspace, source)
    import_calendar_file(group_workspace, source)
    original = {row.uid: row.sequence for row in meetings(demo_workspace).values()}
    copied = {row.uid: row.sequence for row in meetings(group_workspace).values()}
    assert copied == original
    assert max(copied.values()) == 2


def test_an_unchanged_event_with_a_higher_sequence_raises_the_stored_one(demo_workspace, tmp_path):
    source = tmp_path / "demo.ics"
    export_to_file(demo_workspace, source, [4])
    uid = meetings(demo_workspace)
    text = source.read_text(encoding="utf-8").replace("SEQUENCE:0", "SEQUENCE:7")
    source.write_text(text, encoding="utf-8", newline="")
    report = import_calendar_file(demo_workspace, source)
    assert len(report.unchanged) == 1
    rows = {row.id: row for row in meetings(demo_workspace).values()}
    assert rows[4].sequence == 7
    assert exported_sequences(demo_workspace)[rows[4].uid] == 7
    assert uid  # the other meetings are untouched
    assert all(row.sequence == 0 for row in rows.values() if row.id != 4)


def test_a_fold_inside_a_utf8_character_keeps_the_accent(group_workspace, tmp_path):
    """RFC 5545 3.1 lets a fold fall between the two octets of "ó"."""
    summary = "SUMMARY:Reunión de coordinación con las delegaciones de Centroamérica y el Caribe"
    data = summary.encode("utf-8")
    cut = data.index("ó".encode()) + 1  # between the two octets of the first "ó"
    folded = data[:cut] + b"\r\n " + data[cut:]
    body = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nBEGIN:VEVENT\r\nUID:fold@t\r\n"
        + folded
        + b"\r\nDTSTART;TZID=America/New_York:20111020T100000\r\n"
        b"DTEND;TZID=America/New_York:20111020T120000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    source = tmp_path / "folded.ics"
    source.write_bytes(body)
    report = import_calendar_file(group_workspace, source)
    assert not report.notes
    assert meetings(group_workspace)["fold@t"].title == summary.removeprefix("SUMMARY:")


def test_a_windows_1252_file_is_read_as_such_and_the_report_says_so(group_workspace, tmp_path):
    text = (DATA / "thunderbird.ics").read_text(encoding="utf-8")
    source = tmp_path / "old.ics"
    source.write_bytes(text.encode("cp1252"))
    report = import_calendar_file(group_workspace, source)
    assert "Consulta con la delegación de Brasil" in [r.title for r in report.created]
    assert any("Windows-1252" in note for note in report.notes)


def test_a_file_in_no_known_encoding_is_refused_with_the_line(tmp_path):
    data = (DATA / "thunderbird.ics").read_bytes().replace(b"Itamaraty", b"Itamara\x81\x8d\x8f")
    with pytest.raises(CalendarFileError) as caught:
        parse_calendar(data, "odd.ics")
    assert "not UTF-8" in str(caught.value)
    assert "LOCATION" in str(caught.value)


def test_the_export_follows_the_umask(demo_workspace, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    previous = os.umask(0o022)
    try:
        export_to_file(demo_workspace, folder / "shared.ics")
        os.umask(0o002)
        export_to_file(demo_workspace, folder / "group.ics")
    finally:
        os.umask(previous)
    assert stat.S_IMODE((folder / "shared.ics").stat().st_mode) == 0o644
    assert stat.S_IMODE((folder / "group.ics").stat().st_mode) == 0o664
    assert sorted(path.name for path in folder.iterdir()) == ["group.ics", "shared.ics"]
