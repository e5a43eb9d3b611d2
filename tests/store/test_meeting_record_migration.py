"""0004_meeting_record upgrades a workspace written by the previous schema, keeping every row."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.store import backup_file, migrate, open_workspace
from tests.store.test_migrations import _revision_of, _run

REVISION = "0004_meeting_record"
NEW_TABLES = {"attendances", "revision_requests", "follow_up_actions", "meeting_summaries"}


def _previous_revision() -> str:
    previous = migrate.script_directory().get_revision(REVISION).down_revision
    assert isinstance(previous, str)
    return previous


def _tables(connection: sqlite3.Connection) -> dict[str, list[str]]:
    names = [
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'alembic_version'"
        )
    ]
    return {
        name: [row[1] for row in connection.execute(f'PRAGMA table_info("{name}")')]
        for name in names
    }


def _contents(
    path: Path, tables: dict[str, list[str]] | None = None
) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table (of ``tables``' columns: by default, all the file has)."""
    connection = sqlite3.connect(path)
    try:
        tables = tables or _tables(connection)
        return {
            name: connection.execute(
                f'SELECT {", ".join(columns)} FROM "{name}" ORDER BY rowid'
            ).fetchall()
            for name, columns in tables.items()
        }
    finally:
        connection.close()


def test_a_previous_schema_file_is_backed_up_and_upgraded_keeping_every_row(
    demo_template: Path, tmp_path: Path
) -> None:
    path = tmp_path / "previous.chairdesk"
    backup_file(demo_template, path)
    previous = _previous_revision()
    _run(path, "downgrade", previous)
    assert _revision_of(path) == previous
    connection = sqlite3.connect(path)
    previous_tables = _tables(connection)
    connection.close()
    before = _contents(path)
    assert not NEW_TABLES & set(before)
    assert len(before["agenda_items"]) == 11 and len(before["contacts"]) >= 35

    workspace = open_workspace(path)
    try:
        assert any("upgraded" in warning for warning in workspace.warnings)
    finally:
        workspace.close()

    assert _revision_of(path) == migrate.HEAD_REVISION
    assert _contents(path, previous_tables) == before
    connection = sqlite3.connect(path)
    try:
        assert connection.execute(
            "SELECT quorum_rule, quorum_number, member_states_total FROM working_groups"
        ).fetchall() == [("majority", None, 35)]
        assert connection.execute(
            "SELECT count(*) FROM agenda_items WHERE recorded_without_quorum = 0"
        ).fetchone() == (11,)
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        connection.close()
    backups = list(tmp_path.glob(f"previous.before-upgrade-{previous}-*.chairdesk"))
    assert len(backups) == 1
    assert _contents(backups[0]) == before
