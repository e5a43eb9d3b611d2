"""The words a person reads for the fields and kinds of row the services name in code.

A conflict names the fields where two versions differ (``room``) and the kind of row
(``agenda item``); the services say them in English, as identifiers. The window shows
"Room" and "agenda item" in its own language instead.
"""

from __future__ import annotations

from PySide6.QtCore import QObject


class FieldLabels(QObject):
    """The labels, translated in a context of their own: "Title" here is a heading
    ("Título"), where elsewhere in the window it is a person's position ("Cargo")."""

    def fields(self, what: str) -> dict[str, str]:
        labels = {
            "date": self.tr("Date"),
            "end_date": self.tr("End date"),
            "all_day": self.tr("All day"),
            "start_time": self.tr("Start time"),
            "end_time": self.tr("End time"),
            "timezone": self.tr("Time zone"),
            "room": self.tr("Room"),
            "venue": self.tr("Venue"),
            "status": self.tr("Status"),
            "status_reason": self.tr("Reason for the status"),
            "title": self.tr("Title"),
            "title_language": self.tr("Original language of the title"),
            "translations": self.tr("Title in other languages"),
            "number": self.tr("Number"),
            "format": self.tr("Format"),
            "notes": self.tr("Notes"),
            "kind": self.tr("Kind"),
            "pillar": self.tr("Pillar"),
            "responsible": self.tr("Responsible"),
            "planned_start": self.tr("Planned start"),
            "duration_minutes": self.tr("Duration (minutes)"),
            "decision": self.tr("Decision"),
            "base_symbol": self.tr("Symbol"),
            "resolution": self.tr("Resolution"),
            "resolution_title": self.tr("Title of the resolution"),
            "resolution_title_en": self.tr("Title of the resolution in English"),
            "resolution_title_es": self.tr("Title of the resolution in Spanish"),
            "resolution_title_fr": self.tr("Title of the resolution in French"),
            "resolution_title_pt": self.tr("Title of the resolution in Portuguese"),
            "text": self.tr("Mandate"),
            "text_language": self.tr("Original language of the mandate"),
            "area_responsible": self.tr("Area responsible"),
            "area_responsible_en": self.tr("Area responsible in English"),
            "area_responsible_es": self.tr("Area responsible in Spanish"),
            "area_responsible_fr": self.tr("Area responsible in French"),
            "area_responsible_pt": self.tr("Area responsible in Portuguese"),
            "due_date": self.tr("Due date"),
            "meeting_ids": self.tr("Meetings"),
            "document_ids": self.tr("Documents"),
            "honorific": self.tr("Honorific"),
            "name": self.tr("Name"),
            "organization": self.tr("Delegation / organization"),
            "country": self.tr("Country"),
            "category": self.tr("Category"),
            "email": self.tr("E-mail"),
            "phone": self.tr("Phone"),
            "preferred_language": self.tr("Preferred language"),
        }
        if what == "contact":  # a person's title is their position, not a heading
            labels["title"] = self.tr("Title (position)")
        return labels


def field_labels(what: str = "") -> dict[str, str]:
    """The words a person reads for each field the services name (``room`` is "Room");
    ``what`` is the kind of row, where a field's meaning depends on it."""
    return FieldLabels().fields(what)
