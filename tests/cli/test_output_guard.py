"""No export or copy ever writes over a workspace or its journal, whatever the names."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from app.store import backup_file, open_workspace
from app.store.output_guard import OverwriteRefused, refuse_overwriting_workspace
from tests.cli.test_ics_commands import run


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def meeting_count(path: Path) -> int:
    from app.services.meeting_rows import list_meetings

    ws = open_workspace(path, create=False)
    try:
        with ws.reading() as session:
            return len(list_meetings(session))
    finally:
        ws.close()


@pytest.mark.parametrize("kind", ["ics", "xlsx"])
def test_export_named_like_its_workspace_is_refused_and_the_workspace_kept(
    demo_workspace, capsys, kind
):
    path = demo_workspace.path
    demo_workspace.close()
    before = digest(path)
    code, out, err = run(["export", kind, str(path), str(path)], capsys)
    assert code == 1 and out == ""
    assert "without destroying the workspace" in err and "Traceback" not in err
    assert digest(path) == before
    assert meeting_count(path) == 6


def test_export_over_a_link_or_the_journal_of_the_open_workspace_is_refused(
    demo_workspace, tmp_path, capsys
):
    path = demo_workspace.path
    hard = tmp_path / "calendar.ics"
    os.link(path, hard)
    soft = tmp_path / "book.xlsx"
    soft.symlink_to(path)
    wal = Path(f"{path}-wal")
    for target in (hard, soft, wal, Path(str(path).upper().lower())):
        with pytest.raises(OverwriteRefused):
            refuse_overwriting_workspace(target, [path])
    code, _, err = run(["export", "ics", str(path), str(hard)], capsys)
    assert code == 1 and "cannot replace" in err
    code, _, err = run(["export", "xlsx", str(path), str(soft)], capsys)
    assert code == 1 and "cannot replace" in err
    assert meeting_count(path) == 6


def test_export_over_another_workspace_with_any_name_is_refused(
    demo_workspace, demo_template, tmp_path, capsys
):
    other = tmp_path / "minutes.txt"
    backup_file(demo_template, other)
    before = digest(other)
    code, _, err = run(["export", "ics", str(demo_workspace.path), str(other)], capsys)
    assert code == 1 and "is a workspace" in err
    assert digest(other) == before


def test_a_copy_may_replace_an_older_closed_copy_but_not_the_source(demo_template, tmp_path):
    older = tmp_path / "older.chairdesk"
    older.write_bytes(b"")
    backup_file(demo_template, older)
    backup_file(demo_template, older)  # replacing a closed copy is what Save a Copy does
    assert meeting_count(older) == 6
    with pytest.raises(OverwriteRefused):
        backup_file(demo_template, demo_template)
    journal = Path(f"{older}-journal")
    journal.write_bytes(b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7" + bytes(504))
    with pytest.raises(OverwriteRefused):
        backup_file(demo_template, journal)
