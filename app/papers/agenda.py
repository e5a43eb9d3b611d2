"""The draft agenda (order of business) of a meeting, plain or annotated."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from app.models import Meeting
from app.papers import labels
from app.papers.common import Texts, check_language, date_span, header_block, long_date
from app.papers.considered import considered_documents
from app.papers.content import NumberedItem, Paper, Paragraph
from app.services import validate


def _place(meeting: Meeting) -> str:
    return ", ".join(part for part in (meeting.room, meeting.venue) if part)


def _when(meeting: Meeting, language: str) -> str:
    """ "15 September 2011, 10:00–13:00"; an all-day meeting's day(s) only: "17–18 November 2011"
    (its stored 00:00–23:59 are no times of its own)."""
    if meeting.all_day:
        return date_span(meeting.date, meeting.end_date, language)
    return (
        f"{long_date(meeting.date, language)}, {meeting.start_time:%H:%M}–{meeting.end_time:%H:%M}"
    )


def agenda_paper(
    session: Session, meeting_id: int, language: str, *, annotated: bool = False
) -> Paper:
    """Numbered items with planned times or durations and the documents each considers
    by full symbol; the annotated form adds each item's notes."""
    check_language(language)
    meeting = validate.get(session, Meeting, meeting_id, "meeting")
    texts = Texts(language)
    title = labels.ANNOTATED_AGENDA if annotated else labels.DRAFT_AGENDA
    meeting_title = texts.pick(meeting, "title", "meeting title")
    when = _when(meeting, language)
    subtitle = tuple(line for line in (meeting_title, when, _place(meeting)) if line)
    paper = Paper(
        kind="annotated-agenda" if annotated else "agenda",
        language=language,
        header=header_block(session, texts, "", meeting.date, str(meeting.original_language)),
        title=labels.label(language, title),
        subtitle=subtitle,
    )
    symbols: dict[int, list[str]] = {}
    for link in considered_documents(session, meeting):
        symbols.setdefault(link.item_id, []).append(link.symbol)
    # An all-day meeting has no clock to count from: its items show their durations.
    clock: datetime | None = (
        None if meeting.all_day else datetime.combine(meeting.date, meeting.start_time)
    )
    for item in meeting.agenda_items:
        details = []
        if item.planned_start is not None and not meeting.all_day:
            clock = datetime.combine(meeting.date, item.planned_start)
        end = (
            clock + timedelta(minutes=item.duration_minutes)
            if clock and item.duration_minutes
            else None
        )
        if clock is not None:
            details.append(f"{clock:%H:%M}–{end:%H:%M}" if end else f"{clock:%H:%M}")
        elif item.duration_minutes:
            details.append(labels.label(language, labels.DURATION, str(item.duration_minutes)))
        # Without a duration the next item's time cannot be known.
        clock = end
        if item.id in symbols:
            details.append(labels.label(language, labels.DOCUMENTS, "; ".join(symbols[item.id])))
        if annotated and item.notes:
            details.append(labels.label(language, labels.NOTES, item.notes))
        title_text = texts.pick(item, "title", f"agenda item {item.position}")
        paper.blocks.append(NumberedItem(item.position, title_text, tuple(details)))
    if not meeting.agenda_items:
        paper.blocks.append(Paragraph(labels.label(language, labels.NO_ITEMS)))
    paper.missing = texts.missing
    return paper
