"""Reading papers back as a reader would: the text of a PDF (pypdf) and of a Word file."""

from __future__ import annotations

from pathlib import Path

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
