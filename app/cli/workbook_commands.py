"""``chairdesk export xlsx`` and ``chairdesk import xlsx``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app.cli.errors import EXIT_ERROR, EXIT_OK, CommandError, fail
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
    print(f"Wrote {output}: {sheets}")
    return EXIT_OK


def import_xlsx(options: argparse.Namespace) -> int:
    from app.exchange.xlsx_import import (
        ImportRefused,
        apply_plan,
        describe_plan,
        error_lines,
        plan_import,
    )
    from app.exchange.xlsx_reader import read_invitee_table

    list_name = (options.list_name or "").strip()
    if not list_name:
        raise CommandError("Give the name of the invitee list with --list NAME.")
    with _workspace(options.workspace) as workspace:
        table = read_invitee_table(options.input, list_name, options.sheet_name)
        try:
            if options.dry_run:
                with workspace.reading() as session:
                    plan = plan_import(session, table, list_name)
            else:
                with workspace.writing() as session:
                    plan = plan_import(session, table, list_name)
                    apply_plan(session, plan)
        except ImportRefused as refused:
            plan = refused.plan
        for line in describe_plan(plan):
            print(line)
        errors = plan.errors
        if errors:
            fail(
                f"{len(errors)} row(s) of {Path(options.input).name} have errors; nothing was "
                "written. Correct them and import again:"
            )
            for line in error_lines(plan):
                print(f"  {line}", file=sys.stderr)
            return EXIT_ERROR
    if options.dry_run:
        print("Dry run: nothing was written.")
    else:
        print(f"Imported into “{plan.list_name}”.")
    return EXIT_OK
