"""Every window-wide shortcut, named once, and the one helper that makes actions.

Pattern (git-cola's ``hotkeys`` and ``qtutils.add_action``): shortcuts are declared here
and nowhere else, so a clash is visible in one file; standard keys come from
``QKeySequence.StandardKey`` so each platform gets its own bindings (Ctrl+W and Ctrl+F4
for Close on Linux, Cmd+W on macOS).
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QIcon, QKeySequence

Shortcut = QKeySequence.StandardKey | QKeySequence | str

NEW = QKeySequence.StandardKey.New
OPEN = QKeySequence.StandardKey.Open
SAVE_A_COPY = QKeySequence("Ctrl+Shift+S")
CLOSE = QKeySequence.StandardKey.Close
QUIT = QKeySequence.StandardKey.Quit
PRINT = QKeySequence.StandardKey.Print
UNDO = QKeySequence.StandardKey.Undo
REDO = QKeySequence.StandardKey.Redo
HELP = QKeySequence.StandardKey.HelpContents
PREFERENCES = QKeySequence.StandardKey.Preferences
#: Ctrl+1 .. Ctrl+9 switch views, in the order of the navigation list.
VIEWS = tuple(QKeySequence(f"Ctrl+{n}") for n in range(1, 10))

#: Used where the platform's theme binds no key to a standard action: Qt's generic
#: theme (offscreen, minimal window managers) leaves Quit with no shortcut at all.
FALLBACKS = {QKeySequence.StandardKey.Quit: "Ctrl+Q"}

#: Found through the package (not the source tree) so an installed copy has its icons.
ICONS = Path(str(resources.files("resources"))) / "icons"


def icon(name: str) -> QIcon:
    """One of Chairdesk's own icons (``resources/icons/NAME.svg``)."""
    return QIcon(str(ICONS / f"{name}.svg"))


def bindings(*shortcuts: Shortcut) -> list[QKeySequence]:
    """All key sequences of ``shortcuts``; a standard key may expand to several."""
    sequences: list[QKeySequence] = []
    for shortcut in shortcuts:
        if isinstance(shortcut, QKeySequence.StandardKey):
            standard = QKeySequence.keyBindings(shortcut)
            if not standard and shortcut in FALLBACKS:
                standard = [QKeySequence(FALLBACKS[shortcut])]
            sequences.extend(standard)
        elif isinstance(shortcut, QKeySequence):
            # Not copied: the copy's overload lookup creates PySide's whole Qt namespace.
            sequences.append(shortcut)
        else:
            sequences.append(QKeySequence(shortcut))
    return sequences


def set_shortcuts(action: QAction, *shortcuts: Shortcut) -> QAction:
    action.setShortcuts(bindings(*shortcuts))
    return action


def add_action(
    parent: QObject,
    text: str,
    slot: Callable[..., Any] | None,
    *shortcuts: Shortcut,
    tip: str = "",
    checkable: bool = False,
    icon_name: str | None = None,
    role: QAction.MenuRole | None = None,
) -> QAction:
    """An action with its text, shortcuts, status tip and slot, owned by ``parent``.

    Its shortcuts work anywhere in ``parent``'s window (Qt's default context).
    """
    action = QAction(text, parent)
    set_shortcuts(action, *shortcuts)
    if tip:
        action.setStatusTip(tip)
    if checkable:
        action.setCheckable(True)
    if icon_name:
        action.setIcon(icon(icon_name))
    if role is not None:
        action.setMenuRole(role)
    if slot is not None:
        action.triggered.connect(lambda _checked=False: slot())
    return action
