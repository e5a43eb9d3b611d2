"""The dialog to create or edit a document of the register (a ``SubmitDialog``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from app.models.enums import DocumentKind, DocumentStatus, Language
from app.models.localized import LANGUAGES
from app.ui.common.dialog_parts import stack
from app.ui.common.submit_dialog import Submit, SubmitDialog
from app.ui.documents.documents_model import (
    document_kind_labels,
    document_status_labels,
    language_labels,
)


class DocumentDialog(SubmitDialog):
    def __init__(
        self,
        submit: Submit,
        parent: QWidget | None = None,
        *,
        values: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(submit, parent)
        values = dict(values or {})
        editing = bool(values)
        self.setWindowTitle(self.tr("Edit document") if editing else self.tr("New document"))
        self.setMinimumWidth(560)

        self.symbol = QLineEdit(values.get("base_symbol", ""), self)
        self.symbol.setPlaceholderText(self.tr("e.g. GT/MISPA-III/doc.7/11"))
        self.symbol.setToolTip(
            self.tr("The symbol without “rev.”, “corr.” or “add.”: revisions are added later.")
        )
        self.language = QComboBox(self)
        for code, label in language_labels().items():
            self.language.addItem(label, str(code))
        self.language.setCurrentIndex(
            max(self.language.findData(str(values.get("title_language") or Language.EN)), 0)
        )
        self.title_edit = QLineEdit(self)
        self.translations: dict[str, QLineEdit] = {code: QLineEdit(self) for code in LANGUAGES}
        filled = values.get("translations") or {}
        for code, edit in self.translations.items():
            edit.setText(filled.get(code, ""))
        self.title_edit.setText(values.get("title", ""))
        self.kind = QComboBox(self)
        for kind, label in document_kind_labels().items():
            self.kind.addItem(label, str(kind))
        self.kind.setCurrentIndex(
            max(self.kind.findData(str(values.get("kind") or DocumentKind.OTHER)), 0)
        )
        self.status = QComboBox(self)
        for status, label in document_status_labels().items():
            self.status.addItem(label, str(status))
        self.status.setCurrentIndex(
            max(self.status.findData(str(values.get("status") or DocumentStatus.DRAFT)), 0)
        )
        self.notes = QPlainTextEdit(values.get("notes", ""), self)
        self.notes.setFixedHeight(70)

        form = QFormLayout()
        form.addRow(self.tr("&Symbol:"), self.symbol)
        form.addRow(self.tr("Original &language:"), self.language)
        form.addRow(self.tr("&Title:"), self.title_edit)
        self._translation_labels: dict[str, QLabel] = {}
        names = language_labels()
        for code, edit in self.translations.items():
            label = QLabel(self.tr("Title in {language}:").format(language=names[code]), self)
            label.setBuddy(edit)
            self._translation_labels[code] = label
            form.addRow(label, edit)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("St&atus:"), self.status)
        form.addRow(self.tr("&Notes:"), self.notes)
        self.field_widgets = {
            "base_symbol": self.symbol,
            "title": self.title_edit,
            "kind": self.kind,
            "status": self.status,
            "notes": self.notes,
        }

        stack(self, form, self.message, self.buttons)

        self.language.currentIndexChanged.connect(self._show_other_languages)
        self.symbol.textChanged.connect(self.update_ok)
        self.title_edit.textChanged.connect(self.update_ok)
        self._show_other_languages()
        self.update_ok()

    def _show_other_languages(self) -> None:
        """The original-language title is the main field; the others are translations."""
        original = self.language.currentData()
        for code, edit in self.translations.items():
            visible = code != original
            edit.setVisible(visible)
            self._translation_labels[code].setVisible(visible)
        if not self.title_edit.text() and self.translations[original].text():
            self.title_edit.setText(self.translations[original].text())

    def problem(self) -> str:
        symbol = self.symbol.text().strip()
        if not symbol:
            return self.tr("Enter the document's symbol.")
        lowered = f" {symbol.lower()}"
        for suffix in (" rev.", " corr.", " add."):
            if suffix in lowered:
                return self.tr(
                    "Enter the symbol without “{suffix}”: revisions are added to the document."
                ).format(suffix=suffix.strip())
        if not self.title_edit.text().strip():
            return self.tr("Enter the title in the original language.")
        return ""

    def values(self) -> dict[str, Any]:
        original = self.language.currentData()
        return {
            "base_symbol": self.symbol.text().strip(),
            "title": self.title_edit.text().strip(),
            "title_language": original,
            "translations": {
                code: edit.text().strip()
                for code, edit in self.translations.items()
                if code != original
            },
            "kind": self.kind.currentData(),
            "status": self.status.currentData(),
            "notes": self.notes.toPlainText().strip(),
        }
