"""``chairdesk copy``: a whole workspace from a file to a server database and back, verified.

Every row of every table is copied as it is stored: ids, UIDs, iCalendar SEQUENCE
numbers, version counters and revision files (BLOB on SQLite, ``bytea`` on PostgreSQL).
The target must be empty; the copy is one transaction that commits only after the
row counts of every table and the SHA-256 of every file read back from the target
equal the source's. On PostgreSQL the id sequences are then set past the copied ids.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, func, insert, select, text, update
from sqlalchemy.orm import Session

from app.messages import Messages
from app.models import Base
from app.store.errors import WorkspaceError
from app.store.server import is_server_url
from app.store.workspace import Workspace, open_workspace, write_new_workspace

CHUNK = 2000
FILES_TABLE = "revision_files"

#: Called with (table name, rows copied so far) as the copy goes.
Progress = Callable[[str, int], None]


class CopyError(WorkspaceError):
    """The copy was refused or did not verify; the target was left without it."""


@dataclass
class CopyReport:
    rows: dict[str, int] = field(default_factory=dict)
    files: int = 0

    @property
    def total_rows(self) -> int:
        return sum(self.rows.values())


def _self_references(table: Table) -> list[str]:
    """Columns pointing at the same table (an agenda item deferred from another)."""
    return [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]


def _chunks(connection: Connection, table: Table) -> Iterator[list[dict[str, Any]]]:
    key = [table.c.id] if "id" in table.c else list(table.primary_key.columns)
    result = connection.execution_options(yield_per=CHUNK).execute(select(table).order_by(*key))
    for partition in result.mappings().partitions():
        yield [dict(row) for row in partition]


def _copy_table(source: Connection, target: Connection, table: Table) -> int:
    deferred = _self_references(table)
    copied = 0
    later: list[dict[str, Any]] = []
    for rows in _chunks(source, table):
        if deferred:
            later += [
                {"row_id": row["id"], **{name: row[name] for name in deferred}}
                for row in rows
                if any(row[name] is not None for name in deferred)
            ]
            rows = [{**row, **dict.fromkeys(deferred)} for row in rows]
        target.execute(insert(table), rows)
        copied += len(rows)
    if later:
        from sqlalchemy import bindparam

        target.execute(
            update(table)
            .where(table.c.id == bindparam("row_id"))
            .values({name: bindparam(name) for name in deferred}),
            later,
        )
    return copied


def _file_hashes(connection: Connection) -> dict[int, str]:
    """Each revision file's SHA-256, computed from the bytes as the database gives them."""
    table = Base.metadata.tables[FILES_TABLE]
    hashes: dict[int, str] = {}
    result = connection.execution_options(yield_per=50).execute(select(table.c.id, table.c.content))
    for row_id, content in result:
        hashes[row_id] = hashlib.sha256(bytes(content or b"")).hexdigest()
    return hashes


def _counts(connection: Connection) -> dict[str, int]:
    return {
        table.name: connection.scalar(select(func.count()).select_from(table)) or 0
        for table in Base.metadata.sorted_tables
    }


def _reset_id_sequences(connection: Connection) -> None:
    for table in Base.metadata.sorted_tables:
        if "id" not in table.c:
            continue
        connection.execute(
            text(
                "SELECT setval(pg_get_serial_sequence(:name, 'id'), "
                f'(SELECT coalesce(max(id), 0) + 1 FROM "{table.name}"), false)'
            ),
            {"name": f'"{table.name}"'},
        )


def _fill(source: Workspace, target: Connection, progress: Progress | None) -> CopyReport:
    report = CopyReport()
    with source.engine.connect() as reading:
        if any(_counts(target).values()):
            raise CopyError(
                Messages.tr(
                    "The target workspace is not empty; copy only into an empty database or a "
                    "new file. Nothing was copied."
                )
            )
        for table in Base.metadata.sorted_tables:
            report.rows[table.name] = _copy_table(reading, target, table)
            if progress is not None:
                progress(table.name, report.rows[table.name])
        if target.dialect.name == "postgresql":
            _reset_id_sequences(target)
        expected_counts = _counts(reading)
        expected_hashes = _file_hashes(reading)
    if _counts(target) != expected_counts:
        raise CopyError(
            Messages.tr("The copy did not verify: row counts differ. Nothing was copied.")
        )
    if _file_hashes(target) != expected_hashes:
        raise CopyError(
            Messages.tr("The copy did not verify: a revision file differs. Nothing was copied.")
        )
    report.files = len(expected_hashes)
    return report


def copy_workspace(
    source: Workspace, target: Path | str, progress: Progress | None = None
) -> CopyReport:
    """Copy ``source`` whole into ``target`` (a new file, or an empty server database)."""
    if is_server_url(target):
        destination = open_workspace(str(target), create=True)
        try:
            if destination.address == source.address:
                raise CopyError(Messages.tr("The source and the target are the same database."))
            with destination.writing() as session:
                return _fill(source, session.connection(), progress)
        finally:
            destination.close()
    path = Path(target).expanduser()
    if path.exists() and path.stat().st_size > 0:
        raise CopyError(
            Messages.tr(
                "{file} exists already. Choose a new file name; nothing was copied.", file=path
            )
        )
    if source.path is not None and path.resolve() == source.path.resolve():
        raise CopyError(Messages.tr("The source and the target are the same file."))
    reports: list[CopyReport] = []

    def fill(session: Session) -> None:
        reports.append(_fill(source, session.connection(), progress))

    write_new_workspace(path, fill)
    return reports[0]
