"""Inserting many validated rows at once, returning their new ids in order.

An import of 100,000 invitees adds 100,000 contacts, entries and status changes. One
service call per row would take minutes; SQLAlchemy's ordered RETURNING falls back
to one statement per row on SQLite, and its per-row parameter processing costs more
than SQLite's own work. So rows go to the driver's ``executemany`` as tuples, after
each column's bind conversion (enums to their value, timestamps to SQLite's text
form) has been applied, once per distinct value, with the column type's own bind
processor so the stored values are exactly those the ORM would store.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from sqlalchemy import DateTime, Integer, String, Table, func, literal, select
from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.orm import Session
from sqlalchemy.types import TypeEngine


def _binds_alike(value: Any, stored: Any) -> bool:
    """True when the driver stores ``value`` just as it would store ``stored``.

    A StrEnum member is a str, so sqlite3 binds it as the text of its value.
    """
    if isinstance(value, str) and isinstance(stored, str):
        return str.__eq__(value, stored)
    return type(value) is type(stored) and value == stored


def _converted(row: Sequence[Any], conversions: list[tuple[int, dict[Any, Any]]]) -> tuple:
    values = list(row)
    for index, stored in conversions:
        values[index] = stored[values[index]]
    return tuple(values)


def _literal(table: Table, name: str, value: Any, dialect: Dialect) -> str:
    """``value`` as SQL text, stored exactly as a bound parameter of the column would be."""
    column_type = table.c[name].type.dialect_impl(dialect)
    processor = column_type.bind_processor(dialect)
    stored = processor(value) if processor is not None else value
    kind: TypeEngine[Any] = String()
    if isinstance(stored, int):
        kind = Integer()
    elif isinstance(stored, datetime):  # PostgreSQL's driver takes datetimes as they are
        kind = DateTime()
    return str(
        literal(stored, kind).compile(dialect=dialect, compile_kwargs={"literal_binds": True})
    )


def insert_rows(
    session: Session,
    table: Table,
    columns: Sequence[str],
    rows: Iterable[tuple[Any, ...]],
    constants: Mapping[str, Any] | None = None,
) -> list[int]:
    """Insert ``rows`` (values in ``columns`` order) into ``table``; return the new ids.

    ``constants`` are columns with one value for every row (a timestamp, a list id):
    converted once and written into the statement instead of into each row.

    Must run inside a write transaction (``Workspace.writing`` begins IMMEDIATE), so no
    one else inserts meanwhile: SQLite gives each new row the next id above the
    largest, so n rows inserted after a largest id of ``before`` get before+1 ..
    before+n in order; the last one's id (``last_insert_rowid``) confirms it.
    """
    connection = session.connection()
    dialect = connection.dialect
    prepared = rows if isinstance(rows, list) else list(rows)
    if not prepared:
        return []
    conversions: list[tuple[int, dict[Any, Any]]] = []
    for index, name in enumerate(columns):
        column_type = table.c[name].type
        processor = column_type.dialect_impl(dialect).bind_processor(dialect)
        if processor is None:
            continue
        stored = {value: processor(value) for value in {row[index] for row in prepared}}
        if any(not _binds_alike(value, kept) for value, kept in stored.items()):
            conversions.append((index, stored))
    if conversions:
        prepared = [_converted(row, conversions) for row in prepared]
    fixed = {
        name: _literal(table, name, value, dialect) for name, value in (constants or {}).items()
    }
    if dialect.name == "postgresql":
        return _insert_with_reserved_ids(connection, table, columns, prepared, fixed)
    before = connection.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar_one()
    names = ", ".join(f'"{name}"' for name in (*columns, *fixed))
    marks = ", ".join(["?"] * len(columns) + list(fixed.values()))
    connection.exec_driver_sql(f'INSERT INTO "{table.name}" ({names}) VALUES ({marks})', prepared)
    last = connection.exec_driver_sql("SELECT last_insert_rowid()").scalar_one()
    if last != before + len(prepared):
        raise RuntimeError(f"{table.name}: the inserted rows did not get consecutive ids")
    ids = list(range(before + 1, last + 1))
    return ids


def _insert_with_reserved_ids(
    connection: Connection,
    table: Table,
    columns: Sequence[str],
    rows: list[tuple[Any, ...]],
    fixed: dict[str, str],
) -> list[int]:
    """PostgreSQL: take the ids from the table's sequence first, then insert them with the rows.

    Other people may insert into the same table meanwhile, so ids are not assumed to
    follow each other: they are reserved, in order, and written explicitly.
    """
    ids = list(
        connection.exec_driver_sql(
            "SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)",
            (f'"{table.name}"', len(rows)),
        ).scalars()
    )
    names = ", ".join(f'"{name}"' for name in ("id", *columns, *fixed))
    constants = [value.replace("%", "%%") for value in fixed.values()]
    marks = ", ".join(["%s"] * (len(columns) + 1) + constants)
    connection.exec_driver_sql(
        f'INSERT INTO "{table.name}" ({names}) VALUES ({marks})',
        [(row_id, *row) for row_id, row in zip(ids, rows, strict=True)],
    )
    return ids


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a large import builds its rows.

    Reading and planning 100,000 rows creates several hundred thousand small objects
    that all stay alive until the end; each full collection walks all of them again,
    which measured here at a third of the import's time. Nothing of the import forms
    cycles (reference counting frees it), so the collector is simply resumed after.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
