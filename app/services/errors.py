"""Errors the services raise, each with a message a person can act on."""

from __future__ import annotations


class ServiceError(Exception):
    """Base of the errors a user action can end in."""


class ValidationError(ServiceError):
    """Bad input for one field; nothing was written."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message

    def __str__(self) -> str:
        return self.message


class NotFoundError(ServiceError):
    """The row asked for is gone (deleted in another window, or never existed)."""


class ConflictError(ServiceError):
    """Someone else changed the row since it was read; reload and try again."""
