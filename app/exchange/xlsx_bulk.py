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

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session


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


def insert_rows(
    session: Session, table: Table, columns: Sequence[str], rows: Iterable[tuple[Any, ...]]
) -> list[int]:
    """Insert ``rows`` (values in ``columns`` order) into ``table``; return the new ids.

    Must run inside a write transaction (``Workspace.writing`` begins IMMEDIATE), so no
    one else inserts meanwhile: SQLite gives each new row the next id above the
    largest, and the new ids are those above the largest id before, in row order.
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
    before = connection.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar_one()
    names = ", ".join(f'"{name}"' for name in columns)
    marks = ", ".join("?" for _ in columns)
    connection.exec_driver_sql(f'INSERT INTO "{table.name}" ({names}) VALUES ({marks})', prepared)
    ids = list(
        connection.execute(select(table.c.id).where(table.c.id > before).order_by(table.c.id))
        .scalars()
        .all()
    )
    if len(ids) != len(prepared) or ids[-1] - ids[0] + 1 != len(ids):
        raise RuntimeError(f"{table.name}: the inserted rows did not get consecutive ids")
    return ids
