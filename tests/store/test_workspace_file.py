"""Opening, writing and refusing workspace files: what a user with two windows or a wrong
file would run into."""

from __future__ import annotations

import hashlib
import sqlite3
import threading
import time
from datetime import date
from datetime import time as clock
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from app.models import Contact, Meeting
from app.services.contacts import add_contact
from app.services.errors import ConflictError
from app.services.meetings import create_meeting, update_meeting
from app.store import (
    HEAD_REVISION,
    DamagedWorkspaceError,
    NewerWorkspaceError,
    NotAWorkspaceError,
    Workspace,
    WorkspaceError,
    backup_file,
    open_workspace,
)
from app.store import workspace as workspace_module

PNG_HEADER = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06"


def _fingerprint(path: Path) -> tuple[str, list[str]]:
    """The file's SHA-256 and the names of every file beside it that shares its name."""
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    return digest, sorted(p.name for p in path.parent.glob(path.name + "*"))


def _pragmas(connection: object) -> tuple:
    return tuple(
        connection.execute(text(f"PRAGMA {name}")).scalar()  # type: ignore[attr-defined]
        for name in ("foreign_keys", "journal_mode", "synchronous", "busy_timeout")
    )


def test_every_connection_gets_the_pragmas(workspace: Workspace) -> None:
    with workspace.reading() as session:
        read = _pragmas(session)
    with workspace.writing() as session:
        write = _pragmas(session)
    # A second connection at the same time: the pool opens a new one.
    with workspace.engine.connect() as first, workspace.engine.connect() as second:
        extra = [_pragmas(first), _pragmas(second)]
    for foreign_keys, journal_mode, synchronous, busy_timeout in [read, write, *extra]:
        assert foreign_keys == 1
        assert journal_mode == "wal"
        assert synchronous == 2  # FULL
        assert busy_timeout > 0


def test_foreign_keys_are_enforced(workspace: Workspace) -> None:
    from app.models import ListEntry

    with pytest.raises(Exception, match="FOREIGN KEY"), workspace.writing() as session:
        session.add(ListEntry(list_id=999, contact_id=999, role="", status="invited"))
        session.flush()


def _one_contact_count(workspace: Workspace) -> int:
    with workspace.reading() as session:
        return session.scalar(select(func.count()).select_from(Contact)) or 0


def test_a_second_window_that_reads_then_writes_waits_for_the_first(
    workspace_path: Path, workspace: Workspace
) -> None:
    """With a deferred BEGIN, the read would pin a snapshot and the write fail at once."""
    other = open_workspace(workspace_path)
    started, finished = threading.Event(), threading.Event()

    def first_window() -> None:
        with workspace.writing() as session:
            add_contact(session, name="First window")
            started.set()
            time.sleep(0.6)
        finished.set()

    thread = threading.Thread(target=first_window)
    thread.start()
    try:
        assert started.wait(5)
        begun = time.perf_counter()
        with other.writing() as session:
            seen = session.scalar(select(func.count()).select_from(Contact))
            add_contact(session, name="Second window")
        waited = time.perf_counter() - begun
    finally:
        thread.join()
        other.close()
    assert finished.is_set()
    # The second window saw the first one's contact: it started after that commit.
    assert seen == 1
    assert waited > 0.3
    assert _one_contact_count(workspace) == 2


