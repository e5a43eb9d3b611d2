"""0004_meeting_record upgrades a workspace written by the previous schema, keeping every row."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.store import backup_file, migrate, open_workspace
from tests.store.migration_support import (
    contents,
    previous_revision,
    revision_of,
    run_alembic,
    table_columns,
)

REVISION = "0004_meeting_record"
NEW_TABLES = {"attendances", "revision_requests", "follow_up_actions", "meeting_summaries"}


def test_a_previous_schema_file_is_backed_up_and_upgraded_keeping_every_row(
    demo_template: Path, tmp_path: Path
) -> None:
    path = tmp_path / "previous.chairdesk"
    backup_file(demo_template, path)
    previous = previous_revision(REVISION)
    run_alembic(path, "downgrade", previous)
    assert revision_of(path) == previous
    connection = sqlite3.connect(path)
    previous_tables = table_columns(connection)
    connection.close()
    before = contents(path)
    assert not NEW_TABLES & set(before)
    assert len(before["agenda_items"]) == 11 and len(before["contacts"]) >= 35

    workspace = open_workspace(path)
    try:
        assert any("upgraded" in warning for warning in workspace.warnings)
    finally:
        workspace.close()

    assert revision_of(path) == migrate.HEAD_REVISION
    assert contents(path, previous_tables) == before
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
    assert contents(backups[0]) == before
