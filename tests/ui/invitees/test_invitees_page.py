"""The Invitees page driven as a person would: search, filters, bulk status, contacts, lists."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, QPoint, QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMainWindow

from app.services import contacts, invitees
from app.services.invitee_table import read_entry_table
from app.ui.common.context import INVITEES
from app.ui.invitees import invitees_page
from app.ui.invitees.contact_dialog import ContactDialog
from app.ui.invitees.invitee_table_view import fit_widths
from app.ui.invitees.invitees_model import Column
from app.ui.invitees.invitees_page import InviteesPage
from app.ui.invitees.list_dialog import ListDialog

DEMO_LIST = "MISPA III - list of invitees"
#: What the offscreen platform cannot do (size hints, raising a dialog, a completer's
#: keyboard grab); nothing to do with the page.
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"
)


@pytest.fixture
def window(qtbot, app_context):
    """The page in a main window with the Edit menu's undo action, as the application has."""
    host = QMainWindow()
    page = InviteesPage(app_context, host)
    host.setCentralWidget(page)
    undo = app_context.undo_stack.createUndoAction(host)
    undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
    host.addAction(undo)
    host.resize(1200, 760)
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    return host


@pytest.fixture
def page(window) -> InviteesPage:
    return window.centralWidget()


def names(page: InviteesPage) -> list[str]:
    return [page.model.index(row, Column.NAME).data() for row in range(page.model.rowCount())]


def column(page: InviteesPage, col: Column) -> list[str]:
    return [page.model.index(row, col).data() for row in range(page.model.rowCount())]


def demo_list_id(context) -> int:
    return context.read(lambda s: invitees.find_list(s, DEMO_LIST).id)


def entry_of(context, name: str) -> tuple[int, int]:
    """(entry id, contact id) of the demo list's entry called ``name``."""
    list_id = demo_list_id(context)
    table = context.read(lambda s: read_entry_table(s, list_id))
    row = table.names.index(name)
    return table.entry_ids[row], table.contact_ids[row]


def set_statuses(context, statuses: dict[str, str]) -> None:
    """Give demo entries (by name) statuses, as if set earlier."""
    ids = {entry_of(context, name)[0]: status for name, status in statuses.items()}
    context.write(lambda s: invitees.set_statuses(s, ids), {INVITEES})


def stored_statuses(context, entry_ids) -> dict[int, str]:
    return {
        entry_id: str(status)
        for entry_id, status in context.read(
            lambda s: invitees.entry_statuses(s, entry_ids)
        ).items()
    }


def click_header(qtbot, page: InviteesPage, col: Column) -> None:
    header = page.view.horizontalHeader()
    x = header.sectionViewportPosition(col) + header.sectionSize(col) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def test_the_demo_list_is_shown_with_its_count(page):
    assert page.lists.topLevelItem(0).text(0) == DEMO_LIST
    assert page.lists.topLevelItem(0).text(1) == "35"
    assert page.title_label.text() == DEMO_LIST
    assert page.model.rowCount() == 35
    assert page.count_label.text() == "35 of 35 invitees"
    assert "To invite&nbsp;35" in page.status_counts_label.text()
    assert page.status_counts_label.text().startswith("All:")


def test_the_count_says_how_many_rows_are_selected(qtbot, page):
    page.view.selectRow(0)
    assert page.count_label.text() == "35 of 35 invitees · 1 selected"
    page.view.selectAll()
    assert page.count_label.text() == "35 of 35 invitees · 35 selected"
    page.view.clearSelection()
    assert page.count_label.text() == "35 of 35 invitees"


def test_typing_trin_shows_only_trinidad_and_tobago(qtbot, page):
    qtbot.keyClicks(page.search_edit, "trin")

    assert names(page) == ["Delegation of Trinidad and Tobago"]
    assert page.count_label.text() == "1 of 35 invitees"
    assert page.status_counts_label.text().startswith("Shown:")
    assert "To invite&nbsp;1" in page.status_counts_label.text()

    page.search_edit.clear()
    assert page.model.rowCount() == 35


def test_every_word_must_match(qtbot, page):
    qtbot.keyClicks(page.search_edit, "saint vincent")

    assert names(page) == ["Delegation of Saint Vincent and the Grenadines"]


def test_the_search_finds_an_email_address(qtbot, page, app_context):
    _entry, contact_id = entry_of(app_context, "Delegation of Chile")
    app_context.write(
        lambda s: contacts.update_contact(s, contact_id, {"email": "mision.chile@minrel.gob.cl"}),
        {INVITEES},
    )

    qtbot.keyClicks(page.search_edit, "minrel.gob")

    assert names(page) == ["Delegation of Chile"]
    assert column(page, Column.EMAIL) == ["mision.chile@minrel.gob.cl"]


