"""What the window needs to know of the database layer, without importing it.

The UI passes a session from ``AppContext`` to the services and must recognise a
concurrent edit; it may not import SQLAlchemy itself (pyproject's import-linter
contract), so these two come from here.
"""

from __future__ import annotations

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from app.services.errors import ConflictError


def is_conflict(error: BaseException) -> bool:
    """Whether ``error`` means another window changed the row since it was read."""
    return isinstance(error, StaleDataError | ConflictError)


def is_busy(error: BaseException) -> bool:
    """Another program held the workspace for a long write (an import) past our wait."""
    from sqlalchemy.exc import OperationalError

    text = str(getattr(error, "orig", error)).lower()
    return isinstance(error, OperationalError) and (
        "database is locked" in text or "lock timeout" in text
    )


def is_unreachable(error: BaseException) -> bool:
    """The connection to the workspace's server broke or could not be made."""
    from sqlalchemy.exc import DBAPIError

    return isinstance(error, DBAPIError) and (
        error.connection_invalidated or "connection" in str(error.orig).lower()
    )


def _reasons(error: BaseException) -> str:
    """The text of ``error`` and of the errors it was raised from, lower-cased."""
    texts = []
    seen: BaseException | None = error
    while seen is not None and len(texts) < 5:
        texts.append(str(getattr(seen, "orig", seen)))
        seen = seen.__cause__ or seen.__context__
    return " ".join(texts).lower()


def asks_for_password(error: BaseException) -> bool:
    """Opening a team workspace failed because the server wants a password it was not
    given, or refused the one given (see :func:`password_refused`)."""
    reasons = _reasons(error)
    return "no password supplied" in reasons or password_refused(error)


def password_refused(error: BaseException) -> bool:
    """The server refused the password it was given."""
    return "password authentication failed" in _reasons(error)


__all__ = [
    "Session",
    "asks_for_password",
    "is_busy",
    "is_conflict",
    "is_unreachable",
    "password_refused",
]
