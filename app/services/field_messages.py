"""The names of the fields, and the sentences about one field, marked for translation.

The checks of :mod:`app.services.validate` name the field they refuse. A sentence whose
grammar depends on the field ("The title cannot be empty": *el título*, *la fecha*) has one
template per field; the others put the field's name first ("Notes: too long ..."), which
every language can say without agreeing with it.
"""

from __future__ import annotations

from app.messages import Message, Messages

#: What the window and the command line call each field.
FIELD_NAMES: dict[str, Message] = {
    "area_responsible": Messages.tr("Area responsible"),
    "area_responsible_en": Messages.tr("Area responsible in English"),
    "area_responsible_es": Messages.tr("Area responsible in Spanish"),
    "area_responsible_fr": Messages.tr("Area responsible in French"),
    "area_responsible_pt": Messages.tr("Area responsible in Portuguese"),
    "base_symbol": Messages.tr("Symbol"),
    "category": Messages.tr("Category"),
    "change_note": Messages.tr("Note on the change"),
    "circulated_on": Messages.tr("Date of circulation"),
    "country": Messages.tr("Country"),
    "date": Messages.tr("Date"),
    "decision": Messages.tr("Decision"),
    "default_timezone": Messages.tr("Default time zone"),
    "description": Messages.tr("Description"),
    "due_date": Messages.tr("Due date"),
    "duration_minutes": Messages.tr("Duration in minutes"),
    "email": Messages.tr("E-mail"),
    "end_date": Messages.tr("Last day"),
    "end_time": Messages.tr("End time"),
    "file_name": Messages.tr("File name"),
    "format": Messages.tr("Format"),
    "honorific": Messages.tr("Honorific"),
    "kind": Messages.tr("Kind"),
    "language": Messages.tr("Language"),
    "member_states_total": Messages.tr("Member States of the parent body"),
    "ministerial_end": Messages.tr("Last day of the ministerial meeting"),
    "ministerial_start": Messages.tr("First day of the ministerial meeting"),
    "name": Messages.tr("Name"),
    "name_en": Messages.tr("Name in English"),
    "name_es": Messages.tr("Name in Spanish"),
    "name_fr": Messages.tr("Name in French"),
    "name_pt": Messages.tr("Name in Portuguese"),
    "note": Messages.tr("Note"),
    "notes": Messages.tr("Notes"),
    "number": Messages.tr("Number"),
    "organization": Messages.tr("Organization"),
    "organizer_email": Messages.tr("Organizer's e-mail"),
    "original_language": Messages.tr("Original language"),
    "paper_series": Messages.tr("Series of the papers"),
    "paper_template": Messages.tr("Letterhead template"),
    "phone": Messages.tr("Telephone"),
    "parent_body": Messages.tr("Parent body"),
    "parent_body_en": Messages.tr("Parent body in English"),
    "parent_body_es": Messages.tr("Parent body in Spanish"),
    "parent_body_fr": Messages.tr("Parent body in French"),
    "parent_body_pt": Messages.tr("Parent body in Portuguese"),
    "pillar": Messages.tr("Pillar"),
    "planned_start": Messages.tr("Planned start"),
    "preferred_language": Messages.tr("Preferred language"),
    "quorum_number": Messages.tr("Quorum"),
    "quorum_rule": Messages.tr("Quorum rule"),
    "representative_name": Messages.tr("Representative's name"),
    "representative_title": Messages.tr("Representative's title"),
    "representing": Messages.tr("Representing"),
    "resolution": Messages.tr("Resolution"),
    "resolution_title": Messages.tr("Title of the resolution"),
    "resolution_title_en": Messages.tr("Title of the resolution in English"),
    "resolution_title_es": Messages.tr("Title of the resolution in Spanish"),
    "resolution_title_fr": Messages.tr("Title of the resolution in French"),
    "resolution_title_pt": Messages.tr("Title of the resolution in Portuguese"),
    "responsible": Messages.tr("Responsible"),
    "revision": Messages.tr("Revision"),
    "role": Messages.tr("Role"),
    "room": Messages.tr("Room"),
    "start_time": Messages.tr("Start time"),
    "status": Messages.tr("Status"),
    "status_reason": Messages.tr("Reason for the status"),
    "summary": Messages.tr("Summary"),
    "timezone": Messages.tr("Time zone"),
    "title": Messages.tr("Title"),
    "uid": Messages.tr("Calendar identifier"),
    "venue": Messages.tr("Venue"),
}

#: "The ... cannot be empty", for the fields that must be filled.
EMPTY: dict[str, Message] = {
    "base_symbol": Messages.tr("The symbol cannot be empty."),
    "default_timezone": Messages.tr("The default time zone cannot be empty."),
    "description": Messages.tr("The description cannot be empty."),
    "file_name": Messages.tr("The file name cannot be empty."),
    "name": Messages.tr("The name cannot be empty."),
    "resolution": Messages.tr("The resolution cannot be empty."),
    "resolution_title": Messages.tr("The title of the resolution cannot be empty."),
    "timezone": Messages.tr("The time zone cannot be empty."),
    "title": Messages.tr("The title cannot be empty."),
}


def field_name(field: str) -> Message:
    """The field's name as people read it; an unlisted field keeps its code name."""
    return FIELD_NAMES.get(field) or Message(field.replace("_", " "), literal=True)


def empty(field: str) -> Message:
    return EMPTY.get(field) or Messages.tr(
        "{field}: this cannot be left empty.", field=field_name(field)
    )


def too_long(field: str, length: int, limit: int) -> Message:
    return Messages.tr(
        "{field}: too long ({length} characters, at most {limit}).",
        field=field_name(field),
        length=length,
        limit=limit,
    )


def not_a_choice(field: str, value: object, allowed: str) -> Message:
    return Messages.tr(
        "{field}: “{value}” is not one of the choices. Use one of: {allowed}.",
        field=field_name(field),
        value=value,
        allowed=allowed,
    )


def not_a_date(field: str) -> Message:
    return Messages.tr("{field}: a date is needed.", field=field_name(field))


def not_a_time(field: str) -> Message:
    return Messages.tr("{field}: a time of day is needed.", field=field_name(field))


def not_a_positive_number(field: str) -> Message:
    return Messages.tr("{field}: a whole number above zero is needed.", field=field_name(field))


def not_yes_or_no(field: str) -> Message:
    return Messages.tr("{field}: yes or no.", field=field_name(field))
