"""The agenda page as the chair uses it: reorder, defer, outcomes, documents, undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from app.services import agenda, agenda_rows
from app.ui.agenda.agenda_item_dialog import ItemDialog, OutcomeDialog
from app.ui.agenda.agenda_model import AgendaModel
from app.ui.agenda.agenda_page import AgendaPage
from app.ui.agenda.defer_dialog import DeferDialog
from app.ui.agenda.document_links_dialog import DOCUMENT_ID_ROLE, SYMBOL, LinkDocumentsDialog
from app.ui.calendar.commands import DeleteMeetings
from app.ui.common.row_refs import MEETING, row_refs
from app.ui.common.undo import push
from tests.ui.meeting_support import OFFSCREEN_WARNING
from tests.ui.page_support import active_modal, column_texts, reopened, shown, stored_meetings

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_WARNING)
CTRL = Qt.KeyboardModifier.ControlModifier
FIRST_AGENDA = [
    "Election of the Vice Chair(s) of the Working Group",
    "Consideration and approval of the Draft Work Plan for the Working Group",
    "Consideration of the Draft Agenda",
    "Consideration of the Draft Calendar",
    "Consideration of the Draft list of invitees",
    "Consideration of the Draft rules of procedure",
]


def stored_items(context, meeting_id):
    return context.read(lambda s: agenda_rows.list_items(s, meeting_id))


def stored_titles(context, meeting_id):
    return [item.title for item in stored_items(context, meeting_id)]


def shown_titles(page):
    return column_texts(page.model, AgendaModel.TITLE)


@pytest.fixture
def first(app_context):
    return stored_meetings(app_context)[0]


@pytest.fixture
def page(qtbot, app_context, first):
    page = shown(qtbot, AgendaPage(app_context), 1000, 640)
    app_context.set_current_meeting(first.id)
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    return page


def select(page, title):
    page.select_item(page.model.row_of(shown_titles(page).index(title)).id)


def test_the_current_meetings_agenda_is_shown_in_order(page, first):
    assert shown_titles(page) == FIRST_AGENDA
    assert page.meeting_combo.currentText().startswith("1. Thu 15 Sep 2011 — First meeting")
    assert "Thursday 15 September 2011" in page.header_label.text()
    assert page.timing_label.text() == "6 items · planned end 13:00"
    starts = column_texts(page.model, AgendaModel.START)
    assert starts == ["10:00", "10:20", "11:00", "11:30", "12:00", "12:30"]
    assert column_texts(page.model, AgendaModel.DURATION)[:2] == ["20 min", "40 min"]
    assert page.model.index(1, AgendaModel.DOCUMENTS).data() == "GT/MISPA-III/doc.1/11"
    assert page.model.index(1, AgendaModel.STATUS).data() == "Approved"


def test_each_seed_meeting_has_a_known_planned_end(app_context):
    ends = [
        app_context.read(lambda s, m=m: agenda_rows.planned_end(s, m.id))
        for m in stored_meetings(app_context)
        if not m.all_day  # MISPA III itself, a two-day ministerial, has no agenda here
    ]
    assert [f"{end:%H:%M}" for end in ends] == ["13:00"] * 5


def test_an_item_without_duration_makes_the_following_starts_unknown(page, app_context, first):
    second_item = stored_items(app_context, first.id)[1]
    app_context.write(
        lambda s: agenda.update_item(s, second_item.id, {"duration_minutes": None}), {"agenda"}
    )
    page.reload_items()
    starts = column_texts(page.model, AgendaModel.START)
    assert starts[:3] == ["10:00", "10:20", ""]
    tip = page.model.index(2, AgendaModel.START).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "Give every item before this one a duration to know when it starts."


def test_choosing_another_meeting_makes_it_current(qtbot, page, app_context):
    second = stored_meetings(app_context)[1]
    page.meeting_combo.setFocus()
    qtbot.keyClick(page.meeting_combo, Qt.Key.Key_Down)
    assert app_context.current_meeting_id == second.id
    assert shown_titles(page) == stored_titles(app_context, second.id)


def test_dragging_item_1_below_item_3_stores_the_new_order(qtbot, page, app_context, first):
    moved = page.model.index(0, AgendaModel.TITLE)
    data = page.model.mimeData([moved])
    # Dropped in the gap under row 3 (0-based gap 3), as the view reports a drop there.
    assert page.model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    expected = [FIRST_AGENDA[1], FIRST_AGENDA[2], FIRST_AGENDA[0], *FIRST_AGENDA[3:]]
    assert stored_titles(app_context, first.id) == expected
    assert [i.position for i in stored_items(app_context, first.id)] == [1, 2, 3, 4, 5, 6]
    assert shown_titles(page) == expected
    assert page.selected_row().title == FIRST_AGENDA[0]

    app_context.undo_stack.undo()
    assert stored_titles(app_context, first.id) == FIRST_AGENDA


def test_ctrl_down_and_up_move_the_selected_item_and_keep_it_selected(
    qtbot, page, app_context, first
):
    select(page, FIRST_AGENDA[0])
    qtbot.keyClick(page.table, Qt.Key.Key_Down, CTRL)
    qtbot.keyClick(page.table, Qt.Key.Key_Down, CTRL)
    expected = [FIRST_AGENDA[1], FIRST_AGENDA[2], FIRST_AGENDA[0], *FIRST_AGENDA[3:]]
    assert stored_titles(app_context, first.id) == expected
    assert page.selected_row().title == FIRST_AGENDA[0]
    assert page.selected_row().position == 3

    qtbot.keyClick(page.table, Qt.Key.Key_Up, CTRL)
    assert stored_titles(app_context, first.id)[1] == FIRST_AGENDA[0]
    assert page.selected_row().position == 2


def test_ctrl_z_undoes_a_reorder(qtbot, page, app_context, first):
    # The main window's Edit ▸ Undo, made the same way.
    undo = app_context.undo_stack.createUndoAction(page)
    undo.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
    page.addAction(undo)
    select(page, FIRST_AGENDA[4])
    qtbot.keyClick(page.table, Qt.Key.Key_Up, CTRL)
    assert stored_titles(app_context, first.id)[3] == FIRST_AGENDA[4]
    qtbot.keyClick(page.table, Qt.Key.Key_Z, CTRL)
    assert stored_titles(app_context, first.id) == FIRST_AGENDA
    assert shown_titles(page) == FIRST_AGENDA


def test_deferring_proposes_the_next_meeting_and_the_item_says_where_it_came_from(
    qtbot, page, app_context, first
):
    second = stored_meetings(app_context)[1]
    select(page, FIRST_AGENDA[3])
    told = []
    app_context.status_message.connect(told.append)
    page.defer_action.trigger()
    dialog = active_modal(qtbot, DeferDialog)
    assert dialog.meeting_id() == second.id
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert told[-1] == (
        "“Consideration of the Draft Calendar” deferred to the meeting of "
        "Thursday 22 September 2011, as item 3."
    )
    next_agenda = stored_items(app_context, second.id)
    assert next_agenda[-1].title == FIRST_AGENDA[3]
    assert (next_agenda[-1].position, str(next_agenda[-1].status)) == (3, "pending")
    assert next_agenda[-1].documents == ("GT/MISPA-III/doc.3/11",)
    assert next_agenda[-1].deferred_from_date == first.date
    assert page.model.index(3, AgendaModel.STATUS).data() == "Deferred"
    assert not page.defer_action.isEnabled()

    app_context.set_current_meeting(second.id)
    row = page.model.row_for_id(next_agenda[-1].id)
    assert page.model.index(row, AgendaModel.STATUS).data() == (
        "Pending, deferred from Thu 15 Sep 2011"
    )
    app_context.undo_stack.undo()
    assert len(stored_items(app_context, second.id)) == 2
    assert str(stored_items(app_context, first.id)[3].status) == "considered"


def test_the_chair_can_defer_to_another_meeting_or_cancel(qtbot, page, app_context, first):
    fourth = stored_meetings(app_context)[3]
    select(page, FIRST_AGENDA[3])
    page.defer_action.trigger()
    dialog = active_modal(qtbot, DeferDialog)
    dialog.reject()
    assert str(stored_items(app_context, first.id)[3].status) == "considered"
    assert app_context.undo_stack.count() == 0

    page.defer_action.trigger()
    dialog = active_modal(qtbot, DeferDialog)
    dialog.meeting_combo.setCurrentIndex(dialog.meeting_combo.findData(fourth.id))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert stored_items(app_context, fourth.id)[-1].title == FIRST_AGENDA[3]


def test_an_item_typed_into_the_dialog_is_added_at_the_end(qtbot, page, app_context, first):
    qtbot.keyClick(page.table, Qt.Key.Key_Insert)
    dialog = active_modal(qtbot, ItemDialog)
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.title_edit, "Other business")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("other"))
    dialog.duration_spin.setValue(15)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    items = stored_items(app_context, first.id)
    assert (items[-1].title, items[-1].position, str(items[-1].kind)) == (
        "Other business",
        7,
        "other",
    )
    assert items[-1].duration_minutes == 15
    assert page.selected_row().title == "Other business"


def test_enter_edits_the_selected_item(qtbot, page, app_context, first):
    select(page, FIRST_AGENDA[2])
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = active_modal(qtbot, ItemDialog)
    assert dialog.title_edit.text() == FIRST_AGENDA[2]
    qtbot.keyClicks(dialog.responsible_edit, "Chair")
    dialog.fixed_start_box.setChecked(True)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    item = stored_items(app_context, first.id)[2]
    assert item.responsible == "Chair"
    assert item.planned_start is not None
    app_context.undo_stack.undo()
    assert stored_items(app_context, first.id)[2].responsible == ""


def test_recording_an_outcome_starts_pending_and_waits_for_the_chairs_choice(
    qtbot, page, app_context
):
    fifth = stored_meetings(app_context)[4]
    app_context.set_current_meeting(fifth.id)
    page.select_item(page.model.row_of(0).id)
    page.outcome_action.trigger()
    dialog = active_modal(qtbot, OutcomeDialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.status() == "pending"
    assert not ok.isEnabled()
    qtbot.keyClick(dialog.decision_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    dialog.accept()  # Enter with no outcome chosen records nothing
    assert str(stored_items(app_context, fifth.id)[0].status) == "pending"

    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("approved"))
    qtbot.keyClicks(dialog.decision_edit, "Approved as amended.")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    item = stored_items(app_context, fifth.id)[0]
    assert (str(item.status), item.decision) == ("approved", "Approved as amended.")
    assert page.model.index(0, AgendaModel.STATUS).data() == "Approved"
    app_context.undo_stack.undo()
    assert str(stored_items(app_context, fifth.id)[0].status) == "pending"


def test_cancelling_the_outcome_dialog_leaves_the_item_pending(qtbot, page, app_context):
    fifth = stored_meetings(app_context)[4]
    app_context.set_current_meeting(fifth.id)
    page.select_item(page.model.row_of(0).id)
    page.outcome_action.trigger()
    dialog = active_modal(qtbot, OutcomeDialog)
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("withdrawn"))
    dialog.reject()
    assert str(stored_items(app_context, fifth.id)[0].status) == "pending"


def test_linking_a_document_revision(qtbot, page, app_context, first):
    select(page, FIRST_AGENDA[0])
    page.link_action.trigger()
    dialog = active_modal(qtbot, LinkDocumentsDialog)
    qtbot.keyClicks(dialog.filter_edit, "consensus")
    visible = [
        dialog.tree.topLevelItem(i).text(SYMBOL)
        for i in range(dialog.tree.topLevelItemCount())
        if not dialog.tree.topLevelItem(i).isHidden()
    ]
    assert visible == ["MISPA II/doc.8/09"]
    dialog.document_item("MISPA II/doc.8/09").setCheckState(SYMBOL, Qt.CheckState.Checked)
    document_id = dialog.document_item("MISPA II/doc.8/09").data(SYMBOL, DOCUMENT_ID_ROLE)
    chooser = dialog.chooser(document_id)
    chooser.setCurrentIndex(
        chooser.findText("MISPA II/doc.8/09 rev. 2", Qt.MatchFlag.MatchStartsWith)
    )
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert stored_items(app_context, first.id)[0].documents == ("MISPA II/doc.8/09 rev. 2",)
    assert page.model.index(0, AgendaModel.DOCUMENTS).data() == "MISPA II/doc.8/09 rev. 2"
    app_context.undo_stack.undo()
    assert stored_items(app_context, first.id)[0].documents == ()


def test_delete_removes_the_item_and_undo_brings_it_back_with_its_documents(
    qtbot, page, app_context, first
):
    select(page, FIRST_AGENDA[1])
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert stored_titles(app_context, first.id) == [FIRST_AGENDA[0], *FIRST_AGENDA[2:]]
    assert page.selected_row().title == FIRST_AGENDA[2]
    app_context.undo_stack.undo()
    restored = stored_items(app_context, first.id)[1]
    assert (restored.title, str(restored.status), restored.documents) == (
        FIRST_AGENDA[1],
        "approved",
        ("GT/MISPA-III/doc.1/11",),
    )


def test_undo_reaches_items_of_a_meeting_that_undo_recreated(qtbot, page, app_context, first):
    select(page, FIRST_AGENDA[0])
    qtbot.keyClick(page.table, Qt.Key.Key_Down, CTRL)
    push(app_context, DeleteMeetings(app_context, [row_refs(app_context).ref(MEETING, first.id)]))
    app_context.undo_stack.undo()  # the meeting comes back, under a new id
    recreated = stored_meetings(app_context)[0]
    assert (recreated.uid, recreated.item_count) == (first.uid, 6)
    assert stored_titles(app_context, recreated.id)[1] == FIRST_AGENDA[0]
    app_context.undo_stack.undo()  # the move, made before the delete
    assert stored_titles(app_context, recreated.id) == FIRST_AGENDA
    app_context.undo_stack.redo()
    app_context.undo_stack.redo()
    assert recreated.uid not in [m.uid for m in stored_meetings(app_context)]


def test_splitter_and_columns_are_restored(qtbot, app_context, page, settings: QSettings):
    page.splitter.setSizes([500, 100])
    page.table.setColumnWidth(AgendaModel.DOCUMENTS, 150)
    again = reopened(qtbot, page, settings)
    assert again.table.columnWidth(AgendaModel.DOCUMENTS) == 150
    assert again.splitter.saveState() == page.splitter.saveState()


def test_a_hidden_page_follows_the_current_meeting_when_shown_again(qtbot, page, app_context):
    fourth = stored_meetings(app_context)[3]
    page.hide()
    app_context.set_current_meeting(fourth.id)
    app_context.write(
        lambda s: agenda.add_item(s, fourth.id, title="Any other business"), {"agenda"}
    )
    page.show()
    qtbot.waitExposed(page)
    assert page.meeting_combo.currentText().startswith("4. Thu 13 Oct 2011")
    assert shown_titles(page) == stored_titles(app_context, fourth.id)
    assert shown_titles(page)[-1] == "Any other business"


def _late_revision(app_context, after):
    """A document of the demo with a revision circulated after ``after``."""
    from app.services.document_rows import list_documents, revision_history

    def find(session):
        for document in list_documents(session):
            for revision in revision_history(session, document.id):
                if revision.circulated_on and revision.circulated_on > after:
                    return document, revision
        return None

    return app_context.read(find)


@pytest.mark.parametrize("answer", ["Cancel", "Yes"])
def test_linking_a_revision_circulated_after_the_meeting_asks_first(
    qtbot, page, app_context, first, monkeypatch, answer
):
    document, revision = _late_revision(app_context, first.date)
    asked: list[str] = []

    def question(parent, title, text, *args):
        asked.append(text)
        return getattr(QMessageBox.StandardButton, answer)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    select(page, FIRST_AGENDA[0])
    page.link_action.trigger()
    dialog = active_modal(qtbot, LinkDocumentsDialog)
    dialog.document_item(document.base_symbol).setCheckState(SYMBOL, Qt.CheckState.Checked)
    chooser = dialog.chooser(document.id)
    chooser.setCurrentIndex(chooser.findData(revision.id))
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )

    assert len(asked) == 1
    assert asked[0].startswith(f"{revision.symbol} (")
    assert "after the meeting of Thursday 15 September 2011" in asked[0]
    linked = stored_items(app_context, first.id)[0].documents
    if answer == "Cancel":
        assert linked == ()
        assert dialog.isVisible()
        dialog.reject()
    else:
        assert linked == (revision.symbol,)
