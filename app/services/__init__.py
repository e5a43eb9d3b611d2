"""Use cases: one function per user action; callers run each in one transaction
(``Workspace.writing()``). Bad input raises :class:`ValidationError`."""

from app.services.errors import ConflictError, NotFoundError, ServiceError, ValidationError

__all__ = ["ConflictError", "NotFoundError", "ServiceError", "ValidationError"]
