"""What the upgrade tests compare: every row of a file, in the tables and columns it had
before the upgrade. Later revisions add tables and columns of their own; what was there
must come through unchanged."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def table_columns(path: Path) -> dict[str, list[str]]:
    """Each table of the file (but Alembic's) and its columns."""
    connection = sqlite3.connect(path)
    try:
        tables = [
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if row[0] != "alembic_version"
        ]
        return {
            table: [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')]
            for table in tables
        }
    finally:
        connection.close()


def rows_in(path: Path, columns: dict[str, list[str]]) -> dict[str, list[tuple]]:
    """Every row of these tables, in these columns, sorted (a rebuilt table may renumber
    the rowids of a table without an integer key)."""
    connection = sqlite3.connect(path)
    try:
        result = {}
        for table, names in columns.items():
            listed = ", ".join(f'"{name}"' for name in names)
            rows = connection.execute(f'SELECT {listed} FROM "{table}"').fetchall()
            result[table] = sorted(rows, key=repr)
        return result
    finally:
        connection.close()
