"""``chairdesk demo`` and ``chairdesk check``."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.errors import EXIT_ERROR, EXIT_OK, CommandError, fail
from app.store import HEAD_REVISION, inspect_file, integrity_problems, write_new_workspace
from app.store.probe import table_counts
from app.store.workspace import refuse_if_newer


def register(commands: argparse._SubParsersAction) -> None:
    demo = commands.add_parser(
        "demo",
        help="write a workspace filled with the MISPA III example",
        description="Write a new workspace filled from the MISPA III seed documents.",
    )
    demo.add_argument("workspace", type=Path, help="the new .chairdesk file")
    demo.set_defaults(run=run_demo)

    check = commands.add_parser(
        "check",
        help="check a workspace's integrity and schema revision",
        description="Check a workspace without changing it: integrity, foreign keys, revision.",
    )
    check.add_argument("workspace", type=Path, help="the .chairdesk file to check")
    check.set_defaults(run=run_check)


def run_demo(options: argparse.Namespace) -> int:
    from app.services.demo import load_demo

    target: Path = options.workspace
    if target.exists() and target.stat().st_size > 0:
        raise CommandError(f"{target} exists already. Choose a new file name.")
    write_new_workspace(target, load_demo)
    print(f"Wrote the MISPA III example to {target}")
    return EXIT_OK


def run_check(options: argparse.Namespace) -> int:
    path: Path = options.workspace
    if not path.exists():
        raise CommandError(f"{path}: no such file. Check the path.")
    state = inspect_file(path)
    if state.empty:
        raise CommandError(f"{path.name} is empty: it holds no workspace yet.")
    refuse_if_newer(path, state)
    revision = state.revision
    problems = integrity_problems(path)
    if problems:
        shown = "; ".join(problems[:3])
        more = f" (and {len(problems) - 3} more)" if len(problems) > 3 else ""
        fail(f"{path.name} is damaged: {shown}{more}. Open a backup copy instead.")
        return EXIT_ERROR
    status = "current" if revision == HEAD_REVISION else "older; upgraded when opened"
    counts = ", ".join(f"{n} {what}" for what, n in table_counts(path).items())
    print(f"{path.name}: ok. Schema revision {revision} ({status}). {counts}.")
    return EXIT_OK
