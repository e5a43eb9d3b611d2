"""Text held in the four OAS languages, one of them the original.

Each translatable field ``x`` is four nullable columns ``x_en``, ``x_es``,
``x_fr``, ``x_pt`` beside an ``original_language`` column, with a CHECK that
the original is filled in. Four columns rather than a translation table: the
set of official languages is fixed, lists read the title without a join, and a
fallback is one ``COALESCE``.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import CheckConstraint, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import str_enum
from app.models.enums import Language

LANGUAGES: tuple[str, ...] = tuple(language.value for language in Language)


def original_filled_check(field: str, name: str) -> CheckConstraint:
    """CHECK that the column of the original language is not empty."""
    cases = " ".join(
        f"WHEN '{code}' THEN {field}_{code} IS NOT NULL AND length({field}_{code}) > 0"
        for code in LANGUAGES
    )
    return CheckConstraint(f"CASE original_language {cases} ELSE 1 = 0 END", name=name)


def localized_value(row: Any, field: str, language: str | None = None) -> str:
    """The text of ``field`` in ``language``, else in the row's original language."""
    return localized_version(row, field, language)[0]


def localized_version(row: Any, field: str, language: str | None = None) -> tuple[str, str]:
    """``(text, its language)``: ``field`` in ``language``, else in the original language
    (a reader then sees the second differ from what was asked)."""
    if language:
        value = getattr(row, f"{field}_{language}", None)
        if value:
            return value, language
    original = str(row.original_language)
    return getattr(row, f"{field}_{original}") or "", original


def all_versions(row: Any, field: str) -> tuple[str, ...]:
    """Every filled-in version of ``field`` (the original first), for searching."""
    original = str(row.original_language)
    codes = [original, *(code for code in LANGUAGES if code != original)]
    return tuple(value for code in codes if (value := getattr(row, f"{field}_{code}", None)))


class LocalizedTitle:
    """Mixin: a title in four languages plus the original language."""

    original_language: Mapped[Language] = mapped_column(
        str_enum(Language, "original_language"), default=Language.EN
    )
    title_en: Mapped[str | None] = mapped_column(String(500))
    title_es: Mapped[str | None] = mapped_column(String(500))
    title_fr: Mapped[str | None] = mapped_column(String(500))
    title_pt: Mapped[str | None] = mapped_column(String(500))

    @property
    def title(self) -> str:
        return localized_value(self, "title")
