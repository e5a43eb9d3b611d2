"""Typing into the meeting dialogs' time and time-zone fields as a person would."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTimeEdit

from app.ui.common.timezone_picker import TimezonePicker

#: The offscreen platform warns when a window or popup is shown or raised; not our doing.
OFFSCREEN_WARNING = "This plugin does not support (propagateSizeHints|raise|grabbing)"


def type_time(qtbot, edit: QTimeEdit, typed: str) -> None:
    """Tab into the field (which selects the hours) and type the time, e.g. ``"14:30"``."""
    edit.clearFocus()
    edit.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(edit.hasFocus)
    qtbot.keyClicks(edit, typed)


def choose_zone(qtbot, picker: TimezonePicker, typed: str, expected: str) -> None:
    """Type part of a zone's name and pick ``expected`` among the completions offered."""
    line = picker.lineEdit()
    line.setFocus()
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Delete)
    qtbot.keyClicks(line, typed)
    completer = picker.completer()
    qtbot.waitUntil(lambda: completer.popup().isVisible())
    offered = [
        completer.completionModel().index(row, 0).data()
        for row in range(completer.completionCount())
    ]
    assert expected in offered
    for _ in range(offered.index(expected) + 1):
        qtbot.keyClick(completer.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)
    assert picker.zone() == expected
