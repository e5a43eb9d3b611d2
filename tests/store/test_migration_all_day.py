"""Revision 0003_all_day_meetings upgrades a workspace written by the previous schema, data
intact: every meeting kept, none of them all-day."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.store import HEAD_REVISION, backup_file, open_workspace
from tests.store.migration_support import previous_revision, run_alembic

REVISION = "0003_all_day_meetings"


def _rows(path: Path, known: dict[str, list[tuple]] | None = None) -> dict[str, list[tuple]]:
    """Every row of every table; with ``known`` (an earlier result), only the columns it had:
    later revisions add columns of their own."""
    connection = sqlite3.connect(path)
    try:
        tables = [
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if row[0] != "alembic_version" and (known is None or row[0] in known)
        ]
        kept = {}
        for table in tables:
            columns = [
                row[1]
                for row in connection.execute(f'PRAGMA table_info("{table}")')
                if row[1] not in ("all_day", "end_date")
                and (known is None or row[1] in known[f"{table}:columns"][0])
            ]
            listed = ", ".join(f'"{column}"' for column in columns)
            kept[table] = connection.execute(
                f'SELECT {listed} FROM "{table}" ORDER BY rowid'
            ).fetchall()
            kept[f"{table}:columns"] = [tuple(columns)]
        return kept
    finally:
        connection.close()


def test_a_file_of_the_previous_schema_upgrades_keeping_every_meeting(
    demo_template: Path, tmp_path: Path
) -> None:
    path = tmp_path / "previous.chairdesk"
    backup_file(demo_template, path)
    run_alembic(path, "downgrade", previous_revision(REVISION))
    connection = sqlite3.connect(path)
    columns = {row[1] for row in connection.execute("PRAGMA table_info(meetings)")}
    connection.execute("UPDATE meetings SET notes = 'kept ' || id")
    connection.commit()
    connection.close()
    assert "all_day" not in columns and "end_date" not in columns
    before = _rows(path)
    assert len(before["meetings"]) >= 5 and before["agenda_items"]

    workspace = open_workspace(path)  # backs up, then upgrades to head
    workspace.close()

    assert _rows(path, before) == before
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
            HEAD_REVISION
        )
        flags = connection.execute("SELECT all_day, end_date FROM meetings").fetchall()
        assert set(flags) == {(0, None)}
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        connection.close()
