"""Contacts: people and delegations the secretariat writes to."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.models import Contact, ContactCategory, Language
from app.services import validate

EDITABLE_FIELDS = (
    "honorific",
    "name",
    "title",
    "organization",
    "country",
    "category",
    "email",
    "phone",
    "preferred_language",
    "notes",
)

#: A contact's fields as an invitee list shows them and a workbook carries them, in order.
SHEET_FIELDS = ("name", "title", "organization", "country", "category", "email", "phone")
SHEET_COLUMNS = tuple(getattr(Contact, field) for field in SHEET_FIELDS)


def search_text_of(name: str, organization: str, country: str, email: str) -> str:
    """The lower-case text a search box matches against."""
    return "\x1f".join((name, organization, country, email)).casefold()


def clean_contact(values: Mapping[str, Any]) -> dict[str, Any]:
    """Validate a contact's values; used by the services and by spreadsheet import."""
    clean = {
        "honorific": validate.text("honorific", values.get("honorific"), max_length=50),
        "name": validate.text("name", values.get("name"), required=True, max_length=300),
        "title": validate.text("title", values.get("title"), max_length=300),
        "organization": validate.text("organization", values.get("organization"), max_length=300),
        "country": validate.text("country", values.get("country"), max_length=100),
        "category": validate.choice(
            "category", values.get("category") or ContactCategory.OTHER, ContactCategory
        ),
        "email": validate.email("email", values.get("email")),
        "phone": validate.text("phone", values.get("phone"), max_length=100),
        "preferred_language": validate.choice(
            "preferred_language", values.get("preferred_language") or Language.EN, Language
        ),
        "notes": validate.text("notes", values.get("notes"), max_length=20000),
    }
    clean["search_text"] = search_text_of(
        clean["name"], clean["organization"], clean["country"], clean["email"]
    )
    return clean


def add_contact(session: Session, **values: Any) -> Contact:
    validate.unknown_fields(values, EDITABLE_FIELDS)
    contact = Contact(**clean_contact(values))
    session.add(contact)
    session.flush()
    return contact


def contact_values(contact: Contact) -> dict[str, Any]:
    return {field: getattr(contact, field) for field in EDITABLE_FIELDS}


def describe_contact(contact: Contact) -> tuple[str, dict[str, Any]]:
    return contact.name, contact_values(contact)


def update_contact(
    session: Session,
    contact_id: int,
    changes: Mapping[str, Any],
    *,
    expected_version: int | None = None,
) -> Contact:
    """Apply ``changes``; refused with a ConflictError if the contact changed since the
    edit began (``expected_version``, its version then)."""
    validate.unknown_fields(changes, EDITABLE_FIELDS)
    contact = validate.get_for_edit(
        session, Contact, contact_id, "contact", expected_version, describe_contact
    )
    for field, value in clean_contact({**contact_values(contact), **changes}).items():
        setattr(contact, field, value)
    validate.flush_edit(session, "contact", contact.name, contact_id)
    return contact


def delete_contact(session: Session, contact_id: int) -> None:
    session.delete(validate.get(session, Contact, contact_id, "contact"))
    session.flush()


def search_contacts(session: Session, text: str, *, limit: int = 200) -> list[Contact]:
    """Contacts whose name, organisation, country or e-mail contain every word of ``text``."""
    query = select(Contact).order_by(Contact.name).limit(limit)
    for word in text.casefold().split():
        escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        query = query.where(or_(Contact.search_text.like(f"%{escaped}%", escape="\\")))
    return list(session.scalars(query))
