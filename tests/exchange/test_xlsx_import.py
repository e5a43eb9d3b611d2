"""Importing an invitee workbook: header matching, validation, preview, all-or-nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import func, select

from app.exchange.xlsx_export import export_workbook
from app.exchange.xlsx_import import (
    CREATE,
    ERROR,
    UNCHANGED,
    UPDATE,
    ImportRefused,
    import_workbook,
    preview_workbook,
)
from app.models import Contact, InvitationStatus, ListEntry, StatusChange
from app.services import contacts, invitees
from app.store import Workspace

DEMO_LIST = "MISPA III - list of invitees"


def write_sheet(path: Path, rows: list[list[Any]], title: str = "Sheet1") -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def snapshot(workspace: Workspace) -> tuple[Any, ...]:
    """Everything an import could change."""
    with workspace.reading() as session:
        lists = [(s.name, s.entry_count) for s in invitees.list_summaries(session)]
        entries = [invitees.entry_rows(session, s.id) for s in invitees.list_summaries(session)]
        contact_count = session.scalar(select(func.count()).select_from(Contact))
        change_count = session.scalar(select(func.count()).select_from(StatusChange))
    return lists, entries, contact_count, change_count


def list_rows(workspace: Workspace, name: str) -> dict[str, dict[str, Any]]:
    """The list's entries by contact name, as dicts of ENTRY_COLUMNS."""
    with workspace.reading() as session:
        found = invitees.find_list(session, name)
        assert found is not None
        return {
            row[2]: dict(zip(invitees.ENTRY_COLUMNS, row, strict=True))
            for row in invitees.entry_rows(session, found.id)
        }


SPANISH_ROWS = [
    ["Lista de invitados a MISPA III"],
    [],
    ["Correo electrónico", "País", "Observaciones", "Nombre", "Organismo", "Estado", "Cargo"],
    ["ana@example.org", "Chile", "viene", "Ana Pérez", "Ministerio del Interior", "Confirmado", ""],
    ["", "Perú", "", "Luis Gómez", "Policía Nacional", "por invitar", "Coronel"],
    ["carla@example.org", "México", "x", "Carla Ruiz", "SSP", "Invitada", "Directora"],
    ["dan@example.org", "Canada", "", "Dan Smith", "RCMP", "declinado", ""],
]


def test_spanish_headers_in_another_order_below_a_title_row_with_an_extra_column(
    workspace: Workspace, tmp_path: Path
) -> None:
    path = write_sheet(tmp_path / "invitados.xlsx", SPANISH_ROWS)

    _, plan = preview_workbook(workspace, path, "Invitados")
    assert plan.header_row == 3
    assert plan.ignored_headers == ("Observaciones",)
    assert [(r.row, r.action) for r in plan.results] == [
        (4, CREATE),
        (5, CREATE),
        (6, CREATE),
        (7, CREATE),
    ]

    import_workbook(workspace, path, "Invitados")

    rows = list_rows(workspace, "Invitados")
    assert rows["Ana Pérez"]["email"] == "ana@example.org"
    assert rows["Ana Pérez"]["organization"] == "Ministerio del Interior"
    assert rows["Ana Pérez"]["country"] == "Chile"
    assert rows["Ana Pérez"]["status"] == InvitationStatus.CONFIRMED
    assert rows["Luis Gómez"]["status"] == InvitationStatus.TO_INVITE
    assert rows["Luis Gómez"]["title"] == "Coronel"
    assert rows["Carla Ruiz"]["status"] == InvitationStatus.INVITED
    assert rows["Dan Smith"]["status"] == InvitationStatus.DECLINED


def test_an_invalid_email_on_row_7_refuses_the_whole_workbook(
    demo_workspace: Workspace, tmp_path: Path
) -> None:
    rows = [list(r) for r in SPANISH_ROWS]
    rows[6][0] = "bob@"
    path = write_sheet(tmp_path / "invitados.xlsx", rows)
    before = snapshot(demo_workspace)

    _, plan = preview_workbook(demo_workspace, path, DEMO_LIST)
    assert [e.row for e in plan.errors] == [7]
    assert plan.errors[0].message == "Row 7: “bob@” is not a valid e-mail address."

    with pytest.raises(ImportRefused, match="Row 7"):
        import_workbook(demo_workspace, path, DEMO_LIST)
    assert snapshot(demo_workspace) == before


