"""The main window's pages: one QWidget per area of work.

Each page is imported only when the window builds it, after the first paint: page modules
pull in the services (and SQLAlchemy), which must not slow the window's start. A page is
constructed as ``Page(context, parent)``, reloads itself on ``context.workspace_changed`` and
``data_changed``, and keeps its splitter and header layout with ``save_state(settings)`` /
``restore_state(settings)``.
"""

from __future__ import annotations

import importlib
import importlib.util
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


class PageSpec(NamedTuple):
    """One area of work: where its page lives and how the navigation shows it."""

    key: str
    title: str
    module: str
    class_name: str
    icon: str

    @property
    def label(self) -> str:
        return QCoreApplication.translate("pages", self.title)

    def is_installed(self) -> bool:
        """Whether the page's module exists, without importing it."""
        try:
            return importlib.util.find_spec(self.module) is not None
        except ImportError:
            return False

    def page_class(self) -> type[QWidget]:
        """Import the page's module (now, not at start) and return its class."""
        module = importlib.import_module(self.module)
        return getattr(module, self.class_name)


PAGES: tuple[PageSpec, ...] = (
    PageSpec(
        "calendar",
        QT_TRANSLATE_NOOP("pages", "Calendar"),
        "app.ui.calendar.calendar_page",
        "CalendarPage",
        "calendar",
    ),
    PageSpec(
        "agenda",
        QT_TRANSLATE_NOOP("pages", "Agenda"),
        "app.ui.agenda.agenda_page",
        "AgendaPage",
        "agenda",
    ),
    PageSpec(
        "documents",
        QT_TRANSLATE_NOOP("pages", "Documents"),
        "app.ui.documents.documents_page",
        "DocumentsPage",
        "documents",
    ),
    PageSpec(
        "invitees",
        QT_TRANSLATE_NOOP("pages", "Invitees"),
        "app.ui.invitees.invitees_page",
        "InviteesPage",
        "invitees",
    ),
    PageSpec(
        "workplan",
        QT_TRANSLATE_NOOP("pages", "Work plan"),
        "app.ui.workplan.workplan_page",
        "WorkPlanPage",
        "workplan",
    ),
)

PAGE_KEYS: tuple[str, ...] = tuple(spec.key for spec in PAGES)


def page_spec(key: str) -> PageSpec:
    for spec in PAGES:
        if spec.key == key:
            return spec
    raise KeyError(key)
