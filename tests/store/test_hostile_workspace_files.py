"""Workspace files that are not what they seem: each ends with a clear message, or is recovered."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from app.store import (
    DamagedWorkspaceError,
    NotAWorkspaceError,
    WorkspaceError,
    backup_file,
    open_workspace,
)
from app.store.file_checks import quick_check

CRASH_IN_THE_MIDDLE = """
import os, sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("PRAGMA cache_size=1")  # spill changed pages into the file before commit
connection.execute("BEGIN")
connection.execute("UPDATE meetings SET room = 'HALF-WRITTEN ' || room")
connection.execute("UPDATE contacts SET name = 'HALF-WRITTEN ' || name")
os._exit(0)  # the power went out: no commit, a hot -journal stays behind
"""


def meeting_titles(path: Path) -> list[str]:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [row[0] for row in connection.execute("SELECT room FROM meetings ORDER BY id")]
    finally:
        connection.close()


@pytest.fixture
def demo_copy(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "copy.chairdesk"
    backup_file(demo_template, path)
    return path


def test_a_hot_journal_left_by_a_crash_is_recovered_after_a_backup(demo_copy):
    before = meeting_titles(demo_copy)
    connection = sqlite3.connect(demo_copy)
    connection.execute("PRAGMA journal_mode=DELETE")  # a rollback journal, as other tools use
    connection.close()
    subprocess.run([sys.executable, "-c", CRASH_IN_THE_MIDDLE, str(demo_copy)], check=True)
    assert Path(f"{demo_copy}-journal").exists()

    workspace = open_workspace(demo_copy, create=False)
    try:
        assert any("rolled back" in w for w in workspace.warnings)
    finally:
        workspace.close()
    assert meeting_titles(demo_copy) == before
    kept = list(demo_copy.parent.glob("copy.before-recovery-*.chairdesk"))
    assert len(kept) == 1 and Path(f"{kept[0]}-journal").exists()


def test_another_programs_alembic_database_at_revision_0001_is_refused(tmp_path):
    path = tmp_path / "other.chairdesk"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
    connection.execute("INSERT INTO alembic_version VALUES ('0001')")
    connection.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, login TEXT)")
    connection.commit()
    connection.close()
    before = path.read_bytes()
    with pytest.raises(NotAWorkspaceError, match="another program"):
        open_workspace(path)
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("*before-upgrade*"))


def test_a_workspace_with_a_table_dropped_is_called_damaged(demo_copy, capsys):
    connection = sqlite3.connect(demo_copy)
    connection.execute("PRAGMA foreign_keys=OFF")
    connection.execute("DROP TABLE status_changes")
    connection.commit()
    connection.close()
    with pytest.raises(DamagedWorkspaceError, match="status_changes"):
        open_workspace(demo_copy)
    from app.cli import main

    assert main(["check", str(demo_copy)]) == 1
    assert "status_changes" in capsys.readouterr().err


def test_a_read_only_workspace_is_refused_at_open(demo_copy):
    demo_copy.chmod(stat.S_IRUSR | stat.S_IRGRP)
    try:
        with pytest.raises(WorkspaceError, match="read-only"):
            open_workspace(demo_copy)
    finally:
        demo_copy.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_a_workspace_in_a_read_only_folder_is_refused_at_open(demo_template, tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    path = folder / "ws.chairdesk"
    backup_file(demo_template, path)
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with pytest.raises(WorkspaceError, match=r"folder .* is read-only"):
            open_workspace(path)
    finally:
        folder.chmod(stat.S_IRWXU)


def test_check_of_a_fifo_named_like_a_workspace_does_not_hang(tmp_path):
    path = tmp_path / "x.chairdesk"
    os.mkfifo(path)
    done = subprocess.run(
        [sys.executable, "-m", "app", "check", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    assert "not a regular file" in done.stderr and "Traceback" not in done.stderr
    with pytest.raises(NotAWorkspaceError):
        open_workspace(path)


def test_the_quick_check_finds_a_damaged_page(demo_copy):
    assert quick_check(demo_copy) == []
    size = demo_copy.stat().st_size
    page = 4096
    with demo_copy.open("r+b") as stream:
        stream.seek(page * ((size // page) // 2) + 8)
        stream.write(b"\xff" * 64)
    assert quick_check(demo_copy) != []
