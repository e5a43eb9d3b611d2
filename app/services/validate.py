"""Checks shared by the services; each raises ValidationError naming the field."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date, time
from enum import StrEnum
from functools import lru_cache
from typing import Any, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from sqlalchemy.orm import Session

from app.services.errors import NotFoundError, ValidationError

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
        raise ValidationError(field, f"The {label(field)} cannot be empty.")
    if len(value) > max_length:
        raise ValidationError(
            field,
            f"The {label(field)} is too long ({len(value)} characters, at most {max_length}).",
        )
    return value


def label(field: str) -> str:
    return field.replace("_", " ")


def choice(field: str, value: Any, enum: type[E]) -> E:
    try:
        return enum(value)
    except ValueError:
        allowed = ", ".join(member.value for member in enum)
        raise ValidationError(
            field, f"“{value}” is not a valid {label(field)}. Use one of: {allowed}."
        ) from None


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
                f"“{name}” is not a known time zone. Pick one such as America/New_York "
                "or America/Port_of_Spain.",
            ) from None
    return name


def email(field: str, value: Any) -> str:
    address = text(field, value, max_length=320)
    if address and not EMAIL.match(address):
        raise ValidationError(field, f"“{address}” is not a valid e-mail address.")
    return address


def a_date(field: str, value: Any) -> date:
    if isinstance(value, date):
        return value
    raise ValidationError(field, f"The {label(field)} must be a date.")


def a_time(field: str, value: Any) -> time:
    if isinstance(value, time):
        return value
    raise ValidationError(field, f"The {label(field)} must be a time of day.")


def positive_int(field: str, value: Any, *, optional: bool = True) -> int | None:
    if value in (None, "") and optional:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise ValidationError(field, f"The {label(field)} must be a whole number above zero.")
    return value


def unknown_fields(changes: Mapping[str, Any], allowed: Iterable[str]) -> None:
    extra = set(changes) - set(allowed)
    if extra:
        raise ValidationError(sorted(extra)[0], f"Cannot change {', '.join(sorted(extra))}.")


def get(session: Session, model: type[T], row_id: int, what: str) -> T:
    row = session.get(model, row_id)
    if row is None:
        raise NotFoundError(f"That {what} no longer exists; it may have been deleted elsewhere.")
    return row
