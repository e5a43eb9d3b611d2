"""The papers of a held meeting, from its record: the list of participants and the summary."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from app.models import Meeting
from app.papers import labels
from app.papers.common import Texts, check_language, header_block, long_date
from app.papers.content import Heading, Paper, Paragraph
from app.papers.invitees import Person, people_paper
from app.services import validate
from app.services.attendance import attendance_of_meeting
from app.services.summary import summary_of_meeting

#: The longest line of the summary that is read as a heading.
HEADING_LENGTH = 80


def is_heading(paragraph: str) -> bool:
    """A paragraph of one short line without closing punctuation ("Agenda items",
    "Follow-up actions", a heading of the chair's own): printed as a heading."""
    text = paragraph.strip()
    return (
        0 < len(text) <= HEADING_LENGTH
        and "\n" not in text
        and text[-1] not in ".:;!?,)"
        and not text[0].isdigit()
    )


def _meeting_lines(meeting: Meeting, texts: Texts, language: str) -> tuple[str, ...]:
    return (texts.pick(meeting, "title", "meeting title"), long_date(meeting.date, language))


def participants_paper(session: Session, meeting_id: int, language: str) -> Paper:
    """Who attended: each delegation present and who represented it that day, by category."""
    check_language(language)
    meeting = validate.get(session, Meeting, meeting_id, "meeting")
    texts = Texts(language)
    subtitle = _meeting_lines(meeting, texts, language)
    attendance = attendance_of_meeting(session, meeting_id, present_only=True)
    people: list[Person] = [
        (
            row.category,
            row.country,
            row.representative_name or row.contact_name,
            row.representative_title or row.contact_title,
            row.organization,
        )
        for row in attendance.rows
    ]
    paper = people_paper(
        session,
        people,
        language,
        kind="participants",
        title=labels.label(language, labels.PARTICIPANTS),
        subtitle=subtitle,
        symbol="",
        issued=meeting.date,
        texts=texts,
    )
    return paper


def summary_paper(
    session: Session, meeting_id: int, language: str, *, issued: date | None = None
) -> Paper:
    """The summary as the chair keeps it (or as the record gives it, if none is saved)."""
    check_language(language)
    meeting = validate.get(session, Meeting, meeting_id, "meeting")
    texts = Texts(language)
    summary = summary_of_meeting(session, meeting_id, language=language)
    paper = Paper(
        kind="summary",
        language=language,
        header=header_block(
            session, texts, "", issued or meeting.date, str(meeting.original_language)
        ),
        title=labels.label(language, labels.SUMMARY),
        subtitle=_meeting_lines(meeting, texts, language),
    )
    paper.blocks += [
        Heading(text, level=2) if is_heading(text) else Paragraph(text)
        for text in summary.paragraphs
    ]
    paper.missing = texts.missing
    return paper
