"""What the window's undo keeps of a row before deleting it: plain values, no ORM objects."""

from __future__ import annotations

from datetime import date

import pytest

from app.services import agenda, document_rows, documents, mandates, meetings
from app.services.errors import NotFoundError
from app.store import Workspace
from tests.services.conftest import MakeMeeting


def test_a_saved_item_holds_its_place_values_links_and_origin(
    workspace: Workspace, make_meeting: MakeMeeting
) -> None:
    first, second = make_meeting(date(2011, 9, 15)), make_meeting(date(2011, 9, 22))
    with workspace.writing() as session:
        agenda.add_item(session, second, title="Opening")
        earlier = agenda.add_item(session, first, title="Work plan").id
        document = documents.create_document(session, base_symbol="MISPA II/doc.1", title="Plan")
        revision = documents.add_revision(session, document.id).id
        item = agenda.add_item(session, second, title="Work plan", deferred_from_id=earlier).id
        agenda.link_document(session, item, document.id, revision)
    with workspace.reading() as session:
        saved = agenda.save_item(session, item)
        ids = agenda.item_ids(session, second)
        links = agenda.item_links(session, item)
    assert saved.position == 2
    assert saved.values["title"] == "Work plan"
    assert saved.links == links == {document.id: revision}
    assert saved.deferred_from_id == earlier
    assert len(ids) == 2 and ids[-1] == item


def test_a_saved_meeting_keeps_its_calendar_identity(
    workspace: Workspace, make_meeting: MakeMeeting
) -> None:
    meeting_id = make_meeting(date(2011, 9, 15), title="Fourth meeting")
    with workspace.reading() as session:
        saved = meetings.save_meeting(session, meeting_id)
        values = meetings.read_meeting_values(session, meeting_id)
    assert saved.uid and saved.sequence == 0
    assert saved.values == values and values["title"] == "Fourth meeting"


def test_mandate_and_document_reads_for_undo(
    workspace: Workspace, make_meeting: MakeMeeting
) -> None:
    meeting_id = make_meeting()
    with workspace.writing() as session:
        mandate = mandates.add_mandate(session, resolution="AG/RES. 2735", text="Report").id
        mandates.set_links(session, mandate, meeting_ids=[meeting_id])
        document = documents.create_document(session, base_symbol="MISPA II/doc.2", title="Plan")
        revision = documents.add_revision(session, document.id).id
        documents.attach_file(
            session, revision, language="en", file_name="plan.docx", content=b"plan"
        )
    with workspace.reading() as session:
        assert mandates.linked_meeting_ids(session, mandate) == [meeting_id]
        assert mandates.mandate_position(session, mandate) == 1
        assert mandates.read_mandate_values(session, mandate)["text"] == "Report"
        assert documents.read_document_values(session, document.id)["title"] == "Plan"
        assert [f.file_name for f in document_rows.revision_files(session, revision)] == [
            "plan.docx"
        ]


@pytest.mark.parametrize(
    "read",
    [
        agenda.save_item,
        agenda.read_item_values,
        meetings.save_meeting,
        mandates.linked_meeting_ids,
        documents.read_document_values,
        document_rows.revision_files,
    ],
)
def test_reading_a_row_deleted_meanwhile_says_so(workspace: Workspace, read) -> None:
    with workspace.reading() as session, pytest.raises(NotFoundError):
        read(session, 999)
