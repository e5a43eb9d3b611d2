"""Which revision a meeting considered, agenda links of a document, work-plan order."""

from __future__ import annotations

from datetime import date, time

from sqlalchemy import select

from app.models import Document, Mandate, RevisionFile
from app.services import agenda, document_rows, documents, mandates, meetings
from app.store import Workspace


def _document_id(workspace: Workspace, symbol: str) -> int:
    with workspace.reading() as session:
        return session.scalar(select(Document.id).where(Document.base_symbol == symbol))


def test_unpinned_link_shows_as_the_revision_current_at_the_meeting(
    demo_workspace: Workspace,
) -> None:
    # The demo's 15 September item considers the draft work plan without naming a
    # revision; rev. 1 was circulated on 13 September, so that is what was considered.
    work_plan = _document_id(demo_workspace, "GT/MISPA-III/doc.1/11")
    with demo_workspace.reading() as session:
        history = document_rows.revision_history(session, work_plan)
    considered = {row.symbol: row.considered_at for row in history}
    assert considered["GT/MISPA-III/doc.1/11 rev. 1"] == ("15 Sep 2011, item 2",)
    assert considered["GT/MISPA-III/doc.1/11"] == ()


def test_a_link_before_any_dated_revision_shows_on_the_latest(workspace: Workspace) -> None:
    with workspace.writing() as session:
        doc = documents.create_document(session, base_symbol="CP/doc.1/11", title="Report")
        documents.add_revision(session, doc.id, circulated_on=date(2011, 10, 1))
        latest = documents.add_revision(session, doc.id, circulated_on=None)
        meeting = meetings.create_meeting(
            session,
            date=date(2011, 9, 1),
            start_time=time(10),
            end_time=time(12),
            timezone="America/New_York",
        )
        item = agenda.add_item(session, meeting.id, title="Consideration of the report")
        agenda.link_document(session, item.id, doc.id)
        doc_id, item_id, latest_id = doc.id, item.id, latest.id
    with workspace.reading() as session:
        history = {
            row.id: row.considered_at for row in document_rows.revision_history(session, doc_id)
        }
        links = documents.agenda_links(session, doc_id)
    assert history[latest_id] == ("01 Sep 2011, item 1",)
    assert links == [(item_id, None)]


def test_detaching_a_file_removes_only_that_language(workspace: Workspace) -> None:
    with workspace.writing() as session:
        doc = documents.create_document(session, base_symbol="CP/doc.2/11", title="Draft")
        revision = documents.add_revision(session, doc.id)
        english = documents.attach_file(
            session, revision.id, language="en", file_name="d.txt", content=b"en"
        )
        documents.attach_file(
            session, revision.id, language="es", file_name="d_s.txt", content=b"es"
        )
        english_id = english.id
    with workspace.writing() as session:
        documents.detach_file(session, english_id)
    with workspace.reading() as session:
        left = session.scalars(select(RevisionFile.language)).all()
    assert left == ["es"]


def _plan(workspace: Workspace) -> list[tuple[int, str]]:
    with workspace.reading() as session:
        return [
            (m.position, m.resolution)
            for m in session.scalars(select(Mandate).order_by(Mandate.position))
        ]


def test_a_mandate_goes_back_to_its_place_and_deleting_closes_the_gap(
    workspace: Workspace,
) -> None:
    with workspace.writing() as session:
        for name in ("A", "B", "C"):
            mandates.add_mandate(session, resolution=name, text=f"Mandate {name}")
    with workspace.writing() as session:
        b = session.scalar(select(Mandate.id).where(Mandate.resolution == "B"))
        mandates.delete_mandate(session, b)
    assert _plan(workspace) == [(1, "A"), (2, "C")]
    with workspace.writing() as session:
        mandates.add_mandate(session, resolution="B", text="Mandate B", position=2)
    assert _plan(workspace) == [(1, "A"), (2, "B"), (3, "C")]
