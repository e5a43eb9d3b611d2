"""What the migration tests share: run Alembic on a file as the program does, read a file's
tables and rows, run a piece of SQL on the test server, find a revision's predecessor."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from alembic import command
from sqlalchemy import Connection, text

from app.store import migrate
from app.store.server import make_server_engine, parse_server_url
from app.store.workspace import make_engine


def run_alembic(path: Path, action: str, revision: str) -> None:
    """Run ``alembic upgrade|downgrade REVISION`` on ``path`` as the program does."""
    engine = make_engine(path)
    config = migrate.alembic_config()
    try:
        with engine.connect() as connection:
            connection.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")
            config.attributes["connection"] = connection
            getattr(command, action)(config, revision)
    finally:
        engine.dispose()


def revision_of(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        connection.close()


def previous_revision(revision: str) -> str:
    """The revision ``revision`` upgrades from."""
    previous = migrate.script_directory().get_revision(revision).down_revision
    assert isinstance(previous, str)
    return previous


def table_columns(connection: sqlite3.Connection) -> dict[str, list[str]]:
    """Each table of the file (Alembic's own left out) with its columns."""
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


def contents(
    path: Path, tables: dict[str, list[str]] | None = None
) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table (of ``tables``' columns: by default, all the file has)."""
    connection = sqlite3.connect(path)
    try:
        tables = tables or table_columns(connection)
        return {
            name: connection.execute(
                f'SELECT {", ".join(columns)} FROM "{name}" ORDER BY rowid'
            ).fetchall()
            for name, columns in tables.items()
        }
    finally:
        connection.close()


def on_server(url: str, work: Callable[[Connection], object]) -> object:
    """Run ``work`` on a connection to the server database ``url``, then commit."""
    address, _ = parse_server_url(url)
    engine = make_server_engine(address)
    try:
        with engine.connect() as connection:
            result = work(connection)
            connection.commit()
            return result
    finally:
        engine.dispose()


def upgrade_server_to(url: str, revision: str) -> None:
    """Build the schema of ``revision`` in the server database ``url`` (an older program's)."""

    def upgrade(connection: Connection) -> None:
        config = migrate.alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, revision)

    on_server(url, upgrade)


def server_rows(url: str, sql: str) -> list[tuple[object, ...]]:
    """The rows ``sql`` selects in the server database ``url``."""

    def select(connection: Connection) -> list[tuple[object, ...]]:
        return [tuple(row) for row in connection.execute(text(sql))]

    result = on_server(url, select)
    assert isinstance(result, list)
    return result