def test_category_and_status_filters_combine_with_the_search(qtbot, page, app_context):
    set_statuses(
        app_context,
        {
            "Delegation of Chile": "invited",
            "Delegation of Canada": "invited",
            "Delegation of Colombia": "invited",
            "Delegation of Trinidad and Tobago": "invited",
        },
    )
    _entry, colombia = entry_of(app_context, "Delegation of Colombia")
    app_context.write(
        lambda s: contacts.update_contact(s, colombia, {"category": "civil_society"}), {INVITEES}
    )

    page.status_combo.setCurrentIndex(page.status_combo.findData("invited"))
    assert len(names(page)) == 4
    page.category_combo.setCurrentIndex(page.category_combo.findData("member_state"))
    assert names(page) == [
        "Delegation of Canada",
        "Delegation of Chile",
        "Delegation of Trinidad and Tobago",
    ]
    qtbot.keyClicks(page.search_edit, "ca")
    assert names(page) == ["Delegation of Canada"]
    assert page.count_label.text() == "1 of 35 invitees"

    page.search_edit.clear()
    page.status_combo.setCurrentIndex(0)
    assert len(names(page)) == 34


def test_ten_rows_get_a_status_in_one_step_and_ctrl_z_gives_back_each_previous_one(
    qtbot, window, page, app_context
):
    rows = range(0, 20, 2)
    set_statuses(app_context, {names(page)[2]: "confirmed", names(page)[6]: "declined"})
    app_context.undo_stack.clear()
    selection = QItemSelection()
    for row in rows:
        selection.select(page.model.index(row, 0), page.model.index(row, Column.STATUS))
    page.view.selectionModel().select(
        selection,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    chosen = page.selected_entry_ids()
    before = stored_statuses(app_context, chosen)
    assert len(chosen) == 10
    assert sorted(before.values()).count("to_invite") == 8

    page.status_actions["invited"].trigger()

    assert set(stored_statuses(app_context, chosen).values()) == {"invited"}
    shown = {
        page.model.entry_id_at(r): page.model.index(r, Column.STATUS).data() for r in range(35)
    }
    assert {shown[entry_id] for entry_id in chosen} == {"Invited"}
    assert "Invited&nbsp;10" in page.status_counts_label.text()
    assert page.selected_entry_ids() == chosen
    assert app_context.undo_stack.count() == 1

    window.activateWindow()
    qtbot.waitActive(window)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    assert stored_statuses(app_context, chosen) == before
    assert "Invited&nbsp;0" in page.status_counts_label.text()
    assert "Confirmed&nbsp;1" in page.status_counts_label.text()


def test_the_set_status_button_opens_a_menu_of_statuses(qtbot, page):
    assert not page.status_button.isEnabled()
    page.view.selectRow(0)

    assert page.status_button.isEnabled()
    assert page.status_button.menu() is page.status_menu
    labels = [action.text().replace("&", "") for action in page.status_menu.actions()]
    assert labels == ["To invite", "Invited", "Confirmed", "Declined", "Attended"]


def test_a_contact_is_added_through_the_dialog(qtbot, page, app_context):
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.open_dialog()
    assert isinstance(dialog, ContactDialog)
    assert not dialog.ok_button.isEnabled()

    qtbot.keyClicks(dialog.name_edit, "Jane Mitchell")
    qtbot.keyClicks(dialog.title_edit, "Alternate Representative")
    qtbot.keyClicks(dialog.organization_edit, "Permanent Mission of Jamaica to the OAS")
    qtbot.keyClicks(dialog.country_edit, "Jamaica")
    qtbot.keyClicks(dialog.email_edit, "jane.mitchell@")
    assert not dialog.ok_button.isEnabled()
    assert "not a valid e-mail address" in dialog.message_label.text()
    assert dialog.message_label.isVisible()

    qtbot.keyClicks(dialog.email_edit, "mfa.gov.jm")
    assert dialog.ok_button.isEnabled()
    assert not dialog.message_label.isVisible()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert page.count_label.text() == "36 of 36 invitees · 1 selected"
    assert page.lists.topLevelItem(0).text(1) == "36"
    selected = page.selected_positions()
    assert [page.model.index(r, Column.NAME).data() for r in selected] == ["Jane Mitchell"]
    assert page.model.index(selected[0], Column.EMAIL).data() == "jane.mitchell@mfa.gov.jm"
    stored = app_context.read(lambda s: contacts.search_contacts(s, "jane mitchell"))
    assert [(c.title, c.country) for c in stored] == [("Alternate Representative", "Jamaica")]

    app_context.undo_stack.undo()
    assert page.count_label.text() == "35 of 35 invitees"
    assert app_context.read(lambda s: contacts.search_contacts(s, "jane mitchell")) == []


def test_double_click_edits_a_contact(qtbot, page, app_context):
    qtbot.keyClicks(page.search_edit, "barbados")
    rect = page.view.visualRect(page.model.index(0, Column.NAME))
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = page.open_dialog()
    assert isinstance(dialog, ContactDialog)
    assert dialog.name_edit.text() == "Delegation of Barbados"

    dialog.title_edit.clear()
    qtbot.keyClicks(dialog.title_edit, "Permanent Representative")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert column(page, Column.TITLE) == ["Permanent Representative"]
    app_context.undo_stack.undo()
    assert column(page, Column.TITLE) == [""]


def test_remove_from_list_with_the_delete_key_and_undo(qtbot, page, app_context):
    qtbot.keyClicks(page.search_edit, "grenad")
    assert len(names(page)) == 2
    page.view.selectAll()
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)

    assert names(page) == []
    assert page.count_label.text() == "0 of 33 invitees"

    app_context.undo_stack.undo()
    assert names(page) == [
        "Delegation of Grenada",
        "Delegation of Saint Vincent and the Grenadines",
    ]


