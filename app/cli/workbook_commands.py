"""``chairdesk export xlsx`` and ``chairdesk import xlsx``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app.cli.errors import EXIT_ERROR, EXIT_OK, CommandError, fail, say
from app.store import Workspace, open_workspace


@contextmanager
def _workspace(path: Path | str) -> Iterator[Workspace]:
    workspace = open_workspace(path, create=False)
    try:
        yield workspace
    finally:
        workspace.close()


def export_xlsx(options: argparse.Namespace) -> int:
    from app.exchange.xlsx_export import export_workbook

    output = Path(options.output)
    with _workspace(options.workspace) as workspace:
        summary = export_workbook(workspace, output, options.sheets)
    sheets = ", ".join(f"{title} ({rows:,} rows)" for title, rows in summary.sheets)
    say([f"Wrote {output}: {sheets}"])
    return EXIT_OK


def import_invitees(options: argparse.Namespace) -> int:
    from app.exchange.xlsx_import import (
        ImportRefused,
        describe_plan,
        error_lines,
        plan_import,
        write_import,
    )
    from app.exchange.xlsx_reader import read_invitee_table

    list_name = (options.list_name or "").strip()
    if not list_name:
        raise CommandError("Give the name of the invitee list with --list NAME.")
    remove_missing = bool(getattr(options, "remove_missing", False))
    # The file is checked before the workspace is opened: a bad file changes nothing.
    table = read_invitee_table(options.input, list_name, options.sheet_name)
    with _workspace(options.workspace) as workspace:
        try:
            if options.dry_run:
                with workspace.reading() as session:
                    plan = plan_import(session, table, list_name, remove_missing=remove_missing)
            else:
                with workspace.writing() as session:
                    plan = write_import(session, table, list_name, remove_missing=remove_missing)
        except ImportRefused as refused:
            plan = refused.plan
    written = not options.dry_run and not plan.count("error")
    report = [*describe_plan(plan)]
    if plan.count("error"):
        errors = [
            f"{plan.count('error')} row(s) of {Path(options.input).name} have errors; nothing "
            "was written. Correct them and import again:",
            *(f"  {line}" for line in error_lines(plan)),
        ]
    elif options.dry_run:
        report.append("Dry run: nothing was written.")
        errors = []
    else:
        report.append(f"Imported into “{plan.list_name}”.")
        errors = []
    say(report, written=written)
    if errors:
        fail(errors[0])
        for line in errors[1:]:
            print(line, file=sys.stderr)
        return EXIT_ERROR
    return EXIT_OK


#: ``import xlsx`` is the same command under its first name.
import_xlsx = import_invitees


def export_csv(options: argparse.Namespace) -> int:
    from app.exchange.csv_export import export_list_csv

    output = Path(options.output)
    if output.is_dir() or not output.parent.is_dir():
        raise CommandError(f"{output}: give the name of a .csv file in an existing folder.")
    with _workspace(options.workspace) as workspace:
        count = export_list_csv(workspace, options.list_name, output, semicolon=options.semicolon)
    say([f"Wrote {count:,} invitees of “{options.list_name.strip()}” to {output}"])
    return EXIT_OK
