"""Preferences: the window's language (titles follow it) and what opens at start."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QFormLayout, QLabel, QWidget

from app.ui.common.dialog_parts import ok_cancel_buttons, stack
from app.ui.common.language import LANGUAGES, NATIVE_NAMES, system_language
from app.ui.shell.settings import Preferences


class PreferencesDialog(QDialog):
    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preferences = preferences
        self.setWindowTitle(self.tr("Preferences"))
        self.language_combo = QComboBox(self)
        system = NATIVE_NAMES[system_language()]
        as_system = self.tr("As the system ({language})").format(language=system)
        self.language_combo.addItem(as_system, "")
        for code in LANGUAGES:
            self.language_combo.addItem(NATIVE_NAMES[code], code)
        self.language_combo.setCurrentIndex(
            max(self.language_combo.findData(preferences.language), 0)
        )
        note = QLabel(
            self.tr(
                "Menus, dialogs, dates and numbers are shown in this language, and so are "
                "titles that have a version in it; a title that has none is shown in its "
                "original language, marked as such. Changing the language reopens the "
                "window on the same workspace; the undo history starts again."
            ),
            self,
        )
        note.setWordWrap(True)
        self.reopen_box = QCheckBox(self.tr("&Reopen the last workspace at start"), self)
        self.reopen_box.setChecked(preferences.reopen_last_workspace)
        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language_combo)
        form.addRow("", note)
        form.addRow("", self.reopen_box)
        stack(self, form, ok_cancel_buttons(self))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)

    def chosen_language(self) -> str:
        """The language chosen; "" follows the system."""
        return str(self.language_combo.currentData())

    def accept(self) -> None:
        self.preferences.language = self.chosen_language()
        self.preferences.reopen_last_workspace = self.reopen_box.isChecked()
        super().accept()
