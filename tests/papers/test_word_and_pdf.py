"""Word files a secretariat edits (styles, tables, page numbers, page size, template) and PDFs
with real, embedded text."""

from __future__ import annotations

import io
from pathlib import Path

from docx.shared import Mm

from app.services.paper_settings import set_paper_settings
from app.store import open_workspace
from tests.papers.support import pdf_text, run


def _print(kind: str, demo_file: Path, out: Path, capsys, *extra: str) -> None:
    argv = ["print", kind, str(demo_file), str(out), *extra]
    if "agenda" in kind:
        argv += ["--meeting", "1"]
    code, _, err = run(argv, capsys)
    assert (code, err) == (0, "")


def test_word_papers_use_named_styles_tables_a_repeated_header_row_and_page_numbers(
    demo_file: Path, tmp_path: Path, capsys
) -> None:
    from docx import Document

    out = tmp_path / "calendar.docx"
    _print("calendar", demo_file, out, capsys)
    document = Document(str(out))
    styles = {p.style.name for p in document.paragraphs if p.text}
    assert {"Paper Title", "Paper Subtitle"} <= styles
    header_block, calendar = document.tables
    assert [p.style.name for p in header_block.rows[0].cells[1].paragraphs] == [
        "Paper Header Block"
    ] * 4
    assert [p.text for p in header_block.rows[0].cells[1].paragraphs] == [
        "OEA/Ser.G",
        "GT/MISPA-III/doc.1/11 rev. 1",
        header_block.rows[0].cells[1].paragraphs[2].text,
        "Original: English",
    ]
    assert calendar.style.name == "Table Grid"
    # Widths in the table grid too: LibreOffice reads those, not the cells'.
    date_column, topic_column = calendar.columns
    assert topic_column.width > 3 * date_column.width
    assert calendar.rows[0]._tr.xpath("./w:trPr/w:tblHeader")
    footer = document.sections[0].footer._element.xml
    assert 'w:instr="PAGE"' in footer
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)


def test_the_page_size_comes_from_the_groups_settings(
    demo_file: Path, tmp_path: Path, capsys
) -> None:
    from docx import Document
    from pypdf import PdfReader

    workspace = open_workspace(demo_file)
    with workspace.writing() as session:
        set_paper_settings(session, size="letter", series="OEA/Ser.W")
    workspace.close()
    docx, pdf = tmp_path / "a.docx", tmp_path / "a.pdf"
    _print("agenda", demo_file, docx, capsys)
    _print("agenda", demo_file, pdf, capsys)
    section = Document(str(docx)).sections[0]
    assert abs(section.page_width - Mm(215.9)) < Mm(0.5)
    box = PdfReader(pdf).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    assert "OEA/Ser.W" in pdf_text(pdf)
    # The work plan's wide table turns the page.
    wide = tmp_path / "w.pdf"
    _print("workplan", demo_file, wide, capsys)
    box = PdfReader(wide).pages[0].mediabox
    assert float(box.width) > float(box.height)


def test_a_secretariats_template_restyles_the_paper(
    demo_file: Path, tmp_path: Path, capsys
) -> None:
    from docx import Document
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Pt

    template = Document()
    title = template.styles.add_style("Paper Title", WD_STYLE_TYPE.PARAGRAPH)
    title.font.size = Pt(20)
    title.font.name = "Georgia"
    template.sections[0].header.paragraphs[0].text = "SECRETARIAT LETTERHEAD"
    template.add_paragraph("Sample body text that the papers replace.")
    buffer = io.BytesIO()
    template.save(buffer)

    workspace = open_workspace(demo_file)
    with workspace.writing() as session:
        set_paper_settings(session, template_name="letterhead.docx", template=buffer.getvalue())
    workspace.close()
    out = tmp_path / "agenda.docx"
    _print("agenda", demo_file, out, capsys)
    document = Document(str(out))
    assert document.styles["Paper Title"].font.name == "Georgia"
    assert document.sections[0].header.paragraphs[0].text == "SECRETARIAT LETTERHEAD"
    texts = [p.text for p in document.paragraphs]
    assert "Sample body text that the papers replace." not in texts
    assert "DRAFT AGENDA" in texts


def test_a_template_that_is_not_a_word_file_is_refused_with_a_reason(demo_file: Path) -> None:
    import pytest

    from app.services.errors import ValidationError

    workspace = open_workspace(demo_file)
    with (
        pytest.raises(ValidationError, match="not a Word document"),
        workspace.writing() as session,
    ):
        set_paper_settings(session, template_name="letter.pdf", template=b"%PDF-1.4")
    workspace.close()


def test_pdfs_embed_their_font_and_give_back_accented_text(
    demo_file: Path, tmp_path: Path, capsys
) -> None:
    from pypdf import PdfReader

    out = tmp_path / "invitees-fr.pdf"
    _print("invitees", demo_file, out, capsys, "--language", "fr")
    reader = PdfReader(out)
    fonts = reader.pages[0]["/Resources"]["/Font"]
    for font in fonts.values():
        font = font.get_object()
        descendant = font.get("/DescendantFonts")
        descriptor = (descendant[0].get_object() if descendant else font)["/FontDescriptor"]
        assert "/FontFile2" in descriptor.get_object()
    text = pdf_text(out)
    for word in ("ORGANISATION DES ÉTATS AMÉRICAINS", "États membres", "Haïti", "Pérou"):
        assert word in text


def test_the_same_paper_gives_the_same_pdf_bytes(demo_file: Path, tmp_path: Path, capsys) -> None:
    one, two = tmp_path / "one.pdf", tmp_path / "two.pdf"
    _print("agenda", demo_file, one, capsys)
    _print("agenda", demo_file, two, capsys)
    assert one.read_bytes() == two.read_bytes()
