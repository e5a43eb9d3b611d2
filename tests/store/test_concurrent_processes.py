"""Several programs on one workspace: no lost update, no silent overwrite (issue 13).

Real processes on a real server (and on one SQLite file): two save the same
meeting against the version each read, exactly one wins and the other is told
which meeting; four append 200 notes each, retrying on conflicts, and all 800 stay.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import date, time
from pathlib import Path

import pytest

from app.models import Meeting
from app.services.meetings import create_meeting
from app.store import Workspace
from tests.conftest import ENGINES, workspace_on

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(params=ENGINES)
def shared(request: pytest.FixtureRequest, tmp_path: Path) -> Workspace:
    from app.store import open_workspace

    yield from workspace_on(
        request, "pg_empty_template", lambda: open_workspace(tmp_path / "shared.chairdesk")
    )


def _meeting(workspace: Workspace, number: int = 1) -> int:
    with workspace.writing() as session:
        return create_meeting(
            session,
            date=date(2011, 9, 15),
            start_time=time(10),
            end_time=time(13),
            timezone="America/New_York",
            title=f"{number}st meeting of the Working Group",
            room="Simon Bolivar Room",
        ).id


def _editor(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.store.concurrent_editor", *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_two_programs_saving_one_meeting_one_wins_the_other_is_told(
    shared: Workspace, tmp_path: Path
) -> None:
    meeting_id = _meeting(shared)
    go = tmp_path / "go"
    editors = [
        _editor("once", shared.location, str(meeting_id), room, str(go))
        for room in ("Room A", "Room B")
    ]
    for editor in editors:
        assert editor.stdout is not None
        assert editor.stdout.readline().strip() == "ready", editor.stderr
    go.touch()
    outputs = [editor.communicate(timeout=60) for editor in editors]
    results = [out.strip() for out, _ in outputs]
    assert sorted(r.split(":")[0] for r in results) == ["conflict", "saved"], outputs
    conflict = next(r for r in results if r.startswith("conflict"))
    assert "1st meeting of the Working Group" in conflict
    winner = "Room A" if results[0] == "saved" else "Room B"
    with shared.reading() as session:
        assert session.get(Meeting, meeting_id).room == winner


@pytest.mark.slow
def test_four_programs_making_200_edits_each_lose_none(shared: Workspace) -> None:
    """Each program goes round three meetings from its own start: they meet often."""
    ids = [_meeting(shared, n) for n in (1, 2, 3)]
    listed = ",".join(map(str, ids))
    editors = [_editor("append", shared.location, listed, f"p{n}", "200") for n in range(4)]
    outputs = [editor.communicate(timeout=300) for editor in editors]
    assert all(editor.returncode == 0 for editor in editors), outputs
    with shared.reading() as session:
        notes = [note for i in ids for note in session.get(Meeting, i).notes.split()]
    assert len(notes) == 800
    assert {f"p{n}-{i}" for n in range(4) for i in range(200)} == set(notes)
