"""``chairdesk export xlsx`` and ``chairdesk import xlsx``."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from app.cli import main
from app.services import invitees
from app.store import Workspace

DEMO_LIST = "MISPA III - list of invitees"


def entries(workspace: Workspace, name: str = DEMO_LIST) -> list[tuple]:
    with workspace.reading() as session:
        found = invitees.find_list(session, name)
        return [] if found is None else invitees.entry_rows(session, found.id)


def edited_export(workspace: Workspace, tmp_path: Path, email: str) -> Path:
    """The demo exported, with one e-mail address typed in on the seventh row."""
    exported = tmp_path / "out.xlsx"
    assert main(["export", "xlsx", str(workspace.path), str(exported), "--sheet", "invitees"]) == 0
    book = openpyxl.load_workbook(exported)
    book[DEMO_LIST]["F7"] = email
    book.save(tmp_path / "edited.xlsx")
    return tmp_path / "edited.xlsx"


def test_export_writes_every_sheet_and_says_so(
    demo_workspace: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "mispa.xlsx"
    assert main(["export", "xlsx", str(demo_workspace.path), str(out)]) == 0
    printed = capsys.readouterr().out
    assert f"Wrote {out}" in printed and f"{DEMO_LIST} (35 rows)" in printed
    assert openpyxl.load_workbook(out).sheetnames == [
        DEMO_LIST,
        "Calendar",
        "Agenda",
        "Documents",
        "Mandates",
    ]


def test_export_with_sheet_options(demo_workspace: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "two.xlsx"
    args = ["export", "xlsx", str(demo_workspace.path), str(out), "--sheet", "agenda"]
    assert main([*args, "--sheet", "documents"]) == 0
    assert openpyxl.load_workbook(out).sheetnames == ["Agenda", "Documents"]


def test_export_of_a_missing_workspace_fails_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["export", "xlsx", str(tmp_path / "none.chairdesk"), str(tmp_path / "o.xlsx")])
    assert code == 1
    assert capsys.readouterr().err.count("\n") == 1
    assert not (tmp_path / "none.chairdesk").exists()
    assert not (tmp_path / "o.xlsx").exists()


def test_import_applies_the_edit_and_prints_the_preview(
    demo_workspace: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edited = edited_export(demo_workspace, tmp_path, "office@example.org")
    capsys.readouterr()
    args = ["import", "xlsx", str(demo_workspace.path), str(edited), "--list", DEMO_LIST]
    assert main(args) == 0
    printed = capsys.readouterr().out
    assert "0 to add, 1 to update, 34 unchanged, 0 with errors" in printed
    assert "Row 7: update" in printed and "“office@example.org”" in printed
    assert "office@example.org" in [row[7] for row in entries(demo_workspace)]


def test_dry_run_writes_nothing(
    demo_workspace: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edited = edited_export(demo_workspace, tmp_path, "office@example.org")
    before = entries(demo_workspace)
    args = ["import", "xlsx", str(demo_workspace.path), str(edited), "--list", DEMO_LIST]
    assert main([*args, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "1 to update" in out and "Dry run: nothing was written." in out
    assert entries(demo_workspace) == before


def test_an_invalid_row_fails_with_its_number_and_writes_nothing(
    demo_workspace: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edited = edited_export(demo_workspace, tmp_path, "bob@")
    before = entries(demo_workspace)
    capsys.readouterr()
    args = ["import", "xlsx", str(demo_workspace.path), str(edited), "--list", DEMO_LIST]
    assert main(args) == 1
    err = capsys.readouterr().err
    assert "1 row(s) of edited.xlsx have errors; nothing was written" in err
    assert "Row 7: “bob@” is not a valid e-mail address." in err
    assert entries(demo_workspace) == before
    assert main([*args, "--dry-run"]) == 1


def test_import_into_a_new_list_creates_it(demo_workspace: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "new.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["Nombre", "Correo electrónico", "Estado"])
    book.active.append(["Ana Pérez", "ana@example.org", "Confirmado"])
    book.save(path)
    args = ["import", "xlsx", str(demo_workspace.path), str(path), "--list", "Side event"]
    assert main(args) == 0
    assert [(row[2], row[9]) for row in entries(demo_workspace, "Side event")] == [
        ("Ana Pérez", "confirmed")
    ]


def test_a_bad_file_fails_in_one_line_and_writes_nothing(
    demo_workspace: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "list.xlsx"
    path.write_text("Name,E-mail\n", encoding="utf-8")
    before = entries(demo_workspace)
    args = ["import", "xlsx", str(demo_workspace.path), str(path), "--list", DEMO_LIST]
    assert main(args) == 1
    err = capsys.readouterr().err
    assert err.startswith("chairdesk: error: list.xlsx is not an Excel workbook")
    assert err.count("\n") == 1
    assert entries(demo_workspace) == before


def test_a_missing_sheet_is_named(
    demo_workspace: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edited = edited_export(demo_workspace, tmp_path, "x@example.org")
    args = ["import", "xlsx", str(demo_workspace.path), str(edited), "--list", DEMO_LIST]
    assert main([*args, "--sheet", "Guests"]) == 1
    assert "has no sheet called “Guests”" in capsys.readouterr().err
