"""Turning the errors a person can fix into one line on stderr and exit code 1."""

from __future__ import annotations

import os
import sqlite3
import sys
from collections.abc import Iterable, Iterator
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


def _silence_stdout() -> None:
    """Send what is left of stdout nowhere, so the exit's flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass  # not a real file (a test's capture): nothing is flushed at exit


def _cut_short(done: str) -> None:
    _silence_stdout()
    print(
        "chairdesk: the report was cut short: the program reading it closed the pipe. " + done,
        file=sys.stderr,
    )


def say(lines: Iterable[str], *, written: bool | None = None) -> None:
    """Print a command's report; a reader that stops early (``| head``) is told apart.

    ``written`` says whether the command changed a file, so that the note on stderr
    matches what happened: the exit status stays that of the work, not of the pipe.
    """
    try:
        for line in lines:
            print(line)
        sys.stdout.flush()
    except BrokenPipeError:
        if written is None:
            _cut_short("The command itself completed.")
        else:
            _cut_short("The import was written." if written else "Nothing was written.")


@contextmanager
def user_errors() -> Iterator[Outcome]:
    """Report expected failures as one line and exit code 1; let bugs raise."""
    outcome = Outcome()
    try:
        try:
            yield outcome
        except DBAPIError as exc:
            raise exc.orig from exc  # SQLAlchemy wraps sqlite3's errors; judge the original
    except BrokenPipeError:
        _cut_short("The command itself completed.")  # commands print after their work
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
