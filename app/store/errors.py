"""Why a workspace file could not be opened, in words a person can act on.

Each error carries a :class:`~app.messages.Message`: English in ``str()`` (the command
line), translated by the window.
"""

from __future__ import annotations

from app.messages import ExplainedError


class WorkspaceError(ExplainedError):
    """A workspace cannot be opened or written; the message says what to do."""


class NotAWorkspaceError(WorkspaceError):
    pass


class DamagedWorkspaceError(WorkspaceError):
    pass


class NewerWorkspaceError(WorkspaceError):
    pass
