"""The group's names, the body it reports to, and the ministerial meeting it prepares."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import QWidget

from app.ui.common.delegates.date_editor import OptionalDateEdit
from app.ui.shell.working_group.name_versions import NameVersions
from app.ui.shell.working_group.section import GroupSection


class IdentitySection(GroupSection):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name_edit = self.line(
            self.tr("&Name:"),
            500,
            self.tr("Working Group to Prepare the Third Meeting of Ministers…"),
        )
        self.short_name_edit = self.line(
            self.tr("&Acronym:"), 100, self.tr("Used in calendar titles, e.g. GT/MISPA-III")
        )
        self.parent_body_edit = self.line(
            self.tr("&Parent body:"), 300, self.tr("e.g. Committee on Hemispheric Security")
        )
        # The name and parent body in the other languages, which the papers print.
        self.versions = NameVersions(self.name_edit, self.parent_body_edit, self)
        self.versions.edited.connect(self.edited)
        self.form.addRow("", self.versions.heading)
        self.form.addRow(self.versions)
        self.resolution_edit = self.line(self.tr("Mandate &resolution:"), 200)
        self.prepares_edit = self.line(
            self.tr("The meeting it &prepares:"), 300, self.tr("e.g. MISPA III")
        )
        self.city_edit = self.line(self.tr("Ministerial meeting &city:"), 200)
        self.country_edit = self.line(self.tr("Ministerial meeting c&ountry:"), 200)
        self.start_edit = OptionalDateEdit(self)
        self.end_edit = OptionalDateEdit(self)
        self.start_edit.dateChanged.connect(self.edited)
        self.end_edit.dateChanged.connect(self.edited)
        self.form.addRow(self.tr("Ministerial meeting &starts:"), self.start_edit)
        self.form.addRow(self.tr("Ministerial meeting &ends:"), self.end_edit)

    def title(self) -> str:
        return self.tr("The group")

    def set_values(self, values: Mapping[str, Any]) -> None:
        self.name_edit.setText(values.get("name") or "")
        self.short_name_edit.setText(values.get("short_name") or "")
        self.parent_body_edit.setText(values.get("parent_body") or "")
        self.resolution_edit.setText(values.get("mandate_resolution") or "")
        self.prepares_edit.setText(values.get("prepares") or "")
        self.city_edit.setText(values.get("ministerial_city") or "")
        self.country_edit.setText(values.get("ministerial_country") or "")
        self.start_edit.set_value(values.get("ministerial_start"))
        self.end_edit.set_value(values.get("ministerial_end"))
        self.versions.set_values(values)
        for edit in (self.name_edit, self.parent_body_edit):
            edit.setCursorPosition(0)  # a long name shows its beginning

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name_edit.text().strip(),
            "short_name": self.short_name_edit.text().strip(),
            "parent_body": self.parent_body_edit.text().strip(),
            "mandate_resolution": self.resolution_edit.text().strip(),
            "prepares": self.prepares_edit.text().strip(),
            "ministerial_city": self.city_edit.text().strip(),
            "ministerial_country": self.country_edit.text().strip(),
            "ministerial_start": self.start_edit.value(),
            "ministerial_end": self.end_edit.value(),
            **self.versions.values(),
        }

    def problem(self) -> str:
        if not self.name_edit.text().strip():
            return self.tr("Give the working group's name.")
        start, end = self.start_edit.value(), self.end_edit.value()
        if start and end and end < start:
            return self.tr("The ministerial meeting cannot end before it starts.")
        return ""
