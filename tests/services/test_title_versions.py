"""A title in four languages: lists give it in the reader's language or mark the original;
the side-by-side editor reads and saves the four versions; a search finds any of them."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from app.models import AgendaItem, Document, Mandate, Meeting
from app.services import (
    agenda,
    agenda_rows,
    document_rows,
    documents,
    mandates,
    meeting_rows,
)
from app.services.errors import ConflictError, NotFoundError, ValidationError
from app.services.title_versions import get_title_versions, set_title_versions, title_matches
from app.store import Workspace
from tests.services.conftest import MakeMeeting


@pytest.fixture
def ids(workspace: Workspace, make_meeting: MakeMeeting) -> dict[str, int]:
    meeting_id = make_meeting(
        date(2011, 9, 15),
        title="First meeting of the Working Group",
        translations={"es": "Primera reunión del Grupo de Trabajo"},
    )
    with workspace.writing() as session:
        item = agenda.add_item(session, meeting_id, title="Consideration of the Draft Agenda")
        document = documents.create_document(
            session,
            base_symbol="GT/MISPA-III/doc.2/11",
            title="Proyecto de orden del día",
            title_language="es",
        )
        mandate = mandates.add_mandate(
            session, resolution="AG/RES. 2629 (XLI-O/11)", text="Support the working group."
        )
        return {
            "meeting": meeting_id,
            "agenda_item": item.id,
            "document": document.id,
            "mandate": mandate.id,
        }


def test_lists_give_the_version_asked_for_and_say_when_it_is_the_original(workspace, ids):
    with workspace.reading() as session:
        meeting = meeting_rows.list_meetings(session, language="es")[0]
        item = agenda_rows.list_items(session, ids["meeting"], language="es")[0]
        document = document_rows.list_documents(session, language="en")[0]
        mandate = mandates.list_mandates(session, language="fr")[0]
    assert (meeting.title, meeting.title_language) == ("Primera reunión del Grupo de Trabajo", "es")
    assert (item.title, item.title_language) == ("Consideration of the Draft Agenda", "en")
    assert (document.title, document.title_language) == ("Proyecto de orden del día", "es")
    assert (mandate.text, mandate.text_language) == ("Support the working group.", "en")
    assert meeting.title_versions == (
        "First meeting of the Working Group",
        "Primera reunión del Grupo de Trabajo",
    )


def test_the_four_versions_are_read_and_saved_together(workspace, ids):
    for kind, row_id in ids.items():
        with workspace.writing() as session:
            before = get_title_versions(session, kind, row_id)
            versions = dict(before.versions)
            versions.update(fr=f"Version française {kind}", pt=f"Versão portuguesa {kind}")
            returned = set_title_versions(session, kind, row_id, before.original_language, versions)
        assert returned == before
        with workspace.reading() as session:
            after = get_title_versions(session, kind, row_id)
        assert after.versions["fr"] == f"Version française {kind}"
        assert after.versions["pt"] == f"Versão portuguesa {kind}"
        assert after.original_language == before.original_language


def test_an_emptied_version_is_removed_and_the_original_can_change(workspace, ids):
    with workspace.writing() as session:
        set_title_versions(
            session,
            "meeting",
            ids["meeting"],
            "es",
            {"en": "", "es": "Primera reunión del Grupo de Trabajo"},
        )
    with workspace.reading() as session:
        versions = get_title_versions(session, "meeting", ids["meeting"])
        row = meeting_rows.list_meetings(session, language="en")[0]
    assert versions.original_language == "es"
    assert versions.missing() == ("en", "fr", "pt")
    assert (row.title, row.title_language) == ("Primera reunión del Grupo de Trabajo", "es")


def test_the_original_cannot_be_left_empty_and_nothing_is_written(workspace, ids):
    with pytest.raises(ValidationError, match="original language"), workspace.writing() as s:
        set_title_versions(s, "agenda_item", ids["agenda_item"], "fr", {"en": "Agenda"})
    with workspace.reading() as session:
        assert get_title_versions(session, "agenda_item", ids["agenda_item"]).versions["en"] == (
            "Consideration of the Draft Agenda"
        )


def test_a_row_changed_since_it_was_read_is_not_overwritten(workspace, ids):
    with workspace.reading() as session:
        read = get_title_versions(session, "document", ids["document"])
    with workspace.writing() as session:
        set_title_versions(session, "document", ids["document"], "es", {"es": "Otro título"})
    with pytest.raises(ConflictError), workspace.writing() as session:
        set_title_versions(
            session,
            "document",
            ids["document"],
            "es",
            {"es": "Mi título"},
            expected_version=read.row_version,
        )


def test_unknown_kinds_and_rows_are_refused(workspace, ids):
    with workspace.reading() as session:
        with pytest.raises(ValidationError):
            get_title_versions(session, "invitee", 1)
        with pytest.raises(NotFoundError):
            get_title_versions(session, "mandate", 999)


@pytest.mark.parametrize(
    ("model", "name", "text"),
    [
        (Meeting, "title", "PRIMERA reunión"),
        (Meeting, "title", "first meeting"),
        (Document, "title", "orden del día"),
        (AgendaItem, "title", "draft agenda"),
        (Mandate, "text", "working group"),
    ],
)
def test_a_search_finds_a_title_in_any_of_its_languages(workspace, ids, model, name, text):
    with workspace.reading() as session:
        found = session.scalars(select(model.id).where(title_matches(model, text, name))).all()
    assert len(found) == 1


def test_a_search_treats_percent_and_underscore_as_text(workspace, ids):
    with workspace.reading() as session:
        found = session.scalars(select(Meeting.id).where(title_matches(Meeting, "%"))).all()
    assert found == []


def test_rows_match_a_search_in_any_language_whatever_the_case(workspace, ids):
    from app.services.title_versions import matches_any_version

    with workspace.reading() as session:
        row = meeting_rows.list_meetings(session, language="en")[0]
    assert matches_any_version(row.title_versions, "PRIMERA REUNIÓN")
    assert matches_any_version(row.title_versions, "first MEETING")
    assert not matches_any_version(row.title_versions, "segunda")
