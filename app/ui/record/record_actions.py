"""What the Record page does: reads a meeting's record into its four views, and turns the
chair's keys and dialogs into undoable commands."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QPoint
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox, QToolBar, QVBoxLayout, QWidget

from app.services.attendance import AttendanceRow
from app.services.errors import ValidationError
from app.services.quorum import QuorumLine, QuorumNotMetError
from app.ui.common.errors import show_error
from app.ui.common.page_support import (
    confirmed,
    open_dialog,
    page_action,
    page_toolbar,
    push_or_show,
    show_action_menu,
)
from app.ui.common.quorum import quorum_text
from app.ui.common.undo import push
from app.ui.record import commands
from app.ui.record.actions_view import ActionsView
from app.ui.record.attendance_view import AttendanceView
from app.ui.record.decisions_view import DecisionsView
from app.ui.record.record_dialogs import (
    ActionDialog,
    DecisionDialog,
    QuorumRuleDialog,
    RevisionRequestDialog,
)
from app.ui.record.summary_view import SummaryView

if TYPE_CHECKING:
    from app.ui.record.record_page import RecordPage


def _tab(parent: QWidget, toolbar: QToolBar, view: QWidget) -> QWidget:
    holder = QWidget(parent)
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 4, 0, 0)
    layout.addWidget(toolbar)
    layout.addWidget(view, 1)
    return holder


class RecordActions(QObject):
    def __init__(self, page: RecordPage) -> None:
        super().__init__(page)
        self.page = page
        self.context = page.context
        self.meeting_id: int | None = None
        self.attendance = AttendanceView(
            self._commit_attendance, self._toggle, self.all_present, page
        )
        self.decisions = DecisionsView(self.record_decision, self._decisions_menu, page)
        self.actions = ActionsView(self.edit_action, self._actions_menu, page)
        self.summary = SummaryView(self.save_summary, self.regenerate_summary, page)
        self.decide = page_action(
            page, self.tr("Record decision…"), self.record_decision,
            self.tr("The outcome and the decision text of the selected item"),
            self.decisions,
        )  # fmt: skip
        self.request = page_action(
            page, self.tr("Request new revision…"), self.request_revision,
            self.tr("Record that the item asked for a new revision of a document it considers"),
            self.decisions,
        )  # fmt: skip
        self.add = page_action(
            page, self.tr("Add action…"), self.add_action,
            self.tr("A follow-up action agreed at this meeting"), self.actions,
            shortcuts=[QKeySequence.StandardKey.New],
        )  # fmt: skip
        self.edit = page_action(page, self.tr("Edit action…"), self.edit_action, "", self.actions)
        self.delete = page_action(
            page, self.tr("Delete action"), self.delete_action, "", self.actions,
            shortcuts=[QKeySequence.StandardKey.Delete],
        )  # fmt: skip
        self.quorum_rule_action = page_action(
            page, self.tr("Quorum rule…"), self.quorum_rule,
            self.tr("How many member states a meeting needs for its quorum"),
        )  # fmt: skip
        self.decisions_tab = _tab(
            page, page_toolbar(page, self.tr("Decisions"), [self.decide, self.request]),
            self.decisions,
        )  # fmt: skip
        self.actions_tab = _tab(
            page, page_toolbar(page, self.tr("Actions"), [self.add, self.edit, self.delete]),
            self.actions,
        )  # fmt: skip
        self._meeting_items: dict[int, str] = {}

    # -- reading ---------------------------------------------------------------------
    def show_meeting(self, meeting_id: int | None) -> QuorumLine | None:
        """Read the meeting's record into the views; returns its quorum line."""
        from app.services import actions, attendance, decisions, summary

        self.meeting_id = meeting_id
        if meeting_id is None or self.context.workspace is None:
            self.attendance.show_sheet(None)
            self.decisions.model.set_rows([])
            self.actions.model.set_rows([])
            self.summary.show_summary(None)
            return None
        language = self.context.language

        def read(session: Any) -> tuple[Any, ...]:
            return (
                attendance.attendance_of_meeting(session, meeting_id),
                decisions.decisions_of_meeting(session, meeting_id, language=language),
                actions.actions_of_meeting(session, meeting_id),
                summary.summary_of_meeting(session, meeting_id, language=language),
            )

        sheet, decided, agreed, text = self.context.read(read)
        self.attendance.show_sheet(sheet)
        self.decisions.model.set_rows(decided)
        self.actions.model.set_rows(agreed)
        self.summary.show_summary(text)
        self._meeting_items = {row.item_id: f"{row.position}. {row.title}" for row in decided}
        return sheet.quorum

    # -- attendance ------------------------------------------------------------------
    def _toggle(self, rows: list[AttendanceRow], field: str, value: bool) -> None:
        if self.meeting_id is None:
            return
        if field == "present":
            names = ", ".join(row.delegation for row in rows[:3]) + ("…" if len(rows) > 3 else "")
            text = (
                self.tr("Mark {names} present") if value else self.tr("Mark {names} absent")
            ).format(names=names)
            command = commands.set_presence(
                self.context, self.meeting_id, {row.contact_id: value for row in rows}, text
            )
            push_or_show(self.page, self.context, command)
            return
        for row in rows:
            self._commit_attendance(row.contact_id, {field: value}, row.delegation)

    def _commit_attendance(
        self, contact_id: int, changes: Mapping[str, Any], name: str = ""
    ) -> None:
        if self.meeting_id is None:
            return
        if set(changes) == {"present"}:
            text = self.tr("Change the attendance of {name}").format(name=name)
            command = commands.set_presence(
                self.context, self.meeting_id, {contact_id: bool(changes["present"])}, text
            )
        else:
            command = commands.edit_attendance(
                self.context, self.meeting_id, contact_id, changes, name
            )
        push_or_show(self.page, self.context, command)

    def all_present(self) -> None:
        if self.meeting_id is not None:
            push_or_show(
                self.page,
                self.context,
                commands.all_member_states_present(self.context, self.meeting_id),
            )

    # -- decisions -------------------------------------------------------------------
    def _decisions_menu(self, position: QPoint) -> None:
        show_action_menu(self.page, self.decisions.table, position, [self.decide, self.request])

    def record_decision(self) -> DecisionDialog | None:
        row = self.decisions.current()
        if row is None:
            return None

        def submit(values: dict[str, Any]) -> Any:
            try:
                return push(
                    self.context,
                    commands.record_decision(self.context, row.item_id, values, row.title),
                )
            except QuorumNotMetError as missing:
                question = self.tr(
                    "The meeting has no quorum ({line}).\n\nRecord this outcome anyway? It will "
                    "be marked “recorded without quorum”."
                ).format(line=quorum_text(missing.line))
                if not confirmed(self.page, self.tr("No quorum"), question):
                    raise ValidationError(
                        "status", self.tr("Not recorded: the meeting has no quorum.")
                    ) from None
                return push(
                    self.context,
                    commands.record_decision(
                        self.context, row.item_id, values, row.title, confirm_without_quorum=True
                    ),
                )

        return open_dialog(DecisionDialog(submit, row, self.page), lambda: None)

    def request_revision(self) -> RevisionRequestDialog | None:
        row = self.decisions.current()
        if row is None:
            return None

        def submit(values: dict[str, Any]) -> Any:
            symbol = values.pop("symbol")
            base = symbol.split(" rev. ")[0]
            return push(
                self.context,
                commands.request_revision(
                    self.context, row.item_id, values["document_id"], values["revision"],
                    values["note"], f"{base} rev. {values['revision']}",
                ),
            )  # fmt: skip

        return open_dialog(RevisionRequestDialog(submit, row, self.page), lambda: None)

    # -- actions ---------------------------------------------------------------------
    def _actions_menu(self, position: QPoint) -> None:
        show_action_menu(
            self.page, self.actions.table, position, [self.add, self.edit], [self.delete]
        )

    def _action_dialog_parts(self) -> dict[str, Any]:
        from app.services.mandates import list_mandates

        mandates = self.context.read(list_mandates)
        return {
            "mandates": {
                m.id: self.tr("{number}. {resolution}: {text}").format(
                    number=m.position, resolution=m.resolution, text=m.text[:70]
                )
                for m in mandates
            },
            "items": self._meeting_items,
            "responsible": [
                self.tr("Chair"),
                self.tr("Secretariat"),
                self.tr("Member states"),
            ],
        }

    def add_action(self) -> ActionDialog | None:
        if self.meeting_id is None:
            return None
        meeting_id = self.meeting_id

        def submit(values: dict[str, Any]) -> Any:
            return push(self.context, commands.add_action(self.context, meeting_id, values))

        return open_dialog(
            ActionDialog(submit, parent=self.page, **self._action_dialog_parts()), lambda: None
        )

    def edit_action(self) -> ActionDialog | None:
        row = self.actions.current()
        if row is None:
            return None

        def submit(values: dict[str, Any]) -> Any:
            return push(
                self.context, commands.edit_action(self.context, row.id, values, row.version)
            )

        return open_dialog(
            ActionDialog(submit, action=row, parent=self.page, **self._action_dialog_parts()),
            lambda: None,
        )

    def delete_action(self) -> None:
        row = self.actions.current()
        if row is not None and self.meeting_id is not None:
            push_or_show(
                self.page,
                self.context,
                commands.delete_action(self.context, row.id, self.meeting_id),
            )

    # -- summary ---------------------------------------------------------------------
    def save_summary(self) -> None:
        if self.meeting_id is not None and self.summary.is_modified():
            text = self.summary.text()
            self.summary.editor.document().setModified(False)
            push_or_show(
                self.page, self.context, commands.save_summary(self.context, self.meeting_id, text)
            )

    def regenerate_summary(self) -> None:
        from app.services import summary

        if self.meeting_id is None:
            return
        meeting_id = self.meeting_id
        self.save_summary()
        try:
            preview = self.context.read(lambda s: summary.preview_regeneration(s, meeting_id))
        except Exception as error:
            show_error(self.page, error)
            return
        replace = False
        if preview.conflicts:
            replace_answer = self._ask_about_edits(preview.conflicts)
            if replace_answer is None:
                return
            replace = replace_answer
        elif (
            not preview.changes_anything and self.summary._summary and self.summary._summary.stored
        ):
            self.context.status_message.emit(
                self.tr("The summary already says what the record says.")
            )
            return
        push_or_show(
            self.page,
            self.context,
            commands.regenerate_summary(self.context, meeting_id, replace_edited=replace),
        )

    def _ask_about_edits(self, conflicts: Any) -> bool | None:
        """Keep the chair's edited paragraphs (False), take the record's (True), or cancel."""
        listing = "\n\n".join(
            self.tr("Yours: {yours}\nThe record now: {record}").format(
                yours=c.yours[:300],
                record=c.record[:300] or self.tr("(no longer in the record)"),
            )
            for c in conflicts
        )
        box = QMessageBox(self.page)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Regenerate the summary"))
        box.setText(
            self.tr(
                "You edited %n paragraph(s) that the record has changed since. Keep your text, "
                "or replace it with what the record now says?",
                "",
                len(conflicts),
            )
        )
        box.setDetailedText(listing)
        keep = box.addButton(self.tr("Keep my text"), QMessageBox.ButtonRole.AcceptRole)
        take = box.addButton(
            self.tr("Use the record's text"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(keep)
        box.exec()
        clicked = box.clickedButton()
        if clicked is keep:
            return False
        if clicked is take:
            return True
        return None

    # -- quorum rule -----------------------------------------------------------------
    def quorum_rule(self) -> QuorumRuleDialog | None:
        from app.services import quorum

        if self.context.workspace is None:
            return None
        settings = self.context.read(quorum.quorum_settings)

        def submit(values: dict[str, Any]) -> Any:
            return push(
                self.context,
                commands.set_quorum_rule(
                    self.context,
                    values["rule"],
                    values["fixed_number"],
                    values["member_states_total"],
                ),
            )

        return open_dialog(QuorumRuleDialog(submit, settings, self.page), lambda: None)
