"""The working group a workspace prepares, and its officers."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.messages import Messages
from app.models import LANGUAGES, Language, Officer, OfficerRole, WorkingGroup
from app.services import validate
from app.services.errors import ValidationError

TEXT_FIELDS = {
    "name": 500,
    "short_name": 100,
    "parent_body": 300,
    "mandate_resolution": 200,
    "prepares": 300,
    "ministerial_city": 200,
    "ministerial_country": 200,
    "notes": 20000,
    "organizer_name": 300,
    "default_room": 300,
    "default_venue": 300,
}
#: The group's texts the papers print in their own language, and the longest each may be.
VERSIONED_FIELDS = {"name": 500, "parent_body": 300}
#: Their versions: ``name_es``, ``parent_body_fr`` ... ("" or absent: none in that language).
VERSION_FIELDS = {
    f"{field}_{code}": length for field, length in VERSIONED_FIELDS.items() for code in LANGUAGES
}
EDITABLE_FIELDS = (
    *TEXT_FIELDS,
    *VERSION_FIELDS,
    "original_language",
    "ministerial_start",
    "ministerial_end",
    "default_timezone",
    "organizer_email",
)


def get_working_group(session: Session) -> WorkingGroup | None:
    return session.scalar(select(WorkingGroup).order_by(WorkingGroup.id).limit(1))


def save_working_group(session: Session, values: Mapping[str, Any]) -> WorkingGroup:
    """Create the workspace's working group, or change it."""
    validate.unknown_fields(values, EDITABLE_FIELDS)
    group = get_working_group(session) or WorkingGroup(name="")
    current = {field: getattr(group, field, None) for field in EDITABLE_FIELDS}
    merged = {**current, **values}
    for field, length in TEXT_FIELDS.items():
        setattr(
            group,
            field,
            validate.text(field, merged[field], required=field == "name", max_length=length),
        )
    _set_versions(group, merged)
    start: date | None = merged["ministerial_start"]
    end: date | None = merged["ministerial_end"]
    if start is not None:
        validate.a_date("ministerial_start", start)
    if end is not None:
        validate.a_date("ministerial_end", end)
    if start and end and end < start:
        raise ValidationError(
            "ministerial_end", Messages.tr("The ministerial meeting cannot end before it starts.")
        )
    group.ministerial_start, group.ministerial_end = start, end
    group.organizer_email = validate.email("organizer_email", merged["organizer_email"] or "")
    group.default_timezone = validate.timezone(
        "default_timezone", merged["default_timezone"] or "America/New_York"
    )
    session.add(group)
    session.flush()
    return group


def _set_versions(group: WorkingGroup, merged: Mapping[str, Any]) -> None:
    """The versions of the name and parent body; the original language's own version is
    ``name`` / ``parent_body`` themselves, whatever was given for it."""
    for field, length in VERSION_FIELDS.items():
        setattr(group, field, validate.text(field, merged[field], max_length=length) or None)
    language = validate.choice(
        "original_language", merged["original_language"] or Language.EN, Language
    )
    group.original_language = language
    for field in VERSIONED_FIELDS:
        setattr(group, f"{field}_{language.value}", getattr(group, field) or None)


def group_text(group: WorkingGroup, field: str, language: str) -> tuple[str, str]:
    """``(text, its language)``: the group's ``field`` ("name" or "parent_body") in
    ``language``, else the original (a paper then lists it as missing)."""
    original = str(group.original_language or Language.EN)
    if language != original:
        version = getattr(group, f"{field}_{language}", None)
        if version:
            return version, language
    return getattr(group, field) or "", original


def set_officers(session: Session, officers: Sequence[Mapping[str, Any]]) -> list[Officer]:
    """Replace the chair and vice chairs: each a mapping of role, name, representing, elected_on."""
    group = get_working_group(session)
    if group is None:
        raise ValidationError("working_group", Messages.tr("Describe the working group first."))
    rows = []
    for position, values in enumerate(officers):
        rows.append(
            Officer(
                role=validate.choice("role", values.get("role"), OfficerRole),
                name=validate.text("name", values.get("name"), required=True, max_length=300),
                representing=validate.text(
                    "representing", values.get("representing"), max_length=500
                ),
                elected_on=values.get("elected_on"),
                position=position,
            )
        )
    if sum(1 for row in rows if row.role == OfficerRole.CHAIR) > 1:
        raise ValidationError("role", Messages.tr("A working group has one chair."))
    group.officers = rows
    session.flush()
    return rows


def group_values(session: Session) -> dict[str, Any] | None:
    """The group's editable values with its officers (``officers``: a list of mappings of
    role, name, representing, elected_on) and its paper settings (``papers``: see
    ``paper_settings.paper_values``), or None when the workspace has no group yet."""
    group = get_working_group(session)
    if group is None:
        return None
    values: dict[str, Any] = {field: getattr(group, field) for field in EDITABLE_FIELDS}
    values["officers"] = [
        {
            "role": officer.role,
            "name": officer.name,
            "representing": officer.representing,
            "elected_on": officer.elected_on,
        }
        for officer in group.officers
    ]
    from app.services.paper_settings import paper_values

    values["papers"] = paper_values(session)
    return values


def save_group(session: Session, values: Mapping[str, Any]) -> None:
    """Save the group's values and, when ``officers`` or ``papers`` is among them, its
    officers and paper settings: one transaction, so a refused officer or template leaves
    the group as it was."""
    fields = dict(values)
    officers = fields.pop("officers", None)
    papers = fields.pop("papers", None)
    save_working_group(session, fields)
    if officers is not None:
        set_officers(session, officers)
    if papers is not None:
        from app.services.paper_settings import save_paper_values

        save_paper_values(session, papers)


def delete_working_group(session: Session) -> None:
    """Remove the group (undoing its first description); meetings keep their data."""
    group = get_working_group(session)
    if group is not None:
        session.delete(group)
        session.flush()
