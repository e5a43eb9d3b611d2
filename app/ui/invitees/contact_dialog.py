"""The dialog in which a contact is added to a list or edited; it checks the input as you type."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from app.models.enums import ContactCategory, Language
from app.services.contacts import clean_contact
from app.services.errors import ValidationError
from app.services.validate import EMAIL
from app.ui.common.dialog_parts import CheckedDialog, stack
from app.ui.common.errors import error_text
from app.ui.invitees.invitees_model import category_labels

HONORIFICS = ("Mr.", "Ms.", "Mrs.", "Dr.", "H.E.", "Ambassador", "Minister")


class ContactDialog(CheckedDialog):
    """Name, title, delegation, country, category, e-mail, phone, language and role on the list.

    OK stays disabled, with a line saying what to fix, until the values are valid.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        values: Mapping[str, Any] | None = None,
        role: str = "",
        countries: Sequence[str] = (),
        category: str | None = None,
    ) -> None:
        super().__init__(parent)
        editing = values is not None
        values = dict(values or {})
        self.setWindowTitle(self.tr("Edit contact") if editing else self.tr("Add contact"))
        self.setMinimumWidth(480)

        self.honorific_edit = QComboBox(self)
        self.honorific_edit.setEditable(True)
        self.honorific_edit.addItems(["", *HONORIFICS])
        self.honorific_edit.setCurrentText(str(values.get("honorific", "")))
        self.name_edit = QLineEdit(str(values.get("name", "")), self)
        self.name_edit.setPlaceholderText(self.tr("e.g. Delegation of Chile, or a person's name"))
        self.title_edit = QLineEdit(str(values.get("title", "")), self)
        self.title_edit.setPlaceholderText(self.tr("e.g. Alternate Representative"))
        self.organization_edit = QLineEdit(str(values.get("organization", "")), self)
        self.organization_edit.setPlaceholderText(
            self.tr("e.g. Permanent Mission of Chile to the OAS")
        )
        self.country_edit = QLineEdit(str(values.get("country", "")), self)
        if countries:
            completer = QCompleter(list(countries), self.country_edit)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            self.country_edit.setCompleter(completer)
        self.category_combo = QComboBox(self)
        for value, label in category_labels().items():
            self.category_combo.addItem(label, value)
        chosen = str(values.get("category") or category or ContactCategory.MEMBER_STATE.value)
        self.category_combo.setCurrentIndex(max(self.category_combo.findData(chosen), 0))
        self.email_edit = QLineEdit(str(values.get("email", "")), self)
        self.email_edit.setPlaceholderText(self.tr("name@example.org"))
        self.phone_edit = QLineEdit(str(values.get("phone", "")), self)
        self.language_combo = QComboBox(self)
        for value, label in self._language_labels().items():
            self.language_combo.addItem(label, value)
        language = str(values.get("preferred_language") or Language.EN.value)
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(language), 0))
        self.role_edit = QLineEdit(role, self)
        self.role_edit.setPlaceholderText(self.tr("e.g. Head of delegation"))
        self._notes = str(values.get("notes", ""))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("&Honorific:"), self.honorific_edit)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Delegation / organization:"), self.organization_edit)
        form.addRow(self.tr("C&ountry:"), self.country_edit)
        form.addRow(self.tr("&Category:"), self.category_combo)
        form.addRow(self.tr("&E-mail:"), self.email_edit)
        form.addRow(self.tr("&Phone:"), self.phone_edit)
        form.addRow(self.tr("Preferred &language:"), self.language_combo)
        form.addRow(self.tr("&Role on this list:"), self.role_edit)

        self.make_buttons()
        stack(self, form, self.message_label, self.buttons)

        for edit in (
            self.name_edit,
            self.title_edit,
            self.organization_edit,
            self.country_edit,
            self.email_edit,
            self.phone_edit,
            self.role_edit,
        ):
            edit.textChanged.connect(self.show_problem)
        self.honorific_edit.editTextChanged.connect(self.show_problem)
        self.show_problem()
        self.name_edit.setFocus()

    def _language_labels(self) -> dict[str, str]:
        return {
            Language.EN.value: self.tr("English"),
            Language.ES.value: self.tr("Spanish"),
            Language.FR.value: self.tr("French"),
            Language.PT.value: self.tr("Portuguese"),
        }

    def values(self) -> dict[str, Any]:
        """The contact's values as ``services.contacts`` takes them."""
        return {
            "honorific": self.honorific_edit.currentText().strip(),
            "name": self.name_edit.text().strip(),
            "title": self.title_edit.text().strip(),
            "organization": self.organization_edit.text().strip(),
            "country": self.country_edit.text().strip(),
            "category": self.category_combo.currentData(),
            "email": self.email_edit.text().strip(),
            "phone": self.phone_edit.text().strip(),
            "preferred_language": self.language_combo.currentData(),
            "notes": self._notes,
        }

    def role(self) -> str:
        return self.role_edit.text().strip()

    def problem(self) -> str:
        """What the person must fix before OK, or "" when the values are fine."""
        values = self.values()
        if not values["name"]:
            return self.tr("Enter a name: a person's, or the delegation's.")
        email = values["email"]
        if email and not EMAIL.match(email):
            return self.tr(
                "“{email}” is not a valid e-mail address. Write it as name@example.org, "
                "or leave it empty."
            ).format(email=email)
        if len(self.role()) > 200:
            return self.tr("The role is too long (at most 200 characters).")
        try:
            clean_contact(values)
        except ValidationError as error:
            return error_text(error)
        return ""
