"""Undoing a delete brings a row back as calendars and agendas knew it."""

from __future__ import annotations

from datetime import time

from app.services import agenda_rows, meeting_rows
from app.ui.agenda.commands import DeferItem, DeleteItem
from app.ui.calendar.commands import DeleteMeetings, EditMeeting
from app.ui.common.row_refs import ITEM, MEETING, row_refs
from app.ui.common.undo import push


def _first_meeting(context):
    return context.read(meeting_rows.list_meetings)[0]


def test_a_meeting_brought_back_keeps_its_calendar_sequence(app_context):
    refs = row_refs(app_context)
    first = _first_meeting(app_context)
    push(
        app_context, EditMeeting(app_context, refs.ref(MEETING, first.id), {"start_time": time(9)})
    )
    assert _first_meeting(app_context).sequence == first.sequence + 1

    push(app_context, DeleteMeetings(app_context, [refs.ref(MEETING, first.id)]))
    app_context.undo_stack.undo()

    restored = _first_meeting(app_context)
    # Outlook already saw SEQUENCE n+1; a lower number would make it ignore later updates.
    assert (restored.uid, restored.sequence) == (first.uid, first.sequence + 1)


def test_a_deferred_item_brought_back_remembers_where_it_came_from(app_context):
    refs = row_refs(app_context)
    first = _first_meeting(app_context)
    original = app_context.read(lambda s: agenda_rows.list_items(s, first.id))[0]
    push(app_context, DeferItem(app_context, refs.ref(ITEM, original.id), original.title))
    second = app_context.read(meeting_rows.list_meetings)[1]
    deferred = app_context.read(lambda s: agenda_rows.list_items(s, second.id))[-1]
    assert deferred.deferred_from_id == original.id

    push(
        app_context,
        DeleteItem(
            app_context, refs.ref(ITEM, deferred.id), refs.ref(MEETING, second.id), deferred.title
        ),
    )
    app_context.undo_stack.undo()

    restored = app_context.read(lambda s: agenda_rows.list_items(s, second.id))[-1]
    assert (restored.title, restored.deferred_from_id) == (original.title, original.id)