def test_every_bad_row_is_reported_with_its_row_number(
    workspace: Workspace, tmp_path: Path
) -> None:
    path = write_sheet(
        tmp_path / "bad.xlsx",
        [
            ["Name", "E-mail", "Status", "Category"],
            ["Ann", "ann@example.org", "maybe", ""],
            ["", "nobody@example.org", "", ""],
            ["Carl", "carl@", "", ""],
            ["Dora", "", "", "planet"],
            ["Ann again", "ANN@example.org", "", ""],
        ],
    )
    _, plan = preview_workbook(workspace, path, "L")
    messages = {e.row: e.message for e in plan.errors}
    assert set(messages) == {2, 3, 4, 5, 6}
    assert "“maybe” is not a valid status" in messages[2]
    assert "To invite" in messages[2]
    assert messages[3] == "Row 3: The name cannot be empty."
    assert messages[4] == "Row 4: “carl@” is not a valid e-mail address."
    assert "“planet” is not a valid category" in messages[5]
    assert "same person as row 2" in messages[6]


def test_round_trip_applies_exactly_the_edits(demo_workspace: Workspace, tmp_path: Path) -> None:
    exported = tmp_path / "out.xlsx"
    export_workbook(demo_workspace, exported)
    before = list_rows(demo_workspace, DEMO_LIST)
    book = openpyxl.load_workbook(exported)
    sheet = book[DEMO_LIST]
    header = [c.value for c in sheet[1]]
    names = [c.value for c in sheet["A"]]
    chile, peru = names.index("Delegation of Chile") + 1, names.index("Delegation of Peru") + 1
    sheet.cell(chile, header.index("Status") + 1, "Confirmed")
    sheet.cell(peru, header.index("E-mail") + 1, "delegation.peru@example.org")
    book.save(tmp_path / "edited.xlsx")

    _, plan = preview_workbook(demo_workspace, tmp_path / "edited.xlsx", DEMO_LIST)
    updated = {
        r.name: [(c.field, c.old, c.new) for c in r.changes]
        for r in plan.results
        if r.action == UPDATE
    }
    assert updated == {
        "Delegation of Chile": [("status", "To invite", "Confirmed")],
        "Delegation of Peru": [("email", "", "delegation.peru@example.org")],
    }
    assert plan.count(UNCHANGED) == len(before) - 2
    assert plan.count(CREATE) == plan.count(ERROR) == plan.untouched == 0

    import_workbook(demo_workspace, tmp_path / "edited.xlsx", DEMO_LIST)

    after = list_rows(demo_workspace, DEMO_LIST)
    before["Delegation of Chile"]["status"] = InvitationStatus.CONFIRMED
    before["Delegation of Peru"]["email"] = "delegation.peru@example.org"
    for row in (*before.values(), *after.values()):
        row.pop("search_text")
    assert after == before
    _, again = preview_workbook(demo_workspace, tmp_path / "edited.xlsx", DEMO_LIST)
    assert again.count(UNCHANGED) == len(before)


def test_formula_looking_names_come_back_unchanged(
    demo_workspace: Workspace, tmp_path: Path
) -> None:
    with demo_workspace.writing() as session:
        target = invitees.find_list(session, DEMO_LIST)
        for name in ('=HYPERLINK("http://x","click")', "+ Plus", "@at", "-minus"):
            contact = contacts.add_contact(session, name=name, phone="+1 202 458 3000")
            invitees.add_entry(session, target.id, contact.id, role="=1+1")
    export_workbook(demo_workspace, tmp_path / "out.xlsx", ["invitees"])
    _, plan = preview_workbook(demo_workspace, tmp_path / "out.xlsx", DEMO_LIST)
    assert plan.count(UNCHANGED) == len(plan.results) == 39


