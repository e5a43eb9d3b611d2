"""What a workspace file may be besides a healthy workspace, told apart before opening it.

SQLite-specific (a server workspace has none of these): a pipe or device named like a
workspace (reading it would wait for ever), a file or folder this user may not write
(the first edit would fail half-way), a rollback journal left hot by a crash (SQLite
recovers it; we first keep a copy of both files, as before an upgrade), a database
whose version table names a Chairdesk revision but whose tables are not Chairdesk's
(another program using Alembic, or tables dropped), and pages damaged on disk
(``PRAGMA quick_check``, which the window runs in the background after opening).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
from datetime import datetime
from pathlib import Path

from app.messages import Messages
from app.store.errors import DamagedWorkspaceError, NotAWorkspaceError, WorkspaceError

#: Tables every Chairdesk workspace has had since the first revision.
CORE_TABLES = frozenset(
    {
        "contacts",
        "documents",
        "invitee_lists",
        "mandates",
        "working_groups",
        "list_entries",
        "meetings",
        "revisions",
        "agenda_items",
        "revision_files",
        "status_changes",
    }
)
JOURNAL_MAGIC = b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7"
#: Problems quick_check lists before it stops (SQLite's default is 100).
QUICK_CHECK_LIMIT = 20


def refuse_special_file(path: Path) -> None:
    """A pipe, socket or device is not a workspace; opening it could wait for ever."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return
    if not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):
        raise NotAWorkspaceError(
            Messages.tr(
                "{file} is not a regular file (it is a pipe, socket or device), so it "
                "cannot be a workspace. Choose a .chairdesk file.",
                file=path.name,
            )
        )


def refuse_read_only(path: Path) -> None:
    """Refuse, at open, a workspace this user cannot write, before any edit fails."""
    folder = path.parent if str(path.parent) else Path(".")
    if path.exists() and not _writable(path):
        raise WorkspaceError(
            Messages.tr(
                "{file} is read-only, so Chairdesk cannot save changes to it. Save a copy "
                "somewhere you can write (or change the file's permissions) and open that.",
                file=path.name,
            )
        )
    if folder.exists() and not _writable(folder):
        raise WorkspaceError(
            Messages.tr(
                "The folder of {file} ({folder}) is read-only: SQLite keeps its journal "
                "beside the workspace, so Chairdesk cannot save changes there. Copy the file "
                "to a folder you can write to and open that copy.",
                file=path.name,
                folder=folder,
            )
        )


def _writable(path: Path) -> bool:
    """Writable by this user, and not marked read-only (root may write either way)."""
    return os.access(path, os.W_OK) and bool(path.stat().st_mode & stat.S_IWUSR)


def hot_journal(path: Path) -> Path | None:
    """The rollback journal a crash left beside ``path``, if there is one to replay."""
    journal = Path(f"{path}-journal")
    try:
        if journal.is_file() and journal.stat().st_size >= len(JOURNAL_MAGIC):
            with journal.open("rb") as stream:
                if stream.read(len(JOURNAL_MAGIC)) == JOURNAL_MAGIC:
                    return journal
    except OSError:
        return None
    return None


def recover_hot_journal(path: Path) -> str | None:
    """Keep a copy of the file and its hot journal, then let SQLite roll the crash back.

    Returns the warning to show, or None when there was nothing to recover.
    """
    journal = hot_journal(path)
    if journal is None:
        return None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    backup = path.with_name(f"{path.stem}.before-recovery-{stamp}{path.suffix}")
    shutil.copy2(path, backup)
    shutil.copy2(journal, f"{backup}-journal")  # the copy stays recoverable the same way
    try:
        connection = sqlite3.connect(str(path))
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        raise DamagedWorkspaceError(
            Messages.tr(
                "{file} was left half-written by a crash and SQLite could not recover it "
                "({reason}). A copy of the file and its journal was kept as {backup}; open a "
                "backup copy instead.",
                file=path.name,
                reason=exc,
                backup=backup.name,
            )
        ) from exc
    return (
        f"{path.name} was left half-written by a crash (another program or a power cut); "
        f"the unfinished change was rolled back. The file as it was is kept as {backup.name}."
    )


def refuse_foreign_tables(path: Path, tables: set[str], revision: str | None) -> None:
    """A version table names our revision, but the tables are not (all) ours."""
    if revision is None:
        return
    missing = sorted(CORE_TABLES - tables)
    if not missing:
        return
    if len(missing) == len(CORE_TABLES):
        raise NotAWorkspaceError(
            Messages.tr(
                "{file} is an SQLite database of another program (it records a schema "
                "revision “{revision}” but has none of Chairdesk's tables). Choose a "
                ".chairdesk file, or create a new workspace; the file was left as it is.",
                file=path.name,
                revision=revision,
            )
        )
    raise DamagedWorkspaceError(
        Messages.tr(
            "{file} is damaged: tables of a workspace are missing ({tables}). "
            "Open a backup copy of it instead; this file was left as it is.",
            file=path.name,
            tables=", ".join(missing),
        )
    )


def quick_check(path: Path) -> list[str]:
    """SQLite's quick check of every page, read-only; an empty list means healthy."""
    from app.store.probe import connect_read_only

    try:
        connection = connect_read_only(path)
        try:
            rows = connection.execute(f"PRAGMA quick_check({QUICK_CHECK_LIMIT})").fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return [row[0] for row in rows if row[0] != "ok"]
