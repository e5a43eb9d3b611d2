"""Read-only look at a file before anything writes to it."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from app.messages import Messages
from app.store.errors import DamagedWorkspaceError, NotAWorkspaceError, WorkspaceError

SQLITE_MAGIC = b"SQLite format 3\x00"
VERSION_TABLE = "alembic_version"


@dataclass(frozen=True)
class FileState:
    """What a file holds: nothing yet, or a Chairdesk schema at ``revision``."""

    empty: bool
    revision: str | None


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot change the file, not even its journal mode.

    A read-only connection to a WAL file still creates ``-wal`` and ``-shm`` files
    beside it and leaves them there; when no ``-wal`` (or rollback ``-journal``)
    exists, no one has the file open and nothing waits in a log, so it is read as
    immutable and nothing is created.
    """
    uri = f"{path.resolve().as_uri()}?mode=ro"
    if not any(Path(f"{path}{log}").exists() for log in ("-wal", "-journal")):
        uri += "&immutable=1"
    return sqlite3.connect(uri, uri=True)


def inspect_file(path: Path) -> FileState:
    """Tell an empty/new file, a Chairdesk workspace and anything else apart, touching nothing."""
    from app.store.file_checks import refuse_foreign_tables, refuse_special_file

    if not path.exists():
        return FileState(empty=True, revision=None)
    if path.is_dir():
        raise NotAWorkspaceError(
            Messages.tr("{file} is a folder. Choose a .chairdesk file.", file=path)
        )
    refuse_special_file(path)
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise WorkspaceError(
            Messages.tr(
                "{file} cannot be read ({reason}). Check its permissions.",
                file=path,
                reason=exc.strerror,
            )
        ) from exc
    if not header:
        return FileState(empty=True, revision=None)
    if header != SQLITE_MAGIC:
        raise NotAWorkspaceError(
            Messages.tr(
                "{file} is not a Chairdesk workspace (it is not an SQLite file). "
                "Choose a .chairdesk file, or create a new workspace.",
                file=path.name,
            )
        )
    try:
        connection = connect_read_only(path)
        try:
            tables = {
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if not tables:
                return FileState(empty=True, revision=None)
            if VERSION_TABLE not in tables:
                raise NotAWorkspaceError(
                    Messages.tr(
                        "{file} is an SQLite database but not a Chairdesk workspace. "
                        "Choose a .chairdesk file, or create a new workspace.",
                        file=path.name,
                    )
                )
            row = connection.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchone()
            refuse_foreign_tables(path, tables, row[0] if row else None)
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        raise DamagedWorkspaceError(
            Messages.tr(
                "{file} is damaged and cannot be read ({reason}). "
                "Open a backup copy of it instead; this file was left as it is.",
                file=path.name,
                reason=exc,
            )
        ) from exc
    return FileState(empty=False, revision=row[0] if row else None)


def integrity_problems(path: Path) -> list[str]:
    """SQLite's integrity and foreign-key checks, read-only; an empty list means healthy."""
    try:
        connection = connect_read_only(path)
        try:
            problems = [
                row[0] for row in connection.execute("PRAGMA integrity_check") if row[0] != "ok"
            ]
            problems += [
                f"row {rowid} of {table} points to a missing row of {parent}"
                for table, rowid, parent, _ in connection.execute("PRAGMA foreign_key_check")
            ]
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return problems


COUNTED_TABLES = {
    "meetings": "meetings",
    "agenda items": "agenda_items",
    "documents": "documents",
    "revisions": "revisions",
    "contacts": "contacts",
    "invitee lists": "invitee_lists",
    "mandates": "mandates",
}


def table_counts(path: Path) -> dict[str, int]:
    """How many rows the main tables hold, read-only."""
    connection = connect_read_only(path)
    try:
        return {
            label: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for label, table in COUNTED_TABLES.items()
        }
    finally:
        connection.close()
