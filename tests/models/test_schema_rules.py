"""The schema itself keeps the data sound, even for writes that bypass the services
(an import script, a future bug): constraints, ON DELETE rules, version counters."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest
from sqlalchemy import inspect, select, text
from sqlalchemy.exc import IntegrityError, StatementError

from app.models import (
    AgendaItem,
    Contact,
    Document,
    InviteeList,
    ItemDocument,
    ListEntry,
    Meeting,
    Revision,
    RevisionFile,
    WorkingGroup,
    localized_value,
)
from app.store import Workspace


def meeting(**values: object) -> Meeting:
    defaults: dict[str, object] = {
        "date": date(2011, 9, 15),
        "start_time": time(10),
        "end_time": time(13),
        "timezone": "America/New_York",
        "uid": "m1@chairdesk",
        "title_en": "First meeting",
    }
    return Meeting(**{**defaults, **values})


def refused(workspace: Workspace, *rows: object, sql: str | None = None) -> str:
    """Write ``rows`` (or run ``sql``) in one transaction; return the database's refusal."""
    with pytest.raises(IntegrityError) as error, workspace.writing() as session:
        session.add_all(rows)
        session.flush()
        if sql:
            session.execute(text(sql))
    return str(error.value.orig)


def test_a_meeting_must_end_after_it_starts(workspace: Workspace) -> None:
    assert "end_after_start" in refused(workspace, meeting(end_time=time(9)))


def test_meeting_uids_are_unique(workspace: Workspace) -> None:
    assert "UNIQUE" in refused(workspace, meeting(), meeting(date=date(2011, 9, 22)))


def test_the_title_in_the_original_language_is_required(workspace: Workspace) -> None:
    message = refused(workspace, meeting(title_en=None, title_es="Primera reunión"))
    assert "title_in_original_language" in message
    with workspace.writing() as session:
        session.add(meeting(original_language="es", title_en=None, title_es="Primera reunión"))


def test_values_outside_the_vocabulary_are_refused_by_the_database(workspace: Workspace) -> None:
    with workspace.writing() as session:
        session.add(meeting())
    message = refused(workspace, sql="UPDATE meetings SET status = 'rescheduled'")
    assert "CHECK" in message


def test_a_contact_is_on_a_list_once(workspace: Workspace) -> None:
    with workspace.writing() as session:
        contact, invitee_list = Contact(name="Delegation of Chile"), InviteeList(name="MISPA III")
        session.add_all([contact, invitee_list])
        session.flush()
        ids = contact.id, invitee_list.id
    entries = [ListEntry(contact_id=ids[0], list_id=ids[1]) for _ in range(2)]
    assert "UNIQUE" in refused(workspace, *entries)


def test_a_revision_number_is_used_once_per_document(workspace: Workspace) -> None:
    with workspace.writing() as session:
        document = Document(base_symbol="MISPA/doc.7/08", title_en="Commitment")
        session.add(document)
        session.flush()
        document_id = document.id
    revisions = [Revision(document_id=document_id, revision=4) for _ in range(2)]
    assert "UNIQUE" in refused(workspace, *revisions)


def test_a_file_hash_must_be_a_sha256(workspace: Workspace) -> None:
    with workspace.writing() as session:
        document = Document(base_symbol="X/doc.1", title_en="X")
        session.add(document)
        session.flush()
        revision = Revision(document_id=document.id)
        session.add(revision)
        session.flush()
        revision_id = revision.id
    file = RevisionFile(
        revision_id=revision_id,
        language="en",
        file_name="x.txt",
        media_type="text/plain",
        size=1,
        sha256="abc",
        content=b"x",
    )
    assert "sha256_hex" in refused(workspace, file)


@pytest.fixture
def linked(workspace: Workspace) -> dict[str, int]:
    """A meeting with an item (and its deferred copy) that considers rev. 1 of a document."""
    with workspace.writing() as session:
        group = WorkingGroup(name="MISPA III Working Group")
        session.add(group)
        session.flush()
        first = meeting(working_group_id=group.id)
        second = meeting(uid="m2@chairdesk", date=date(2011, 9, 22))
        document = Document(base_symbol="GT/MISPA-III/doc.1/11", title_en="Work Plan")
        session.add_all([first, second, document])
        session.flush()
        revision = Revision(document_id=document.id, revision=1)
        item = AgendaItem(meeting_id=first.id, position=1, title_en="Work plan")
        session.add_all([revision, item])
        session.flush()
        copy = AgendaItem(
            meeting_id=second.id, position=1, title_en="Work plan", deferred_from_id=item.id
        )
        link = ItemDocument(agenda_item_id=item.id, document_id=document.id)
        link.revision_id = revision.id
        session.add_all([copy, link])
        session.flush()
        return {
            "group": group.id,
            "meeting": first.id,
            "document": document.id,
            "revision": revision.id,
            "item": item.id,
            "copy": copy.id,
            "link": link.id,
        }


