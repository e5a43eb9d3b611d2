"""The words a person reads for the fields and kinds of row the services name in code.

A conflict names the fields where two versions differ (``room``) and the kind of row
(``agenda item``); the services say them in English, as identifiers. The window shows
"Room" and "agenda item" in its own language instead.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(text: str) -> str:
    # lupdate files a module-level tr() under the empty context (tools/update_translations.py).
    return QCoreApplication.translate("", text)


def field_labels(what: str = "") -> dict[str, str]:
    """The words a person reads for each field the services name (``room`` is "Room");
    ``what`` is the kind of row, where a field's meaning depends on it."""
    labels = {
        "date": tr("Date"),
        "end_date": tr("End date"),
        "all_day": tr("All day"),
        "start_time": tr("Start time"),
        "end_time": tr("End time"),
        "timezone": tr("Time zone"),
        "room": tr("Room"),
        "venue": tr("Venue"),
        "status": tr("Status"),
        "status_reason": tr("Reason for the status"),
        "title": tr("Title"),
        "title_language": tr("Original language of the title"),
        "translations": tr("Title in other languages"),
        "number": tr("Number"),
        "format": tr("Format"),
        "notes": tr("Notes"),
        "kind": tr("Kind"),
        "pillar": tr("Pillar"),
        "responsible": tr("Responsible"),
        "planned_start": tr("Planned start"),
        "duration_minutes": tr("Duration (minutes)"),
        "decision": tr("Decision"),
        "base_symbol": tr("Symbol"),
        "resolution": tr("Resolution"),
        "resolution_title": tr("Title of the resolution"),
        "text": tr("Mandate"),
        "text_language": tr("Original language of the mandate"),
        "area_responsible": tr("Area responsible"),
        "due_date": tr("Due date"),
        "meeting_ids": tr("Meetings"),
        "document_ids": tr("Documents"),
        "honorific": tr("Honorific"),
        "name": tr("Name"),
        "organization": tr("Delegation / organization"),
        "country": tr("Country"),
        "category": tr("Category"),
        "email": tr("E-mail"),
        "phone": tr("Phone"),
        "preferred_language": tr("Preferred language"),
    }
    if what == "contact":  # a person's title is their position, not a heading
        labels["title"] = tr("Title (position)")
    return labels


def row_kind(what: str) -> str:
    """The kind of row a conflict names (the services say it in English), translated."""
    kinds = {
        "meeting": tr("meeting"),
        "agenda item": tr("agenda item"),
        "document": tr("document"),
        "mandate": tr("mandate"),
        "contact": tr("contact"),
        "revision": tr("revision"),
        "list entries": tr("invitations"),
    }
    return kinds.get(what, what)
