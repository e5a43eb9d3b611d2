"""The agenda page's actions: add, edit, delete, move, outcome, defer, link documents."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QWidget,
)

from app.ui.agenda.agenda_item_dialog import ItemDialog, OutcomeDialog
from app.ui.agenda.commands import (
    AddItem,
    DeferItem,
    Deferral,
    DeleteItem,
    EditItem,
    LinkDocuments,
    MoveItem,
    RecordOutcome,
    read_item_links,
    read_item_values,
)
from app.ui.agenda.defer_dialog import DeferDialog
from app.ui.agenda.document_links_dialog import LinkDocumentsDialog
from app.ui.common import meeting_labels as labels
from app.ui.common.conflicts import save_or_resolve
from app.ui.common.context import AGENDA
from app.ui.common.errors import show_error
from app.ui.common.page_support import (
    open_dialog,
    page_action,
    push_or_show,
    show_action_menu,
)
from app.ui.common.quorum import push_asking_quorum
from app.ui.common.row_refs import ITEM, MEETING
from app.ui.common.title_versions import title_versions_action

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTableView

    from app.services.agenda_rows import ItemRow
    from app.services.meeting_rows import MeetingRow
    from app.ui.agenda.agenda_model import AgendaModel
    from app.ui.common.context import AppContext
    from app.ui.common.row_refs import RowRefs

MOVE_UP_KEY = QKeySequence("Ctrl+Up")
MOVE_DOWN_KEY = QKeySequence("Ctrl+Down")
ADD_ITEM_KEYS = (QKeySequence("Ctrl+Shift+I"), QKeySequence(Qt.Key.Key_Insert))


class ItemActions(QWidget):
    """What the agenda page's actions do to the items of the meeting shown.

    The page supplies the context, the table and its model, the meeting shown
    (``_meeting_id``) and its selection (``selected_row``, ``select_item``, ``reload_items``).
    """

    context: AppContext
    refs: RowRefs
    model: AgendaModel
    table: QTableView
    _meeting_id: int
    _meetings: list[MeetingRow]

    # The page defines these (its selection and its reload).
    selected_row: Callable[[], ItemRow | None]
    select_item: Callable[[int], None]
    reload_items: Callable[[], None]

    def _make_actions(self) -> None:
        self.add_action = page_action(
            self,
            self.tr("&Add Item…"),
            self.add_item,
            self.tr("Add an item at the end of the agenda"),
            shortcuts=ADD_ITEM_KEYS,
        )
        self.edit_action = page_action(
            self,
            self.tr("&Edit Item…"),
            self.edit_item,
            self.tr("Change the selected item (Enter)"),
        )
        self.delete_action = page_action(
            self,
            self.tr("&Delete"),
            self.delete_item,
            self.tr("Remove the selected item from the agenda"),
            scope=self.table,
            shortcuts=(QKeySequence.StandardKey.Delete,),
        )
        self.up_action = page_action(
            self,
            self.tr("Move &Up"),
            lambda: self.move_selected(-1),
            self.tr("Move the item up (Ctrl+Up)"),
            shortcuts=(MOVE_UP_KEY,),
        )
        self.down_action = page_action(
            self,
            self.tr("Move Do&wn"),
            lambda: self.move_selected(+1),
            self.tr("Move the item down (Ctrl+Down)"),
            shortcuts=(MOVE_DOWN_KEY,),
        )
        self.outcome_action = page_action(
            self,
            self.tr("Record &Outcome…"),
            self.record_outcome,
            self.tr("Record what the meeting decided on the item"),
        )
        self.defer_action = page_action(
            self,
            self.tr("De&fer to Next Meeting"),
            self.defer_item,
            self.tr("Mark the item deferred and add it to the next meeting's agenda"),
        )
        self.link_action = page_action(
            self,
            self.tr("&Link Documents…"),
            self.link_documents,
            self.tr("Choose the documents and revisions the item considers"),
        )
        self.titles_action = title_versions_action(
            self, self.context, ITEM, self._selected_id, frozenset({AGENDA})
        )

    def _update_actions(self) -> None:
        row = self.selected_row()
        has_meeting = bool(self._meeting_id) and self.context.workspace is not None
        self.add_action.setEnabled(has_meeting)
        for action in (
            self.edit_action,
            self.delete_action,
            self.outcome_action,
            self.link_action,
            self.titles_action,
        ):
            action.setEnabled(row is not None)
        self.up_action.setEnabled(row is not None and row.position > 1)
        self.down_action.setEnabled(row is not None and row.position < self.model.rowCount())
        self.defer_action.setEnabled(row is not None and str(row.status) != "deferred")

    def _show_menu(self, position: QPoint) -> None:
        show_action_menu(
            self,
            self.table,
            position,
            (self.edit_action, self.titles_action, self.outcome_action, self.link_action),
            (self.up_action, self.down_action, self.defer_action),
            (self.delete_action, self.add_action),
        )

    # -- edits -----------------------------------------------------------------------
    def _selected_id(self) -> int | None:
        row = self.selected_row()
        return row.id if row is not None else None

    def _item_ref(self, row: ItemRow) -> Any:
        return self.refs.ref(ITEM, row.id)

    def add_item(self) -> ItemDialog | None:
        if not self._meeting_id:
            return None
        meeting = self.refs.ref(MEETING, self._meeting_id)
        dialog = ItemDialog(self)

        def create() -> None:
            item_id = push_or_show(
                self, self.context, AddItem(self.context, meeting, dialog.values())
            )
            if item_id:
                self.select_item(item_id)

        return open_dialog(dialog, create)

    def edit_item(self) -> ItemDialog | None:
        row = self.selected_row()
        if row is None:
            return None
        from app.services.versions import version_of

        try:
            values, opened_at = self.context.read(
                lambda s: (read_item_values(s, row.id), version_of(s, "agenda item", row.id))
            )
        except Exception as exc:
            show_error(self, exc)
            self.reload_items()
            return None
        ref = self._item_ref(row)
        dialog = ItemDialog(self, values)

        def save() -> None:
            # Read once: the dialog is gone by the time a conflict is answered.
            changes = dialog.values()
            save_or_resolve(
                self,
                self.context,
                lambda version: EditItem(self.context, ref, changes, version),
                opened_at,
                changes,
            )

        return open_dialog(dialog, save)

    def delete_item(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        meeting = self.refs.ref(MEETING, self._meeting_id)
        following = (
            self.model.row_of(row.position) if row.position < self.model.rowCount() else None
        )
        deleted = push_or_show(
            self, self.context, DeleteItem(self.context, self._item_ref(row), meeting, row.title)
        )
        if deleted and following is not None:
            self.select_item(following.id)

    def move_selected(self, step: int) -> None:
        """Move the selected item one place up (-1) or down (+1); it stays selected."""
        row = self.selected_row()
        if row is None:
            return
        position = row.position + step
        if 1 <= position <= self.model.rowCount():
            self.move_item_to(row.id, position)

    def move_item_to(self, item_id: int, position: int) -> None:
        row_number = self.model.row_for_id(item_id)
        if row_number < 0:
            return
        row = self.model.row_of(row_number)
        push_or_show(
            self, self.context, MoveItem(self.context, self._item_ref(row), row.title, position)
        )
        self.select_item(item_id)

    def record_outcome(self) -> OutcomeDialog | None:
        row = self.selected_row()
        if row is None:
            return None
        ref = self._item_ref(row)
        dialog = OutcomeDialog(self, row.title, str(row.status), row.decision)
        return open_dialog(
            dialog,
            lambda: push_asking_quorum(
                self,
                self.context,
                lambda confirm: RecordOutcome(
                    self.context,
                    ref,
                    row.title,
                    dialog.status(),
                    dialog.decision(),
                    confirm_without_quorum=confirm,
                ),
            ),
        )

    def defer_item(self) -> DeferDialog | None:
        """Ask which meeting (the next one proposed), then defer the item there (undoable)."""
        row = self.selected_row()
        current = next((m for m in self._meetings if m.id == self._meeting_id), None)
        if row is None or current is None:
            return None
        dialog = DeferDialog(self, row.title, current, self._meetings)
        item = self._item_ref(row)

        def defer() -> None:
            target = self.refs.ref(MEETING, dialog.meeting_id())
            deferral: Deferral | None = push_asking_quorum(
                self,
                self.context,
                lambda confirm: DeferItem(
                    self.context, item, row.title, target, confirm_without_quorum=confirm
                ),
            )
            if deferral is None:
                return
            self.select_item(row.id)
            self.context.status_message.emit(
                self.tr("“{title}” deferred to the meeting of {date}, as item {position}.").format(
                    title=row.title,
                    date=labels.long_date(deferral.meeting_date),
                    position=deferral.position,
                )
            )

        return open_dialog(dialog, defer)

    def link_documents(self) -> LinkDocumentsDialog | None:
        from app.services.document_rows import list_documents, revision_history

        row = self.selected_row()
        if row is None:
            return None
        try:
            documents, links = self.context.read(
                lambda s: (
                    list_documents(s, language=self.context.language),
                    read_item_links(s, row.id),
                )
            )
        except Exception as exc:
            show_error(self, exc)
            return None
        ref = self._item_ref(row)
        dialog = LinkDocumentsDialog(
            self,
            row.title,
            documents,
            links,
            lambda document_id: self.context.read(lambda s: revision_history(s, document_id)),
            next((m.date for m in self._meetings if m.id == self._meeting_id), None),
        )

        def apply() -> None:
            if dialog.links() != links:
                push_or_show(
                    self, self.context, LinkDocuments(self.context, ref, row.title, dialog.links())
                )

        return open_dialog(dialog, apply)
