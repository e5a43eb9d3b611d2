"""Errors the services raise, each with a message a person can act on."""

from __future__ import annotations

from typing import Any


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
    """Someone else changed the row since the edit began; nothing was written.

    ``what`` is the kind of row in words ("meeting"), ``label`` names it ("1st
    meeting"), ``row_id`` is its id, and ``current`` holds its values as they are now
    (the other person's), in the form the service's ``*_values`` function gives, so the
    window can show them beside the user's and let the user keep either.
    """

    def __init__(
        self,
        what: str,
        label: str = "",
        *,
        row_id: int | None = None,
        current: dict[str, Any] | None = None,
        current_version: int | None = None,
        message: str | None = None,
    ) -> None:
        self.what = what
        self.label = label
        self.row_id = row_id
        self.current = current or {}
        self.current_version = current_version
        named = f" “{label}”" if label else ""
        self.message = message or (
            f"Someone else changed the {what}{named} since you began editing it, or deleted "
            "it; your change was not saved."
        )
        super().__init__(self.message)

    def __str__(self) -> str:
        return self.message
