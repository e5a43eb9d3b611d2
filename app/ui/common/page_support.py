"""What the pages do alike: reading their lists, actions, toolbars and menus, tables of
one record a row, opening dialogs, undoable edits and saved layout."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QItemSelectionModel,
    QPoint,
    QSettings,
    Qt,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QMenu,
    QMessageBox,
    QSplitter,
    QTableView,
    QToolBar,
    QWidget,
)

from app.ui.common.actions import Shortcut, bindings
from app.ui.common.errors import show_error
from app.ui.common.row_table import RowT, RowTableModel
from app.ui.common.undo import ServiceCommand, push

if TYPE_CHECKING:
    from app.ui.common.context import AppContext

#: Widgets whose layout a page keeps between sessions, by settings key.
Layout = Mapping[str, QSplitter | QHeaderView]
Listed = TypeVar("Listed")
DialogT = TypeVar("DialogT", bound=QDialog)


# -- reading ---------------------------------------------------------------------------
def read_list(context: AppContext, listing: Callable[..., list[Listed]]) -> list[Listed]:
    """What ``listing(session, language=…)`` lists in the window's language; nothing while
    no workspace is open."""
    if context.workspace is None:
        return []
    language = context.language
    return context.read(lambda session: listing(session, language=language))


# -- actions ---------------------------------------------------------------------------
def page_action(
    owner: QWidget,
    text: str,
    slot: Callable[[], Any],
    tip: str = "",
    scope: QWidget | None = None,
    *,
    shortcuts: Sequence[Shortcut] = (),
) -> QAction:
    """An action of ``owner`` whose shortcuts work while focus is in ``scope`` (or ``owner``).

    Page shortcuts stay local: Delete in the calendar's table must not delete an agenda item.
    """
    action = QAction(text, owner)
    action.setStatusTip(tip)
    action.setToolTip(tip or text)
    if shortcuts:
        action.setShortcuts(bindings(*shortcuts))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(lambda _checked=False: slot())
    (scope or owner).addAction(action)
    return action


def add_action_groups(target: QToolBar | QMenu, groups: Sequence[Sequence[QAction]]) -> None:
    """Add ``groups`` of actions with a separator between groups."""
    for number, group in enumerate(groups):
        if number:
            target.addSeparator()
        for action in group:
            target.addAction(action)


def page_toolbar(owner: QWidget, title: str, *groups: Sequence[QAction]) -> QToolBar:
    """A toolbar of text buttons (the pages' actions have no icons), grouped by separators."""
    toolbar = QToolBar(title, owner)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    add_action_groups(toolbar, groups)
    return toolbar


def show_action_menu(
    owner: QWidget, view: QAbstractItemView, position: QPoint, *groups: Sequence[QAction]
) -> QMenu:
    """Pop up a context menu of ``groups`` at ``position`` in ``view``'s viewport."""
    menu = QMenu(owner)
    add_action_groups(menu, groups)
    menu.popup(view.viewport().mapToGlobal(position))
    return menu


# -- tables ----------------------------------------------------------------------------
def set_up_record_table(
    table: QTableView,
    model: QAbstractItemModel,
    selection: QAbstractItemView.SelectionMode,
    activated: Callable[[], Any],
    menu: Callable[[QPoint], Any] | None = None,
) -> None:
    """A table of one record a row: whole rows selected, one line of text a row, no row
    numbers; Enter or a double click on a row calls ``activated``, a right click ``menu``
    with the position."""
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(selection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    rows = table.verticalHeader()
    rows.hide()
    rows.setDefaultSectionSize(table.fontMetrics().height() + 10)
    table.activated.connect(lambda _index: activated())
    if menu is not None:
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(menu)


def fit_columns(header: QHeaderView, stretch: int, widths: Mapping[int, int]) -> None:
    """Give columns their ``widths``; column ``stretch`` takes the rest of the width."""
    header.setStretchLastSection(False)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    for column, width in widths.items():
        header.resizeSection(column, width)


def sample_widths(view: QWidget, samples: Mapping[int, tuple[str, int]]) -> dict[int, int]:
    """Column widths that fit each column's sample text plus its padding in pixels."""
    metrics = view.fontMetrics()
    return {
        column: metrics.horizontalAdvance(text) + pad for column, (text, pad) in samples.items()
    }


def current_record(view: QAbstractItemView, model: RowTableModel[RowT]) -> RowT | None:
    """The record in ``view``'s current row, or None."""
    index = view.currentIndex()
    if not index.isValid() or index.row() >= model.rowCount():
        return None
    return model.row_at(index.row())


def select_row(view: QAbstractItemView, row: int, column: int = 0) -> None:
    """Make ``row`` the current and only selected row and scroll to it; -1 does nothing."""
    if row < 0:
        return
    index = view.model().index(row, column)
    view.selectionModel().setCurrentIndex(
        index,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    view.scrollTo(index)


# -- edits -----------------------------------------------------------------------------
def open_dialog(dialog: DialogT, accepted: Callable[[], Any]) -> DialogT:
    """Open ``dialog`` over its window, without waiting; ``accepted`` runs on OK, and the
    dialog is deleted when it closes."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(accepted)
    dialog.open()
    return dialog


def confirmed(parent: QWidget, title: str, question: str) -> bool:
    """Whether the user answers Yes to ``question``; Cancel is the default."""
    answer = QMessageBox.question(
        parent,
        title,
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


def push_or_show(
    parent: QWidget,
    context: AppContext,
    command: ServiceCommand,
    errors: tuple[type[BaseException], ...] = (Exception,),
) -> Any:
    """Do ``command`` as an undoable edit; if it fails with one of ``errors``, show why
    and return None."""
    try:
        return push(context, command)
    except errors as exc:
        show_error(parent, exc)
        return None


# -- saved layout ----------------------------------------------------------------------
def save_layout(settings: QSettings, group: str, layout: Layout) -> None:
    settings.beginGroup(group)
    for key, widget in layout.items():
        settings.setValue(key, widget.saveState())
    settings.endGroup()


def restore_layout(settings: QSettings, group: str, layout: Layout) -> None:
    """Restore what ``save_layout`` kept; a missing or unreadable value is left alone."""
    settings.beginGroup(group)
    states = {key: settings.value(key) for key in layout}
    settings.endGroup()
    for key, widget in layout.items():
        if isinstance(states[key], QByteArray):
            widget.restoreState(states[key])
