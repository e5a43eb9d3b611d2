"""Why a workspace file could not be opened, in words a person can act on."""

from __future__ import annotations


class WorkspaceError(Exception):
    """A workspace cannot be opened or written; the message says what to do."""


class NotAWorkspaceError(WorkspaceError):
    pass


class DamagedWorkspaceError(WorkspaceError):
    pass


class NewerWorkspaceError(WorkspaceError):
    pass
