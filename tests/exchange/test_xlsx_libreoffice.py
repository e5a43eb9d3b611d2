"""The exported workbook as an independent spreadsheet application reads it (LibreOffice)."""

from __future__ import annotations

import csv
import shutil
import subprocess
from pathlib import Path

import pytest

from app.exchange.xlsx_export import export_workbook
from app.services import contacts, invitees
from app.store import Workspace

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
DEMO_LIST = "MISPA III - list of invitees"
FORMULA = '=HYPERLINK("http://x","click")'
#: CSV filter: comma, double quotes, UTF-8, cells as shown, every sheet to its own file.
CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1"

pytestmark = [
    pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed"),
    pytest.mark.slow,
]


def as_csv(workbook: Path, out: Path) -> dict[str, list[list[str]]]:
    """Every sheet of ``workbook`` as LibreOffice shows it, by sheet name."""
    subprocess.run(
        [
            str(SOFFICE),
            f"-env:UserInstallation={(out / 'profile').as_uri()}",
            "--headless",
            "--convert-to",
            CSV_FILTER,
            "--outdir",
            str(out),
            str(workbook),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    sheets = {}
    for path in out.glob(f"{workbook.stem}-*.csv"):
        with path.open(encoding="utf-8", newline="") as stream:
            sheets[path.stem.removeprefix(f"{workbook.stem}-")] = list(csv.reader(stream))
    return sheets


def test_libreoffice_reads_names_dates_and_formula_looking_text(
    demo_workspace: Workspace, tmp_path: Path
) -> None:
    with demo_workspace.writing() as session:
        target = invitees.find_list(session, DEMO_LIST)
        contact = contacts.add_contact(session, name=FORMULA, phone="+1 202 458 3000")
        invitees.add_entry(session, target.id, contact.id, status="confirmed")
    workbook = tmp_path / "mispa.xlsx"
    export_workbook(demo_workspace, workbook)

    sheets = as_csv(workbook, tmp_path)

    assert set(sheets) == {DEMO_LIST, "Calendar", "Agenda", "Documents", "Mandates"}
    people = sheets[DEMO_LIST]
    assert people[0][:3] == ["Name", "Title", "Delegation/Organisation"]
    by_name = {row[0]: row for row in people[1:]}
    assert len(by_name) == 36
    assert by_name["Delegation of Argentina"][2] == "Permanent Mission of Argentina to the OAS"
    assert by_name["Delegation of Argentina"][7] == "To invite"
    assert by_name[FORMULA][6] == "+1 202 458 3000"
    assert by_name[FORMULA][7] == "Confirmed"
    assert "click" not in by_name

    calendar = sheets["Calendar"]
    assert calendar[1][:2] == ["SEPTEMBER 2011", "15 September 2011"]
    assert calendar[1][3:5] == ["10:00", "13:00"]
    assert calendar[1][2].startswith("· Election of the Vice Chair(s) of the Working Group\n")
    assert [row[1] for row in calendar[1:]] == [
        "15 September 2011",
        "22 September 2011",
        "29 September 2011",
        "13 October 2011",
        "27 October 2011",
    ]
    assert sheets["Documents"][1][5].endswith("2011")