def test_a_status_change_is_recorded_with_its_date(
    demo_workspace: Workspace, tmp_path: Path
) -> None:
    path = write_sheet(
        tmp_path / "s.xlsx",
        [
            ["Name", "Delegation/Organisation", "Status"],
            ["Delegation of Chile", "Permanent Mission of Chile to the OAS", "Asistió"],
        ],
    )
    with demo_workspace.reading() as session:
        changes_before = session.scalar(select(func.count()).select_from(StatusChange))
    import_workbook(demo_workspace, path, DEMO_LIST)
    with demo_workspace.reading() as session:
        latest = session.scalars(select(StatusChange).order_by(StatusChange.id.desc())).first()
        assert session.scalar(select(func.count()).select_from(StatusChange)) == changes_before + 1
    assert latest is not None and latest.status == InvitationStatus.ATTENDED


def test_rows_match_by_email_else_by_name_and_organisation(
    workspace: Workspace, tmp_path: Path
) -> None:
    with workspace.writing() as session:
        target = invitees.create_list(session, "L")
        for name, org, email in (
            ("Ann Lee", "Mission A", "ann@example.org"),
            ("Bo Diaz", "Mission B", ""),
        ):
            contact = contacts.add_contact(session, name=name, organization=org, email=email)
            invitees.add_entry(session, target.id, contact.id)
    path = write_sheet(
        tmp_path / "m.xlsx",
        [
            ["Name", "Organisation", "E-mail"],
            ["Ann Lee-Smith", "Mission A", "ANN@example.org"],
            ["BO DIAZ", "MISSION B", "bo@example.org"],
            ["Cy Young", "Mission C", ""],
        ],
    )
    _, plan = preview_workbook(workspace, path, "L")
    assert [(r.row, r.action) for r in plan.results] == [(2, UPDATE), (3, UPDATE), (4, CREATE)]
    assert [(c.field, c.new) for c in plan.results[0].changes] == [("name", "Ann Lee-Smith")]
    assert [(c.field, c.new) for c in plan.results[1].changes] == [
        ("name", "BO DIAZ"),
        ("organization", "MISSION B"),
        ("email", "bo@example.org"),
    ]
    import_workbook(workspace, path, "L")
    assert set(list_rows(workspace, "L")) == {"Ann Lee-Smith", "BO DIAZ", "Cy Young"}


def test_entries_missing_from_the_workbook_are_left_alone(
    demo_workspace: Workspace, tmp_path: Path
) -> None:
    path = write_sheet(
        tmp_path / "one.xlsx",
        [
            ["Name", "Organismo", "Estado"],
            ["Delegation of Chile", "Permanent Mission of Chile to the OAS", "Invitado"],
        ],
    )
    before = list_rows(demo_workspace, DEMO_LIST)
    _, plan = preview_workbook(demo_workspace, path, DEMO_LIST)
    assert plan.untouched == len(before) - 1
    import_workbook(demo_workspace, path, DEMO_LIST)
    after = list_rows(demo_workspace, DEMO_LIST)
    assert set(after) == set(before)
    assert after["Delegation of Chile"]["status"] == InvitationStatus.INVITED
    assert after["Delegation of Peru"] == before["Delegation of Peru"]


def test_a_contact_of_another_list_is_reused_not_duplicated(
    demo_workspace: Workspace, tmp_path: Path
) -> None:
    path = write_sheet(
        tmp_path / "obs.xlsx",
        [
            ["Name", "Organisation", "Role"],
            ["Delegation of Chile", "Permanent Mission of Chile to the OAS", "Observer"],
        ],
    )
    with demo_workspace.reading() as session:
        contact_count = session.scalar(select(func.count()).select_from(Contact))
    import_workbook(demo_workspace, path, "Observers' briefing")
    rows = list_rows(demo_workspace, "Observers' briefing")
    assert rows["Delegation of Chile"]["role"] == "Observer"
    assert (
        rows["Delegation of Chile"]["contact_id"]
        == list_rows(demo_workspace, DEMO_LIST)["Delegation of Chile"]["contact_id"]
    )
    with demo_workspace.reading() as session:
        assert session.scalar(select(func.count()).select_from(Contact)) == contact_count


