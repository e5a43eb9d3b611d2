"""A command that writes while another program holds the workspace says so in one line."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.cli import main
from app.store import Workspace


def test_import_into_a_locked_workspace_is_one_line_and_changes_nothing(
    demo_workspace: Workspace,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calendar = tmp_path / "calendar.ics"
    assert main(["export", "ics", str(demo_workspace.path), str(calendar)]) == 0
    text = calendar.read_text(encoding="utf-8").replace(
        "DTSTART;TZID=America/New_York:20110915T100000",
        "DTSTART;TZID=America/New_York:20110915T090000",
    )
    calendar.write_text(text, encoding="utf-8")
    demo_workspace.close()
    capsys.readouterr()
    monkeypatch.setattr("app.store.workspace.BUSY_TIMEOUT_MS", 50)

    other_window = sqlite3.connect(demo_workspace.path, isolation_level=None)
    other_window.execute("BEGIN IMMEDIATE")
    try:
        code = main(["import", "ics", str(demo_workspace.path), str(calendar)])
    finally:
        other_window.execute("ROLLBACK")
        other_window.close()

    err = capsys.readouterr().err.strip().splitlines()
    assert code == 1
    assert len(err) == 1
    assert "busy" in err[0] and "Traceback" not in err[0]
    check = sqlite3.connect(demo_workspace.path)
    start = check.execute("SELECT start_time FROM meetings WHERE date = '2011-09-15'").fetchone()
    check.close()
    assert start[0].startswith("10:00")
