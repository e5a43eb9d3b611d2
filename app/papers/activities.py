"""The calendar of activities and meetings, laid out as the seed work plan's section IV.

DATE | TOPIC, a row per month across the table, then each meeting's day and its topics
(the agenda items) as bullet lines.
"""

from __future__ import annotations

from datetime import date
from itertools import groupby

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.models import DocumentKind, Meeting, MeetingStatus
from app.papers import labels
from app.papers.common import Texts, check_language, header_block, month_heading, registered_symbol
from app.papers.content import Paper, Paragraph, Row, SpanRow, Table
from app.services.working_group import get_working_group


def calendar_paper(
    session: Session,
    language: str,
    *,
    start: date | None = None,
    end: date | None = None,
    issued: date | None = None,
) -> Paper:
    """All meetings that are not cancelled, or those from ``start`` to ``end`` inclusive."""
    check_language(language)
    query = (
        select(Meeting)
        .where(Meeting.status != MeetingStatus.CANCELLED)
        .options(selectinload(Meeting.agenda_items))
        .order_by(Meeting.date, Meeting.start_time, Meeting.id)
    )
    if start is not None:
        query = query.where(Meeting.date >= start)
    if end is not None:
        query = query.where(Meeting.date <= end)
    meetings = session.scalars(query).all()
    texts = Texts(language)
    group = get_working_group(session)
    paper = Paper(
        kind="calendar",
        language=language,
        header=header_block(
            session,
            language,
            registered_symbol(session, DocumentKind.WORK_PLAN),
            issued or date.today(),
        ),
        title=labels.label(language, labels.CALENDAR),
        subtitle=(group.name,) if group else (),
    )
    rows: list[Row] = []
    for (year, month), in_month in groupby(meetings, key=lambda m: (m.date.year, m.date.month)):
        rows.append(SpanRow(month_heading(year, month, language)))
        for meeting in in_month:
            topics = tuple(
                texts.pick(item, "title", f"agenda item {item.position} of {meeting.date}")
                for item in meeting.agenda_items
            ) or (texts.pick(meeting, "title", f"meeting of {meeting.date}"),)
            rows.append((str(meeting.date.day), topics))
    if rows:
        columns = (labels.label(language, labels.DATE), labels.label(language, labels.TOPIC))
        paper.blocks.append(Table(tuple(c.upper() for c in columns), (0.18, 0.82), rows))
    else:
        paper.blocks.append(Paragraph(labels.label(language, labels.NO_MEETINGS)))
    paper.missing = texts.missing
    return paper