def test_sort_by_country_then_by_status(qtbot, page, app_context):
    set_statuses(
        app_context,
        {
            "Delegation of Uruguay": "confirmed",
            "Delegation of Belize": "invited",
            "Delegation of Peru": "declined",
        },
    )
    click_header(qtbot, page, Column.COUNTRY)
    countries = column(page, Column.COUNTRY)
    assert countries == sorted(countries, key=str.casefold)
    assert countries[0] == "Antigua and Barbuda"

    click_header(qtbot, page, Column.COUNTRY)
    assert column(page, Column.COUNTRY)[0] == "Venezuela"

    click_header(qtbot, page, Column.STATUS)
    statuses = column(page, Column.STATUS)
    assert statuses[:32] == ["To invite"] * 32
    assert statuses[32:] == ["Invited", "Confirmed", "Declined"]
    assert page.view.horizontalHeader().sortIndicatorSection() == Column.STATUS


def test_a_new_list_is_created_named_and_selected(qtbot, page, app_context):
    qtbot.mouseClick(page.lists_panel.new_list_button, Qt.MouseButton.LeftButton)
    dialog = page.open_dialog()
    assert isinstance(dialog, ListDialog)
    qtbot.keyClicks(dialog.name_edit, DEMO_LIST)
    assert "already a list" in dialog.message_label.text()
    dialog.name_edit.clear()
    qtbot.keyClicks(dialog.name_edit, "Permanent observers")
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
    )

    assert page.title_label.text() == "Permanent observers"
    assert page.count_label.text() == "0 of 0 invitees"
    assert [page.lists.topLevelItem(i).text(0) for i in range(2)] == [
        DEMO_LIST,
        "Permanent observers",
    ]
    app_context.undo_stack.undo()
    assert page.lists.topLevelItemCount() == 1
    assert page.title_label.text() == DEMO_LIST


def test_state_is_saved_and_restored(qtbot, page, app_context, settings: QSettings):
    click_header(qtbot, page, Column.COUNTRY)
    click_header(qtbot, page, Column.COUNTRY)
    page.splitter.setSizes([300, 800])
    page.save_state(settings)

    again = InviteesPage(app_context)
    qtbot.addWidget(again)
    again.restore_state(settings)
    again.resize(page.size())
    again.show()
    qtbot.waitExposed(again)

    header = again.view.horizontalHeader()
    assert header.sortIndicatorSection() == Column.COUNTRY
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert again.model.index(0, Column.COUNTRY).data() == "Venezuela"
    assert again.title_label.text() == DEMO_LIST
    assert again.splitter.sizes()[0] == page.splitter.sizes()[0]


def test_a_large_list_shows_its_first_rows_then_the_rest(qtbot, page, monkeypatch):
    monkeypatch.setattr(invitees_page, "SYNC_LOAD_LIMIT", 10)
    monkeypatch.setattr(invitees_page, "PREVIEW_ROWS", 5)
    page.lists.setCurrentItem(None)
    assert page.model.rowCount() == 0

    page.select_list(DEMO_LIST)

    assert names(page)[:1] == ["Delegation of Antigua and Barbuda"]
    assert page.model.rowCount() in (5, 35)
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=5000)
    assert page.model.rowCount() == 35
    assert page.count_label.text() == "35 of 35 invitees"

    # After an edit the list is read again in the background; the table stays usable.
    page.view.selectRow(1)
    page.status_actions["confirmed"].trigger()
    assert page.model.index(1, Column.STATUS).data() == "Confirmed"
    assert page.status_button.isEnabled()
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=5000)
    assert page.model.index(1, Column.STATUS).data() == "Confirmed"
    assert page.selected_positions() == [1]
    assert "Confirmed&nbsp;1" in page.status_counts_label.text()


