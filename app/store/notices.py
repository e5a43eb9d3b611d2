"""Change notices: another person's (or window's) commit, seen within a second or two.

On a server, every write transaction ends with ``pg_notify`` on :data:`CHANNEL` (see
``Workspace.writing``); PostgreSQL delivers notices only at commit, so a rolled-back
change sends none. :class:`ServerNotices` listens on a connection of its own. On a
file, :class:`FileNotices` polls SQLite's ``PRAGMA data_version``, which changes when
any other connection commits. Both are polled (cheaply, without waiting) by the window.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

CHANNEL = "chairdesk_changes"
#: Every kind of data: what a notice that names none means.
ANY = "*"


def notice_payload(instance: str, kinds: Iterable[str]) -> str:
    named = ",".join(sorted(set(kinds))) or ANY
    return f"{instance}:{named}"


class NoticesLost(Exception):
    """The connection that receives change notices broke (the server went away)."""


class ServerNotices:
    """LISTEN on the workspace's server; ``poll`` returns the kinds others changed."""

    def __init__(self, conninfo: Any, instance: str) -> None:
        import psycopg

        self._instance = instance
        try:
            self._connection = psycopg.connect(conninfo, autocommit=True, connect_timeout=5)
            self._connection.execute(f"LISTEN {CHANNEL}")
        except psycopg.Error as exc:
            raise NoticesLost(str(exc)) from exc

    def poll(self) -> set[str]:
        """Kinds named by notices from other programs since the last poll (does not wait)."""
        import psycopg

        kinds: set[str] = set()
        try:
            # A query makes the driver read what the server sent, and fails if it is gone.
            self._connection.execute("SELECT 1")
            for notice in self._connection.notifies(timeout=0):
                sender, _, named = notice.payload.partition(":")
                if sender != self._instance:
                    kinds.update(named.split(","))
        except psycopg.Error as exc:
            raise NoticesLost(str(exc)) from exc
        return kinds

    def close(self) -> None:
        self._connection.close()


class FileNotices:
    """``PRAGMA data_version`` on a connection of its own: changed means someone committed."""

    def __init__(self, path: Path) -> None:
        self._connection = sqlite3.connect(str(path), check_same_thread=False)
        self._version = self._read()

    def _read(self) -> int:
        return int(self._connection.execute("PRAGMA data_version").fetchone()[0])

    def absorb(self) -> None:
        """Forget changes up to now (this program's own write, already shown)."""
        self._version = self._read()

    def poll(self) -> set[str]:
        version = self._read()
        if version == self._version:
            return set()
        self._version = version
        return {ANY}

    def close(self) -> None:
        self._connection.close()


def listen(workspace: Any) -> ServerNotices | FileNotices:
    """The notices of ``workspace`` (a store ``Workspace``)."""
    if workspace.address is not None:
        return ServerNotices(
            workspace.engine.url.render_as_string(hide_password=False).replace(
                "postgresql+psycopg://", "postgresql://"
            ),
            workspace.instance,
        )
    return FileNotices(workspace.path)
