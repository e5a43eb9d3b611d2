"""Revision 0005_invitations upgrades a workspace written by the previous schema, data intact."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.store import HEAD_REVISION, backup_file, open_workspace
from tests.store.migration_support import previous_revision, run_alembic

NEW_TABLES = {"meeting_invitee_lists", "sent_invitations", "invitation_replies", "published_events"}


def _counts(path: Path) -> dict[str, int]:
    connection = sqlite3.connect(path)
    try:
        tables = [
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if row[0] not in NEW_TABLES and row[0] != "alembic_version"
        ]
        return {t: connection.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        connection.close()


def test_a_file_of_the_previous_schema_upgrades_keeping_every_row(
    demo_template: Path, tmp_path: Path
) -> None:
    path = tmp_path / "previous.chairdesk"
    backup_file(demo_template, path)
    # Take the file back to what the previous program wrote: no invitation tables.
    run_alembic(path, "downgrade", previous_revision("0005_invitations"))
    before = _counts(path)
    assert before["meetings"] == 6 and before["list_entries"] == 35
    connection = sqlite3.connect(path)
    connection.execute("UPDATE working_groups SET notes = 'kept'")
    connection.commit()
    columns = {row[1] for row in connection.execute("PRAGMA table_info(working_groups)")}
    connection.close()
    assert "organizer_email" not in columns

    workspace = open_workspace(path)  # backs up, then upgrades to head
    workspace.close()

    after = _counts(path)  # later revisions may add tables of their own
    assert {table: after[table] for table in before} == before
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
            HEAD_REVISION
        )
        row = connection.execute(
            "SELECT notes, organizer_name, organizer_email FROM working_groups"
        ).fetchone()
        assert row == ("kept", "", "")
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        connection.close()
