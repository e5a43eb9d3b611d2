"""The calendar of activities and meetings, laid out as the seed work plan's section IV.

DATE | TOPIC, a row per month across the table, then each meeting's day and its topics
(the agenda items) as bullet lines.
"""

from __future__ import annotations

from datetime import date
from itertools import groupby

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from app.models import DocumentKind, Meeting, MeetingStatus
from app.papers import labels
from app.papers.common import (
    Texts,
    check_language,
    day_span,
    group_name,
    header_block,
    long_date,
    month_heading,
    registered_symbol,
)
from app.papers.content import Paper, Paragraph, Row, SpanRow, Table
from app.services.errors import ValidationError


def calendar_paper(
    session: Session,
    language: str,
    *,
    start: date | None = None,
    end: date | None = None,
    issued: date | None = None,
) -> Paper:
    """All meetings that are not cancelled, or those from ``start`` to ``end`` inclusive.

    A meeting of several days is in the period when any of its days is; the paper says
    which period it covers under its title.
    """
    check_language(language)
    if start is not None and end is not None and start > end:
        raise ValidationError(
            "period", f"The period cannot start ({start}) after it ends ({end}): swap the dates."
        )
    query = (
        select(Meeting)
        .where(Meeting.status != MeetingStatus.CANCELLED)
        .options(selectinload(Meeting.agenda_items))
        .order_by(Meeting.date, Meeting.start_time, Meeting.id)
    )
    if start is not None:
        query = query.where(func.coalesce(Meeting.end_date, Meeting.date) >= start)
    if end is not None:
        query = query.where(Meeting.date <= end)
    meetings = session.scalars(query).all()
    # An open end of the period is where the meetings found begin or end.
    if meetings:
        start = start or meetings[0].date
        end = end or max(m.end_date or m.date for m in meetings)
    covered = period(language, start, end)
    texts = Texts(language)
    paper = Paper(
        kind="calendar",
        language=language,
        header=header_block(
            session,
            texts,
            registered_symbol(session, DocumentKind.WORK_PLAN),
            issued or date.today(),
        ),
        title=labels.label(language, labels.CALENDAR),
        subtitle=tuple(line for line in (group_name(session, texts), covered) if line),
    )
    rows: list[Row] = []
    for (year, month), in_month in groupby(meetings, key=lambda m: (m.date.year, m.date.month)):
        rows.append(SpanRow(month_heading(year, month, language)))
        for meeting in in_month:
            topics = tuple(
                texts.pick(item, "title", f"agenda item {item.position} of {meeting.date}")
                for item in meeting.agenda_items
            ) or (texts.pick(meeting, "title", f"meeting of {meeting.date}"),)
            rows.append((day_span(meeting.date, meeting.end_date, language), topics))
    if rows:
        columns = (labels.label(language, labels.DATE), labels.label(language, labels.TOPIC))
        paper.blocks.append(Table(tuple(c.upper() for c in columns), (0.18, 0.82), rows))
    else:
        paper.blocks.append(Paragraph(labels.label(language, labels.NO_MEETINGS)))
    paper.missing = texts.missing
    return paper


def period(language: str, start: date | None, end: date | None) -> str:
    """ "From 1 October 2011 to 30 November 2011", or one bound; "" with neither."""
    if start is not None and end is not None:
        return labels.label(
            language, labels.PERIOD, long_date(start, language), long_date(end, language)
        )
    if start is not None:
        return labels.label(language, labels.PERIOD_FROM, long_date(start, language))
    if end is not None:
        return labels.label(language, labels.PERIOD_UNTIL, long_date(end, language))
    return ""
