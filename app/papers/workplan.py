"""The work plan table, as the seed's section III: RESOLUTION | MANDATE | AREA RESPONSIBLE."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import DocumentKind, Mandate
from app.papers import labels
from app.papers.common import Texts, check_language, group_name, header_block, registered_symbol
from app.papers.content import Paper, Paragraph, Row, Table
from app.services.mandates import mandate_text


def workplan_paper(session: Session, language: str, *, issued: date | None = None) -> Paper:
    """One row per mandate; the resolution is written once, on the first row of its mandates.
    The resolution title and area responsible print in ``language``, else the original
    marked as such and listed on ``missing`` with the mandate texts."""
    check_language(language)
    mandates = session.scalars(select(Mandate).order_by(Mandate.position, Mandate.id)).all()
    texts = Texts(language)
    header = header_block(
        session, texts, registered_symbol(session, DocumentKind.WORK_PLAN), issued or date.today()
    )
    name = group_name(session, texts)
    paper = Paper(
        kind="workplan",
        language=language,
        header=header,
        title=labels.label(language, labels.WORK_PLAN),
        subtitle=(name,) if name else (),
        landscape=True,
    )
    rows: list[Row] = []
    previous = None
    for number, mandate in enumerate(mandates, start=1):
        resolution = ""
        if mandate.resolution != previous:
            title = texts.version(
                mandate_text(mandate, "resolution_title", language),
                f"resolution title of {mandate.resolution}",
            )
            resolution = "\n".join(part for part in (mandate.resolution, title.upper()) if part)
            previous = mandate.resolution
        what = f"mandate {number} ({mandate.resolution})"
        text = texts.pick(mandate, "text", what)
        area = texts.version(
            mandate_text(mandate, "area_responsible", language), f"area responsible of {what}"
        )
        rows.append((resolution, (text,), area))
    if rows:
        columns = (labels.RESOLUTION, labels.MANDATE, labels.AREA_RESPONSIBLE)
        paper.blocks.append(
            Table(
                tuple(labels.label(language, c).upper() for c in columns),
                (0.25, 0.5, 0.25),
                rows,
            )
        )
    else:
        paper.blocks.append(Paragraph(labels.label(language, labels.NO_MANDATES)))
    paper.missing = texts.missing
    return paper
