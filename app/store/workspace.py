"""A workspace: one SQLite file, or one PostgreSQL database, holding one group's preparation."""

from __future__ import annotations

import os
import sqlite3
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from app.messages import Messages
from app.store import migrate
from app.store.errors import NewerWorkspaceError, WorkspaceError
from app.store.file_checks import (
    hot_journal,
    recover_hot_journal,
    refuse_read_only,
    refuse_special_file,
)
from app.store.notices import CHANNEL, notice_payload
from app.store.output_guard import refuse_overwriting_workspace
from app.store.probe import FileState, inspect_file
from app.store.server import (
    ServerAddress,
    inspect_server,
    is_server_url,
    make_server_engine,
    parse_server_url,
    server_unreachable,
)

SUFFIX = ".chairdesk"
BUSY_TIMEOUT_MS = 5000
NETWORK_FILESYSTEMS = {"nfs", "nfs4", "cifs", "smbfs", "smb3", "9p", "afs", "fuse.sshfs", "davfs"}


def _configure_connection(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Hand transaction control to SQLAlchemy's "begin" event below: pysqlite's own
    # implicit BEGIN is deferred, which fails at once with "database is locked" when
    # another window wrote after this one read, whatever the busy timeout.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


def _begin(connection: Any) -> None:
    options = connection.get_execution_options()
    mode = options.get("sqlite_begin", "DEFERRED")
    # How long BEGIN waits for another program's write: the default, or the short wait of
    # one attempt (the window retries, saying it is waiting, rather than freeze 5 s).
    busy = int(options.get("sqlite_busy_ms") or BUSY_TIMEOUT_MS)
    connection.exec_driver_sql(f"PRAGMA busy_timeout={busy}")
    connection.exec_driver_sql(f"BEGIN {mode}")


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _configure_connection)
    event.listen(engine, "begin", _begin)
    return engine


def network_share_warning(path: Path) -> str | None:
    """Warn when the file sits on a network share: WAL needs every user on one host."""
    resolved = str(path.resolve())
    if resolved.startswith("\\\\"):
        on_share = True
    else:
        on_share = False
        try:
            with open("/proc/mounts", encoding="utf-8") as mounts:
                best = ""
                for line in mounts:
                    parts = line.split()
                    if (
                        len(parts) >= 3
                        and resolved.startswith(parts[1])
                        and len(parts[1]) > len(best)
                    ):
                        best, on_share = parts[1], parts[2] in NETWORK_FILESYSTEMS
        except OSError:
            return None
    if not on_share:
        return None
    return (
        f"{path.name} is on a network share. Work on a copy on this computer and save a "
        "copy back: two computers writing one workspace over a network can corrupt it."
    )


