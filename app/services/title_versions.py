"""The four language versions of a title, read and written together.

Meetings, agenda items and documents have a title, mandates a text, each held in the
four OAS languages beside the language it was written in (see ``app.models.localized``).
The side-by-side editor reads them all with ``get_title_versions`` and saves them with
``set_title_versions``; ``title_matches`` lets a search find a row by any version.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, or_

from app.messages import Messages
from app.models import LANGUAGES, AgendaItem, Document, Language, Mandate, Meeting
from app.services import validate
from app.services.errors import ConflictError, ValidationError
from app.services.localized import set_localized
from app.services.mandates import mandate_versions, set_mandate_versions
from app.services.session import Session

#: What has a title in four languages: the model, its field and the longest text allowed.
TITLED: dict[str, tuple[type[Any], str, int, str]] = {
    "meeting": (Meeting, "title", 500, "meeting"),
    "agenda_item": (AgendaItem, "title", 500, "agenda item"),
    "document": (Document, "title", 500, "document"),
    "mandate": (Mandate, "text", 20000, "mandate"),
}


@dataclass(frozen=True)
class TitleVersions:
    """A row's title in each language ("" where it has none) and its original language."""

    original_language: str
    versions: dict[str, str] = field(default_factory=dict)
    #: The row's version counter when read: saving against a newer row is refused.
    row_version: int | None = None
    #: Other texts of the row held in the four languages, edited with the title (a
    #: mandate's resolution title and area responsible): field, then language code.
    others: dict[str, dict[str, str]] = field(default_factory=dict)

    def missing(self) -> tuple[str, ...]:
        """The languages the title has no version in."""
        return tuple(code for code in LANGUAGES if not self.versions.get(code))


def _row(session: Session, kind: str, row_id: int) -> tuple[Any, str, int]:
    if kind not in TITLED:
        raise ValidationError(
            "kind", Messages.tr("“{kind}” has no title in four languages.", kind=kind)
        )
    model, name, longest, what = TITLED[kind]
    return validate.get(session, model, row_id, what), name, longest


def get_title_versions(session: Session, kind: str, row_id: int) -> TitleVersions:
    row, name, _longest = _row(session, kind, row_id)
    return TitleVersions(
        original_language=str(row.original_language),
        versions={code: getattr(row, f"{name}_{code}") or "" for code in LANGUAGES},
        row_version=getattr(row, "version", None),
        others=mandate_versions(row) if kind == "mandate" else {},
    )


def set_title_versions(
    session: Session,
    kind: str,
    row_id: int,
    original_language: Language | str,
    versions: Mapping[str, str],
    *,
    expected_version: int | None = None,
    others: Mapping[str, Mapping[str, str]] | None = None,
) -> TitleVersions:
    """Save every version at once; an empty one is removed. The original must be filled.
    ``others``: the row's other texts in four languages (``TitleVersions.others``), saved
    with it, the one in the original language being their original.

    Returns the versions as they were, which is what undoing this puts back.
    """
    row, name, longest = _row(session, kind, row_id)
    before = get_title_versions(session, kind, row_id)
    if expected_version is not None and before.row_version != expected_version:
        raise ConflictError(
            kind,
            row_id=row_id,
            message=Messages.tr(
                "Someone changed this in another window since you opened it; "
                "close the editor and open it again to see the latest version."
            ),
        )
    language = validate.choice("original_language", original_language, Language)
    original = versions.get(language.value, "")
    if not str(original or "").strip():
        raise ValidationError(
            name,
            Messages.tr("The original language needs its version: fill it in or choose another."),
        )
    translations = {code: versions.get(code, "") for code in LANGUAGES if code != language.value}
    set_localized(row, name, original, language, translations, max_length=longest)
    if others:
        if kind != "mandate":
            validate.unknown_fields(others, ())
        set_mandate_versions(row, others)
    session.flush()
    return before


def title_matches(model: type[Any], text: str, name: str = "title") -> ColumnElement[bool]:
    """A WHERE clause true when ``text`` is in any language version of ``model``'s title.

    Case-insensitive on every engine for ASCII letters; SQLite's LIKE does not fold
    accented capitals (É, Ó), which ``matches_any_version`` does for rows already read.
    """
    wanted = text.strip()
    return or_(
        *(getattr(model, f"{name}_{code}").icontains(wanted, autoescape=True) for code in LANGUAGES)
    )


def matches_any_version(versions: tuple[str, ...], text: str) -> bool:
    """Whether ``text`` is in any of ``versions`` (a row's ``title_versions``), ignoring
    case and accents' capitals alike in every language."""
    wanted = text.strip().casefold()
    return not wanted or any(wanted in version.casefold() for version in versions)
