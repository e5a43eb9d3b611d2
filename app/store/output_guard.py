"""The one check every export, print and copy makes before it writes a file.

An export named like its workspace (``chairdesk export ics ws.chairdesk ws.chairdesk``),
a link to it, or the journal SQLite keeps beside it, would replace the workspace with a
calendar or a workbook. So a file is never written over:

- the open workspace, or its ``-wal``, ``-shm`` or ``-journal`` file, however it is
  reached (another spelling of the path, a symbolic or hard link);
- any existing SQLite database or SQLite journal, whatever its name or suffix: an
  export has no business replacing one, and it may be another open workspace. A copy
  of a workspace may replace an older copy, but never a database that is open (one
  with its ``-wal`` or ``-journal`` beside it) nor a journal.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from app.messages import Messages
from app.store.errors import WorkspaceError

SIDECARS = ("", "-wal", "-shm", "-journal")
SQLITE_MAGIC = b"SQLite format 3\x00"
#: A rollback journal's header, and a write-ahead log's (two byte orders).
JOURNAL_MAGIC = b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7"
WAL_MAGICS = (b"\x37\x7f\x06\x82", b"\x37\x7f\x06\x83")


class OverwriteRefused(WorkspaceError):
    """Writing the chosen file would destroy a workspace; nothing was written."""


def _same_file(a: Path, b: Path) -> bool:
    try:
        if a.resolve() == b.resolve():
            return True
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except (OSError, RuntimeError):
        return False


def _head(path: Path) -> bytes:
    try:
        if not path.is_file():
            return b""
        with path.open("rb") as stream:
            return stream.read(len(SQLITE_MAGIC))
    except OSError:
        return b""


def _is_database_file(path: Path) -> bool:
    head = _head(path)
    return head.startswith(SQLITE_MAGIC) or head.startswith((JOURNAL_MAGIC, *WAL_MAGICS))


def _sidecar_of_database(path: Path) -> bool:
    name = path.name
    for suffix in SIDECARS[1:]:
        if name.endswith(suffix) and len(name) > len(suffix):
            base = path.with_name(name[: -len(suffix)])
            if _is_database_file(base):
                return True
    return False


def _open_elsewhere(path: Path) -> bool:
    return any(Path(f"{path}{suffix}").exists() for suffix in ("-wal", "-journal"))


def refuse_overwriting_workspace(
    target: Path | str, workspaces: Iterable[Path | None] = (), *, copy: bool = False
) -> None:
    """Raise :class:`OverwriteRefused` when writing ``target`` could destroy a workspace.

    ``workspaces`` are the files open for this action (the one exported, copied or
    printed from); ``None`` entries (a server workspace) are skipped. ``copy`` is for
    writing a whole workspace: it may replace a closed database file, nothing else.
    """
    target = Path(target)
    for workspace in workspaces:
        if workspace is None:
            continue
        workspace = Path(workspace)
        for suffix in SIDECARS:
            if _same_file(target, Path(f"{workspace}{suffix}")):
                if not suffix:
                    raise OverwriteRefused(
                        Messages.tr(
                            "{file} is the workspace itself ({workspace}): an export or copy "
                            "cannot replace it without destroying the workspace. Choose another "
                            "file name; nothing was written.",
                            file=target.name,
                            workspace=workspace.name,
                        )
                    )
                raise OverwriteRefused(
                    Messages.tr(
                        "{file} is the workspace's {suffix} file ({workspace}): an export or "
                        "copy cannot replace it without destroying the workspace. Choose "
                        "another file name; nothing was written.",
                        file=target.name,
                        suffix=suffix,
                        workspace=workspace.name,
                    )
                )
    if _sidecar_of_database(target) or (
        _is_database_file(target)
        and not (copy and _head(target).startswith(SQLITE_MAGIC) and not _open_elsewhere(target))
    ):
        raise OverwriteRefused(
            Messages.tr(
                "{file} is a workspace (an SQLite database) or one of its journal files; "
                "an export or copy never replaces one. Choose another file name; nothing was "
                "written.",
                file=target.name,
            )
        )