def test_without_a_workspace_the_page_is_empty_and_idle(page, app_context):
    app_context.set_workspace(None)

    assert page.lists.topLevelItemCount() == 0
    assert page.model.rowCount() == 0
    assert not page.add_button.isEnabled()
    assert not page.search_edit.isEnabled()


def test_columns_fit_the_table_the_name_keeping_most_room():
    desired = {0: 300, 1: 70, 2: 320, 3: 200, 4: 110, 5: 80, 6: 110}

    widths = fit_widths(desired, 900, floors={0: 200, 6: 110})

    assert sum(widths.values()) <= 900
    assert widths[1] == 70 and widths[5] == 80 and widths[6] == 110
    assert widths[0] > widths[3] and widths[0] >= 200
    assert fit_widths(desired, 2000) == desired


def test_spare_room_goes_to_the_columns_whose_text_was_cut():
    desired = {0: 300, 2: 320, 6: 110}
    natural = {0: 300, 2: 520, 6: 110}

    widths = fit_widths(desired, 900, natural=natural)

    assert widths[2] == 490  # the organisation grows back by all the room there is
    assert widths[0] == 300 and widths[6] == 110
    assert fit_widths(desired, 2000, natural=natural)[2] == 520  # no wider than its text


def visible_columns_fit(page: InviteesPage) -> bool:
    """Every column, E-mail and Status included, lies within the table's visible width."""
    view = page.view
    header = view.horizontalHeader()
    right_edges = [
        header.sectionViewportPosition(c) + header.sectionSize(c)
        for c in Column
        if not header.isSectionHidden(c)
    ]
    return view.horizontalScrollBar().value() == 0 and max(right_edges) <= view.viewport().width()


def test_a_layout_saved_wide_still_fits_a_small_window(qtbot, window, page, app_context, tmp_path):
    """A chair who last used a 1920-wide screen opens the laptop at 1024x700: E-mail and
    Status stay on screen; widened again, cut-short text grows back."""
    window.resize(1900, 1000)
    qtbot.waitUntil(lambda: page.view.viewport().width() > 1400)
    page.view.setColumnWidth(Column.ORGANIZATION, 500)
    settings = QSettings(str(tmp_path / "wide.ini"), QSettings.Format.IniFormat)
    page.save_state(settings)

    host = QMainWindow()
    qtbot.addWidget(host)
    again = InviteesPage(app_context, host)
    host.setCentralWidget(again)
    again.restore_state(settings)
    host.resize(1024, 700)
    host.show()
    qtbot.waitExposed(host)
    qtbot.waitUntil(lambda: visible_columns_fit(again))
    organization_narrow = again.view.columnWidth(Column.ORGANIZATION)
    assert organization_narrow < 500

    host.resize(1900, 1000)
    qtbot.waitUntil(lambda: again.view.columnWidth(Column.ORGANIZATION) > organization_narrow)
    assert visible_columns_fit(again)


def test_widening_the_window_gives_cut_text_its_room_back(qtbot, window, page):
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: visible_columns_fit(page))
    header = page.view.horizontalHeader()
    shown = [c for c in Column if not header.isSectionHidden(c)]
    assert all(header.sectionSize(c) >= header.narrowest(c) for c in shown)  # no title cut
    narrow = page.view.columnWidth(Column.ORGANIZATION)
    window.resize(1900, 1000)
    qtbot.waitUntil(lambda: page.view.columnWidth(Column.ORGANIZATION) > narrow)
    assert visible_columns_fit(page)


def test_columns_empty_across_the_list_hide_until_they_hold_something(qtbot, page, app_context):
    """No invitee of the demo has a title or an e-mail address yet: the names get the room."""
    view = page.view
    assert view.isColumnHidden(Column.TITLE) and view.isColumnHidden(Column.EMAIL)
    assert not view.isColumnHidden(Column.NAME) and not view.isColumnHidden(Column.STATUS)

    _, contact_id = entry_of(app_context, "Delegation of Chile")
    app_context.write(
        lambda s: contacts.update_contact(s, contact_id, {"email": "chile@example.org"}),
        {INVITEES},
    )
    qtbot.waitUntil(lambda: not view.isColumnHidden(Column.EMAIL))
    assert view.isColumnHidden(Column.TITLE)
    assert view.columnWidth(Column.EMAIL) >= view.horizontalHeader().narrowest(Column.EMAIL)
