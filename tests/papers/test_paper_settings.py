"""The group's paper settings: set with ``chairdesk papers``, seen in every Word and PDF paper."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from tests.papers.support import docx_text, run

LETTERHEAD = "SECRETARIAT FOR MULTIDIMENSIONAL SECURITY · LETTERHEAD"


def letterhead_template() -> bytes:
    """A secretariat's template: a letterhead in the page header, its own title style."""
    from docx import Document
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Pt, RGBColor

    document = Document()
    document.sections[0].header.paragraphs[0].text = LETTERHEAD
    title = document.styles.add_style("Paper Title", WD_STYLE_TYPE.PARAGRAPH)
    title.font.name = "Georgia"
    title.font.size = Pt(16)
    title.font.color.rgb = RGBColor(0x00, 0x33, 0x66)
    document.add_paragraph("Text of the template that the papers do not keep")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _papers(demo_file: Path, capsys, *options: str) -> tuple[int, str, str]:
    return run(["papers", str(demo_file), *options], capsys)


def _page_mm(path: Path) -> tuple[int, int]:
    if path.suffix == ".pdf":
        from pypdf import PdfReader

        box = PdfReader(path).pages[0].mediabox
        return round(float(box.width) * 25.4 / 72), round(float(box.height) * 25.4 / 72)
    from docx import Document

    section = Document(str(path)).sections[0]
    return round(section.page_width.mm), round(section.page_height.mm)


def test_with_no_option_the_command_shows_the_settings(demo_file: Path, capsys) -> None:
    code, out, err = _papers(demo_file, capsys)
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "Paper size:    A4",
        "Series line:   OEA/Ser.G",
        "Word template: none (the built-in styles)",
    ]


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_the_paper_size_sets_the_pages_of_pdf_and_word(
    suffix: str, demo_file: Path, tmp_path: Path, capsys
) -> None:
    a4 = tmp_path / f"a4{suffix}"
    assert run(["print", "invitees", str(demo_file), str(a4)], capsys)[0] == 0
    assert _page_mm(a4) == (210, 297)
    code, out, _ = _papers(demo_file, capsys, "--size", "letter", "--series", "OEA/Ser.G/CP")
    assert code == 0 and "Paper size:    US Letter" in out
    letter = tmp_path / f"letter{suffix}"
    assert run(["print", "invitees", str(demo_file), str(letter)], capsys)[0] == 0
    assert _page_mm(letter) == (216, 279)
    # The work plan is landscape: the same sheet turned.
    plan = tmp_path / f"plan{suffix}"
    assert run(["print", "workplan", str(demo_file), str(plan)], capsys)[0] == 0
    assert _page_mm(plan) == (279, 216)
    from tests.papers.support import paper_text

    assert "OEA/Ser.G/CP" in paper_text(letter)


def test_the_template_gives_the_word_papers_its_letterhead_and_styles(
    demo_file: Path, tmp_path: Path, capsys
) -> None:
    from docx import Document

    template = tmp_path / "letterhead.docx"
    template.write_bytes(letterhead_template())
    code, out, err = _papers(demo_file, capsys, "--template", str(template))
    assert (code, err) == (0, ""), err
    assert "Word template: letterhead.docx (" in out
    paper = tmp_path / "agenda.docx"
    assert run(["print", "agenda", str(demo_file), str(paper), "--meeting", "1"], capsys)[0] == 0
    document = Document(str(paper))
    assert document.sections[0].header.paragraphs[0].text == LETTERHEAD
    title = next(p for p in document.paragraphs if p.text == "DRAFT AGENDA")
    assert title.style.name == "Paper Title"
    assert title.style.font.name == "Georgia"
    assert str(title.style.font.color.rgb) == "003366"
    assert "Text of the template" not in docx_text(paper)
    assert "Election of the Vice Chair(s) of the Working Group" in docx_text(paper)

    code, out, _ = _papers(demo_file, capsys, "--no-template")
    assert code == 0 and "Word template: none (the built-in styles)" in out
    assert run(["print", "agenda", str(demo_file), str(paper), "--meeting", "1"], capsys)[0] == 0
    assert Document(str(paper)).sections[0].header.paragraphs[0].text == ""


def _damaged(good: bytes) -> bytes:
    data = bytearray(good)
    at = good.find(b"word/document.xml") + 200
    data[at : at + 60] = b"x" * 60
    return bytes(data)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("notes.docx", b"Minutes of the meeting, plain text", "is not a Word document"),
        ("notes.txt", b"anything", "choose a Word template saved as .docx or .dotx"),
        ("damaged.docx", None, "is damaged"),
        ("huge.docx", b"0" * (20 * 1024 * 1024 + 1), "is larger than 20 MB"),
    ],
)
def test_a_bad_template_is_refused_in_one_line_and_changes_nothing(
    name: str, content: bytes | None, message: str, demo_file: Path, tmp_path: Path, capsys
) -> None:
    template = tmp_path / name
    template.write_bytes(content if content is not None else _damaged(letterhead_template()))
    code, out, err = _papers(demo_file, capsys, "--template", str(template), "--size", "letter")
    assert code == 1
    assert out == ""
    assert message in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert _papers(demo_file, capsys)[1].splitlines()[0] == "Paper size:    A4"


def test_template_and_no_template_together_is_bad_usage(demo_file: Path, capsys) -> None:
    code, _, err = _papers(demo_file, capsys, "--template", "a.docx", "--no-template")
    assert code == 2
    assert "not allowed with argument" in err
