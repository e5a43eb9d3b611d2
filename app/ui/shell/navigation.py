"""The list of views at the window's left: icons and names, or icons alone on a small screen.

On a 1024-pixel laptop the names take 170 pixels from every page; below ``COMPACT_BELOW``
the list shows its icons only (each name in a tooltip and for screen readers), as
Thunderbird's and VS Code's side bars do, and the names come back when the window widens.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QFrame, QListWidget, QListWidgetItem, QWidget

#: Windows narrower than this show the views as icons only.
COMPACT_BELOW = 1150
ICON_SIZE = 22
ROW_HEIGHT = 38
#: The narrowest the list is with its names.
FULL_MINIMUM = 168


class NavigationList(QListWidget):
    """One row per view; ``set_compact`` switches between icons with names and icons alone."""

    def __init__(self, views: Sequence[tuple[QIcon, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigation")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setStyleSheet("QListWidget#navigation { padding-top: 6px; }")
        self.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        self.labels = [label for _icon, label in views]
        for icon, label in views:
            item = QListWidgetItem(icon, label)
            item.setSizeHint(QSize(0, ROW_HEIGHT))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, label)
            self.addItem(item)
        widest = max(
            (self.fontMetrics().horizontalAdvance(label) for label in self.labels), default=0
        )
        self.full_width = max(FULL_MINIMUM, widest + 72)
        self.compact_width = ICON_SIZE + 30
        self.compact = True  # so that the call below sets the full list up
        self.set_compact(False)

    def set_compact(self, compact: bool) -> None:
        if compact == self.compact:
            return
        self.compact = compact
        for row, label in enumerate(self.labels):
            item = self.item(row)
            item.setText("" if compact else label)
            item.setToolTip(label if compact else "")
        self.setFixedWidth(self.compact_width if compact else self.full_width)

    def fit_window_width(self, width: int) -> None:
        """Names shown in a window at least ``COMPACT_BELOW`` wide, icons alone below."""
        self.set_compact(width < COMPACT_BELOW)
