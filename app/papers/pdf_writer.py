"""A paper as PDF with reportlab: real text, the font embedded, the same text as the Word file.

reportlab rather than Qt's QPdfWriter: the papers are made by the command line and by a
worker thread of the window alike, without a display and without importing Qt.
"""

from __future__ import annotations

from functools import cache
from typing import IO, Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    LongTable,
    SimpleDocTemplate,
    Spacer,
    TableStyle,
)
from reportlab.platypus import Paragraph as PdfParagraph

from app.papers.content import Bullets, Heading, NumberedItem, Paper, Paragraph, SpanRow, Table
from app.papers.page import page_size
from app.services.paper_settings import PaperSettings

#: Bitstream Vera, shipped inside reportlab: embedded (subset), it covers every accent of
#: Spanish, French and Portuguese, and makes the same PDF on every machine.
FONT = "ChairdeskSans"
FONT_FILES = {
    FONT: "Vera.ttf",
    f"{FONT}-Bold": "VeraBd.ttf",
    f"{FONT}-Italic": "VeraIt.ttf",
    f"{FONT}-BoldItalic": "VeraBI.ttf",
}


#: The room a heading needs below it on a page: itself and a few lines of what follows.
HEADING_ROOM = 30 * mm


@cache
def _register_fonts() -> None:
    for name, file_name in FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, file_name))
    pdfmetrics.registerFontFamily(
        FONT,
        normal=FONT,
        bold=f"{FONT}-Bold",
        italic=f"{FONT}-Italic",
        boldItalic=f"{FONT}-BoldItalic",
    )


@cache
def _styles() -> dict[str, ParagraphStyle]:
    _register_fonts()
    # The bullets and numbers too: reportlab would set them in Helvetica, not embedded.
    base = ParagraphStyle("Normal", fontName=FONT, bulletFontName=FONT, fontSize=10, leading=13)
    # Body paragraphs apart as the Word file's are (Word's Normal: space after each).
    body = ParagraphStyle("Body", base, spaceAfter=8)
    bold = f"{FONT}-Bold"
    return {
        "normal": body,
        "header": ParagraphStyle("Header", base, fontSize=8, leading=10),
        "title": ParagraphStyle(
            "Title",
            base,
            fontName=bold,
            fontSize=11,
            leading=14,
            alignment=TA_CENTER,
            spaceAfter=3,
        ),
        "subtitle": ParagraphStyle("Subtitle", base, alignment=TA_CENTER),
        "heading": ParagraphStyle(
            "Heading",
            base,
            fontName=bold,
            fontSize=11,
            leading=14,
            spaceBefore=12,
            spaceAfter=4,
        ),
        "item": ParagraphStyle(
            "Item",
            base,
            fontSize=10.5,
            bulletFontSize=10.5,
            leftIndent=10 * mm,
            bulletIndent=0,
            spaceBefore=8,
        ),
        "detail": ParagraphStyle("Detail", base, fontSize=9.5, leftIndent=10 * mm),
        "cell": ParagraphStyle("Cell", base, fontSize=9, leading=11),
        "cell-heading": ParagraphStyle(
            "CellHeading", base, fontName=bold, fontSize=9, leading=11, alignment=TA_CENTER
        ),
        "cell-group": ParagraphStyle("CellGroup", base, fontName=bold, fontSize=9, leading=11),
        "bullet": ParagraphStyle(
            "Bullet",
            base,
            fontSize=9,
            bulletFontSize=9,
            leading=11,
            leftIndent=4 * mm,
            bulletIndent=0,
        ),
    }


def _text(value: str) -> str:
    return escape(value).replace("\n", "<br/>")


def _cell(value: str | tuple[str, ...], style: str = "cell") -> Any:
    styles = _styles()
    if isinstance(value, str):
        return PdfParagraph(_text(value), styles[style])
    return [PdfParagraph(_text(line), styles["bullet"], bulletText="•") for line in value]


def _table(block: Table, width: float) -> LongTable:
    data: list[list[Any]] = [[_cell(c, "cell-heading") for c in block.columns]]
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        # The font of plain-text cells (the blanks of a spanned row): Helvetica otherwise.
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E6E6E6")),
    ]
    blank = [""] * (len(block.columns) - 1)
    for row in block:
        if isinstance(row, SpanRow):
            number = len(data)
            commands.append(("SPAN", (0, number), (-1, number)))
            data.append([_cell(row.text, "cell-group"), *blank])
        else:
            data.append([_cell(value) for value in row])
    table = LongTable(data, colWidths=[width * share for share in block.widths], repeatRows=1)
    table.setStyle(TableStyle(commands))
    return table


def _header_block(paper: Paper, width: float) -> LongTable:
    style = _styles()["header"]
    left = [PdfParagraph(_text(line), style) for line in paper.header.issuer]
    right = [PdfParagraph(_text(line), style) for line in paper.header.right_lines()]
    table = LongTable([[left, right]], colWidths=[width * 0.6, width * 0.4])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("FONTNAME", (0, 0), (-1, -1), FONT),
            ]
        )
    )
    return table


def story(paper: Paper, width: float) -> list[Flowable]:
    styles = _styles()
    flowables: list[Flowable] = [_header_block(paper, width), Spacer(1, 8 * mm)]
    flowables.append(PdfParagraph(_text(paper.title.upper()), styles["title"]))
    flowables += [PdfParagraph(_text(line), styles["subtitle"]) for line in paper.subtitle]
    flowables.append(Spacer(1, 6 * mm))
    for block in paper.blocks:
        if isinstance(block, Heading):
            # A heading never ends a page: with less room than this left, it starts the next.
            # (keepWithNext would hold it to the whole table that follows, and move both.)
            flowables.append(CondPageBreak(HEADING_ROOM))
            flowables.append(PdfParagraph(_text(block.text), styles["heading"]))
        elif isinstance(block, Paragraph):
            style = styles["subtitle" if block.kind == "centred" else "normal"]
            flowables.append(PdfParagraph(_text(block.text), style))
        elif isinstance(block, NumberedItem):
            flowables.append(
                PdfParagraph(_text(block.text), styles["item"], bulletText=f"{block.number}.")
            )
            flowables += [PdfParagraph(_text(line), styles["detail"]) for line in block.details]
        elif isinstance(block, Bullets):
            flowables += [
                PdfParagraph(_text(line), styles["bullet"], bulletText="•") for line in block.items
            ]
        elif isinstance(block, Table):
            flowables.append(_table(block, width))
    return flowables


def _page_number(canvas: Any, document: Any) -> None:
    canvas.saveState()
    canvas.setFont(FONT, 9)
    canvas.drawCentredString(document.pagesize[0] / 2, 12 * mm, str(canvas.getPageNumber()))
    canvas.restoreState()


def write_pdf(paper: Paper, settings: PaperSettings, out: IO[bytes]) -> None:
    """Write ``paper`` as PDF to the binary stream ``out``; the same paper gives the same bytes."""
    _register_fonts()
    size = page_size(settings.size, paper.landscape)
    margin = size.margin_mm * mm
    document = SimpleDocTemplate(
        out,
        pagesize=(size.width_mm * mm, size.height_mm * mm),
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin,
        title=paper.title,
        author="",
        creator="Chairdesk",
        lang=paper.language,
        invariant=1,
        # Otherwise every page names Helvetica, a font that is not embedded.
        initialFontName=FONT,
    )
    document.build(
        story(paper, size.text_width_mm * mm), onFirstPage=_page_number, onLaterPages=_page_number
    )
