"""The words a workbook uses: column headers and value labels, in English and Spanish.

Export writes the English labels; import accepts either language, in any case, with or
without accents and punctuation ("Correo electrónico", "E-mail", "email" are one header).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from enum import StrEnum
from functools import lru_cache

from app.models import (
    ContactCategory,
    DocumentKind,
    DocumentStatus,
    InvitationStatus,
    ItemKind,
    ItemStatus,
    MandateStatus,
    MeetingStatus,
)


def normalized(text: object) -> str:
    """Lower case, no accents, letters and digits only: how headers and labels are matched."""
    decomposed = unicodedata.normalize("NFKD", str(text).casefold())
    return "".join(ch for ch in decomposed if ch.isalnum())


#: The invitee sheet's columns, in order: (field, English header).
INVITEE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("name", "Name"),
    ("title", "Title"),
    ("organization", "Delegation/Organisation"),
    ("country", "Country"),
    ("category", "Category"),
    ("email", "E-mail"),
    ("phone", "Phone"),
    ("status", "Status"),
    ("role", "Role"),
)

FIELD_LABELS: dict[str, str] = dict(INVITEE_COLUMNS) | {"organization": "Organisation"}

#: Every header an imported sheet may use for each field (matched after ``normalized``).
_HEADER_WORDS: dict[str, tuple[str, ...]] = {
    "name": ("Name", "Full name", "Nombre", "Nombre completo", "Nombre y apellido"),
    "title": ("Title", "Position", "Cargo", "Título", "Puesto"),
    "organization": (
        "Organisation",
        "Organization",
        "Delegation",
        "Delegation/Organisation",
        "Delegation/Organization",
        "Organismo",
        "Organización",
        "Delegación",
        "Delegación/Organismo",
        "Delegación/Organización",
        "Institución",
    ),
    "country": ("Country", "País", "Pais", "Estado miembro"),
    "category": ("Category", "Categoría", "Tipo"),
    "email": ("E-mail", "Email", "E-mail address", "Correo electrónico", "Correo", "Mail"),
    "phone": ("Phone", "Telephone", "Tel.", "Teléfono"),
    "status": ("Status", "Invitation status", "Estado", "Estado de la invitación"),
    "role": ("Role", "Función", "Rol"),
}

#: Headers of a name split in parts (Outlook's contacts export, "Nombre" + "Apellidos"),
#: and Outlook's "Job Title" (its "Title" column is then the honorific, Mr./Dr.).
_PART_WORDS: dict[str, tuple[str, ...]] = {
    "first_name": ("First name", "Given name", "Nombres", "Nombre de pila", "Primer nombre"),
    "middle_name": ("Middle name", "Segundo nombre"),
    "last_name": (
        "Last name",
        "Surname",
        "Family name",
        "Apellido",
        "Apellidos",
        "Primer apellido",
        "Apellido paterno",
    ),
    "second_last_name": ("Segundo apellido", "Apellido materno"),
    "job_title": ("Job title", "Puesto de trabajo"),
}
_MORE_WORDS: dict[str, tuple[str, ...]] = {
    "organization": ("Company", "Empresa", "Organization name"),
    "email": ("E-mail address", "Email address", "E-mail 1 - Value", "Dirección de correo"),
    "phone": ("Business phone", "Mobile phone", "Teléfono del trabajo", "Teléfono móvil"),
    "country": ("Country/Region", "Business Country/Region", "País o región"),
}

HEADER_FIELDS: dict[str, str] = {
    normalized(word): field
    for words_by_field in (_HEADER_WORDS, _PART_WORDS, _MORE_WORDS)
    for field, words in words_by_field.items()
    for word in words
}
#: The pseudo-fields that are read into a real field (name, title) rather than stored.
NAME_PARTS = ("first_name", "middle_name", "last_name", "second_last_name")

#: English labels of each enum's values, as written in exported workbooks.
_ENGLISH: dict[type[StrEnum], dict[str, str]] = {
    InvitationStatus: {
        "to_invite": "To invite",
        "invited": "Invited",
        "confirmed": "Confirmed",
        "declined": "Declined",
        "attended": "Attended",
    },
    ContactCategory: {
        "member_state": "Member state",
        "permanent_observer": "Permanent observer",
        "international_organization": "International organisation",
        "civil_society": "Civil society",
        "secretariat": "Secretariat",
        "other": "Other",
    },
    MeetingStatus: {
        "planned": "Planned",
        "confirmed": "Confirmed",
        "held": "Held",
        "postponed": "Postponed",
        "cancelled": "Cancelled",
    },
    ItemKind: {
        "election": "Election",
        "consideration": "Consideration",
        "approval": "Approval",
        "information": "Information",
        "other": "Other",
    },
    ItemStatus: {
        "pending": "Pending",
        "considered": "Considered",
        "approved": "Approved",
        "deferred": "Deferred",
        "withdrawn": "Withdrawn",
    },
    DocumentKind: {
        "work_plan": "Work plan",
        "agenda": "Agenda",
        "calendar": "Calendar",
        "invitee_list": "List of invitees",
        "rules_of_procedure": "Rules of procedure",
        "outcome": "Outcome document",
        "declaration": "Declaration",
        "report": "Report",
        "information": "Information",
        "other": "Other",
    },
    DocumentStatus: {
        "draft": "Draft",
        "under_consideration": "Under consideration",
        "approved": "Approved",
        "withdrawn": "Withdrawn",
    },
    MandateStatus: {
        "pending": "Pending",
        "in_progress": "In progress",
        "fulfilled": "Fulfilled",
    },
}

#: Other words accepted on import for the two enums an invitee sheet carries.
_ALSO_ACCEPTED: dict[type[StrEnum], dict[str, tuple[str, ...]]] = {
    InvitationStatus: {
        "to_invite": ("Por invitar", "A invitar", "Pendiente", "Not invited"),
        "invited": ("Invitado", "Invitada", "Invitados"),
        "confirmed": ("Confirmado", "Confirmada", "Confirmó"),
        "declined": ("Declinado", "Declinada", "Rechazado", "Rechazada", "Declinó"),
        "attended": ("Asistió", "Asistio", "Asistente", "Presente"),
    },
    ContactCategory: {
        "member_state": ("Estado miembro", "Member State"),
        "permanent_observer": ("Observador permanente",),
        "international_organization": (
            "International organization",
            "Organismo internacional",
            "Organización internacional",
        ),
        "civil_society": ("Sociedad civil", "Civil society organization"),
        "secretariat": ("Secretaría", "Secretaria", "General Secretariat"),
        "other": ("Otro", "Otra", "Otros"),
    },
}


def label(value: StrEnum | str | None) -> str:
    """The English label of an enum value ("to_invite" -> "To invite")."""
    if value is None:
        return ""
    labels = _ENGLISH.get(type(value)) if isinstance(value, StrEnum) else None
    if labels is None:
        return str(value).replace("_", " ").capitalize()
    return labels[value.value]


def labels_of(enum: type[StrEnum]) -> dict[str, str]:
    return dict(_ENGLISH[enum])


def _readings(enum: type[StrEnum]) -> dict[str, str]:
    readings: dict[str, str] = {}
    for member in enum:
        readings[normalized(member.value)] = member.value
        readings[normalized(_ENGLISH[enum][member.value])] = member.value
    for value, words in _ALSO_ACCEPTED.get(enum, {}).items():
        for word in words:
            readings[normalized(word)] = value
    return readings


_READINGS: Mapping[type[StrEnum], dict[str, str]] = {
    enum: _readings(enum) for enum in (InvitationStatus, ContactCategory)
}


@lru_cache(maxsize=4096)
def read_choice(enum: type[StrEnum], text: str) -> str | None:
    """The enum value a cell names, in English or Spanish; None when it names none.

    Cached: a sheet of 100,000 rows repeats the same few words.
    """
    return _READINGS[enum].get(normalized(text))


def accepted_words(enum: type[StrEnum]) -> str:
    return ", ".join(_ENGLISH[enum].values())


_SHEET_FORBIDDEN = str.maketrans({ch: "-" for ch in "[]:*?/\\"})


def sheet_title(name: str, taken: set[str] | None = None) -> str:
    """A valid, unused Excel sheet name for ``name`` (at most 31 characters, no []:*?/\\)."""
    base = name.translate(_SHEET_FORBIDDEN).strip().strip("'")[:31].strip() or "Sheet"
    taken = taken if taken is not None else set()
    title, number = base, 2
    while title.casefold() in taken:
        suffix = f" ({number})"
        title = base[: 31 - len(suffix)].rstrip() + suffix
        number += 1
    taken.add(title.casefold())
    return title
