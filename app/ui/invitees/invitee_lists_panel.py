"""The invitee lists with their sizes, and the buttons that create, rename and delete them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services import invitees
from app.services.invitees import ListSummary
from app.ui.common.context import INVITEES, AppContext
from app.ui.common.errors import show_error
from app.ui.common.undo import push
from app.ui.invitees.commands import CreateList, RenameList
from app.ui.invitees.list_dialog import ListDialog

LIST_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def count_text(locale: QLocale, number: int) -> str:
    """A count with thousands separators, even in the "C" locale (which leaves them out)."""
    locale.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)
    return locale.toString(number)


#: Shows a dialog window-modal and calls back on OK (the page's, so it can find it).
OpenDialog = Callable[[QWidget, Callable[[], Any]], None]


class InviteeListsPanel(QWidget):
    #: The chosen list changed: its id, or 0 for none.
    list_chosen = Signal(int)

    def __init__(
        self, context: AppContext, open_dialog: OpenDialog, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self._open_dialog = open_dialog
        self._summaries: dict[int, ListSummary] = {}
        self._chosen = 0
        #: The list to choose when it appears (restored state, a new or renamed list).
        self.wanted_name = ""

        self.lists = QTreeWidget()
        self.lists.setColumnCount(2)
        self.lists.setHeaderLabels([self.tr("Invitee list"), self.tr("Invitees")])
        self.lists.setRootIsDecorated(False)
        self.lists.setUniformRowHeights(True)
        self.lists.setAllColumnsShowFocus(True)
        header = self.lists.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.lists.currentItemChanged.connect(self._current_changed)
        self.lists.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        # Tool buttons: three push buttons made the panel 260 px wide, which the
        # invitee table needs more at 1280x800.
        self.new_list_button = QToolButton(text=self.tr("&New…"))
        self.rename_list_button = QToolButton(text=self.tr("Rena&me…"))
        self.delete_list_button = QToolButton(text=self.tr("Delete"))
        self.new_list_button.setToolTip(self.tr("Create a new invitee list"))
        self.rename_list_button.setToolTip(self.tr("Rename the selected list"))
        self.delete_list_button.setToolTip(self.tr("Delete the selected list"))
        self.new_list_button.clicked.connect(self.new_list)
        self.rename_list_button.clicked.connect(self.rename_list)
        self.delete_list_button.clicked.connect(self.delete_list)
        for text, slot in (
            (self.tr("New list…"), self.new_list),
            (self.tr("Rename…"), self.rename_list),
            (self.tr("Delete list"), self.delete_list),
        ):
            action = QAction(text, self.lists)
            action.triggered.connect(slot)
            self.lists.addAction(action)

        buttons = QHBoxLayout()
        buttons.addWidget(self.new_list_button)
        buttons.addWidget(self.rename_list_button)
        buttons.addWidget(self.delete_list_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.addWidget(self.lists)
        layout.addLayout(buttons)

    # -- what is shown -------------------------------------------------------------------
    def current(self) -> ListSummary | None:
        return self._summaries.get(self._chosen)

    def reload(self) -> None:
        """Read the lists again; keep the chosen one, else the wanted one, else the first.

        Emits ``list_chosen`` only when the chosen list changes.
        """
        workspace_open = self.context.workspace is not None
        summaries = self.context.read(invitees.list_summaries) if workspace_open else []
        self._summaries = {summary.id: summary for summary in summaries}
        wanted = self._chosen if self._chosen in self._summaries else 0
        if not wanted:
            wanted = next((s.id for s in summaries if s.name == self.wanted_name), 0)
        if not wanted and summaries:
            wanted = summaries[0].id
        self.lists.blockSignals(True)
        self.lists.clear()
        for summary in summaries:
            count = count_text(self.locale(), summary.entry_count)
            item = QTreeWidgetItem([summary.name, count])
            item.setData(0, LIST_ID_ROLE, summary.id)
            item.setToolTip(0, summary.description or summary.name)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.lists.addTopLevelItem(item)
            if summary.id == wanted:
                self.lists.setCurrentItem(item)
        self.lists.blockSignals(False)
        self.new_list_button.setEnabled(workspace_open)
        self.rename_list_button.setEnabled(bool(wanted))
        self.delete_list_button.setEnabled(bool(wanted))
        if wanted:
            self.wanted_name = self._summaries[wanted].name
        self._choose(wanted)

    def forget_choice(self) -> None:
        """A different workspace: its list ids mean nothing here."""
        self._chosen = 0

    def select_list(self, name: str) -> bool:
        """Choose the list called ``name``; False when there is none."""
        self.wanted_name = name
        for index in range(self.lists.topLevelItemCount()):
            item = self.lists.topLevelItem(index)
            if item.text(0) == name:
                self.lists.setCurrentItem(item)
                return True
        return False

    def _current_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        list_id = int(current.data(0, LIST_ID_ROLE)) if current is not None else 0
        summary = self._summaries.get(list_id)
        self.wanted_name = summary.name if summary else ""
        self._choose(list_id)

    def _choose(self, list_id: int) -> None:
        if list_id != self._chosen:
            self._chosen = list_id
            self.list_chosen.emit(list_id)

    # -- edits -----------------------------------------------------------------------------
    def _taken_names(self) -> list[str]:
        return [summary.name for summary in self._summaries.values()]

    def new_list(self) -> None:
        if self.context.workspace is None:
            return
        dialog = ListDialog(self, taken=self._taken_names())

        def create() -> None:
            try:
                push(self.context, CreateList(self.context, dialog.name(), dialog.description()))
            except Exception as error:
                show_error(self, error)
                return
            self.select_list(dialog.name())

        self._open_dialog(dialog, create)

    def rename_list(self) -> None:
        summary = self.current()
        if summary is None:
            return
        dialog = ListDialog(
            self,
            name=summary.name,
            description=summary.description,
            taken=self._taken_names(),
            renaming=True,
        )

        def rename() -> None:
            self.wanted_name = dialog.name()
            try:
                push(
                    self.context,
                    RenameList(self.context, summary.id, dialog.name(), dialog.description()),
                )
            except Exception as error:
                show_error(self, error)

        self._open_dialog(dialog, rename)

    def delete_list(self) -> None:
        summary = self.current()
        if summary is None:
            return
        count = count_text(self.locale(), summary.entry_count)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Delete list"),
            self.tr(
                "Delete the list “{name}” and its {count} entries with their status history? "
                "The contacts stay in the workspace. This cannot be undone."
            ).format(name=summary.name, count=count),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        delete = box.addButton(self.tr("Delete list"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def finished() -> None:
            if box.clickedButton() is not delete:
                return
            self.wanted_name = ""
            try:
                self.context.write(lambda s: invitees.delete_list(s, summary.id), {INVITEES})
            except Exception as error:
                show_error(self, error)
                return
            self.context.status_message.emit(
                self.tr("Deleted the list “{name}”.").format(name=summary.name)
            )

        self._open_dialog(box, finished)
