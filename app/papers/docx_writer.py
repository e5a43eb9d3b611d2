"""A paper as a Word file a secretariat edits further: named styles, real tables, page numbers.

Every paragraph takes a named style ("Paper Title", "Paper Header Block", "Heading 2",
"List Bullet", "Table Grid"...), never fonts set run by run, so that a secretariat's own
template (letterhead and styles, from the group's settings) restyles every paper at once.
"""

from __future__ import annotations

import io
import zipfile
from typing import IO, Any

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.table import Table as DocxTable

from app.papers.content import (
    Bullets,
    Heading,
    NumberedItem,
    Paper,
    Paragraph,
    SpanRow,
    Table,
)
from app.papers.page import page_size
from app.services.errors import ValidationError
from app.services.paper_settings import PaperSettings

TEMPLATE_TYPE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
DOCUMENT_TYPE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"

#: Our paragraph styles: name -> (size in points, bold, alignment, left indent mm, space after).
PARAGRAPH_STYLES: dict[str, tuple[float, bool, Any, float, float]] = {
    "Paper Header Block": (9, False, WD_ALIGN_PARAGRAPH.LEFT, 0, 0),
    "Paper Title": (12, True, WD_ALIGN_PARAGRAPH.CENTER, 0, 3),
    "Paper Subtitle": (11, False, WD_ALIGN_PARAGRAPH.CENTER, 0, 0),
    "Paper Agenda Item": (11, False, WD_ALIGN_PARAGRAPH.LEFT, 10, 1),
    "Paper Item Detail": (10, False, WD_ALIGN_PARAGRAPH.LEFT, 10, 0),
    "Paper Table Heading": (10, True, WD_ALIGN_PARAGRAPH.CENTER, 0, 0),
    "Paper Table Group": (10, True, WD_ALIGN_PARAGRAPH.LEFT, 0, 0),
    "Paper Table Text": (10, False, WD_ALIGN_PARAGRAPH.LEFT, 0, 0),
}


def _open_template(template: bytes | None) -> DocxDocument:
    if template is None:
        return Document()
    source = io.BytesIO(template)
    with zipfile.ZipFile(source) as archive:
        types = archive.read("[Content_Types].xml")
        if TEMPLATE_TYPE in types:  # a .dotx: python-docx opens it as a document
            patched = io.BytesIO()
            with zipfile.ZipFile(patched, "w", zipfile.ZIP_DEFLATED) as out:
                for info in archive.infolist():
                    data = archive.read(info.filename)
                    if info.filename == "[Content_Types].xml":
                        data = data.replace(TEMPLATE_TYPE, DOCUMENT_TYPE)
                    out.writestr(info, data)
            source = patched
    source.seek(0)
    document = Document(source)
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    return document


def check_template_opens(name: str, template: bytes) -> None:
    """Refuse a template the papers could not be written on: checked as the services check
    any template, then opened as a paper is and given the papers' styles."""
    from app.services.paper_settings import check_template

    check_template(name, template)
    try:
        document = _open_template(template)
        _ensure_styles(document)
        document.save(io.BytesIO())
    except Exception as error:  # python-docx and lxml raise many kinds on a damaged part
        raise ValidationError(
            "paper_template",
            f"{name} cannot be used as a template ({type(error).__name__}). Open it in Word, "
            "save it again as .docx, and choose the saved copy.",
        ) from error


def _ensure_styles(document: DocxDocument) -> None:
    styles = document.styles
    names = {style.name for style in styles}
    for name, (size, bold, alignment, indent, after) in PARAGRAPH_STYLES.items():
        if name in names:
            continue  # the secretariat's template defines it: keep theirs
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = styles["Normal"]
        style.font.size = Pt(size)
        style.font.bold = bold
        style.paragraph_format.alignment = alignment
        style.paragraph_format.space_after = Pt(after)
        if indent:
            style.paragraph_format.left_indent = Mm(indent)
        if name == "Paper Agenda Item":  # the number hangs in the margin of the text
            style.paragraph_format.first_line_indent = Mm(-indent)
            style.paragraph_format.space_before = Pt(8)  # items apart, details under each
        if name.startswith("Paper Table"):
            style.paragraph_format.space_before = Pt(1)
    for name in ("Heading 2", "List Bullet"):
        if name not in names:
            styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH).base_style = styles["Normal"]


def _paper_headings(document: DocxDocument) -> None:
    """The built-in styles' headings as a circulated paper has them (and as the PDF does):
    black, bold, the body's size, space above and a little below. A secretariat's template
    keeps its own."""
    for name in ("Heading 1", "Heading 2"):
        style = document.styles[name]
        style.font.color.rgb = RGBColor(0, 0, 0)
        style.font.size = Pt(12 if name == "Heading 1" else 11)
        style.font.bold = True
        style.paragraph_format.space_before = Pt(12)
        style.paragraph_format.space_after = Pt(4)
        style.paragraph_format.keep_with_next = True


