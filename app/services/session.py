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


__all__ = ["Session", "is_conflict"]
