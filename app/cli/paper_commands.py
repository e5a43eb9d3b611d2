"""``chairdesk print KIND ...`` and ``chairdesk package ...``: the papers a group circulates."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from app.cli.errors import EXIT_ERROR, EXIT_OK, EXIT_USAGE, CommandError, fail
from app.cli.locations import workspace_location
from app.models import LANGUAGES

KINDS = (
    "agenda",
    "annotated-agenda",
    "calendar",
    "workplan",
    "invitees",
    "participants",
    "summary",
)


def register(commands: argparse._SubParsersAction) -> None:
    printer = commands.add_parser(
        "print",
        help="write a paper (agenda, calendar, work plan, a list, summary) as PDF or Word",
        description="Write one of the group's papers as .pdf or .docx, in an OAS language. "
        "Texts without a version in that language are listed and nothing is written, "
        "unless --use-original prints the originals, marked as such.",
    )
    printer.add_argument("kind", choices=KINDS, metavar="KIND", help=f"one of {', '.join(KINDS)}")
    printer.add_argument("workspace", type=workspace_location)
    printer.add_argument("output", type=Path, help="the .pdf or .docx file to write")
    printer.add_argument(
        "--meeting", type=int, metavar="ID", help="the meeting (agenda, summary...)"
    )
    printer.add_argument("--list", dest="list_name", metavar="NAME", help="the invitee list")
    printer.add_argument(
        "--language", choices=LANGUAGES, default="en", help="the paper's language (default: en)"
    )
    printer.add_argument(
        "--from",
        dest="start",
        metavar="YYYY-MM-DD",
        help="the calendar: the first day of the period (default: the first meeting)",
    )
    printer.add_argument(
        "--to",
        dest="end",
        metavar="YYYY-MM-DD",
        help="the calendar: the last day of the period (default: the last meeting)",
    )
    printer.add_argument(
        "--use-original",
        action="store_true",
        help="print texts lacking a translation in their original language, marked as such",
    )
    printer.set_defaults(run=print_paper)

    package = commands.add_parser(
        "package",
        help="the meeting package: agenda PDF and every revision file it considers, in one zip",
        description="Write one zip with the agenda as PDF, every revision file the agenda "
        "considers (named by symbol and language), a manifest with SHA-256 and the list of "
        "language versions that are missing. The same workspace gives the same bytes.",
    )
    package.add_argument("workspace", type=workspace_location)
    package.add_argument("--meeting", type=int, metavar="ID", required=True)
    package.add_argument("output", type=Path, help="the .zip file to write")
    package.set_defaults(run=package_meeting)


def _check_output(output: Path, suffixes: tuple[str, ...]) -> None:
    if output.suffix.lower() not in suffixes:
        raise CommandError(f"{output.name}: name the file to write with {' or '.join(suffixes)}.")
    if output.is_dir():
        raise CommandError(f"{output} is a folder. Give the name of the file to write.")
    if not output.parent.is_dir():
        raise CommandError(
            f"The folder {output.parent} does not exist. Create it or choose another place."
        )


class UsageError(Exception):
    """Bad usage of ``print``: exit 2 with one line, before the workspace is opened."""


def _day(option: str, text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise UsageError(
            f"{option} {text}: not a date. Give a day as YYYY-MM-DD, e.g. {option} 2011-09-15."
        ) from None


def _period(options: argparse.Namespace) -> tuple[date | None, date | None]:
    """``--from`` and ``--to``, checked: real days, in order, and for the calendar only."""
    start, end = _day("--from", options.start), _day("--to", options.end)
    if (start or end) and options.kind != "calendar":
        raise UsageError("--from and --to choose the period of the calendar only.")
    if start and end and start > end:
        raise UsageError(
            f"--from {start} comes after --to {end}: the period must start before it ends."
        )
    return start, end


def print_paper(options: argparse.Namespace) -> int:
    from app.papers.make import MissingTranslations, PaperRequest, build_paper, save_paper
    from app.services.paper_settings import paper_settings
    from app.store import open_workspace

    output: Path = options.output
    try:
        start, end = _period(options)
    except UsageError as error:
        fail(str(error))
        return EXIT_USAGE
    _check_output(output, (".pdf", ".docx"))
    request = PaperRequest(
        kind=options.kind,
        language=options.language,
        meeting_id=options.meeting,
        list_name=options.list_name,
        start=start,
        end=end,
    )
    workspace = open_workspace(options.workspace, create=False)
    try:
        with workspace.reading() as session:
            paper = build_paper(session, request)
            settings = paper_settings(session)
            try:
                save_paper(paper, settings, output, use_original=options.use_original)
            except MissingTranslations as missing:
                print(
                    f"chairdesk: error: {len(missing.missing)} texts have no version in "
                    f"“{options.language}”; nothing was written. Fill them in, or give "
                    "--use-original to print the originals, marked as such:",
                    file=sys.stderr,
                )
                for text in missing.missing:
                    print(f"  {text.what}: {text.original}", file=sys.stderr)
                return EXIT_ERROR
    finally:
        workspace.close()
    marked = f" ({len(paper.missing)} texts printed from the original)" if paper.missing else ""
    print(f"Wrote the {options.kind} in “{options.language}” to {output}{marked}")
    return EXIT_OK


def package_meeting(options: argparse.Namespace) -> int:
    from app.papers.package import save_package
    from app.store import open_workspace

    output: Path = options.output
    _check_output(output, (".zip",))
    workspace = open_workspace(options.workspace, create=False)
    try:
        with workspace.reading() as session:
            report = save_package(session, options.meeting, output)
    finally:
        workspace.close()
    print(
        f"Wrote {len(report.files)} files to {output}; "
        f"{len(report.missing)} language versions are missing (listed in missing.csv)"
    )
    return EXIT_OK
