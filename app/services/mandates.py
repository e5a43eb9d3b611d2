"""The work plan's mandates: resolution, text, area responsible, and their follow-up."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.attributes import flag_modified

from app.messages import Messages
from app.models import (
    LANGUAGES,
    Document,
    Language,
    Mandate,
    MandateStatus,
    Meeting,
    all_versions,
    localized_value,
    localized_version,
)
from app.services import validate
from app.services.errors import ValidationError
from app.services.localized import set_localized, translations_of

#: The mandate's texts papers print in their own language, and the longest each may be.
VERSIONED_FIELDS = {"resolution_title": 500, "area_responsible": 300}
#: Their versions: ``resolution_title_es``, ``area_responsible_fr`` ... ("" or None: none
#: in that language).
VERSION_FIELDS = {
    f"{field}_{code}": length for field, length in VERSIONED_FIELDS.items() for code in LANGUAGES
}
EDITABLE_FIELDS = (
    *VERSION_FIELDS,
    "resolution",
    "resolution_title",
    "text",
    "text_language",
    "translations",
    "area_responsible",
    "status",
    "due_date",
    "notes",
)


def _apply(mandate: Mandate, values: Mapping[str, Any]) -> None:
    previous = mandate.original_language
    mandate.resolution = validate.text(
        "resolution", values.get("resolution"), required=True, max_length=200
    )
    mandate.resolution_title = validate.text(
        "resolution_title", values.get("resolution_title"), max_length=500
    )
    mandate.area_responsible = validate.text(
        "area_responsible", values.get("area_responsible"), max_length=300
    )
    mandate.status = validate.choice(
        "status", values.get("status") or MandateStatus.PENDING, MandateStatus
    )
    due = values.get("due_date")
    mandate.due_date = None if due is None else validate.a_date("due_date", due)
    mandate.notes = validate.text("notes", values.get("notes"), max_length=20000)
    set_localized(
        mandate,
        "text",
        values.get("text") or "",
        values.get("text_language") or Language.EN,
        values.get("translations"),
        max_length=20000,
    )
    _set_versions(mandate, values, previous)


def _set_versions(mandate: Mandate, values: Mapping[str, Any], previous: Any) -> None:
    """The versions of the resolution title and area responsible; the original language's
    own version is ``resolution_title`` / ``area_responsible`` themselves. When the mandate's
    original language changes and the new one has a version, that version becomes the
    original (the old original stays as its own language's version)."""
    for field, length in VERSION_FIELDS.items():
        setattr(mandate, field, validate.text(field, values.get(field), max_length=length) or None)
    language = str(mandate.original_language)
    moved = previous is not None and str(previous) != language
    for field in VERSIONED_FIELDS:
        own = getattr(mandate, f"{field}_{language}")
        if moved and own and getattr(mandate, f"{field}_{previous}") == getattr(mandate, field):
            setattr(mandate, field, own)
        setattr(mandate, f"{field}_{language}", getattr(mandate, field) or None)


def mandate_versions(mandate: Mandate) -> dict[str, dict[str, str]]:
    """The resolution title and area responsible in each language ("" where there is none),
    the original language's being the original itself."""
    original = str(mandate.original_language)
    return {
        field: {
            code: (
                getattr(mandate, field) if code == original else getattr(mandate, f"{field}_{code}")
            )
            or ""
            for code in LANGUAGES
        }
        for field in VERSIONED_FIELDS
    }


def set_mandate_versions(mandate: Mandate, versions: Mapping[str, Mapping[str, str]]) -> None:
    """Save the resolution title and area responsible in each language given (``versions``:
    field, then language code); the version in the mandate's original language becomes the
    original. An empty version is removed; a field not given is kept."""
    validate.unknown_fields(versions, VERSIONED_FIELDS)
    values = {**mandate_values(mandate)}
    original = str(mandate.original_language)
    for field, by_language in versions.items():
        validate.unknown_fields(by_language, LANGUAGES)
        for code, text in by_language.items():
            values[f"{field}_{code}"] = text
        if original in by_language:
            values[field] = validate.text(
                field, by_language[original], max_length=VERSIONED_FIELDS[field]
            )
    mandate.resolution_title = values["resolution_title"]
    mandate.area_responsible = values["area_responsible"]
    _set_versions(mandate, values, None)


def mandate_text(mandate: Mandate, field: str, language: str) -> tuple[str, str]:
    """``(text, its language)``: the mandate's ``field`` ("resolution_title" or
    "area_responsible") in ``language``, else the original (a paper then lists it as
    missing)."""
    original = str(mandate.original_language or Language.EN)
    if language != original:
        version = getattr(mandate, f"{field}_{language}", None)
        if version:
            return version, language
    return getattr(mandate, field) or "", original


def add_mandate(
    session: Session, *, resolution: str, text: str, position: int | None = None, **values: Any
) -> Mandate:
    """Add a mandate at ``position`` in the work plan (1-based; default: at the end)."""
    validate.unknown_fields(values, EDITABLE_FIELDS)
    last = session.scalar(select(func.max(Mandate.position))) or 0
    if position is None:
        position = last + 1
    if not 1 <= position <= last + 1:
        raise ValidationError(
            "position",
            Messages.tr("The position must be between 1 and {last}.", last=last + 1),
        )
    _shift_positions(session, position, +1)
    mandate = Mandate(position=position)
    _apply(mandate, {**values, "resolution": resolution, "text": text})
    session.add(mandate)
    session.flush()
    return mandate


def mandate_values(mandate: Mandate) -> dict[str, Any]:
    return {
        "resolution": mandate.resolution,
        "resolution_title": mandate.resolution_title,
        "text": localized_value(mandate, "text"),
        "text_language": mandate.original_language,
        "translations": translations_of(mandate, "text"),
        "area_responsible": mandate.area_responsible,
        "status": mandate.status,
        "due_date": mandate.due_date,
        "notes": mandate.notes,
        **{field: getattr(mandate, field) for field in VERSION_FIELDS},
    }


def read_mandate_values(session: Session, mandate_id: int) -> dict[str, Any]:
    """The editable values of mandate ``mandate_id``, as ``mandate_values`` gives them."""
    return mandate_values(validate.get(session, Mandate, mandate_id, "mandate"))


def mandate_position(session: Session, mandate_id: int) -> int:
    return validate.get(session, Mandate, mandate_id, "mandate").position


def linked_meeting_ids(session: Session, mandate_id: int) -> list[int]:
    """The meetings the mandate is followed up in (NotFoundError if it is gone)."""
    return [m.id for m in validate.get(session, Mandate, mandate_id, "mandate").meetings]


def describe_mandate(mandate: Mandate) -> tuple[str, dict[str, Any]]:
    return mandate.resolution, mandate_values(mandate)


def update_mandate(
    session: Session,
    mandate_id: int,
    changes: Mapping[str, Any],
    *,
    expected_version: int | None = None,
) -> Mandate:
    """Apply ``changes``; refused with a ConflictError if the mandate changed since the
    edit began (``expected_version``, its version then)."""
    validate.unknown_fields(changes, EDITABLE_FIELDS)
    mandate = validate.get_for_edit(
        session, Mandate, mandate_id, "mandate", expected_version, describe_mandate
    )
    _apply(mandate, {**mandate_values(mandate), **changes})
    validate.flush_edit(session, "mandate", mandate.resolution, mandate_id)
    return mandate


def delete_mandate(
    session: Session, mandate_id: int, *, expected_version: int | None = None
) -> None:
    """Delete a mandate; the ones after it close up, so numbering stays 1..n. Refused
    with a ConflictError if it changed since ``expected_version`` was read."""
    mandate = validate.get_for_edit(
        session, Mandate, mandate_id, "mandate", expected_version, describe_mandate
    )
    position = mandate.position
    session.delete(mandate)
    validate.flush_edit(session, "mandate", mandate.resolution, mandate_id)
    _shift_positions(session, position + 1, -1)


def _shift_positions(session: Session, first: int, by: int) -> None:
    """Move every mandate from ``first`` on by ``by`` places, in one statement."""
    session.execute(
        update(Mandate)
        .where(Mandate.position >= first)
        .values(position=Mandate.position + by, version=Mandate.version + 1)
        .execution_options(synchronize_session="fetch")
    )


def set_links(
    session: Session,
    mandate_id: int,
    *,
    meeting_ids: Iterable[int] | None = None,
    document_ids: Iterable[int] | None = None,
    expected_version: int | None = None,
) -> Mandate:
    """Replace the meetings and/or documents the mandate is followed up in.

    A change of links is a change of the mandate: its version goes up, so that an edit
    begun before it (``expected_version``) is refused with a ConflictError.
    """
    mandate = validate.get_for_edit(
        session, Mandate, mandate_id, "mandate", expected_version, describe_mandate
    )
    before = _link_ids(mandate)
    if meeting_ids is not None:
        mandate.meetings = [validate.get(session, Meeting, i, "meeting") for i in meeting_ids]
    if document_ids is not None:
        mandate.documents = [validate.get(session, Document, i, "document") for i in document_ids]
    if _link_ids(mandate) != before:
        # Links live in other tables; without this the mandate's row would not be updated.
        flag_modified(mandate, "notes")
    validate.flush_edit(session, "mandate", mandate.resolution, mandate_id)
    return mandate


def _link_ids(mandate: Mandate) -> tuple[set[int], set[int]]:
    return {m.id for m in mandate.meetings}, {d.id for d in mandate.documents}


@dataclass(frozen=True)
class MandateRow:
    id: int
    position: int
    resolution: str
    resolution_title: str
    text: str
    area_responsible: str
    status: MandateStatus
    due_date: date | None
    meetings: tuple[str, ...]
    documents: tuple[str, ...]
    meeting_ids: tuple[int, ...]
    document_ids: tuple[int, ...]
    #: The dates of ``meetings``, for a window that writes dates in its own language.
    meeting_dates: tuple[date, ...] = ()
    #: The language ``text`` is in: the one asked for, or the original when the mandate
    #: has no version in it.
    text_language: str = ""
    #: Every version of the text, for searching in any language.
    text_versions: tuple[str, ...] = ()
    #: The dates of ``meetings``, for a window that writes dates in its own style.
    meeting_dates: tuple[date, ...] = ()
    #: The mandate's version counter when it was read (an edit in the table carries it).
    version: int = 0


def list_mandates(session: Session, *, language: str | None = None) -> list[MandateRow]:
    mandates = session.scalars(
        select(Mandate)
        .options(selectinload(Mandate.meetings), selectinload(Mandate.documents))
        .order_by(Mandate.position, Mandate.id)
    ).all()
    return [
        MandateRow(
            id=m.id,
            position=m.position,
            resolution=m.resolution,
            resolution_title=m.resolution_title,
            text=localized_version(m, "text", language)[0],
            text_language=localized_version(m, "text", language)[1],
            text_versions=all_versions(m, "text"),
            area_responsible=m.area_responsible,
            status=m.status,
            due_date=m.due_date,
            meetings=tuple(f"{x.date:%d %b %Y}" for x in m.meetings),
            meeting_dates=tuple(x.date for x in m.meetings),
            documents=tuple(d.base_symbol for d in m.documents),
            meeting_ids=tuple(x.id for x in m.meetings),
            document_ids=tuple(d.id for d in m.documents),
            version=m.version,
        )
        for m in mandates
    ]
