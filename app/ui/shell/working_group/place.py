"""Where the group usually meets: new meetings start with this room, venue and time zone."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import QWidget

from app.ui.common.timezone_picker import TimezonePicker
from app.ui.shell.working_group.section import GroupSection


class PlaceSection(GroupSection):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.room_edit = self.line(
            self.tr("Default &room:"), 300, self.tr("e.g. Padilha Vidal Room")
        )
        self.venue_edit = self.line(
            self.tr("Default &venue:"), 300, self.tr("e.g. OAS headquarters, Washington, D.C.")
        )
        self.zone_picker = TimezonePicker(self)
        self.zone_picker.zone_changed.connect(self.edited)
        self.form.addRow(self.tr("Default &time zone:"), self.zone_picker)

    def title(self) -> str:
        return self.tr("Where it meets")

    def set_values(self, values: Mapping[str, Any]) -> None:
        self.room_edit.setText(values.get("default_room") or "")
        self.venue_edit.setText(values.get("default_venue") or "")
        self.zone_picker.set_zone(values.get("default_timezone") or "America/New_York")

    def values(self) -> dict[str, Any]:
        return {
            "default_room": self.room_edit.text().strip(),
            "default_venue": self.venue_edit.text().strip(),
            "default_timezone": self.zone_picker.zone(),
        }

    def problem(self) -> str:
        if not self.zone_picker.zone():
            return self.tr("Choose the time zone the group meets in.")
        return ""
