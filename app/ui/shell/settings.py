"""Everything Chairdesk keeps in QSettings, each value declared once with its type and default.

Pattern (Picard's ``config.setting`` / ``config.persist``): preferences, which a person
chooses, are kept apart from window state, which the program remembers on its own
(geometry, the last view, recent files). Both read and write one ``QSettings``, the same
object the AppContext and the pages get, so tests can point everything at a temporary file.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path
from typing import Generic, TypeVar, overload

from PySide6.QtCore import QByteArray, QSettings

log = logging.getLogger(__name__)

T = TypeVar("T")

MAX_RECENT_FILES = 10


class Setting(Generic[T]):
    """One QSettings key with its type and default, read and written as an attribute."""

    def __init__(self, key: str, default: T, kind: type) -> None:
        self.key = key
        self.default = default
        self.kind = kind

    @overload
    def __get__(self, section: None, owner: type) -> Setting[T]: ...
    @overload
    def __get__(self, section: _Section, owner: type) -> T: ...
    def __get__(self, section: _Section | None, owner: type) -> Setting[T] | T:
        if section is None:
            return self
        store = section.store
        if not store.contains(self.key):
            return self.default
        try:
            value = store.value(self.key, self.default, type=self.kind)
        except (TypeError, ValueError):  # a hand-edited or foreign value: use the default
            return self.default
        return self.default if value is None else value

    def __set__(self, section: _Section, value: T) -> None:
        section.store.setValue(self.key, value)


class _Section:
    def __init__(self, store: QSettings) -> None:
        self.store = store


class Preferences(_Section):
    """What the person chooses."""

    #: Open the workspace used last when started without a file name.
    reopen_last_workspace = Setting("preferences/reopen_last_workspace", True, bool)
    #: The window's language, which titles follow ("" follows the system's locale).
    language = Setting("preferences/language", "", str)


class WindowState(_Section):
    """What the window remembers by itself between runs."""

    geometry = Setting("window/geometry", QByteArray(), QByteArray)
    state = Setting("window/state", QByteArray(), QByteArray)
    last_view = Setting("window/last_view", "", str)
    last_workspace = Setting("workspace/last", "", str)
    recent_workspaces = Setting("workspace/recent", [], list)
    #: The last team workspace's URL (host, port, database, user, sslmode; no password).
    last_team_workspace = Setting("workspace/last_team", "", str)


class Settings:
    """The typed face of one QSettings: ``preferences`` and ``window``."""

    def __init__(self, store: QSettings) -> None:
        self.store = store
        self.preferences = Preferences(store)
        self.window = WindowState(store)

    # -- recent workspaces -----------------------------------------------------------
    def recent_workspaces(self) -> list[Path]:
        return [Path(str(item)) for item in self.window.recent_workspaces if str(item)]

    def add_recent_workspace(self, path: Path) -> None:
        """Put ``path`` first; the list keeps the last ten distinct files."""
        path = path.resolve()
        others = [p for p in self.recent_workspaces() if p != path]
        self.window.recent_workspaces = [str(p) for p in [path, *others][:MAX_RECENT_FILES]]

    def remove_recent_workspace(self, path: Path) -> None:
        kept = [p for p in self.recent_workspaces() if p != path]
        self.window.recent_workspaces = [str(p) for p in kept]

    def clear_recent_workspaces(self) -> None:
        self.window.recent_workspaces = []

    # -- per-page state --------------------------------------------------------------
    def page_group(self, key: str) -> str:
        """The QSettings group in which page ``key`` keeps its splitters and headers."""
        return f"views/{key}"

    def page_states(self, pages: Mapping[str, object], method: str) -> None:
        """Call each page's ``save_state`` or ``restore_state`` (``method``) with the store
        opened on its group; a page that fails is logged and the others go on."""
        for key, page in pages.items():
            if not hasattr(page, method):
                continue
            self.store.beginGroup(self.page_group(key))
            try:
                getattr(page, method)(self.store)
            except Exception:
                log.exception("%s of the %s view failed", method, key)
            finally:
                self.store.endGroup()

    def sync(self) -> None:
        self.store.sync()
