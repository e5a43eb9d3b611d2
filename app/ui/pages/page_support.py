"""What the calendar and agenda pages do alike: actions, undoable edits, saved layout."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHeaderView, QSplitter, QWidget

from app.ui.errors import show_error
from app.ui.undo import ServiceCommand, push

if TYPE_CHECKING:
    from app.ui.context import AppContext


def page_action(
    owner: QWidget,
    text: str,
    slot: Callable[[], Any],
    tip: str = "",
    scope: QWidget | None = None,
) -> QAction:
    """An action of ``owner`` whose shortcut works while focus is in ``scope`` (or ``owner``).

    Page shortcuts stay local: Delete in the calendar's table must not delete an agenda item.
    """
    action = QAction(text, owner)
    action.setStatusTip(tip)
    action.setToolTip(tip or text)
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(lambda _checked=False: slot())
    (scope or owner).addAction(action)
    return action


def push_or_show(parent: QWidget, context: AppContext, command: ServiceCommand) -> Any:
    """Do ``command`` as an undoable edit; on failure show why and return None."""
    try:
        return push(context, command)
    except Exception as exc:
        show_error(parent, exc)
        return None


def save_layout(settings: QSettings, group: str, splitter: QSplitter, header: QHeaderView) -> None:
    settings.beginGroup(group)
    settings.setValue("splitter", splitter.saveState())
    settings.setValue("header", header.saveState())
    settings.endGroup()


def restore_layout(
    settings: QSettings, group: str, splitter: QSplitter, header: QHeaderView
) -> None:
    settings.beginGroup(group)
    splitter_state = settings.value("splitter")
    header_state = settings.value("header")
    settings.endGroup()
    if isinstance(splitter_state, QByteArray):
        splitter.restoreState(splitter_state)
    if isinstance(header_state, QByteArray):
        header.restoreState(header_state)
