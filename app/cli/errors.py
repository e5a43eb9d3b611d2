"""Turning the errors a person can fix into one line on stderr and exit code 1."""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy.exc import DBAPIError

from app.services.errors import ServiceError, ValidationError
from app.store.errors import WorkspaceError

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2


class CommandError(Exception):
    """A command could not do what was asked; the message says why and what to do."""


@dataclass
class Outcome:
    code: int = EXIT_OK


def fail(message: str) -> None:
    print(f"chairdesk: error: {message}", file=sys.stderr)


@contextmanager
def user_errors() -> Iterator[Outcome]:
    """Report expected failures as one line and exit code 1; let bugs raise."""
    outcome = Outcome()
    try:
        try:
            yield outcome
        except DBAPIError as exc:
            raise exc.orig from exc  # SQLAlchemy wraps sqlite3's errors; judge the original
    except ValidationError as exc:
        fail(f"{exc.message} (field: {exc.field})")
        outcome.code = EXIT_ERROR
    except (CommandError, WorkspaceError, ServiceError) as exc:
        fail(str(exc))
        outcome.code = EXIT_ERROR
    except FileNotFoundError as exc:
        fail(f"{exc.filename}: no such file. Check the path.")
        outcome.code = EXIT_ERROR
    except PermissionError as exc:
        fail(f"{exc.filename}: permission denied. Choose a file you may write to.")
        outcome.code = EXIT_ERROR
    except OSError as exc:
        fail(f"{exc.strerror or exc}. Check the path and free disk space.")
        outcome.code = EXIT_ERROR
    except sqlite3.OperationalError as exc:
        if "locked" not in str(exc):
            raise
        fail(
            "the workspace is busy: another Chairdesk window or program is writing to it. "
            "Close it, or try again in a moment; nothing was changed."
        )
        outcome.code = EXIT_ERROR
    except sqlite3.DatabaseError as exc:
        fail(f"the workspace could not be read ({exc}). Open a backup copy instead.")
        outcome.code = EXIT_ERROR
