"""Open, create, upgrade and back up workspace files."""

from app.store.errors import (
    DamagedWorkspaceError,
    NewerWorkspaceError,
    NotAWorkspaceError,
    WorkspaceError,
)
from app.store.migrate import HEAD_REVISION
from app.store.probe import FileState, inspect_file, integrity_problems
from app.store.workspace import (
    SUFFIX,
    Workspace,
    backup_file,
    open_workspace,
    write_new_workspace,
)

__all__ = [
    "HEAD_REVISION",
    "SUFFIX",
    "DamagedWorkspaceError",
    "FileState",
    "NewerWorkspaceError",
    "NotAWorkspaceError",
    "Workspace",
    "WorkspaceError",
    "backup_file",
    "inspect_file",
    "integrity_problems",
    "open_workspace",
    "write_new_workspace",
]
