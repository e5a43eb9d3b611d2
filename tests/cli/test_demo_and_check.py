"""``chairdesk demo`` and ``chairdesk check``: one clear line on failure, files untouched."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main
from app.store import HEAD_REVISION, backup_file, open_workspace

PNG = b"\x89PNG\r\n\x1a\n" + bytes(100)


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        code = main(argv)
    except SystemExit as exit_:
        code = exit_.code if isinstance(exit_.code, int) else 1
    out, err = capsys.readouterr()
    return code, out, err


def fingerprint(path: Path) -> tuple[str, list[str]]:
    """The file's SHA-256, and every file beside it that shares its name (-wal, -shm...)."""
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    return digest, sorted(p.name for p in path.parent.glob(path.name + "*"))


def assert_one_line_error(code: int, out: str, err: str) -> str:
    assert code == 1
    assert out == ""
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("chairdesk: error: ")
    return lines[0]


def test_demo_then_check_reports_the_head_revision(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "x.chairdesk"
    code, out, err = run(["demo", str(path)], capsys)
    assert (code, err) == (0, "")
    assert str(path) in out
    # Written whole and renamed: no partial file or journal left behind.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.chairdesk"]

    before = fingerprint(path)
    code, out, err = run(["check", str(path)], capsys)
    assert (code, err) == (0, "")
    assert f"Schema revision {HEAD_REVISION} (current)" in out
    assert "6 meetings" in out
    assert "11 agenda items" in out
    assert "36 contacts" in out  # 35 delegations and the secretariat (meeting records)
    assert fingerprint(path) == before


def test_demo_refuses_an_existing_file_and_leaves_it_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "mine.chairdesk"
    path.write_text("my notes\n", encoding="utf-8")
    before = fingerprint(path)
    line = assert_one_line_error(*run(["demo", str(path)], capsys))
    assert "exists already" in line
    assert fingerprint(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine.chairdesk"]


def test_demo_into_a_new_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "new" / "folder" / "demo.chairdesk"
    code, _, err = run(["demo", str(path)], capsys)
    assert (code, err) == (0, "")
    workspace = open_workspace(path, create=False)
    workspace.close()


def workspace_at_revision(template: Path, path: Path, revision: str) -> Path:
    backup_file(template, path)
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    connection.commit()
    connection.close()
    return path


def text_file(tmp_path: Path, _template: Path) -> Path:
    path = tmp_path / "minutes.chairdesk"
    path.write_text("Minutes of the first meeting\n", encoding="utf-8")
    return path


def png_file(tmp_path: Path, _template: Path) -> Path:
    path = tmp_path / "logo.chairdesk"
    path.write_bytes(PNG)
    return path


def truncated(tmp_path: Path, template: Path) -> Path:
    path = tmp_path / "cut.chairdesk"
    data = template.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    return path


def unknown_revision(tmp_path: Path, template: Path) -> Path:
    return workspace_at_revision(template, tmp_path / "future.chairdesk", "9999zz")


def other_sqlite(tmp_path: Path, _template: Path) -> Path:
    path = tmp_path / "photos.chairdesk"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY)")
    connection.commit()
    connection.close()
    return path


def broken_links(tmp_path: Path, template: Path) -> Path:
    """A workspace whose rows point to rows that are gone, as a crashed tool might leave it."""
    path = tmp_path / "broken.chairdesk"
    backup_file(template, path)
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA foreign_keys=OFF")
    connection.execute("DELETE FROM contacts WHERE id IN (SELECT id FROM contacts LIMIT 2)")
    connection.commit()
    connection.close()
    return path


@pytest.mark.parametrize(
    ("make", "says"),
    [
        (text_file, "not an SQLite file"),
        (png_file, "not an SQLite file"),
        (truncated, "damaged"),
        (unknown_revision, "9999zz"),
        (other_sqlite, "not a Chairdesk workspace"),
        (broken_links, "points to a missing row of contacts"),
    ],
    ids=["text", "png", "truncated", "unknown-revision", "other-sqlite", "broken-links"],
)
def test_check_refuses_with_one_line_and_touches_nothing(
    make, says: str, demo_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = make(tmp_path, demo_template)
    before = fingerprint(path)
    line = assert_one_line_error(*run(["check", str(path)], capsys))
    assert says in line
    assert path.name in line
    assert fingerprint(path) == before


@pytest.mark.parametrize("name", ["missing.chairdesk", "empty.chairdesk"])
def test_check_of_a_missing_or_empty_file(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / name
    if name.startswith("empty"):
        path.touch()
    line = assert_one_line_error(*run(["check", str(path)], capsys))
    assert name in line
    assert path.exists() == name.startswith("empty")
    if path.exists():
        assert path.stat().st_size == 0


def test_the_installed_chairdesk_command(tmp_path: Path) -> None:
    # This Python's own entry point first: another Python's on PATH is another install.
    beside = Path(sys.executable).parent / "chairdesk"
    executable = str(beside) if beside.exists() else shutil.which("chairdesk")
    if executable is None:
        pytest.skip("the chairdesk entry point is not installed (pip install -e .)")
    path = tmp_path / "x.chairdesk"
    demo = subprocess.run(
        [executable, "demo", str(path)], capture_output=True, text=True, timeout=120, check=False
    )
    assert demo.returncode == 0, demo.stderr
    check = subprocess.run(
        [executable, "check", str(path)], capture_output=True, text=True, timeout=120, check=False
    )
    assert check.returncode == 0, check.stderr
    assert f"Schema revision {HEAD_REVISION}" in check.stdout

    path.write_bytes(path.read_bytes()[:4096])
    damaged = subprocess.run(
        [executable, "check", str(path)], capture_output=True, text=True, timeout=120, check=False
    )
    assert damaged.returncode == 1
    assert damaged.stdout == ""
    assert len(damaged.stderr.splitlines()) == 1
    assert "Traceback" not in damaged.stderr
