"""Setting text that is held in the four OAS languages."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.messages import Messages
from app.models import LANGUAGES, Language
from app.services import validate
from app.services.errors import ValidationError


def set_localized(
    row: Any,
    field: str,
    original: str,
    language: Language | str,
    translations: Mapping[str, str] | None = None,
    *,
    max_length: int = 500,
) -> None:
    """Set ``field`` in its original ``language`` and any translations given.

    A translation given as an empty string is removed; one not given is kept.
    """
    language = validate.choice("original_language", language, Language)
    row.original_language = language
    setattr(
        row,
        f"{field}_{language.value}",
        validate.text(field, original, required=True, max_length=max_length),
    )
    for code, value in (translations or {}).items():
        if code not in LANGUAGES:
            raise ValidationError(
                field, Messages.tr("“{code}” is not one of the OAS languages.", code=code)
            )
        if code == language.value:
            continue
        cleaned = validate.text(field, value, max_length=max_length)
        setattr(row, f"{field}_{code}", cleaned or None)


def translations_of(row: Any, field: str) -> dict[str, str]:
    """Every language version of ``field`` that is filled in, the original included."""
    return {
        code: getattr(row, f"{field}_{code}")
        for code in LANGUAGES
        if getattr(row, f"{field}_{code}", None)
    }
