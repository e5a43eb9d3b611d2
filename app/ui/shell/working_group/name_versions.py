"""The group's name and parent body in the other OAS languages, as the papers print them.

A disclosure under the Identity section's fields ("In other languages…"): closed, it says
which languages still lack a version; open, a small grid of one row per language (Name |
Parent body) under the language the fields above are written in. The values are the
``name_xx`` / ``parent_body_xx`` and ``original_language`` of
``services.working_group.save_working_group``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from app.ui.common.dialog_parts import combo
from app.ui.common.meeting_labels import languages

#: The longest name and parent body the service takes.
NAME_LENGTH, BODY_LENGTH = 500, 300


class NameVersions(QWidget):
    """The versions of the name and parent body, under the fields of the originals: this
    widget is the grid (a form row of its own, as wide as the form); ``heading``, the
    disclosure that shows it, goes in the field column above it."""

    edited = Signal()

    def __init__(self, name_edit: QLineEdit, parent_body_edit: QLineEdit, parent: QWidget) -> None:
        super().__init__(parent)
        self.originals = (name_edit, parent_body_edit)
        self.heading = QWidget(parent)
        self.toggle = QToolButton(self.heading)
        self.toggle.setText(self.tr("In other languages…"))
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setAutoRaise(True)
        self.toggle.setToolTip(
            self.tr(
                "The name and parent body as papers in Spanish, French, Portuguese or "
                "English print them in their header"
            )
        )
        self.summary = QLabel(self.heading)
        self.summary.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        grid = QGridLayout(self)
        grid.setContentsMargins(16, 0, 0, 0)
        names = languages()
        self.language_combo = combo(self, names, "en")
        self.language_combo.setToolTip(
            self.tr("The language the name and parent body above are written in")
        )
        written = QLabel(self.tr("&Written in:"), self)
        written.setBuddy(self.language_combo)
        grid.addWidget(written, 0, 0)
        grid.addWidget(self.language_combo, 0, 1, Qt.AlignmentFlag.AlignLeft)
        name_heading, body_heading = self.tr("Name"), self.tr("Parent body")
        grid.addWidget(QLabel(name_heading, self), 1, 1)
        grid.addWidget(QLabel(body_heading, self), 1, 2)
        self.rows: dict[str, tuple[QLabel, QLineEdit, QLineEdit]] = {}
        for row, (code, language) in enumerate(names.items(), start=2):
            label = QLabel(self.tr("{language}:").format(language=language), self)
            name = self._edit(NAME_LENGTH, f"{name_heading} – {language}")
            body = self._edit(BODY_LENGTH, f"{body_heading} – {language}")
            label.setBuddy(name)
            grid.addWidget(label, row, 0)
            grid.addWidget(name, row, 1)
            grid.addWidget(body, row, 2)
            self.rows[code] = (label, name, body)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 2)

        heading = QHBoxLayout(self.heading)
        heading.setContentsMargins(0, 0, 0, 0)
        heading.addWidget(self.toggle)
        heading.addWidget(self.summary, 1)

        self.toggle.toggled.connect(self._update)
        self.language_combo.currentIndexChanged.connect(self._changed)
        for edit in self.originals:
            edit.textChanged.connect(self._update)
        self._update()

    def _edit(self, max_length: int, accessible: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setMaxLength(max_length)
        edit.setAccessibleName(accessible)
        edit.textChanged.connect(self._changed)
        return edit

    def set_values(self, values: Mapping[str, Any]) -> None:
        index = self.language_combo.findData(str(values.get("original_language") or "en"))
        self.language_combo.setCurrentIndex(max(index, 0))
        for code, (_label, name, body) in self.rows.items():
            name.setText(values.get(f"name_{code}") or "")
            body.setText(values.get(f"parent_body_{code}") or "")
            name.setCursorPosition(0)
            body.setCursorPosition(0)
        self._update()

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {"original_language": self.original()}
        for code, (_label, name, body) in self.rows.items():
            values[f"name_{code}"] = name.text().strip()
            values[f"parent_body_{code}"] = body.text().strip()
        return values

    def original(self) -> str:
        return str(self.language_combo.currentData())

    def missing(self) -> list[str]:
        """The languages whose papers would print the original name or parent body."""
        name, body = (edit.text().strip() for edit in self.originals)
        names = languages()
        return [
            names[code]
            for code, (_label, name_edit, body_edit) in self.rows.items()
            if code != self.original()
            and ((name and not name_edit.text().strip()) or (body and not body_edit.text().strip()))
        ]

    def _changed(self) -> None:
        self._update()
        self.edited.emit()

    def _update(self) -> None:
        shown = self.toggle.isChecked()
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.setVisible(shown)
        original = self.original()
        for code, widgets in self.rows.items():
            for widget in widgets:
                widget.setVisible(code != original)
        missing = self.missing()
        self.summary.setText(
            self.tr("Not yet in: {languages}").format(languages=", ".join(missing))
            if missing
            else ""
        )
