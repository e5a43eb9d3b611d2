"""``chairdesk papers WORKSPACE ...``: the group's paper settings (size, series, Word template)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli.errors import EXIT_OK, CommandError
from app.cli.locations import workspace_location

if TYPE_CHECKING:
    from app.services.paper_settings import PaperSettings

SIZE_NAMES = {"a4": "A4", "letter": "US Letter"}


def register(commands: argparse._SubParsersAction) -> None:
    papers = commands.add_parser(
        "papers",
        help="show or set the paper size, series line and Word template of the group's papers",
        description="With no option, show the settings the papers are made with. Each option "
        "changes one; a template is checked before it is kept (a .docx or .dotx Word can "
        "open, at most 20 MB). Nothing changes when anything given is refused.",
    )
    papers.add_argument("workspace", type=workspace_location)
    papers.add_argument("--size", choices=tuple(SIZE_NAMES), help="the page size: A4 or US Letter")
    papers.add_argument(
        "--series",
        metavar="TEXT",
        help="the series line of the header block, e.g. OEA/Ser.G (empty: none)",
    )
    template = papers.add_mutually_exclusive_group()
    template.add_argument(
        "--template",
        type=Path,
        metavar="FILE.docx",
        help="the secretariat's Word template (letterhead and styles), kept in the workspace",
    )
    template.add_argument(
        "--no-template", action="store_true", help="go back to the built-in styles"
    )
    papers.set_defaults(run=paper_settings_command)


def read_template(path: Path) -> bytes:
    """The template's bytes, refused before reading when it is not a file or too big."""
    from app.services.paper_settings import MAX_TEMPLATE_BYTES

    if path.suffix.lower() not in {".docx", ".dotx"}:
        raise CommandError(f"{path.name}: choose a Word template saved as .docx or .dotx.")
    if path.is_dir():
        raise CommandError(f"{path} is a folder. Give the .docx file of the template.")
    if path.stat().st_size > MAX_TEMPLATE_BYTES:
        raise CommandError(f"{path.name} is larger than 20 MB: not a template. Nothing changed.")
    return path.read_bytes()


def describe(settings: PaperSettings) -> list[str]:
    if settings.template is None:
        template = "none (the built-in styles)"
    else:
        template = f"{settings.template_name} ({len(settings.template):,} bytes)"
    return [
        f"Paper size:    {SIZE_NAMES.get(settings.size, settings.size)}",
        f"Series line:   {settings.series or '(none)'}",
        f"Word template: {template}",
    ]


def paper_settings_command(options: argparse.Namespace) -> int:
    from app.papers.docx_writer import check_template_opens
    from app.services.paper_settings import paper_settings, set_paper_settings
    from app.store import open_workspace

    template: bytes | None = None
    if options.template is not None:
        template = read_template(options.template)
        check_template_opens(options.template.name, template)
    changes = (options.size, options.series, template, options.no_template or None)
    workspace = open_workspace(options.workspace, create=False)
    try:
        if all(change is None for change in changes):
            with workspace.reading() as session:
                lines = describe(paper_settings(session))
        else:
            with workspace.writing() as session:
                settings = set_paper_settings(
                    session,
                    size=options.size,
                    series=options.series,
                    template_name=options.template.name if options.template else None,
                    template=template,
                    clear_template=options.no_template,
                )
                lines = ["Saved the paper settings:", *describe(settings)]
    finally:
        workspace.close()
    for line in lines:
        print(line)
    return EXIT_OK
