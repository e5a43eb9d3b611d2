"""A write attempt with a short wait gives up quickly while another writer holds the
workspace, with an error the window recognises as "busy" (on both engines): the window
makes such attempts and says it is waiting in between (``app.ui.common.busy_wait``)."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import text

from app.services import meetings
from app.services.session import is_busy
from app.store import Workspace
from tests.services.conftest import MakeMeeting


def test_a_short_wait_gives_up_quickly_while_another_writer_holds_the_row(
    workspace: Workspace, make_meeting: MakeMeeting
) -> None:
    meeting_id = make_meeting(room="Room A")
    with workspace.engine.connect() as holder:  # another writer, mid-import
        holder.execute(
            text("UPDATE meetings SET room = 'Hall B' WHERE id = :id"), {"id": meeting_id}
        )
        started = time.monotonic()
        with pytest.raises(Exception) as refused, workspace.writing(wait_ms=200) as session:
            meetings.update_meeting(session, meeting_id, {"notes": "mine"})
        waited = time.monotonic() - started
        holder.rollback()
    assert is_busy(refused.value)
    assert 0.15 < waited < 2.0
    with workspace.writing(wait_ms=200) as session:  # free again: the same write goes through
        meetings.update_meeting(session, meeting_id, {"notes": "mine"})
    with workspace.reading() as session:
        assert meetings.read_meeting_values(session, meeting_id)["notes"] == "mine"