def _page_setup(document: DocxDocument, paper: Paper, settings: PaperSettings) -> None:
    size = page_size(settings.size, paper.landscape)
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE if paper.landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(size.width_mm), Mm(size.height_mm)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(size.margin_mm))
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    footer._p.append(field)


def _table_style(document: DocxDocument) -> str | None:
    names = {style.name for style in document.styles}
    return "Table Grid" if "Table Grid" in names else None


def _repeat_as_header(row: Any) -> None:
    properties = row._tr.get_or_add_trPr()
    flag = OxmlElement("w:tblHeader")
    flag.set(qn("w:val"), "true")
    properties.append(flag)


def style_ids(document: DocxDocument) -> dict[str, str]:
    """Style name -> style id, read once: python-docx finds a style by name with a search of
    the whole styles part, which for a 5,000-row table cost most of the writing time."""
    return {style.name: style.style_id for style in document.styles if style.name}


def _fill_cell(
    cell: Any, value: str | tuple[str, ...], ids: dict[str, str], style: str = "Paper Table Text"
) -> None:
    first = cell.paragraphs[0]
    if isinstance(value, str):
        lines = value.split("\n")
    else:
        lines, style = list(value) or [""], "List Bullet"
    first._p.style = ids[style]
    first.text = lines[0]
    for line in lines[1:]:
        cell.add_paragraph(line)._p.style = ids[style]


def _set_widths(table: DocxTable, widths: list[Any]) -> None:
    """Column widths in the table grid (what LibreOffice reads) and in each first-row cell
    (what Word reads); rows added later copy the grid."""
    table.autofit = False
    for column, cell, width in zip(table.columns, table.rows[0].cells, widths, strict=True):
        column.width = width
        cell.width = width


def _write_table(
    document: DocxDocument, block: Table, text_width_mm: float, ids: dict[str, str]
) -> None:
    table: DocxTable = document.add_table(rows=1, cols=len(block.columns))
    style = _table_style(document)
    if style:
        table.style = style
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Mm(text_width_mm * share) for share in block.widths]
    _set_widths(table, widths)
    header = table.rows[0]
    _repeat_as_header(header)
    for cell, text in zip(header.cells, block.columns, strict=True):
        _fill_cell(cell, text, ids, "Paper Table Heading")
    for row in block:
        cells = table.add_row().cells
        if isinstance(row, SpanRow):
            merged = cells[0].merge(cells[-1])
            _fill_cell(merged, row.text, ids, "Paper Table Group")
            continue
        for cell, value in zip(cells, row, strict=True):
            _fill_cell(cell, value, ids)


def _write_header_block(
    document: DocxDocument, paper: Paper, text_width_mm: float, ids: dict[str, str]
) -> None:
    table = document.add_table(rows=1, cols=2)
    _set_widths(table, [Mm(text_width_mm * 0.6), Mm(text_width_mm * 0.4)])
    left, right = table.rows[0].cells
    _fill_cell(left, "\n".join(paper.header.issuer), ids, "Paper Header Block")
    _fill_cell(right, "\n".join(paper.header.right_lines()), ids, "Paper Header Block")


def write_docx(paper: Paper, settings: PaperSettings, out: IO[bytes]) -> None:
    """Write ``paper`` as .docx to the binary stream ``out``."""
    document = _open_template(settings.template)
    _ensure_styles(document)
    if settings.template is None:
        _paper_headings(document)
    _page_setup(document, paper, settings)
    width = page_size(settings.size, paper.landscape).text_width_mm
    ids = style_ids(document)
    _write_header_block(document, paper, width, ids)
    document.add_paragraph("", "Normal")
    document.add_paragraph(paper.title.upper(), "Paper Title")
    for line in paper.subtitle:
        document.add_paragraph(line, "Paper Subtitle")
    document.add_paragraph("", "Normal")
    for block in paper.blocks:
        if isinstance(block, Heading):
            document.add_paragraph(block.text, f"Heading {block.level}")
        elif isinstance(block, Paragraph):
            document.add_paragraph(
                block.text, "Paper Subtitle" if block.kind == "centred" else "Normal"
            )
        elif isinstance(block, NumberedItem):
            document.add_paragraph(f"{block.number}.\t{block.text}", "Paper Agenda Item")
            for line in block.details:
                document.add_paragraph(line, "Paper Item Detail")
        elif isinstance(block, Bullets):
            for line in block.items:
                document.add_paragraph(line, "List Bullet")
        elif isinstance(block, Table):
            _write_table(document, block, width, ids)
    properties = document.core_properties
    properties.title = paper.title
    properties.language = paper.language
    document.save(out)
