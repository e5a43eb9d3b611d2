"""Revision 0002_meeting_reasons_and_group upgrades a file of the previous schema, data intact."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.store import HEAD_REVISION, backup_file, open_workspace
from tests.store.migration_support import previous_revision, run_alembic

REVISION = "0002_meeting_reasons_and_group"


def _everything(path: Path, known: dict[str, list[tuple]] | None = None) -> dict[str, list[tuple]]:
    """Every row of every table, in id order, without the columns this revision adds.

    With ``known`` (an earlier result), only the tables and columns it had: later
    revisions add columns of their own.
    """
    connection = sqlite3.connect(path)
    try:
        tables = [
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if row[0] != "alembic_version" and (known is None or row[0] in known)
        ]
        # (and the columns of the revisions after it, which the upgrade to head adds too)
        added = {"status_reason", "default_room", "default_venue", "all_day", "end_date"}
        result = {}
        for table in tables:
            columns = [
                row[1]
                for row in connection.execute(f'PRAGMA table_info("{table}")')
                if row[1] not in added and (known is None or row[1] in known[f"{table}:columns"][0])
            ]
            names = ", ".join(f'"{c}"' for c in columns)
            result[table] = connection.execute(
                f'SELECT {names} FROM "{table}" ORDER BY 1'
            ).fetchall()
            result[f"{table}:columns"] = [tuple(columns)]
        return result
    finally:
        connection.close()


def test_a_file_of_the_previous_schema_upgrades_keeping_every_row(
    demo_template: Path, tmp_path: Path
) -> None:
    path = tmp_path / "previous.chairdesk"
    backup_file(demo_template, path)
    run_alembic(path, "downgrade", previous_revision(REVISION))  # what the previous program wrote
    connection = sqlite3.connect(path)
    connection.execute("UPDATE meetings SET status = 'cancelled', notes = 'kept' WHERE number = 2")
    connection.commit()
    meeting_columns = {row[1] for row in connection.execute("PRAGMA table_info(meetings)")}
    connection.close()
    assert "status_reason" not in meeting_columns
    before = _everything(path)
    assert len(before["meetings"]) == 6 and len(before["agenda_items"]) > 10

    open_workspace(path).close()  # backs up, then upgrades to head

    assert _everything(path, before) == before
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
            HEAD_REVISION
        )
        assert connection.execute(
            "SELECT status, notes, status_reason FROM meetings WHERE number = 2"
        ).fetchone() == ("cancelled", "kept", "")
        assert connection.execute(
            "SELECT default_room, default_venue FROM working_groups"
        ).fetchall() == [("", "")]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        connection.close()
