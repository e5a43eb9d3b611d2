"""The invitation e-mail in each official language, and a cancellation's wording."""

from __future__ import annotations

import email
from datetime import date, time
from email.policy import default

import pytest

from app.exchange.ics_export import CalendarEntry
from app.exchange.invitation_mail import Envelope, invitation_message, when_text
from app.models import MeetingFormat, MeetingStatus
from app.models.base import utcnow

ENTRY = CalendarEntry(
    id=1,
    uid="u@chairdesk",
    sequence=0,
    title="Fourth meeting of the Working Group",
    date=date(2011, 10, 13),
    start_time=time(10, 0),
    end_time=time(13, 0),
    timezone="America/New_York",
    room="Padilha Vidal Room",
    venue="OAS",
    format=MeetingFormat.IN_PERSON,
    status=MeetingStatus.CONFIRMED,
    created_at=utcnow(),
    updated_at=utcnow(),
    agenda=("Consideration of the Draft Agenda", "Other business"),
)


def parsed(language: str, method: str = "REQUEST", update: bool = False):
    envelope = Envelope(
        "Secretariat", "sec@oas.example", (("Délégation", "d@m.example"),), "Délégation", language
    )
    message = invitation_message(
        envelope,
        ENTRY,
        method=method,
        update=update,
        group_name="MISPA III Working Group",
        short_name="",
        calendar=b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n",
    )
    return email.message_from_bytes(message.as_bytes(), policy=default)


@pytest.mark.parametrize(
    ("language", "subject", "words"),
    [
        ("en", "Invitation:", "October 13, 2011"),
        ("es", "Invitación:", "13 de octubre de 2011"),
        ("fr", "Invitation :", "13 octobre 2011"),
        ("pt", "Convite:", "13 de outubro de 2011"),
    ],
)
def test_each_language_has_its_subject_date_and_agenda(language, subject, words) -> None:
    message = parsed(language)
    assert str(message["Subject"]).strip().startswith(subject)
    text, html, calendar = message.get_payload()
    assert words in text.get_content()
    assert "Consideration of the Draft Agenda" in text.get_content()
    assert "<ol><li>Consideration of the Draft Agenda</li>" in html.get_content()
    assert calendar.get_content_type() == "text/calendar"
    assert calendar.get_param("method") == "REQUEST"


def test_a_cancellation_says_so_and_asks_for_no_reply() -> None:
    message = parsed("en", method="CANCEL")
    assert str(message["Subject"]).strip().startswith("Cancelled:")
    text = message.get_payload()[0].get_content()
    assert "has been cancelled" in text and "Accept or Decline" not in text
    assert message.get_payload()[2].get_param("method") == "CANCEL"


def test_an_update_says_the_meeting_changed() -> None:
    message = parsed("es", update=True)
    assert str(message["Subject"]).strip().startswith("Invitación actualizada:")


def test_when_of_an_all_day_meeting_has_no_times() -> None:
    from dataclasses import fields, replace

    if "all_day" not in {f.name for f in fields(CalendarEntry)}:
        pytest.skip("all-day meetings are not on this branch yet")
    entry = replace(ENTRY, all_day=True, end_date=date(2011, 10, 14))
    assert when_text(entry, "en") == "October 13, 2011 – October 14, 2011"
