"""The meetings and agenda table models: Qt's model contract, labels, overlaps, dropping."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import QModelIndex, Qt

from app.models import ItemKind, ItemStatus, Language, MeetingFormat, MeetingStatus, Pillar
from app.services import meeting_rows, meetings
from app.services.agenda_rows import list_items
from app.ui.agenda.agenda_model import ITEM_ID_ROLE, AgendaModel
from app.ui.calendar.meetings_model import MeetingsModel
from app.ui.common import meeting_labels as labels
from app.ui.common.meetings import default_meeting_id
from tests.ui.page_support import column_texts, stored_meetings


def first_meeting_items(context):
    first = stored_meetings(context)[0]
    return first.id, context.read(lambda s: list_items(s, first.id))


@pytest.fixture
def meetings_model(app_context):
    model = MeetingsModel()
    rows = stored_meetings(app_context)
    model.set_rows(rows, meeting_rows.overlapping_ids(rows))
    return model


@pytest.fixture
def agenda_model(app_context):
    model = AgendaModel()
    model.set_rows(*first_meeting_items(app_context))
    return model


def test_meetings_model_keeps_the_qt_model_contract(qtmodeltester, meetings_model):
    qtmodeltester.check(meetings_model)
    meetings_model.sort(MeetingsModel.TITLE, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(meetings_model)


def test_agenda_model_keeps_the_qt_model_contract(qtmodeltester, agenda_model):
    qtmodeltester.check(agenda_model)


def test_meeting_rows_read_as_the_calendar_shows_them(meetings_model):
    cells = [meetings_model.index(0, c).data() for c in range(meetings_model.columnCount())]
    assert cells == [
        "1",
        "Thu 15 Sep 2011",
        "10:00–13:00 EDT",
        "First meeting of the Working Group",
        "Padilha Vidal Room, General Secretariat Building",
        "Held",
        "6",
    ]
    assert meetings_model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) is None
    assert "America/New_York" in meetings_model.index(0, MeetingsModel.TIME).data(
        Qt.ItemDataRole.ToolTipRole
    )


def test_sorting_by_a_column_reorders_the_meetings(meetings_model):
    meetings_model.sort(MeetingsModel.NUMBER, Qt.SortOrder.DescendingOrder)
    numbers = column_texts(meetings_model, MeetingsModel.NUMBER)
    assert numbers == ["", "5", "4", "3", "2", "1"]  # MISPA III has no number


def test_every_stored_value_has_a_label():
    for enum, choices in (
        (MeetingStatus, labels.meeting_statuses()),
        (MeetingFormat, labels.meeting_formats()),
        (ItemKind, labels.item_kinds()),
        (ItemStatus, labels.item_statuses()),
        (Pillar, labels.pillars()),
        (Language, labels.languages()),
    ):
        assert set(choices) == {member.value for member in enum}, enum


def test_overlapping_meetings_are_flagged_with_whom_they_overlap(app_context):
    app_context.write(
        lambda s: meetings.create_meeting(
            s,
            title="Informal consultations",
            date=date(2011, 9, 15),
            start_time=time(12, 0),
            end_time=time(14, 0),
            timezone="America/New_York",
        ),
        {"meetings"},
    )
    rows = stored_meetings(app_context)
    model = MeetingsModel()
    model.set_rows(rows, meeting_rows.overlapping_ids(rows))
    flagged = {
        model.index(r, MeetingsModel.TITLE).data(): model.index(r, MeetingsModel.TITLE).data(
            Qt.ItemDataRole.ToolTipRole
        )
        for r in range(model.rowCount())
        if model.index(r, MeetingsModel.TITLE).data(Qt.ItemDataRole.DecorationRole) is not None
    }
    assert set(flagged) == {"First meeting of the Working Group", "Informal consultations"}
    assert flagged["Informal consultations"].startswith(
        "Overlaps with First meeting of the Working Group (Thu 15 Sep 2011, 10:00–13:00 EDT)"
    )


def test_a_cancelled_meeting_is_struck_out(app_context):
    rows = stored_meetings(app_context)
    app_context.write(lambda s: meetings.cancel_meeting(s, rows[-1].id), {"meetings"})
    model = MeetingsModel()
    model.set_rows(stored_meetings(app_context))
    last = model.rowCount() - 1
    assert model.index(last, MeetingsModel.STATUS).data() == "Cancelled"
    assert model.index(last, MeetingsModel.TITLE).data(Qt.ItemDataRole.FontRole).strikeOut()


def test_the_first_meeting_shown_is_the_next_one_else_the_last(app_context):
    rows = stored_meetings(app_context)
    assert default_meeting_id(rows, today=date(2011, 9, 23)) == rows[2].id
    # The last session: MISPA III itself (all-day) is not a session of the group.
    assert default_meeting_id(rows, today=date(2025, 1, 1)) == rows[4].id
    assert default_meeting_id([]) == 0


def test_dragging_item_1_below_item_3_asks_to_move_it_to_position_3(qtbot, agenda_model):
    dragged = agenda_model.index(0, 1)
    data = agenda_model.mimeData([dragged, agenda_model.index(0, 2)])
    assert agenda_model.canDropMimeData(data, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    with qtbot.waitSignal(agenda_model.move_requested) as moved:
        assert agenda_model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    assert moved.args == [dragged.data(ITEM_ID_ROLE), 3]


def test_dropping_an_item_where_it_already_is_does_nothing(qtbot, agenda_model):
    data = agenda_model.mimeData([agenda_model.index(1, 0)])
    with qtbot.assertNotEmitted(agenda_model.move_requested):
        assert not agenda_model.dropMimeData(data, Qt.DropAction.MoveAction, 1, 0, QModelIndex())
        assert not agenda_model.dropMimeData(data, Qt.DropAction.MoveAction, 2, 0, QModelIndex())


def test_items_of_another_meeting_cannot_be_dropped(app_context, agenda_model):
    other = AgendaModel()
    second = stored_meetings(app_context)[1]
    other.set_rows(second.id, app_context.read(lambda s: list_items(s, second.id)))
    data = other.mimeData([other.index(0, 0)])
    assert not agenda_model.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert not agenda_model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