def test_a_write_blocked_longer_than_the_busy_timeout_fails_cleanly(
    workspace_path: Path, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(workspace_module, "BUSY_TIMEOUT_MS", 300)
    other = open_workspace(workspace_path)
    try:
        with workspace.writing() as session:
            add_contact(session, name="Holding the lock")
            begun = time.perf_counter()
            with pytest.raises(OperationalError, match="locked"), other.writing() as blocked:
                blocked.scalar(select(func.count()).select_from(Contact))
            waited = time.perf_counter() - begun
    finally:
        other.close()
    assert waited >= 0.25
    assert _one_contact_count(workspace) == 1


def test_a_failed_action_writes_nothing(workspace: Workspace) -> None:
    with pytest.raises(RuntimeError), workspace.writing() as session:
        add_contact(session, name="Half written")
        raise RuntimeError("the user action failed after its first step")
    assert _one_contact_count(workspace) == 0


def _meeting(workspace: Workspace) -> int:
    with workspace.writing() as session:
        return create_meeting(
            session,
            date=date(2011, 9, 15),
            start_time=clock(10),
            end_time=clock(13),
            timezone="America/New_York",
            title="First meeting",
        ).id


def test_two_windows_cannot_silently_overwrite_each_other(workspace: Workspace) -> None:
    meeting_id = _meeting(workspace)
    stale = Session(workspace.engine, expire_on_commit=False)
    try:
        on_screen = stale.get(Meeting, meeting_id)
        stale.commit()
        with workspace.writing() as session:
            update_meeting(session, meeting_id, {"notes": "Saved by the other window"})
        assert on_screen.version == 1
        with pytest.raises(ConflictError, match="First meeting"):
            update_meeting(stale, meeting_id, {"notes": "Saved from an old screen"})
            stale.commit()
    finally:
        stale.close()
    with workspace.reading() as session:
        assert session.get(Meeting, meeting_id).notes == "Saved by the other window"


def _set_revision(path: Path, revision: str) -> None:
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    connection.commit()
    connection.close()


def test_a_file_from_a_newer_chairdesk_is_refused_untouched(workspace_path: Path) -> None:
    open_workspace(workspace_path).close()
    _set_revision(workspace_path, "9999zz")
    before = _fingerprint(workspace_path)
    assert before[1] == [workspace_path.name]

    with pytest.raises(NewerWorkspaceError) as refused:
        open_workspace(workspace_path)

    assert "newer version of Chairdesk" in str(refused.value)
    assert "9999zz" in str(refused.value)
    assert _fingerprint(workspace_path) == before


@pytest.mark.parametrize(
    "content",
    [b"Meeting notes, not a workspace\n", PNG_HEADER + bytes(200)],
    ids=["text", "png"],
)
def test_a_file_that_is_not_sqlite_is_refused_untouched(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "notes.chairdesk"
    path.write_bytes(content)
    before = _fingerprint(path)
    with pytest.raises(NotAWorkspaceError, match="not an SQLite file"):
        open_workspace(path)
    assert _fingerprint(path) == before


def test_an_sqlite_file_of_another_program_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    connection.execute("INSERT INTO photos (name) VALUES ('beach')")
    connection.commit()
    connection.close()
    before = _fingerprint(path)
    with pytest.raises(NotAWorkspaceError, match="not a Chairdesk workspace"):
        open_workspace(path)
    assert _fingerprint(path) == before


def test_a_truncated_workspace_is_refused_untouched(demo_template: Path, tmp_path: Path) -> None:
    path = tmp_path / "cut.chairdesk"
    path.write_bytes(demo_template.read_bytes()[:5000])
    before = _fingerprint(path)
    with pytest.raises(DamagedWorkspaceError, match="damaged"):
        open_workspace(path)
    assert _fingerprint(path) == before


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(NotAWorkspaceError, match="folder"):
        open_workspace(tmp_path)


def test_a_missing_file_is_not_created_when_asked_not_to(tmp_path: Path) -> None:
    path = tmp_path / "missing.chairdesk"
    with pytest.raises(WorkspaceError, match="does not exist"):
        open_workspace(path, create=False)
    assert not path.exists()


def test_a_new_workspace_is_created_at_the_head_revision(workspace_path: Path) -> None:
    workspace = open_workspace(workspace_path)
    workspace.close()
    connection = sqlite3.connect(workspace_path)
    try:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (
            HEAD_REVISION,
        )
    finally:
        connection.close()
    assert workspace.name == "test"
    assert workspace.warnings == []


def test_backup_of_a_live_workspace_has_the_same_data(
    demo_workspace: Workspace, tmp_path: Path
) -> None:
    copy = tmp_path / "copy.chairdesk"
    with demo_workspace.writing() as session:
        add_contact(session, name="Added just before the backup")
    # A read transaction is open while the copy is made, as when the window is busy.
    with demo_workspace.reading() as session:
        session.scalar(select(func.count()).select_from(Contact))
        demo_workspace.backup_to(copy)

    reopened = open_workspace(copy, create=False)
    try:
        with reopened.reading() as session:
            names = set(session.scalars(select(Contact.name)))
            assert session.scalar(select(func.count()).select_from(Meeting)) == 6
    finally:
        reopened.close()
    assert "Added just before the backup" in names
    assert len(names) == 37  # 35 delegations, the secretariat, the one added


def test_a_backup_cannot_replace_the_workspace_itself(demo_workspace: Workspace) -> None:
    before = hashlib.sha256(demo_workspace.path.read_bytes()).hexdigest()
    with pytest.raises(WorkspaceError, match="cannot replace"):
        backup_file(demo_workspace.path, demo_workspace.path)
    assert hashlib.sha256(demo_workspace.path.read_bytes()).hexdigest() == before


INTERRUPTED_WRITER = """
import os, sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("PRAGMA cache_size=1")  # spill changed pages into the file before commit
connection.execute("BEGIN")
connection.execute("UPDATE alembic_version SET version_num = '9999zz'")
connection.execute("UPDATE filler SET text = 'changed ' || text")
os._exit(0)  # the power went out: no commit, a hot -journal stays behind
"""


def test_a_write_interrupted_in_another_program_is_not_read_as_committed(
    tmp_path: Path,
) -> None:
    import subprocess
    import sys

    path = tmp_path / "interrupted.chairdesk"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
    connection.execute("INSERT INTO alembic_version VALUES (?)", (HEAD_REVISION,))
    connection.execute("CREATE TABLE filler (text TEXT)")
    connection.executemany("INSERT INTO filler VALUES (?)", [("x" * 500,)] * 2000)
    connection.commit()
    connection.close()
    subprocess.run([sys.executable, "-c", INTERRUPTED_WRITER, str(path)], check=True)
    assert Path(f"{path}-journal").exists()
    before = _fingerprint(path)

    # The uncommitted "9999zz" must not be taken for a newer Chairdesk's schema: the
    # crash is rolled back (after a copy of both files), and what was committed is read.
    with pytest.raises(WorkspaceError) as refused:
        open_workspace(path)
    assert not isinstance(refused.value, NewerWorkspaceError)
    assert "another program" in str(refused.value)  # a version table, but no tables of ours
    kept = next(tmp_path.glob("interrupted.before-recovery-*.chairdesk"))
    assert _fingerprint(kept)[0] == before[0]
    assert not Path(f"{path}-journal").exists()


def test_a_workspace_on_a_network_share_is_warned_about(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    share = tmp_path / "share"
    share.mkdir()
    mounts = f"/dev/sda1 / ext4 rw 0 0\n//server/oas {share.resolve()} cifs rw 0 0\n"

    def fake_open(name: str, *args: object, **kwargs: object) -> io.StringIO:
        assert name == "/proc/mounts"
        return io.StringIO(mounts)

    monkeypatch.setattr(workspace_module, "open", fake_open, raising=False)
    remote = open_workspace(share / "remote.chairdesk")
    local = open_workspace(tmp_path / "local.chairdesk")
    remote.close()
    local.close()
    assert len(remote.warnings) == 1
    assert "network share" in remote.warnings[0]
    assert local.warnings == []
