"""The invitees page's actions on the entries of the chosen list: status, add, edit, remove."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QMenu,
    QMessageBox,
    QWidget,
)

from app.services import invitee_table, invitees
from app.services.errors import ConflictError
from app.ui.common.conflicts import save_or_resolve
from app.ui.common.errors import show_error
from app.ui.common.undo import ServiceCommand, push
from app.ui.invitees.commands import (
    AddContactToList,
    EditContact,
    RemoveEntries,
    SetInvitationStatus,
)
from app.ui.invitees.contact_dialog import ContactDialog
from app.ui.invitees.invitees_model import status_labels

if TYPE_CHECKING:
    from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton

    from app.services.invitees import ListSummary
    from app.ui.common.context import AppContext
    from app.ui.invitees.invitee_table_view import InviteeTableView
    from app.ui.invitees.invitees_model import InviteesModel

#: How many changed entries a refused bulk change names; the rest are counted.
MAX_NAMED = 10


class EntryActions(QWidget):
    """What the invitees page's actions do to the entries of the chosen list.

    The page builds the widgets named below and supplies its selection
    (``selected_list``, ``selected_positions``, ``selected_entry_ids``) and whether only
    the first rows of a large list are shown yet (``_showing_first_rows``).
    """

    context: AppContext
    model: InviteesModel
    view: InviteeTableView
    add_action: QAction
    edit_action: QAction
    remove_action: QAction
    status_menu: QMenu
    add_button: QPushButton
    edit_button: QPushButton
    remove_button: QPushButton
    status_button: QPushButton
    search_edit: QLineEdit
    category_combo: QComboBox
    status_combo: QComboBox
    _dialog: QWidget | None

    # The page defines these (its selection and its reload).
    selected_list: Callable[[], ListSummary | None]
    selected_positions: Callable[[], list[int]]
    selected_entry_ids: Callable[[], list[int]]
    _showing_first_rows: Callable[[], bool]

    def _action(self, text: str, slot: Callable[[], Any]) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _update_actions(self) -> None:
        has_list = self.selected_list() is not None and self.context.workspace is not None
        selected = self.view.selected_count() if has_list else 0
        idle = not self._showing_first_rows()
        for widget in (self.add_action, self.add_button):
            widget.setEnabled(has_list)
        for widget in (self.edit_action, self.edit_button):
            widget.setEnabled(selected == 1 and idle)
        for widget in (self.remove_action, self.remove_button, self.status_button):
            widget.setEnabled(selected > 0 and idle)
        self.status_menu.setEnabled(selected > 0 and idle)
        for widget in (self.search_edit, self.category_combo, self.status_combo):
            widget.setEnabled(has_list)

    def _show_context_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        menu.addMenu(self.status_menu)
        menu.addSeparator()
        menu.addAction(self.add_action)
        menu.addAction(self.edit_action)
        menu.addAction(self.remove_action)
        menu.exec(self.view.viewport().mapToGlobal(position))

    # -- edits -------------------------------------------------------------------------------
    def _push(self, command: ServiceCommand) -> Any:
        try:
            return push(self.context, command)
        except Exception as error:
            show_error(self, error)
            return None

    def set_status(self, status: str) -> None:
        """Give every selected entry ``status``, in one undoable step."""
        entry_ids = self.selected_entry_ids()
        if not entry_ids:
            return
        shown = self.model.versions_of_entries(entry_ids)
        command = SetInvitationStatus(
            self.context, entry_ids, status, status_labels()[status], shown
        )
        try:
            push(self.context, command)
        except ConflictError:
            self._say_who_changed(shown or {})
            return
        except Exception as error:
            show_error(self, error)
            return
        # A large list is read again off the UI thread; show the change meanwhile.
        self.model.set_statuses(dict.fromkeys(entry_ids, status))

    def _say_who_changed(self, shown: Mapping[int, int]) -> None:
        """A bulk change was refused: name the entries someone else changed since shown."""
        try:
            now = self.context.read(lambda s: invitees.entry_versions(s, list(shown)))
        except Exception as error:
            show_error(self, error)
            return
        changed = [entry_id for entry_id, version in shown.items() if now.get(entry_id) != version]
        names = [self.model.name_of_entry(entry_id) for entry_id in changed]
        listed = ", ".join(names[:MAX_NAMED])
        if len(names) > MAX_NAMED:
            listed += ", " + self.tr("and %n more", "", len(names) - MAX_NAMED)
        QMessageBox.warning(
            self,
            self.tr("Changed by someone else"),
            self.tr(
                "Someone else changed %n of the selected invitations since the list was "
                "shown: {names}. Nothing was changed. The list now shows their changes; "
                "look at them and repeat the change if it still applies.",
                "",
                len(changed),
            ).format(names=listed),
        )

    def add_contact(self) -> None:
        summary = self.selected_list()
        if summary is None:
            return
        dialog = ContactDialog(
            self, countries=self._countries(), category=self.category_combo.currentData()
        )

        def add() -> None:
            command = AddContactToList(self.context, summary.id, dialog.values(), dialog.role())
            result = self._push(command)
            if result is not None:
                self.view.reveal_entry(result[1])

        self._open(dialog, add)

    def edit_contact(self, position: int | None = None) -> None:
        """Edit the contact at ``position``, or the one selected row."""
        if position is None:
            positions = self.selected_positions()
            if len(positions) != 1:
                return
            position = positions[0]
        if not 0 <= position < self.model.rowCount() or self._showing_first_rows():
            return
        contact_id = self.model.contact_id_at(position)
        entry_id = self.model.entry_id_at(position)
        from app.services.versions import version_of

        try:
            values, role, opened_at = self.context.read(
                lambda s: (
                    invitee_table.contact_for_editing(s, contact_id),
                    invitee_table.entry_role(s, entry_id),
                    version_of(s, "contact", contact_id),
                )
            )
        except Exception as error:
            show_error(self, error)
            return
        dialog = ContactDialog(self, values=values, role=role, countries=self._countries())

        def edit() -> None:
            # Read once: the dialog is gone by the time a conflict is answered.
            values, new_role = dialog.values(), dialog.role()
            save_or_resolve(
                self,
                self.context,
                lambda version: EditContact(
                    self.context, contact_id, entry_id, values, new_role, version
                ),
                opened_at,
                values,
            )

        self._open(dialog, edit)

    def remove_entries(self) -> None:
        entry_ids = self.selected_entry_ids()
        if entry_ids:
            self._push(RemoveEntries(self.context, entry_ids))

    def _countries(self) -> list[str]:
        if self.context.workspace is None:
            return []
        return self.context.read(invitee_table.list_countries)

    # -- dialogs -----------------------------------------------------------------------------
    def _open(self, dialog: QWidget, on_accept: Callable[[], Any]) -> None:
        """Show ``dialog`` window-modal without a nested event loop; run ``on_accept`` on OK
        (for a message box: when it closes, whatever was clicked)."""
        self._dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if isinstance(dialog, QMessageBox):
            dialog.finished.connect(lambda _result: on_accept())
        else:
            dialog.accepted.connect(on_accept)
        dialog.destroyed.connect(self._dialog_closed)
        dialog.open()

    def _dialog_closed(self) -> None:
        self._dialog = None

    def open_dialog(self) -> QWidget | None:
        """The dialog this page has open, if any (for tests and the main window)."""
        return self._dialog
