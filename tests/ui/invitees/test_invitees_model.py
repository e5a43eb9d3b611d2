"""The invitee table model: what it shows, and that its own filter and sort are right."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import QModelIndex, Qt

from app.services.contacts import search_text_of
from app.services.invitee_table import EntryTable, read_entry_table
from app.ui.invitees.invitees_model import (
    ENTRY_ID_ROLE,
    STATUS_ROLE,
    Column,
    InviteesModel,
    category_labels,
    status_labels,
)

STATUSES = list(status_labels())
CATEGORIES = list(category_labels())
COUNTRIES = ["Chile", "Trinidad and Tobago", "Perú", "Canada", "Brazil", "Saint Lucia", "México"]
WORDS = ["Ana", "ana", "José", "LUIS", "maria", "Müller", "o'brien", "de", "la", "Zoë", "van"]


def generated_table(count: int, seed: int = 3) -> EntryTable:
    """``count`` entries with repeated names, mixed case and accents, in no useful order."""
    rng = random.Random(seed)
    rows = []
    for index in range(count):
        name = " ".join(rng.sample(WORDS, 2))
        country = rng.choice(COUNTRIES)
        organization = rng.choice(["Mission of ", "Ministry of ", "Embassy of "]) + country
        email = f"{name.split()[0].casefold()}{index}@{rng.choice(['oas.org', 'gob.mx'])}"
        rows.append(
            (
                index + 1,
                index + 1,
                name,
                rng.choice(["", "Counselor", "minister", "Ambassador"]),
                organization,
                country,
                rng.choice(CATEGORIES),
                email,
                rng.choice(STATUSES),
                search_text_of(name, organization, country, email),
            )
        )
    return EntryTable.from_rows(1, rows)


def brute_force(table: EntryTable, text: str, category, status, column, descending):
    """Entry ids in the order the model must show them, computed the plain way."""
    words = text.casefold().split()
    rows = [
        row
        for row in range(len(table))
        if all(word in table.haystacks[row] for word in words)
        and category in (None, table.categories[row])
        and status in (None, table.statuses[row])
    ]
    if column is not None:
        values = getattr(table, _FIELDS[column])
        if column == Column.STATUS:
            key = [STATUSES.index(v) for v in values]
        elif column == Column.CATEGORY:
            key = [CATEGORIES.index(v) for v in values]
        else:
            key = [v.casefold() for v in values]
        rows.sort(key=lambda row: key[row], reverse=descending)
    return [table.entry_ids[row] for row in rows]


_FIELDS = {
    Column.NAME: "names",
    Column.TITLE: "titles",
    Column.ORGANIZATION: "organizations",
    Column.COUNTRY: "countries",
    Column.CATEGORY: "categories",
    Column.EMAIL: "emails",
    Column.STATUS: "statuses",
}


def shown_ids(model: InviteesModel) -> list[int]:
    return [model.index(row, 0).data(ENTRY_ID_ROLE) for row in range(model.rowCount())]


def shown_column(model: InviteesModel, column: Column) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


@pytest.fixture
def demo_table(demo_workspace) -> EntryTable:
    with demo_workspace.reading() as session:
        from app.services.invitees import list_summaries

        list_id = list_summaries(session)[0].id
        return read_entry_table(session, list_id)


def test_the_model_passes_the_model_tester(qtmodeltester, demo_table):
    model = InviteesModel()
    model.set_table(demo_table)
    qtmodeltester.check(model)
    model.set_filter("de", None, "to_invite")
    model.sort(Column.COUNTRY, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)


def test_the_demo_list_shows_names_labels_and_headers(qapp, demo_table):
    model = InviteesModel()
    model.set_table(demo_table)

    assert model.rowCount() == 35
    assert model.headerData(Column.ORGANIZATION, Qt.Orientation.Horizontal) == (
        "Delegation / organization"
    )
    first = shown_column(model, Column.NAME)[0]
    assert first == "Delegation of Antigua and Barbuda"
    assert model.index(0, Column.STATUS).data() == "To invite"
    assert model.index(0, Column.STATUS).data(STATUS_ROLE) == "to_invite"
    assert model.index(0, Column.CATEGORY).data() == "Member state"
    assert model.status_counts()["to_invite"] == 35


def test_filter_and_sort_match_a_brute_force_computation(qapp):
    table = generated_table(5000)
    model = InviteesModel()
    model.set_table(table)
    rng = random.Random(11)
    cases = [("", None, None)]
    for _ in range(40):
        text = " ".join(rng.sample(["an", "JOS", "lu", "mü", "o'b", "oas", "4", "chile", "é"], 2))
        cases.append(
            (
                rng.choice([text, text.split()[0], ""]),
                rng.choice([None, *CATEGORIES]),
                rng.choice([None, *STATUSES]),
            )
        )
    for text, category, status in cases:
        column = rng.choice([None, *Column])
        descending = rng.random() < 0.5
        model.set_filter(text, category, status)
        if column is None:
            model.sort(-1)
        else:
            order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
            model.sort(column, order)
        expected = brute_force(
            table, text, category, status, column, descending and column is not None
        )
        assert shown_ids(model) == expected, (text, category, status, column, descending)


def test_typing_letter_by_letter_gives_what_typing_at_once_gives(qapp):
    table = generated_table(5000, seed=5)
    typed = InviteesModel()
    typed.set_table(table)
    typed.sort(Column.COUNTRY)
    for end in range(1, len("maría lu") + 1):
        typed.set_filter("maría lu"[:end])
        fresh = InviteesModel()
        fresh.set_table(table)
        fresh.sort(Column.COUNTRY)
        fresh.set_filter("maría lu"[:end])
        assert shown_ids(typed) == shown_ids(fresh)
    # Deleting letters widens the result again.
    typed.set_filter("ma")
    assert shown_ids(typed) == brute_force(table, "ma", None, None, Column.COUNTRY, False)


def test_new_statuses_show_at_once_and_count(qapp, demo_table):
    model = InviteesModel()
    model.set_table(demo_table)
    ids = shown_ids(model)[:3]

    model.set_statuses(dict.fromkeys(ids, "confirmed"))

    assert [model.index(row, Column.STATUS).data() for row in range(3)] == ["Confirmed"] * 3
    assert model.status_counts()["confirmed"] == 3
    assert model.status_counts()["to_invite"] == 32


def test_type_to_find_looks_in_the_shown_rows(qapp, demo_table):
    model = InviteesModel()
    model.set_table(demo_table)
    start = model.index(0, Column.COUNTRY)

    found = model.match(start, Qt.ItemDataRole.DisplayRole, "tri", 1, Qt.MatchFlag.MatchStartsWith)

    assert [index.data() for index in found] == ["Trinidad and Tobago"]
    assert model.match(QModelIndex(), Qt.ItemDataRole.DisplayRole, "x") == []


def test_a_status_filter_sees_statuses_changed_in_place(qapp, demo_table):
    model = InviteesModel()
    model.set_table(demo_table)
    model.set_filter("", None, "confirmed")
    assert model.rowCount() == 0
    model.set_filter("")
    ids = shown_ids(model)[:3]

    model.set_statuses(dict.fromkeys(ids, "confirmed"))
    model.set_filter("", None, "confirmed")

    assert shown_ids(model) == ids
    model.set_filter("")
    model.sort(Column.STATUS, Qt.SortOrder.DescendingOrder)
    assert shown_ids(model)[:3] == ids


def test_a_tentative_answer_shows_beside_the_invited_status(qapp):
    table = generated_table(6)
    table.statuses = ["invited", "invited", "confirmed", "to_invite", "invited", "declined"]
    table.tentative = frozenset({table.entry_ids[1], table.entry_ids[2]})
    model = InviteesModel()
    model.set_table(table)

    def status(entry_id: int, role: int = Qt.ItemDataRole.DisplayRole) -> str | None:
        row = model.positions_of_entries([entry_id])[0]
        return model.index(row, Column.STATUS).data(role)

    assert status(table.entry_ids[1]) == "Invited (tentative)"
    assert "tentative" in status(table.entry_ids[1], Qt.ItemDataRole.ToolTipRole)
    assert status(table.entry_ids[0]) == "Invited"
    # Confirmed since (a later answer, or set by hand): the status says it; the tooltip
    # still tells of the tentative answer.
    assert status(table.entry_ids[2]) == "Confirmed"
