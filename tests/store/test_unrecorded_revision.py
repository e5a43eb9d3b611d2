"""A workspace whose version table has no row cannot be read safely: refused, untouched."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from app.cli import main
from app.store import NewerWorkspaceError, backup_file, open_workspace


def _without_revision(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "unrecorded.chairdesk"
    backup_file(demo_template, path)
    connection = sqlite3.connect(path)
    connection.execute("DELETE FROM alembic_version")
    connection.commit()
    connection.close()
    return path


def test_opening_refuses_a_file_with_no_recorded_revision(demo_template, tmp_path):
    path = _without_revision(demo_template, tmp_path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(NewerWorkspaceError, match=r"unrecorded\.chairdesk"):
        open_workspace(path)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_check_says_the_same_in_one_line(demo_template, tmp_path, capsys):
    path = _without_revision(demo_template, tmp_path)
    assert main(["check", str(path)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "newer version of Chairdesk" in err[0]