class Workspace:
    """An open workspace: sessions for reading and for one write per user action.

    ``path`` is the file of a local workspace; a team workspace on a server has
    ``address`` instead (and ``path`` None).
    """

    def __init__(
        self,
        path: Path | None,
        engine: Engine,
        warnings: list[str],
        address: ServerAddress | None = None,
    ) -> None:
        self.path = path
        self.address = address
        #: Tells this program's own change notices from other people's.
        self.instance = uuid.uuid4().hex
        self.engine = engine
        self.warnings = warnings
        self._read_sessions = sessionmaker(bind=engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(
            bind=engine.execution_options(sqlite_begin="IMMEDIATE"), expire_on_commit=False
        )

    @property
    def is_server(self) -> bool:
        return self.address is not None

    @property
    def location(self) -> str:
        """The file's path, or the server URL without a password: what a person is shown."""
        if self.address is not None:
            return self.address.display()
        assert self.path is not None
        return str(self.path)

    @property
    def name(self) -> str:
        if self.address is not None:
            return self.address.database
        assert self.path is not None
        return self.path.stem

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reads; whatever it holds is rolled back at the end."""
        with self._read_sessions() as session:
            yield session

    @contextmanager
    def writing(
        self, kinds: Iterable[str] = (), *, wait_ms: int | None = None
    ) -> Iterator[Session]:
        """One transaction for one user action: committed whole, or rolled back whole.

        On a server, the transaction also sends a change notice naming ``kinds`` (the
        kinds of data changed; none named means any) to the other people's windows:
        PostgreSQL delivers it at commit, and never for a rolled-back change.
        ``wait_ms`` shortens the wait for another program's write (SQLite's busy
        timeout, PostgreSQL's lock timeout) to that many milliseconds: the window makes
        short attempts and says it is waiting in between.
        """
        sessions = self._write_sessions
        if wait_ms is not None and self.address is None:
            sessions = sessionmaker(
                bind=self.engine.execution_options(
                    sqlite_begin="IMMEDIATE", sqlite_busy_ms=wait_ms
                ),
                expire_on_commit=False,
            )
        with sessions() as session, session.begin():
            if wait_ms is not None and self.address is not None:
                session.execute(text(f"SET LOCAL lock_timeout = {int(wait_ms)}"))
            yield session
            if self.address is not None:
                session.execute(
                    text("SELECT pg_notify(:channel, :payload)"),
                    {"channel": CHANNEL, "payload": notice_payload(self.instance, kinds)},
                )

    def backup_to(self, destination: Path) -> None:
        """Copy the live database with SQLite's online backup API (never a file copy)."""
        if self.path is None:
            from app.store.copy import copy_workspace

            copy_workspace(self, Path(destination))
            return
        backup_file(self.path, destination)

    def close(self) -> None:
        self.engine.dispose()


def backup_file(source: Path, destination: Path) -> None:
    destination = Path(destination)
    refuse_overwriting_workspace(destination, [Path(source)], copy=True)
    partial = destination.with_name(destination.name + ".partial")
    partial.unlink(missing_ok=True)
    src = sqlite3.connect(str(source))
    try:
        dst = sqlite3.connect(str(partial))
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    os.replace(partial, destination)


def backup_before_upgrade(path: Path, revision: str) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    destination = path.with_name(f"{path.stem}.before-upgrade-{revision}-{stamp}{path.suffix}")
    backup_file(path, destination)
    return destination


def open_workspace(path: Path | str, *, create: bool = True) -> Workspace:
    """Open ``path``; create it when missing, upgrade it (after a backup) when older.

    ``path`` may be a ``postgresql://`` URL: see :func:`open_server_workspace`.
    Raises a :class:`WorkspaceError` subclass, with the file untouched, when the file
    is not a workspace, is damaged, or was written by a newer Chairdesk.
    """
    if is_server_url(path):
        return open_server_workspace(str(path), create=create)
    path = Path(path).expanduser()
    refuse_special_file(path)
    warnings: list[str] = []
    if hot_journal(path) is not None:
        refuse_read_only(path)  # the recovery writes
        recovered = recover_hot_journal(path)
        if recovered:
            warnings.append(recovered)
    state = inspect_file(path)
    if state.empty and not create:
        raise WorkspaceError(
            Messages.tr(
                "{file} does not exist. Check the name, or create a new workspace.", file=path
            )
        )
    refuse_if_newer(path, state)
    refuse_read_only(path)
    if state.revision and state.revision != migrate.HEAD_REVISION:
        warnings.append(
            f"This workspace was upgraded to the current format; the previous file was kept "
            f"as {backup_before_upgrade(path, state.revision).name}."
        )
    if state.empty:
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(path)
    try:
        if state.empty or state.revision != migrate.HEAD_REVISION:
            migrate.upgrade_to_head(engine)
        # The connections' settings take effect now, not at the first read: a copy or a
        # backup is in rollback-journal mode, and switching it to WAL later counted as
        # another connection's change ("Updated with changes made by someone else").
        with engine.connect():
            pass
    except Exception:
        engine.dispose()
        raise
    share = network_share_warning(path)
    if share:
        warnings.append(share)
    return Workspace(path, engine, warnings)


def open_server_workspace(
    url: str, *, create: bool = True, password: str | None = None
) -> Workspace:
    """Open a team workspace on a PostgreSQL server.

    An empty database gets the schema (when ``create``); an older one is upgraded in one
    transaction (PostgreSQL's DDL is transactional: a failed upgrade leaves it as it was);
    a newer one is refused untouched.
    """
    address, in_url = parse_server_url(url)
    engine = make_server_engine(address, password or in_url)
    try:
        state = inspect_server(engine, address)
        if state.empty and not create:
            raise WorkspaceError(
                Messages.tr(
                    "The database {database} holds no workspace yet. Open it from the "
                    "window, or copy a workspace into it with chairdesk copy.",
                    database=address.database,
                )
            )
        refuse_if_newer(Path(address.database), state)
        warnings: list[str] = []
        if state.empty or state.revision != migrate.HEAD_REVISION:
            try:
                migrate.upgrade_to_head(engine)
            except DBAPIError as exc:
                raise server_unreachable(address, exc) from exc
            if state.revision:
                warnings.append("This team workspace was upgraded to the current format.")
    except BaseException:
        engine.dispose()
        raise
    return Workspace(None, engine, warnings, address=address)


def write_new_workspace(target: Path, fill: Callable[[Session], Any] | None = None) -> None:
    """Create ``target`` as a new workspace, filled by ``fill`` in one transaction.

    It is built beside the target and moved into place at the end, so a failure
    leaves no half-made file, and a file being replaced stays as it was until the
    new one is complete.
    """
    target = Path(target)
    partial = target.with_name(target.name + ".partial")
    _remove_with_sidecars(partial)
    workspace = open_workspace(partial)
    try:
        if fill is not None:
            with workspace.writing() as session:
                fill(session)
    except BaseException:
        workspace.close()
        _remove_with_sidecars(partial)
        raise
    workspace.close()
    # A journal left by a crash beside the replaced file would be replayed into the new one.
    _remove_with_sidecars(target, keep_file=True)
    os.replace(partial, target)


def _remove_with_sidecars(path: Path, *, keep_file: bool = False) -> None:
    """Delete ``path`` (unless ``keep_file``) and the -wal/-shm files SQLite keeps beside it."""
    for name in (
        (f"{path}-wal", f"{path}-shm") if keep_file else (path, f"{path}-wal", f"{path}-shm")
    ):
        Path(name).unlink(missing_ok=True)


def refuse_if_newer(path: Path, state: FileState) -> None:
    """Refuse a workspace whose schema revision this program does not know.

    Used by opening and by ``chairdesk check``; the file is not touched.
    """
    if state.empty or state.revision == migrate.HEAD_REVISION:
        return
    if state.revision is None or not migrate.is_known_revision(state.revision):
        if state.revision is None:
            raise NewerWorkspaceError(
                Messages.tr(
                    "{file} was saved by a newer version of Chairdesk (schema unrecorded). "
                    "Install the latest Chairdesk to open it; the file was left as it is.",
                    file=path.name,
                )
            )
        raise NewerWorkspaceError(
            Messages.tr(
                "{file} was saved by a newer version of Chairdesk (schema {revision}). "
                "Install the latest Chairdesk to open it; the file was left as it is.",
                file=path.name,
                revision=state.revision,
            )
        )
