"""Change notices: a commit elsewhere is seen, a rollback sends nothing, one's own is not news."""

from __future__ import annotations

import time
from datetime import date
from datetime import time as clock

import pytest

from app.services.meetings import create_meeting
from app.store import Workspace, open_workspace
from app.store.notices import ANY, NoticesLost, listen
from tests.conftest import ENGINES, workspace_on


@pytest.fixture(params=ENGINES)
def shared(request: pytest.FixtureRequest, tmp_path):
    yield from workspace_on(
        request, "pg_empty_template", lambda: open_workspace(tmp_path / "shared.chairdesk")
    )


def add_meeting(workspace: Workspace, kinds=("meetings",)) -> None:
    with workspace.writing(kinds) as session:
        create_meeting(
            session,
            date=date(2011, 9, 15),
            start_time=clock(10),
            end_time=clock(13),
            timezone="America/New_York",
        )


def seen_within(notices, seconds: float = 2.0) -> set[str]:
    deadline = time.monotonic() + seconds
    kinds: set[str] = set()
    while time.monotonic() < deadline and not kinds:
        kinds = notices.poll()
        time.sleep(0.02)
    return kinds


def test_a_commit_by_another_program_is_seen_within_two_seconds(shared: Workspace) -> None:
    notices = listen(shared)
    other = open_workspace(shared.location, create=False)
    try:
        add_meeting(other)
        kinds = seen_within(notices)
    finally:
        other.close()
        notices.close()
    expected = {"meetings"} if shared.is_server else {ANY}
    assert kinds == expected


def test_a_rolled_back_change_sends_no_notice(shared: Workspace) -> None:
    notices = listen(shared)
    other = open_workspace(shared.location, create=False)
    try:
        with pytest.raises(RuntimeError), other.writing(("meetings",)) as session:
            create_meeting(
                session,
                date=date(2011, 9, 15),
                start_time=clock(10),
                end_time=clock(13),
                timezone="America/New_York",
            )
            raise RuntimeError("the user cancelled")
        assert seen_within(notices, 0.5) == set()
    finally:
        other.close()
        notices.close()


def test_ones_own_changes_are_not_announced_back(shared: Workspace) -> None:
    if not shared.is_server:
        pytest.skip("a file's own writes are absorbed by the window after each write")
    notices = listen(shared)
    try:
        add_meeting(shared)
        assert seen_within(notices, 0.5) == set()
    finally:
        notices.close()


def test_a_server_that_goes_away_is_reported(shared: Workspace, pg_server) -> None:
    if not shared.is_server:
        pytest.skip("a file does not go away")
    notices = listen(shared)
    with pg_server.admin() as admin:
        admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = %s AND pid <> pg_backend_pid()",
            (shared.name,),
        )
    with pytest.raises(NoticesLost):
        seen_within(notices, 2.0)


def test_opening_a_copy_announces_no_change_by_someone_else(tmp_path, demo_template) -> None:
    """A copy (Save a Copy, a backup, the demo) is in rollback-journal mode; the workspace
    switches it to WAL on its first read, which must not read as another person's change."""
    import sqlite3

    from app.services.meeting_rows import list_meetings
    from app.store import backup_file

    copy = tmp_path / "copy.chairdesk"
    backup_file(demo_template, copy)
    probe = sqlite3.connect(str(copy))
    assert probe.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    probe.close()
    workspace = open_workspace(copy)
    notices = listen(workspace)
    try:
        with workspace.reading() as session:
            assert list_meetings(session)
        assert notices.poll() == set()
        add_meeting(workspace)  # someone else's change is still seen
        assert seen_within(notices) == {ANY}
    finally:
        notices.close()
        workspace.close()