def test_the_sheet_named_like_the_list_is_preferred(workspace: Workspace, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    first = book.active
    first.title = "Notes"
    first.append(["Name", "E-mail"])
    first.append(["Wrong Person", "wrong@example.org"])
    second = book.create_sheet("Guests")
    second.append(["Name", "E-mail"])
    second.append(["Right Person", "right@example.org"])
    book.save(tmp_path / "two.xlsx")

    _, plan = preview_workbook(workspace, tmp_path / "two.xlsx", "Guests")
    assert plan.sheet == "Guests"
    assert [r.name for r in plan.results] == ["Right Person"]
    _, plan = preview_workbook(workspace, tmp_path / "two.xlsx", "Other", "notes")
    assert [r.name for r in plan.results] == ["Wrong Person"]


def test_preview_writes_nothing(demo_workspace: Workspace, tmp_path: Path) -> None:
    path = write_sheet(tmp_path / "new.xlsx", SPANISH_ROWS)
    before = snapshot(demo_workspace)
    _, plan = preview_workbook(demo_workspace, path, "Brand new list")
    assert not plan.list_exists and plan.count(CREATE) == 4
    assert snapshot(demo_workspace) == before


def test_a_cancelled_import_writes_nothing(demo_workspace: Workspace, tmp_path: Path) -> None:
    path = write_sheet(tmp_path / "new.xlsx", SPANISH_ROWS)
    before = snapshot(demo_workspace)
    calls = []

    def cancel_when_writing(done: int, total: int) -> None:
        calls.append(done)
        if done > 600:  # past reading and planning: the rows are being written
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        import_workbook(demo_workspace, path, "Brand new list", progress=cancel_when_writing)
    assert snapshot(demo_workspace) == before


def test_imported_rows_are_stored_as_the_services_store_them(
    workspace: Workspace, tmp_path: Path
) -> None:
    """Bulk-inserted rows hold the same column formats as rows added one by one."""
    with workspace.writing() as session:
        target = invitees.create_list(session, "L")
        contact = contacts.add_contact(session, name="By hand", category="civil_society")
        invitees.add_entry(session, target.id, contact.id, status="invited")
    path = write_sheet(
        tmp_path / "b.xlsx",
        [["Name", "Category", "Status"], ["Imported", "Sociedad civil", "Invitado"]],
    )
    import_workbook(workspace, path, "L")
    with workspace.reading() as session:
        raw = session.connection().exec_driver_sql
        on_file = workspace.engine.dialect.name == "sqlite"
        kind = "typeof" if on_file else "pg_typeof"
        # SQLite stores timestamps as text: all of one length; PostgreSQL has a real type.
        size = "length({})" if on_file else "0 * octet_length(CAST({} AS TEXT))"
        contacts_stored = raw(
            f"SELECT name, category, preferred_language, {kind}(version), version "
            "FROM contacts ORDER BY id"
        ).all()
        entries_stored = raw(
            f"SELECT status, {kind}(status_changed_at), {size.format('status_changed_at')}, "
            "version FROM list_entries ORDER BY id"
        ).all()
        changes_stored = raw(
            f"SELECT status, {kind}(changed_at), {size.format('changed_at')} "
            "FROM status_changes ORDER BY id"
        ).all()
        entry = session.scalars(select(ListEntry).order_by(ListEntry.id.desc())).first()
    assert contacts_stored[1][1:] == contacts_stored[0][1:]
    assert entries_stored[1] == entries_stored[0]
    assert changes_stored[1] == changes_stored[0]
    assert entry is not None and entry.status_changed_at.tzinfo is not None


def test_nothing_is_written_if_the_list_changed_since_the_preview(
    demo_workspace: Workspace, tmp_path: Path
) -> None:
    from app.exchange.xlsx_import import import_table
    from app.exchange.xlsx_safety import WorkbookError

    path = write_sheet(
        tmp_path / "s.xlsx",
        [
            ["Name", "Organisation", "Status"],
            ["Delegation of Chile", "Permanent Mission of Chile to the OAS", "Confirmed"],
        ],
    )
    table, plan = preview_workbook(demo_workspace, path, DEMO_LIST)
    with demo_workspace.writing() as session:
        chile = list_rows(demo_workspace, DEMO_LIST)["Delegation of Chile"]
        invitees.set_status(session, [chile["entry_id"]], "declined")
    before = snapshot(demo_workspace)
    with pytest.raises(WorkbookError, match="changed since the preview"):
        import_table(demo_workspace, table, DEMO_LIST, previewed=plan)
    assert snapshot(demo_workspace) == before
