"""``chairdesk export ics`` and ``chairdesk import ics`` as a user runs them."""

from __future__ import annotations

from pathlib import Path

import pytest
from icalendar import Calendar

from app.cli import main
from app.services.meeting_rows import list_meetings

WEEKLY = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nBEGIN:VEVENT\r\n"
    "UID:weekly@example.org\r\nSUMMARY:Weekly coordination\r\n"
    "DTSTART;TZID=America/New_York:20111103T100000\r\n"
    "DTEND;TZID=America/New_York:20111103T110000\r\n"
    "RRULE:FREQ=WEEKLY;COUNT=10\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        code = main(argv)
    except SystemExit as exit_:
        code = exit_.code if isinstance(exit_.code, int) else 1
    out, err = capsys.readouterr()
    return code, out, err


def meetings(workspace):
    with workspace.reading() as session:
        return list_meetings(session)


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def test_export_writes_every_meeting_and_says_how_many(demo_workspace, out_dir, capsys):
    target = out_dir / "calendar.ics"
    code, out, err = run(["export", "ics", str(demo_workspace.path), str(target)], capsys)
    assert (code, err) == (0, "")
    assert out.strip() == f"Wrote 6 meetings to {target}"
    assert len(Calendar.from_ical(target.read_bytes()).walk("VEVENT")) == 6
    assert [path.name for path in out_dir.iterdir()] == ["calendar.ics"]


def test_export_of_chosen_meetings(demo_workspace, out_dir, capsys):
    target = out_dir / "two.ics"
    argv = ["export", "ics", str(demo_workspace.path), str(target), "--meeting", "1"]
    code, out, _ = run([*argv, "--meeting", "3"], capsys)
    assert code == 0 and "Wrote 2 meetings" in out
    calendar = Calendar.from_ical(target.read_bytes())
    assert {str(event["UID"]) for event in calendar.walk("VEVENT")} == {
        row.uid for row in meetings(demo_workspace) if row.id in (1, 3)
    }
    assert "X-WR-CALNAME" not in calendar


def test_export_of_an_unknown_meeting_fails_with_one_line_and_no_file(
    demo_workspace, out_dir, capsys
):
    target = out_dir / "calendar.ics"
    argv = ["export", "ics", str(demo_workspace.path), str(target), "--meeting", "42"]
    code, out, err = run(argv, capsys)
    assert code == 1 and out == ""
    assert err.startswith("chairdesk: error: There is no meeting with id 42")
    assert len(err.strip().splitlines()) == 1
    assert list(out_dir.iterdir()) == []


def test_export_from_a_missing_workspace_fails_cleanly(out_dir, capsys):
    code, _, err = run(
        ["export", "ics", str(out_dir / "none.chairdesk"), str(out_dir / "x.ics")], capsys
    )
    assert code == 1 and "does not exist" in err
    assert list(out_dir.iterdir()) == []


def test_import_of_its_own_export_reports_every_meeting_unchanged(demo_workspace, out_dir, capsys):
    source = out_dir / "calendar.ics"
    run(["export", "ics", str(demo_workspace.path), str(source)], capsys)
    code, out, err = run(["import", "ics", str(demo_workspace.path), str(source)], capsys)
    assert (code, err) == (0, "")
    assert out.splitlines()[0] == "created 0, updated 0, left unchanged 6, refused 0."


def test_dry_run_shows_what_would_happen_and_writes_nothing(demo_workspace, out_dir, capsys):
    source = out_dir / "weekly.ics"
    source.write_text(WEEKLY, encoding="utf-8")
    before = meetings(demo_workspace)
    code, out, _ = run(
        [
            "import",
            "ics",
            str(demo_workspace.path),
            str(source),
            "--dry-run",
            "--expand-until",
            "2011-11-30",
        ],
        capsys,
    )
    assert code == 0
    assert out.startswith("Dry run, nothing written: would create 4,")
    assert meetings(demo_workspace) == before


def test_a_recurring_event_needs_expand_until_and_then_imports(demo_workspace, out_dir, capsys):
    source = out_dir / "weekly.ics"
    source.write_text(WEEKLY, encoding="utf-8")
    code, out, _ = run(["import", "ics", str(demo_workspace.path), str(source)], capsys)
    assert code == 0
    assert "refused 1" in out and "--expand-until" in out
    assert len(meetings(demo_workspace)) == 6
    code, out, _ = run(
        ["import", "ics", str(demo_workspace.path), str(source), "--expand-until", "2012-12-31"],
        capsys,
    )
    assert code == 0 and out.startswith("created 10,")  # COUNT=10 ends the series first
    assert len(meetings(demo_workspace)) == 16


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "binary"),
        (WEEKLY.replace("END:VCALENDAR\r\n", "").encode(), "never closed"),
    ],
    ids=["empty", "binary", "truncated"],
)
def test_a_bad_file_fails_with_one_line_and_the_workspace_untouched(
    demo_workspace, out_dir, capsys, content, message
):
    source = out_dir / "bad.ics"
    source.write_bytes(content)
    before = meetings(demo_workspace)
    code, out, err = run(["import", "ics", str(demo_workspace.path), str(source)], capsys)
    assert code == 1 and out == ""
    assert err.startswith("chairdesk: error: bad.ics") and message in err
    assert len(err.strip().splitlines()) == 1
    assert meetings(demo_workspace) == before


def test_a_bad_expand_until_date_is_a_clear_error(demo_workspace, out_dir, capsys):
    source = out_dir / "weekly.ics"
    source.write_text(WEEKLY, encoding="utf-8")
    argv = ["import", "ics", str(demo_workspace.path), str(source), "--expand-until", "31/12/2011"]
    code, _, err = run(argv, capsys)
    assert code == 1 and "YYYY-MM-DD" in err


def test_import_of_a_missing_file_names_it(demo_workspace, out_dir, capsys):
    code, _, err = run(
        ["import", "ics", str(demo_workspace.path), str(out_dir / "missing.ics")], capsys
    )
    assert code == 1 and "missing.ics" in err
