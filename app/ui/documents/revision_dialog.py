"""The dialog to add a revision: its number, date, what changed, and a file per language."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.models.enums import Language
from app.services.documents import full_symbol
from app.ui.common.delegates.date_editor import OptionalDateEdit
from app.ui.common.dialog_parts import stack
from app.ui.common.submit_dialog import Submit, SubmitDialog
from app.ui.documents.documents_model import language_labels

_LANGUAGE_WORDS = {
    Language.EN: ("en", "eng", "english", "ingles", "inglés", "anglais"),
    Language.ES: ("es", "esp", "spa", "spanish", "espanol", "español", "espagnol"),
    Language.FR: ("fr", "fra", "fre", "french", "frances", "francés", "français", "francais"),
    Language.PT: ("pt", "por", "portuguese", "portugues", "portugués", "portugais"),
}
_WORDS = {word: language for language, words in _LANGUAGE_WORDS.items() for word in words}
_LETTERS = {"e": Language.EN, "s": Language.ES, "f": Language.FR, "p": Language.PT}
#: OAS file names end with the language letter after the number: CP12345S.doc.
_OAS_NAME = re.compile(r"\d{2,}([ESFP])$")
_SEPARATORS = re.compile(r"[\s_\-.()\[\]]+")


def guess_language(file_name: str, default: str) -> str:
    """The language a file is in, from its name: "_s", "-es", "_ESP", "(Spanish)",
    "CP12345S" all say Spanish; ``default`` when the name does not say."""
    stem = Path(file_name).stem
    oas = _OAS_NAME.search(stem)
    if oas:
        return _LETTERS[oas.group(1).lower()].value
    tokens = [t for t in _SEPARATORS.split(stem.lower()) if t]
    if not tokens:
        return default
    if tokens[-1] in _LETTERS and len(tokens) > 1:
        return _LETTERS[tokens[-1]].value
    for token in reversed(tokens):
        if token in _WORDS:
            return _WORDS[token].value
    return default


class RevisionDialog(SubmitDialog):
    """Pre-filled with the next revision number and any files dropped on the window."""

    FILE, LANGUAGE, SIZE = range(3)

    def __init__(
        self,
        submit: Submit,
        parent: QWidget | None = None,
        *,
        base_symbol: str,
        title: str,
        next_revision: int,
        default_language: str,
        files: Sequence[Path] = (),
    ) -> None:
        super().__init__(submit, parent)
        self._base_symbol = base_symbol
        self._default_language = default_language
        self._languages = language_labels()
        self.setWindowTitle(self.tr("Add revision of {symbol}").format(symbol=base_symbol))
        self.setMinimumWidth(620)

        heading = QLabel(f"<b>{base_symbol}</b><br>{title}", self)
        heading.setWordWrap(True)
        heading.setTextFormat(Qt.TextFormat.RichText)

        self.revision = QSpinBox(self)
        self.revision.setRange(0, 999)
        self.revision.setValue(next_revision)
        self.addendum = QSpinBox(self)
        self.addendum.setRange(0, 99)
        self.addendum.setSpecialValueText(self.tr("none"))
        self.corrigendum = QSpinBox(self)
        self.corrigendum.setRange(0, 99)
        self.corrigendum.setSpecialValueText(self.tr("none"))
        numbers = QHBoxLayout()
        numbers.addWidget(self.revision)
        numbers.addWidget(QLabel(self.tr("Addendum:"), self))
        numbers.addWidget(self.addendum)
        numbers.addWidget(QLabel(self.tr("Corrigendum:"), self))
        numbers.addWidget(self.corrigendum)
        numbers.addStretch(1)
        self.symbol_preview = QLabel(self)
        self.symbol_preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.circulated = OptionalDateEdit(self)
        self.circulated.set_value(QDate.currentDate())
        self.change_note = QPlainTextEdit(self)
        self.change_note.setPlaceholderText(
            self.tr(
                "e.g. Revised after the meeting of 22 September, with the comments of delegations."
            )
        )
        self.change_note.setFixedHeight(72)

        self.files = QTableWidget(0, 3, self)
        self.files.setHorizontalHeaderLabels(
            [self.tr("File"), self.tr("Language"), self.tr("Size")]
        )
        self.files.verticalHeader().hide()
        self.files.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.files.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.files.horizontalHeader()
        header.setSectionResizeMode(self.FILE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.LANGUAGE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.SIZE, QHeaderView.ResizeMode.ResizeToContents)
        self.files.setMinimumHeight(120)
        add_file = QPushButton(self.tr("Add &file…"), self)
        add_file.clicked.connect(self.choose_files)
        self.remove_file = QPushButton(self.tr("&Remove"), self)
        self.remove_file.clicked.connect(self._remove_selected)
        file_buttons = QHBoxLayout()
        file_buttons.addWidget(add_file)
        file_buttons.addWidget(self.remove_file)
        file_buttons.addStretch(1)

        form = QFormLayout()
        form.addRow(self.tr("Re&vision:"), numbers)
        form.addRow(self.tr("Symbol:"), self.symbol_preview)
        form.addRow(self.tr("&Circulated on:"), self.circulated)
        form.addRow(self.tr("&What changed:"), self.change_note)
        self.field_widgets = {
            "revision": self.revision,
            "circulated_on": self.circulated,
            "change_note": self.change_note,
            "content": self.files,
            "file_name": self.files,
            "language": self.files,
        }

        stack(
            self,
            heading,
            form,
            QLabel(self.tr("Files, one per language:"), self),
            self.files,
            file_buttons,
            self.message,
            self.buttons,
        )

        for spin in (self.revision, self.addendum, self.corrigendum):
            spin.valueChanged.connect(self._update_symbol)
        self.files.itemSelectionChanged.connect(self._update_buttons)
        self.add_files(files)
        self._update_symbol()
        self._update_buttons()

    # -- files -----------------------------------------------------------------------
    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Choose the revised files"),
            "",
            self.tr("Documents (*.pdf *.doc *.docx *.odt *.rtf *.txt);;All files (*)"),
        )
        self.add_files([Path(name) for name in names])

    def add_files(self, paths: Sequence[Path]) -> None:
        for path in paths:
            row = self.files.rowCount()
            self.files.insertRow(row)
            item = QTableWidgetItem(path.name)
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            self.files.setItem(row, self.FILE, item)
            combo = QComboBox(self.files)
            for code, label in self._languages.items():
                combo.addItem(label, str(code))
            combo.setCurrentIndex(
                max(combo.findData(guess_language(path.name, self._default_language)), 0)
            )
            combo.currentIndexChanged.connect(self.update_ok)
            self.files.setCellWidget(row, self.LANGUAGE, combo)
            try:
                size = QLocale().formattedDataSize(
                    path.stat().st_size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat
                )
            except OSError:
                size = self.tr("missing")
            size_item = QTableWidgetItem(size)
            size_item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.files.setItem(row, self.SIZE, size_item)
        self.update_ok()

    def chosen_files(self) -> list[tuple[Path, str]]:
        """(path, language code) for each file in the list."""
        chosen = []
        for row in range(self.files.rowCount()):
            combo = self.files.cellWidget(row, self.LANGUAGE)
            assert isinstance(combo, QComboBox)
            path = Path(self.files.item(row, self.FILE).data(Qt.ItemDataRole.UserRole))
            chosen.append((path, str(combo.currentData())))
        return chosen

    def _remove_selected(self) -> None:
        for row in sorted({i.row() for i in self.files.selectedIndexes()}, reverse=True):
            self.files.removeRow(row)
        self.update_ok()

    def _update_buttons(self) -> None:
        self.remove_file.setEnabled(bool(self.files.selectedIndexes()))

    def _update_symbol(self) -> None:
        self.symbol_preview.setText(
            full_symbol(
                self._base_symbol,
                rev=self.revision.value(),
                add=self.addendum.value(),
                corr=self.corrigendum.value(),
            )
        )

    # -- result ----------------------------------------------------------------------
    def symbol(self) -> str:
        return self.symbol_preview.text()

    def problem(self) -> str:
        seen: dict[str, str] = {}
        for path, language in self.chosen_files():
            if language in seen:
                return self.tr(
                    "{first} and {second} are both marked {language}: keep one file per language."
                ).format(first=seen[language], second=path.name, language=self._languages[language])
            seen[language] = path.name
        return ""

    def values(self) -> dict[str, Any]:
        circulated: date | None = self.circulated.value()
        return {
            "revision": self.revision.value(),
            "addendum": self.addendum.value(),
            "corrigendum": self.corrigendum.value(),
            "circulated_on": circulated,
            "change_note": self.change_note.toPlainText().strip(),
            "files": self.chosen_files(),
        }
