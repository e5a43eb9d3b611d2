"""Checks shared by the services; each raises ValidationError naming the field."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from datetime import date, time
from enum import StrEnum
from functools import lru_cache
from typing import Any, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from app.messages import Messages
from app.services import field_messages
from app.services.errors import ConflictError, ValidationError, gone

E = TypeVar("E", bound=StrEnum)
T = TypeVar("T")

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def text(field: str, value: Any, *, required: bool = False, max_length: int = 500) -> str:
    if value is None:
        value = ""
    if not isinstance(value, str):
        value = str(value)
    value = value.strip()
    if required and not value:
        raise ValidationError(field, field_messages.empty(field))
    if len(value) > max_length:
        raise ValidationError(field, field_messages.too_long(field, len(value), max_length))
    return value


def choice(field: str, value: Any, enum: type[E]) -> E:
    try:
        return enum(value)
    except ValueError:
        allowed = ", ".join(member.value for member in enum)
        raise ValidationError(field, field_messages.not_a_choice(field, value, allowed)) from None


def optional_choice(field: str, value: Any, enum: type[E]) -> E | None:
    return None if value in (None, "") else choice(field, value, enum)


@lru_cache(maxsize=1)
def known_timezones() -> frozenset[str]:
    return frozenset(available_timezones())


def timezone(field: str, value: Any) -> str:
    name = text(field, value, required=True, max_length=64)
    if name not in known_timezones():
        try:
            ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValidationError(
                field,
                Messages.tr(
                    "“{name}” is not a known time zone. Pick one such as America/New_York "
                    "or America/Port_of_Spain.",
                    name=name,
                ),
            ) from None
    return name


def email(field: str, value: Any) -> str:
    address = text(field, value, max_length=320)
    if address and not EMAIL.match(address):
        raise ValidationError(
            field, Messages.tr("“{address}” is not a valid e-mail address.", address=address)
        )
    return address


def a_date(field: str, value: Any) -> date:
    if isinstance(value, date):
        return value
    raise ValidationError(field, field_messages.not_a_date(field))


def a_time(field: str, value: Any) -> time:
    if isinstance(value, time):
        return value
    raise ValidationError(field, field_messages.not_a_time(field))


def positive_int(field: str, value: Any, *, optional: bool = True) -> int | None:
    if value in (None, "") and optional:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise ValidationError(field, field_messages.not_a_positive_number(field))
    return value


def unknown_fields(changes: Mapping[str, Any], allowed: Iterable[str]) -> None:
    extra = set(changes) - set(allowed)
    if extra:
        names = ", ".join(sorted(extra))
        raise ValidationError(
            sorted(extra)[0], Messages.tr("Cannot change {fields}.", fields=names)
        )


def get(session: Session, model: type[T], row_id: int, what: str) -> T:
    row = session.get(model, row_id)
    if row is None:
        raise gone(what)
    return row


def get_for_edit(
    session: Session,
    model: type[T],
    row_id: int,
    what: str,
    expected_version: int | None,
    describe: Callable[[T], tuple[str, dict[str, Any]]],
) -> T:
    """The row to change, refused when it changed since the edit began.

    ``expected_version`` is the row's version counter as read when the edit began (the
    dialog opened, the cell editor started); None skips the check (a fresh read-modify
    -write in one transaction). ``describe`` gives the row's name and current values
    for the :class:`ConflictError`. A change committed between this read and the write
    is caught by the version counter at flush: see :func:`flush_edit`.
    """
    row = get(session, model, row_id, what)
    version = getattr(row, "version", None)
    if expected_version is not None and version != expected_version:
        label, current = describe(row)
        raise ConflictError(what, label, row_id=row_id, current=current, current_version=version)
    return row


def flush_edit(session: Session, what: str, label: str, row_id: int | None = None) -> None:
    """Flush, turning "the row changed under us" (a stale version counter) into a conflict."""
    try:
        session.flush()
    except StaleDataError as exc:
        raise ConflictError(what, label, row_id=row_id) from exc
