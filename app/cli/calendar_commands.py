"""``chairdesk export ics`` and ``chairdesk import ics``: the work behind the arguments.

Called by app/cli/exchange_commands.py inside ``user_errors()``, which turns the
exchange and service errors into one line on stderr and exit code 1.
"""

from __future__ import annotations

import argparse
from datetime import date, datetime
from pathlib import Path

from app.cli.errors import EXIT_OK, CommandError
from app.store import open_workspace


def export_ics(options: argparse.Namespace) -> int:
    from app.exchange.ics_export import export_to_file

    output: Path = options.output
    if output.is_dir():
        raise CommandError(f"{output} is a folder. Give the name of the .ics file to write.")
    if not output.parent.is_dir():
        raise CommandError(
            f"The folder {output.parent} does not exist. Create it or choose another place."
        )
    workspace = open_workspace(options.workspace, create=False)
    try:
        count = export_to_file(workspace, output, options.meetings)
    finally:
        workspace.close()
    noun = "meeting" if count == 1 else "meetings"
    print(f"Wrote {count} {noun} to {output}")
    return EXIT_OK


def expand_until_date(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return datetime.strptime(text.strip(), "%Y-%m-%d").date()
    except ValueError:
        raise CommandError(
            f"--expand-until {text}: not a date. Give the last day up to which recurring "
            "events become meetings as YYYY-MM-DD, e.g. --expand-until 2011-12-31."
        ) from None


def import_ics(options: argparse.Namespace) -> int:
    from app.exchange.ics_import import import_events
    from app.exchange.ics_read import parse_calendar, read_calendar_file

    expand_until = expand_until_date(options.expand_until)
    source: Path = options.input
    # The file is read and checked before the workspace is opened: a bad file
    # changes nothing, not even the workspace's schema.
    events = parse_calendar(read_calendar_file(source), source.name)
    workspace = open_workspace(options.workspace, create=False)
    try:
        report = import_events(
            workspace, events, dry_run=options.dry_run, expand_until=expand_until
        )
    finally:
        workspace.close()
    for line in report.lines():
        print(line)
    return EXIT_OK
