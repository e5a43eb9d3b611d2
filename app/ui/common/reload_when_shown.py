"""A page reloads what it shows now if it is on screen, else when it is next shown.

Only one page is shown at a time: an agenda edit on the agenda page need not re-read
2,000 meetings for a calendar no one is looking at.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class ReloadWhenShown(QObject):
    """Calls ``reload`` at once for a visible ``page``, else the next time it is shown."""

    def __init__(self, page: QWidget, reload: Callable[[], None]) -> None:
        super().__init__(page)
        self.page = page
        self.reload = reload
        #: Data changed while the page was hidden.
        self.stale = False
        page.installEventFilter(self)

    def request(self) -> None:
        if self.page.isVisible():
            self.reload()
        else:
            self.stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.page and event.type() == QEvent.Type.Show and self.stale:
            self.stale = False
            self.reload()
        return False
