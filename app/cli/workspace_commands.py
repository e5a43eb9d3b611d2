"""``chairdesk demo`` and ``chairdesk check``."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.errors import EXIT_ERROR, EXIT_OK, CommandError, fail
from app.cli.locations import workspace_location
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
    check.add_argument(
        "workspace",
        type=workspace_location,
        help="the .chairdesk file or postgresql://USER@HOST/DATABASE to check",
    )
    check.set_defaults(run=run_check)

    copy = commands.add_parser(
        "copy",
        help="copy a whole workspace file <-> server database, verified",
        description="Copy every row and file of a workspace into a new file or an empty "
        "PostgreSQL database; succeeds only when row counts and file hashes match.",
    )
    copy.add_argument("source", type=workspace_location, help="a .chairdesk file or URL")
    copy.add_argument(
        "target", type=workspace_location, help="a new .chairdesk file or an empty database's URL"
    )
    copy.set_defaults(run=run_copy)


def run_demo(options: argparse.Namespace) -> int:
    from app.services.demo import load_demo

    target: Path = options.workspace
    if target.exists() and target.stat().st_size > 0:
        raise CommandError(f"{target} exists already. Choose a new file name.")
    write_new_workspace(target, load_demo)
    print(f"Wrote the MISPA III example to {target}")
    return EXIT_OK


def run_check(options: argparse.Namespace) -> int:
    if isinstance(options.workspace, str):
        return run_check_server(options.workspace)
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


def run_check_server(url: str) -> int:
    from app.store.server import check_server

    address, state, counts = check_server(url)
    if state.empty:
        raise CommandError(f"{address.display()} holds no workspace yet.")
    refuse_if_newer(Path(address.database), state)
    status = "current" if state.revision == HEAD_REVISION else "older; upgraded when opened"
    shown = ", ".join(f"{n} {what}" for what, n in counts.items())
    print(f"{address.display()}: ok. Schema revision {state.revision} ({status}). {shown}.")
    return EXIT_OK


def run_copy(options: argparse.Namespace) -> int:
    from app.store import open_workspace
    from app.store.copy import copy_workspace

    source = open_workspace(options.source, create=False)
    try:
        report = copy_workspace(source, options.target)
        shown_source = source.location
    finally:
        source.close()
    shown_target = options.target
    if isinstance(shown_target, str):
        from app.store.server import parse_server_url

        shown_target = parse_server_url(shown_target)[0].display()
    print(
        f"Copied {shown_source} to {shown_target}: {report.total_rows:,} rows in "
        f"{len(report.rows)} tables and {report.files} revision files; row counts and "
        "file hashes checked."
    )
    return EXIT_OK