def run(workspace: Workspace, sql: str) -> None:
    with workspace.writing() as session:
        session.execute(text(sql))


def test_deleting_a_meeting_deletes_its_items_and_their_links(workspace, linked) -> None:
    run(workspace, f"DELETE FROM meetings WHERE id = {linked['meeting']}")
    with workspace.reading() as session:
        assert session.get(AgendaItem, linked["item"]) is None
        assert session.get(ItemDocument, linked["link"]) is None
        # The deferred copy stays on the later agenda, no longer pointing back.
        assert session.get(AgendaItem, linked["copy"]).deferred_from_id is None
        assert session.get(Document, linked["document"]) is not None


def test_deleting_a_revision_keeps_the_link_to_the_document(workspace, linked) -> None:
    run(workspace, f"DELETE FROM revisions WHERE id = {linked['revision']}")
    with workspace.reading() as session:
        link = session.get(ItemDocument, linked["link"])
        assert (link.document_id, link.revision_id) == (linked["document"], None)


def test_deleting_a_document_removes_it_from_agendas(workspace, linked) -> None:
    run(workspace, f"DELETE FROM documents WHERE id = {linked['document']}")
    with workspace.reading() as session:
        assert session.get(ItemDocument, linked["link"]) is None
        assert session.get(Revision, linked["revision"]) is None
        assert session.get(AgendaItem, linked["item"]) is not None


def test_deleting_the_working_group_keeps_its_meetings(workspace, linked) -> None:
    run(workspace, f"DELETE FROM working_groups WHERE id = {linked['group']}")
    with workspace.reading() as session:
        assert session.get(Meeting, linked["meeting"]).working_group_id is None


def test_every_edit_raises_the_version_counter(workspace: Workspace) -> None:
    with workspace.writing() as session:
        row = meeting()
        session.add(row)
        session.flush()
        meeting_id = row.id
    for note in ("one", "two"):
        with workspace.writing() as session:
            session.get(Meeting, meeting_id).notes = note
    with workspace.reading() as session:
        assert session.get(Meeting, meeting_id).version == 3


def test_file_contents_load_only_when_asked(workspace: Workspace) -> None:
    with workspace.writing() as session:
        document = Document(base_symbol="X/doc.1", title_en="X")
        session.add(document)
        session.flush()
        revision = Revision(document_id=document.id)
        session.add(revision)
        session.flush()
        session.add(
            RevisionFile(
                revision_id=revision.id,
                language="en",
                file_name="x.txt",
                media_type="text/plain",
                size=3,
                sha256="0" * 64,
                content=b"abc",
            )
        )
    with workspace.reading() as session:
        file = session.scalar(select(RevisionFile))
        assert "content" in inspect(file).unloaded
        assert file.content == b"abc"


def test_timestamps_are_stored_in_utc_and_read_back_aware(workspace: Workspace) -> None:
    from zoneinfo import ZoneInfo

    local = datetime(2011, 9, 15, 10, 0, tzinfo=ZoneInfo("America/New_York"))
    with workspace.writing() as session:
        row = meeting(created_at=local)
        session.add(row)
        session.flush()
        meeting_id = row.id
    with workspace.reading() as session:
        stored = session.get(Meeting, meeting_id).created_at
        raw = session.execute(text("SELECT created_at FROM meetings")).scalar()
    assert stored == datetime(2011, 9, 15, 14, 0, tzinfo=UTC)
    assert stored.tzinfo is not None
    assert raw.startswith("2011-09-15 14:00")
    with pytest.raises(StatementError, match="timezone-aware"), workspace.writing() as session:
        session.add(meeting(uid="naive", created_at=datetime(2011, 9, 15, 10)))
        session.flush()


def test_localized_value_falls_back_to_the_original() -> None:
    row = Document(original_language="es", title_es="Consenso de Santo Domingo", title_en="")
    assert localized_value(row, "title", "en") == "Consenso de Santo Domingo"
    assert localized_value(row, "title", "fr") == "Consenso de Santo Domingo"
    assert localized_value(row, "title") == "Consenso de Santo Domingo"
    row.title_en = "Consensus of Santo Domingo"
    assert localized_value(row, "title", "en") == "Consensus of Santo Domingo"
    assert row.title == "Consenso de Santo Domingo"
