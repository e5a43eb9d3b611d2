"""How the papers read on the page: paragraphs set apart, headings, every font embedded."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.papers.record_papers import is_heading
from tests.papers.support import run


def _lines(path: Path) -> list[tuple[str, float]]:
    """Each line of the first page with its height on the page (top first)."""
    from pypdf import PdfReader

    found: dict[float, str] = {}

    def visit(text: str, cm: list[float], tm: list[float], *_rest: object) -> None:
        if text.strip():
            y = round(cm[5] + tm[5] * cm[3], 1)  # reportlab moves the origin, then writes
            found[y] = found.get(y, "") + text

    PdfReader(path).pages[0].extract_text(visitor_text=visit)
    return [(found[y].strip(), y) for y in sorted(found, reverse=True)]


def test_the_summarys_paragraphs_are_set_apart_and_its_headings_are_headings(
    demo_file: Path, tmp_path: Path, capsys
) -> None:
    out = tmp_path / "summary.pdf"
    assert run(["print", "summary", str(demo_file), str(out), "--meeting", "1"], capsys)[0] == 0
    lines = _lines(out)
    ys = [y for _, y in lines]
    opening = next(i for i, (t, _) in enumerate(lines) if t.startswith("The First meeting"))
    within = ys[opening] - ys[opening + 1]  # two lines of one paragraph
    quorum = next(i for i, (t, _) in enumerate(lines) if t.startswith("24 member states"))
    between = ys[quorum - 1] - ys[quorum]  # the last line of one paragraph, the next one
    assert between >= within + 6

    docx = tmp_path / "summary.docx"
    assert run(["print", "summary", str(demo_file), str(docx), "--meeting", "1"], capsys)[0] == 0
    from docx import Document

    styles = {p.text: p.style.name for p in Document(str(docx)).paragraphs}
    assert styles["Agenda items"] == "Heading 2"
    assert styles["Follow-up actions"] == "Heading 2"
    heading = Document(str(docx)).styles["Heading 2"]
    assert str(heading.font.color.rgb) == "000000"  # black, as the PDF's, not Word's blue


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("Agenda items", True),
        ("Follow-up actions", True),
        ("24 member states were present; the quorum is 18.", False),
        ("1. Election of the Vice Chair(s)", False),
        ("Summary of the First meeting\nWorking Group", False),
        ("x" * 81, False),
    ],
)
def test_a_short_unpunctuated_line_of_the_summary_is_a_heading(text: str, heading: bool) -> None:
    assert is_heading(text) is heading


@pytest.mark.parametrize("kind", ["agenda", "calendar", "workplan", "invitees", "summary"])
def test_every_font_of_a_pdf_paper_is_embedded(
    kind: str, demo_file: Path, tmp_path: Path, capsys
) -> None:
    from pypdf import PdfReader

    out = tmp_path / f"{kind}.pdf"
    meeting = ["--meeting", "1"] if kind in {"agenda", "summary"} else []
    assert run(["print", kind, str(demo_file), str(out), *meeting], capsys)[0] == 0
    for page in PdfReader(out).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            assert descriptor is not None, f"{font['/BaseFont']} is not embedded"
            assert "/FontFile2" in descriptor.get_object(), font["/BaseFont"]


@pytest.mark.parametrize("kind", ["invitees", "participants"])
def test_a_list_starts_on_its_first_page_under_its_heading(
    kind: str, demo_file: Path, tmp_path: Path, capsys
) -> None:
    out = tmp_path / f"{kind}.pdf"
    meeting = ["--meeting", "1"] if kind == "participants" else []
    argv = ["print", kind, str(demo_file), str(out), "--language", "es", *meeting]
    assert run(argv, capsys)[0] == 0
    first_page = [text for text, _ in _lines(out)]
    heading = first_page.index("Estados Miembros")
    assert any(line.startswith("Antigua y Barbuda") for line in first_page[heading:])
