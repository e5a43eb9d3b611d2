"""Files that are not calendars end with a clear message and leave the workspace as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.exchange.ics_import import import_calendar_file
from app.exchange.ics_read import MAX_FILE_BYTES, CalendarFileError
from app.services.meeting_rows import list_meetings

GOOD_EVENT = (
    "BEGIN:VEVENT\r\nUID:new@example.org\r\nSUMMARY:New\r\n"
    "DTSTART;TZID=America/New_York:20111020T100000\r\n"
    "DTEND;TZID=America/New_York:20111020T120000\r\nEND:VEVENT\r\n"
)
HEADER = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n"


def write(tmp_path: Path, data: bytes | str) -> Path:
    path = tmp_path / "bad.ics"
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def snapshot(workspace):
    with workspace.reading() as session:
        return list_meetings(session)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"  \r\n\r\n", "is empty"),
        (bytes(range(256)) * 40, "binary"),
        (b"PK\x03\x04 this is a zip, not a calendar", "binary"),
        ("Name,Email\r\nAna,ana@example.org\r\n", "should start with BEGIN:VCALENDAR"),
        (HEADER + GOOD_EVENT, "never closed"),
        (HEADER + GOOD_EVENT.replace("END:VEVENT", "END:VTODO") + "END:VCALENDAR\r\n", "END:VTODO"),
        (
            HEADER + GOOD_EVENT.replace("20111020T120000", "next Thursday") + "END:VCALENDAR\r\n",
            "DTEND",
        ),
        (HEADER + "END:VCALENDAR\r\n", "no events"),
        ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana\r\nEND:VCARD\r\n", "BEGIN:VCARD"),
    ],
    ids=[
        "empty",
        "blank",
        "binary",
        "zip",
        "csv",
        "truncated",
        "mismatched-end",
        "bad-value",
        "no-events",
        "vcard",
    ],
)
def test_a_bad_file_is_refused_and_nothing_changes(demo_workspace, tmp_path, content, message):
    before = snapshot(demo_workspace)
    # The good event would be created if anything of the file were imported.
    with pytest.raises(CalendarFileError, match=message) as caught:
        import_calendar_file(demo_workspace, write(tmp_path, content))
    assert "nothing was imported" in str(caught.value).lower() or "no meetings" in str(caught.value)
    assert snapshot(demo_workspace) == before


def test_a_huge_file_is_refused_before_it_is_read(demo_workspace, tmp_path):
    path = tmp_path / "huge.ics"
    with open(path, "wb") as stream:
        stream.write(HEADER.encode())
        stream.truncate(MAX_FILE_BYTES + 1)  # sparse: costs no disk and no time
    before = snapshot(demo_workspace)
    with pytest.raises(CalendarFileError, match="more than the 20 MB"):
        import_calendar_file(demo_workspace, path)
    assert snapshot(demo_workspace) == before


def test_a_windows_1252_file_from_an_old_outlook_keeps_its_accents(demo_workspace, tmp_path):
    text = HEADER + GOOD_EVENT.replace("SUMMARY:New", "SUMMARY:Reunión") + "END:VCALENDAR\r\n"
    report = import_calendar_file(demo_workspace, write(tmp_path, text.encode("cp1252")))
    assert [result.title for result in report.created] == ["Reunión"]
