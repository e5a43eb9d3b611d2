"""Titles in the four OAS languages: one original, translations added, kept or removed."""

from __future__ import annotations

import pytest

from app.models import Meeting
from app.services import meeting_rows, meetings
from app.services.errors import ValidationError
from app.store import Workspace
from tests.services.conftest import MakeMeeting


def titles(workspace: Workspace, meeting_id: int) -> dict[str, str | None]:
    with workspace.reading() as session:
        meeting = session.get(Meeting, meeting_id)
        return {code: getattr(meeting, f"title_{code}") for code in ("en", "es", "fr", "pt")}


def test_translations_are_kept_unless_given_again(workspace, make_meeting: MakeMeeting) -> None:
    meeting_id = make_meeting(
        title="Primera reunión",
        title_language="es",
        translations={"en": "First meeting", "fr": "Première réunion"},
    )
    with workspace.writing() as session:
        meetings.update_meeting(session, meeting_id, {"translations": {"pt": "Primeira reunião"}})
    assert titles(workspace, meeting_id) == {
        "en": "First meeting",
        "es": "Primera reunión",
        "fr": "Première réunion",
        "pt": "Primeira reunião",
    }
    with workspace.writing() as session:
        meetings.update_meeting(session, meeting_id, {"translations": {"fr": ""}})
    assert titles(workspace, meeting_id)["fr"] is None
    with workspace.reading() as session:
        rows = meeting_rows.list_meetings(session, language="fr")
    assert rows[0].title == "Primera reunión"


def test_a_translation_never_overwrites_the_original(workspace, make_meeting) -> None:
    meeting_id = make_meeting(title="First meeting", translations={"en": "Ignored"})
    assert titles(workspace, meeting_id)["en"] == "First meeting"


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"title": "X", "translations": {"de": "Erste Sitzung"}}, "title"),
        ({"title": "X", "title_language": "it"}, "original_language"),
        ({"title": "X", "translations": {"es": "x" * 501}}, "title"),
    ],
    ids=["unknown-translation", "unknown-original", "too-long"],
)
def test_languages_outside_the_four_are_refused(
    workspace: Workspace, make_meeting: MakeMeeting, values: dict, field: str
) -> None:
    meeting_id = make_meeting(title="First meeting")
    with pytest.raises(ValidationError) as error, workspace.writing() as session:
        meetings.update_meeting(session, meeting_id, values)
    assert error.value.field == field
    assert titles(workspace, meeting_id) == {
        "en": "First meeting",
        "es": None,
        "fr": None,
        "pt": None,
    }
