"""The record's dialogs: an item's decision, a new revision requested, a follow-up action,
the quorum rule. Each hands its values to an undoable command and stays open on a refusal."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from app.models.enums import ActionStatus, ItemStatus, QuorumRule
from app.services.actions import ActionRow
from app.services.decisions import DecisionRow
from app.services.quorum import QuorumSettings
from app.ui.common.delegates.date_editor import OptionalDateEdit
from app.ui.common.dialog_parts import stack
from app.ui.common.submit_dialog import Submit, SubmitDialog
from app.ui.record.decisions_view import outcome_labels


def _select(box: QComboBox, value: Any) -> None:
    box.setCurrentIndex(max(box.findData(value), 0))


class DecisionDialog(SubmitDialog):
    """The outcome and the decision text of one agenda item."""

    def __init__(self, submit: Submit, row: DecisionRow, parent: QWidget | None = None) -> None:
        super().__init__(submit, parent)
        self.setWindowTitle(self.tr("Decision on item {number}").format(number=row.position))
        self.setMinimumWidth(520)
        self.outcome = QComboBox(self)
        for status, label in outcome_labels().items():
            if status != ItemStatus.DEFERRED or row.status == ItemStatus.DEFERRED:
                self.outcome.addItem(label, str(status))
        _select(self.outcome, str(row.status))
        self.decision = QPlainTextEdit(row.decision, self)
        self.decision.setPlaceholderText(
            self.tr("What the Working Group decided, e.g. “The Working Group approved …”")
        )
        self.decision.setMinimumHeight(110)
        form = QFormLayout()
        form.addRow(self.tr("Item:"), QLineEdit(row.title, self, readOnly=True))
        form.addRow(self.tr("&Outcome:"), self.outcome)
        form.addRow(self.tr("&Decision:"), self.decision)
        self.field_widgets = {"status": self.outcome, "decision": self.decision}
        stack(self, form, self.message, self.buttons)

    def values(self) -> dict[str, Any]:
        return {
            "status": self.outcome.currentData(),
            "decision": self.decision.toPlainText().strip(),
        }


class RevisionRequestDialog(SubmitDialog):
    """A new revision of one of the documents an item considers."""

    def __init__(self, submit: Submit, row: DecisionRow, parent: QWidget | None = None) -> None:
        super().__init__(submit, parent)
        self.setWindowTitle(self.tr("Request a new revision"))
        self.setMinimumWidth(520)
        self.document = QComboBox(self)
        for document in row.documents:
            self.document.addItem(f"{document.symbol} — {document.title}", document.document_id)
        self.revision = QSpinBox(self)
        self.revision.setRange(1, 99)
        self.revision.setPrefix(self.tr("rev. "))
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(
            self.tr("e.g. The Secretariat will circulate it before the next meeting.")
        )
        self._next = {doc.document_id: _next_revision(doc.symbol) for doc in row.documents}
        self.document.currentIndexChanged.connect(self._suggest)
        self._suggest()
        form = QFormLayout()
        form.addRow(self.tr("&Document:"), self.document)
        form.addRow(self.tr("&Revision:"), self.revision)
        form.addRow(self.tr("&Note:"), self.note)
        self.field_widgets = {
            "document": self.document,
            "revision": self.revision,
            "note": self.note,
        }
        stack(self, form, self.message, self.buttons)
        self.update_ok()

    def _suggest(self) -> None:
        self.revision.setValue(self._next.get(self.document.currentData(), 1))

    def problem(self) -> str:
        if self.document.count() == 0:
            return self.tr("This item considers no document; link one on the Agenda page first.")
        return ""

    def values(self) -> dict[str, Any]:
        return {
            "document_id": self.document.currentData(),
            "symbol": self.document.currentText().split(" — ")[0],
            "revision": self.revision.value(),
            "note": self.note.text().strip(),
        }


def _next_revision(symbol: str) -> int:
    """The revision after the one a symbol names ("X rev. 2" -> 3, "X" -> 1)."""
    _, found, number = symbol.rpartition(" rev. ")
    head = number.split(" ")[0]
    return int(head) + 1 if found and head.isdigit() else 1


def _tr(text: str) -> str:
    # lupdate files a module-level tr() under the empty context (tools/update_translations.py).
    return QCoreApplication.translate("", text)


def action_status_labels() -> dict[ActionStatus, str]:
    return {
        ActionStatus.OPEN: _tr("Open"),
        ActionStatus.DONE: _tr("Done"),
        ActionStatus.DROPPED: _tr("Dropped"),
    }


class ActionDialog(SubmitDialog):
    """A follow-up action: what, who, by when, for which mandate and item, how far it is."""

    def __init__(
        self,
        submit: Submit,
        *,
        mandates: Mapping[int, str],
        items: Mapping[int, str],
        responsible: Sequence[str],
        action: ActionRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(submit, parent)
        self.setWindowTitle(self.tr("Edit action") if action else self.tr("Add action"))
        self.setMinimumWidth(560)
        self.description = QPlainTextEdit(action.description if action else "", self)
        self.description.setMinimumHeight(80)
        self.description.setPlaceholderText(self.tr("What is to be done"))
        self.responsible = QComboBox(self)
        self.responsible.setEditable(True)
        self.responsible.addItems(list(responsible))
        self.responsible.setCurrentText(action.responsible if action else "")
        self.responsible.lineEdit().setPlaceholderText(
            self.tr("A delegation, the Chair, the Secretariat, a department")
        )
        self.due = OptionalDateEdit(self)
        self.due.set_value(action.due_date if action else None)
        self.mandate = QComboBox(self)
        self.mandate.addItem(self.tr("(none)"), None)
        for mandate_id, label in mandates.items():
            self.mandate.addItem(label, mandate_id)
        _select(self.mandate, action.mandate_id if action else None)
        self.item = QComboBox(self)
        self.item.addItem(self.tr("(none)"), None)
        for item_id, label in items.items():
            self.item.addItem(label, item_id)
        _select(self.item, action.agenda_item_id if action else None)
        self.status = QComboBox(self)
        for status, label in action_status_labels().items():
            self.status.addItem(label, str(status))
        _select(self.status, str(action.status) if action else str(ActionStatus.OPEN))
        form = QFormLayout()
        form.addRow(self.tr("&Action:"), self.description)
        form.addRow(self.tr("&Responsible:"), self.responsible)
        form.addRow(self.tr("D&ue date:"), self.due)
        form.addRow(self.tr("&Mandate:"), self.mandate)
        form.addRow(self.tr("Agreed under &item:"), self.item)
        form.addRow(self.tr("&Status:"), self.status)
        self.field_widgets = {
            "description": self.description,
            "responsible": self.responsible,
            "due_date": self.due,
            "mandate_id": self.mandate,
            "agenda_item_id": self.item,
            "status": self.status,
        }
        stack(self, form, self.message, self.buttons)
        self.description.textChanged.connect(self.update_ok)
        self.update_ok()

    def problem(self) -> str:
        if not self.description.toPlainText().strip():
            return self.tr("Say what is to be done.")
        return ""

    def values(self) -> dict[str, Any]:
        due: date | None = self.due.value()
        return {
            "description": self.description.toPlainText().strip(),
            "responsible": self.responsible.currentText().strip(),
            "due_date": due,
            "mandate_id": self.mandate.currentData(),
            "agenda_item_id": self.item.currentData(),
            "status": self.status.currentData(),
        }


class QuorumRuleDialog(SubmitDialog):
    """The working group's quorum rule: a majority of the parent body's member states,
    a fixed number, or none."""

    def __init__(
        self, submit: Submit, settings: QuorumSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(submit, parent)
        self.setWindowTitle(self.tr("Quorum rule"))
        self.setMinimumWidth(460)
        self.rule = QComboBox(self)
        self.rule.addItem(self.tr("A majority of the parent body's member states"), "majority")
        self.rule.addItem(self.tr("A fixed number of member states"), "fixed")
        self.rule.addItem(self.tr("No quorum required"), "none")
        _select(self.rule, str(settings.rule))
        self.total = QSpinBox(self)
        self.total.setRange(1, 500)
        self.total.setValue(settings.member_states_total)
        self.number = QSpinBox(self)
        self.number.setRange(1, 500)
        self.number.setValue(settings.fixed_number or settings.required or 18)
        form = QFormLayout()
        form.addRow(self.tr("&Rule:"), self.rule)
        form.addRow(self.tr("&Member states of the parent body:"), self.total)
        form.addRow(self.tr("&Fixed number:"), self.number)
        self.field_widgets = {
            "quorum_rule": self.rule,
            "member_states_total": self.total,
            "quorum_number": self.number,
        }
        stack(self, form, self.message, self.buttons)
        self.rule.currentIndexChanged.connect(self._enable)
        self._enable()

    def _enable(self) -> None:
        rule = self.rule.currentData()
        self.number.setEnabled(rule == QuorumRule.FIXED.value)
        self.total.setEnabled(rule == QuorumRule.MAJORITY.value)

    def values(self) -> dict[str, Any]:
        rule = self.rule.currentData()
        return {
            "rule": rule,
            "fixed_number": self.number.value() if rule == QuorumRule.FIXED.value else None,
            "member_states_total": self.total.value(),
        }
