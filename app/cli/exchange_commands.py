"""``chairdesk export ics|xlsx`` and ``chairdesk import ics|xlsx``.

The argument definitions live here; the work is in app/cli/calendar_commands.py
(iCalendar) and app/cli/workbook_commands.py (Excel), each calling app.exchange.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from importlib import import_module
from pathlib import Path

from app.cli.locations import workspace_location

SHEETS = ("invitees", "meetings", "agenda", "documents", "mandates")


def _later(module: str, function: str) -> Callable[[argparse.Namespace], int]:
    """A command that imports its module only when it runs (icalendar and openpyxl are slow)."""

    def run(options: argparse.Namespace) -> int:
        return getattr(import_module(module), function)(options)

    return run


def register(commands: argparse._SubParsersAction) -> None:
    export = commands.add_parser(
        "export",
        help="write the calendar (.ics), a workbook (.xlsx) or an invitee list (.csv)",
        description="Export from a workspace to iCalendar or Excel.",
    )
    formats = export.add_subparsers(dest="format", metavar="FORMAT", required=True)

    ics = formats.add_parser(
        "ics",
        help="the calendar of meetings, for Outlook, Google, Apple and Thunderbird",
        description="Write the calendar of meetings as an iCalendar file.",
    )
    ics.add_argument("workspace", type=workspace_location)
    ics.add_argument("output", type=Path, help="the .ics file to write")
    ics.add_argument(
        "--meeting",
        type=int,
        action="append",
        dest="meetings",
        metavar="ID",
        help="export only this meeting (repeat for more); default: all meetings",
    )
    ics.set_defaults(run=_later("app.cli.calendar_commands", "export_ics"))

    xlsx = formats.add_parser(
        "xlsx",
        help="a workbook for circulation: invitee lists, calendar, agenda, ...",
        description="Write an Excel workbook, one sheet per list.",
    )
    xlsx.add_argument("workspace", type=workspace_location)
    xlsx.add_argument("output", type=Path, help="the .xlsx file to write")
    xlsx.add_argument(
        "--sheet",
        action="append",
        dest="sheets",
        choices=SHEETS,
        metavar="SHEET",
        help=f"include this sheet (repeat for more; one of {', '.join(SHEETS)}); default: all",
    )
    xlsx.set_defaults(run=_later("app.cli.workbook_commands", "export_xlsx"))

    csv_out = formats.add_parser(
        "csv",
        help="one invitee list as CSV (UTF-8 with a byte-order mark, for Excel)",
        description="Write one invitee list as a CSV file that Excel opens with its accents.",
    )
    csv_out.add_argument("workspace", type=workspace_location)
    csv_out.add_argument("output", type=Path, help="the .csv file to write")
    csv_out.add_argument(
        "--list", required=True, dest="list_name", metavar="NAME", help="the invitee list"
    )
    csv_out.add_argument(
        "--semicolon",
        action="store_true",
        help="separate with semicolons, as Excel expects where the decimal mark is a comma",
    )
    csv_out.set_defaults(run=_later("app.cli.workbook_commands", "export_csv"))

    imp = commands.add_parser(
        "import",
        help="read a calendar (.ics) or an invitee list (.xlsx, .csv, .ods)",
        description="Import into a workspace. Nothing is written with --dry-run or on error.",
    )
    sources = imp.add_subparsers(dest="format", metavar="FORMAT", required=True)

    ics_in = sources.add_parser(
        "ics",
        help="create or update meetings from an iCalendar file",
        description="Create meetings from the file's events; update those with the same UID.",
    )
    ics_in.add_argument("workspace", type=workspace_location)
    ics_in.add_argument("input", type=Path, help="the .ics file to read")
    ics_in.add_argument("--dry-run", action="store_true", help="show what would change only")
    ics_in.add_argument(
        "--expand-until",
        metavar="YYYY-MM-DD",
        help="expand recurring events into meetings up to this date (otherwise refused)",
    )
    ics_in.set_defaults(run=_later("app.cli.calendar_commands", "import_ics"))

    xlsx_in = sources.add_parser(
        "invitees",
        aliases=["xlsx"],
        help="update an invitee list from a workbook, CSV or .ods file",
        description="Read an invitee list from .xlsx, .csv (UTF-8, UTF-16 or Windows-1252; "
        "comma or semicolon) or .ods. Match rows by e-mail, else by name and organisation; "
        "all rows or none.",
    )
    xlsx_in.add_argument("workspace", type=workspace_location)
    xlsx_in.add_argument("input", type=Path, help="the .xlsx, .csv or .ods file to read")
    xlsx_in.add_argument(
        "--list",
        required=True,
        dest="list_name",
        metavar="NAME",
        help="the invitee list to update (created if missing)",
    )
    xlsx_in.add_argument(
        "--sheet",
        dest="sheet_name",
        metavar="SHEET",
        help="the sheet to read (default: the one whose name matches the list,"
        " else the first with a recognisable header)",
    )
    xlsx_in.add_argument("--dry-run", action="store_true", help="show what would change only")
    xlsx_in.add_argument(
        "--remove-missing",
        action="store_true",
        help="remove from the list the entries that are not in the file (listed either way)",
    )
    xlsx_in.set_defaults(run=_later("app.cli.workbook_commands", "import_invitees"))

    import_module("app.cli.invitation_commands").register_import(sources)
