"""Reading papers back as a reader would: the text of a PDF (pypdf) and of a Word file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.cli import main


def pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def docx_text(path: Path) -> str:
    """Body paragraphs and every table cell, in document order."""
    from docx import Document

    document = Document(str(path))
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                lines += [p.text for p in cell.paragraphs]
    return "\n".join(lines)


def paper_text(path: Path) -> str:
    text = pdf_text(path) if path.suffix == ".pdf" else docx_text(path)
    return " ".join(text.split())


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        code = main(argv)
    except SystemExit as exit_:
        code = exit_.code if isinstance(exit_.code, int) else 1
    out, err = capsys.readouterr()
    return code, out, err


def remove_versions(
    session: Any, language: str, meeting_id: int = 1, *, meeting: bool = True
) -> int:
    """Take away the ``language`` version of a demo meeting's items (and of its title):
    the demo holds every version, so a test of a missing one makes it. Returns how many."""
    from app.services.agenda_rows import list_items

    rows = [("agenda_item", item.id) for item in list_items(session, meeting_id)]
    if meeting:
        rows.append(("meeting", meeting_id))
    for kind, row_id in rows:
        remove_version(session, kind, row_id, language)
    return len(rows)


def remove_version(session: Any, kind: str, row_id: int, language: str) -> None:
    """Take away one row's ``language`` version (kind: meeting, agenda_item, document, mandate)."""
    from app.services.title_versions import get_title_versions, set_title_versions

    current = get_title_versions(session, kind, row_id)
    versions = {**current.versions, language: ""}
    set_title_versions(session, kind, row_id, current.original_language, versions)


def remove_versions_in_file(path: Path, language: str, *, meeting: bool = True) -> int:
    from app.store import open_workspace

    workspace = open_workspace(path, create=False)
    try:
        with workspace.writing() as session:
            return remove_versions(session, language, meeting=meeting)
    finally:
        workspace.close()
