"""Helpers the UI tests share: show a page, wait for its dialogs, read what a table shows,
reopen a page from its saved state, and stand in for a person pressing OK."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QAbstractItemModel, QSettings
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from app.services import meeting_rows

W = TypeVar("W", bound=QWidget)
D = TypeVar("D", bound=QDialog)


def stored_meetings(context):
    return context.read(lambda s: meeting_rows.list_meetings(s))


def shown(qtbot, widget: W, width: int, height: int) -> W:
    """``widget`` on screen at this size, its window active."""
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget


def active_modal(qtbot, kind: type[D]) -> D:
    """Wait until a dialog of ``kind`` is open over the window, and return it."""
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind))
    return QApplication.activeModalWidget()


def column_texts(model: QAbstractItemModel, column: int) -> list[Any]:
    """What the top-level rows show in ``column``, top to bottom."""
    return [model.index(row, column).data() for row in range(model.rowCount())]


def reopened(qtbot, page: W, settings: QSettings) -> W:
    """A new page of ``page``'s kind on the same context, given ``page``'s saved state."""
    page.save_state(settings)
    again = type(page)(page.context)
    qtbot.addWidget(again)
    again.restore_state(settings)
    return again


def press_ok_on_exec(
    monkeypatch, dialog_class: type[D], fill: Callable[[D], Any] | None = None
) -> list[D]:
    """Make ``dialog_class.exec()`` return at once as if the person filled the dialog in
    (``fill``) and pressed OK; the dialogs shown are collected in the list returned."""
    dialogs: list[D] = []

    def press_ok(dialog: D) -> int:
        dialogs.append(dialog)
        if fill is not None:
            fill(dialog)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(dialog_class, "exec", press_ok)
    return dialogs
