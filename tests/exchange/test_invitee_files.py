"""Invitee lists as people really send them: hand-made workbooks, Excel CSVs, LibreOffice .ods."""

from __future__ import annotations

import csv
import zipfile
from pathlib import Path

import pytest

from app.exchange.csv_export import export_list_csv
from app.exchange.xlsx_import import CREATE, UNCHANGED, import_workbook, preview_workbook
from app.exchange.xlsx_safety import WorkbookError
from app.services import contacts, invitees
from app.store import Workspace
from tests.exchange.test_xlsx_import import DEMO_LIST, list_rows, snapshot, write_sheet

FILES = Path(__file__).parent / "files"


def imported(workspace: Workspace, name: str, list_name: str = "Invitados") -> dict:
    plan = import_workbook(workspace, FILES / name, list_name)  # an absolute name stays as is
    assert plan.count("error") == 0
    return list_rows(workspace, list_name)


@pytest.mark.parametrize("name", ["invitados_a_mano.xlsx", "invitados_a_mano.ods"])
def test_a_hand_made_spanish_list_gives_exactly_its_six_invitees(workspace, name):
    rows = imported(workspace, name)
    # (LibreOffice's conversion kept the "[31m" of the escape it could not store.)
    assert sorted(n for n in rows if not n.startswith("Zoë O’Brien")) == [
        "Ana María Pérez",
        "Carla Ruiz",
        "Dan Smith",
        "José Núñez",
        "Luis Gómez",
    ]
    assert len(rows) == 6
    assert not any(n.lower().startswith("total") for n in rows)  # the totals line is no one
    # The delegation merged over three rows belongs to each of the three delegates.
    assert {rows[n]["organization"] for n in ("Ana María Pérez", "Luis Gómez", "Carla Ruiz")} == {
        "Delegación de Chile"
    }
    assert rows["Ana María Pérez"]["email"] == "ana.perez@interior.gob.cl"
    assert rows["Carla Ruiz"]["email"] == "carla.ruiz@interior.gob.cl"
    assert rows["José Núñez"]["email"] == "jnunez@rree.gob.pe"
    assert rows["Dan Smith"]["status"] == "declined"


def test_control_characters_and_terminal_escapes_are_not_stored(workspace):
    rows = imported(workspace, "invitados_a_mano.xlsx")
    assert "Zoë O’Brien" in rows
    assert not any(ch in name for name in rows for ch in "\x00\x07\x1b")


def test_the_preview_names_the_skipped_totals_line(workspace):
    _, plan = preview_workbook(workspace, FILES / "invitados_a_mano.xlsx", "Invitados")
    assert plan.skipped == [(12, "a totals line (“Total: 6 participantes”)")]


def test_an_excel_csv_from_a_spanish_windows_joins_name_and_surnames(workspace):
    _, plan = preview_workbook(workspace, FILES / "lista_excel_es.csv", "Lista")
    assert plan.note == "read as Windows-1252 (ANSI), semicolon-separated"
    rows = imported(workspace, "lista_excel_es.csv", "Lista")
    assert sorted(rows) == ["Ana María Pérez Soto", "José Núñez", "Ñusta Quispe"]
    assert rows["Ana María Pérez Soto"]["phone"] == "+56 2 2486 3000"
    assert rows["José Núñez"]["organization"] == "Misión Permanente de Perú"


def test_outlook_contacts_with_first_and_last_name_columns_are_accepted(workspace):
    rows = imported(workspace, "outlook_contacts.csv", "Contacts")
    assert sorted(rows) == ["François Côté", "Michelle Mitchell"]
    mitchell = rows["Michelle Mitchell"]
    assert mitchell["title"] == "Colonel"  # Job Title; Outlook's Title is the honorific
    assert mitchell["organization"] == "Ministry of National Security"
    assert mitchell["country"] == "Trinidad and Tobago"
    assert mitchell["email"] == "mmitchell@mns.gov.tt"


def test_excel_unicode_text_is_read_as_utf16(workspace):
    rows = imported(workspace, "invitees_unicode.txt", "Unicode")
    assert sorted(rows) == ["Đorđe Petrović", "Şebnem Yılmaz"]


@pytest.mark.parametrize(
    ("encoding", "separator"), [("utf-8-sig", ","), ("utf-8", ";"), ("utf-8", ",")]
)
def test_utf8_csv_with_or_without_bom_and_either_separator(
    workspace, tmp_path, encoding, separator
):
    path = tmp_path / "list.csv"
    lines = [["Nombre", "Organismo", "Correo"], ["Ana Peña", "OEA, SMS", "ana@oas.org"]]
    with path.open("w", encoding=encoding, newline="") as stream:
        csv.writer(stream, delimiter=separator).writerows(lines)
    rows = imported(workspace, str(path), "CSV")
    assert rows["Ana Peña"]["organization"] == "OEA, SMS"


def test_a_list_exported_as_csv_comes_back_unchanged(demo_workspace, tmp_path):
    formula = '=HYPERLINK("http://x","click")'
    with demo_workspace.writing() as session:
        target_list = invitees.find_list(session, DEMO_LIST)
        contact = contacts.add_contact(session, name=formula, phone="+1 202 458 3000")
        invitees.add_entry(session, target_list.id, contact.id, status="confirmed")
    target = tmp_path / "list.csv"
    count = export_list_csv(demo_workspace, DEMO_LIST, target)
    assert count == len(list_rows(demo_workspace, DEMO_LIST)) == 36
    text = target.read_bytes()
    assert text.startswith(b"\xef\xbb\xbf")  # Excel needs the mark to read UTF-8
    assert b"'+1 202 458 3000" in text  # formula-looking text is neutralised
    assert b"'=HYPERLINK" in text
    before = snapshot(demo_workspace)
    _, plan = preview_workbook(demo_workspace, target, DEMO_LIST)
    assert plan.count(UNCHANGED) == 36 and plan.count(CREATE) == 0
    import_workbook(demo_workspace, target, DEMO_LIST)
    assert snapshot(demo_workspace) == before


def test_a_semicolon_csv_export_for_spanish_excel(demo_workspace, tmp_path):
    target = tmp_path / "lista.csv"
    export_list_csv(demo_workspace, DEMO_LIST, target, semicolon=True)
    assert target.read_text(encoding="utf-8-sig").splitlines()[0].startswith("Name;Title;")


def test_entries_missing_from_the_file_are_named_and_can_be_removed(demo_workspace, tmp_path):
    before = list_rows(demo_workspace, DEMO_LIST)
    kept = sorted(before)[1:]
    path = write_sheet(
        tmp_path / "fewer.xlsx",
        [["Name", "Delegation/Organisation", "E-mail"]]
        + [[n, before[n]["organization"], before[n]["email"]] for n in kept],
    )
    gone = sorted(before)[0]
    _, plan = preview_workbook(demo_workspace, path, DEMO_LIST)
    assert [m.name for m in plan.missing] == [gone]
    assert plan.missing[0].describe().endswith(": in the list, not in the workbook")
    import_workbook(demo_workspace, path, DEMO_LIST)
    assert gone in list_rows(demo_workspace, DEMO_LIST)  # left alone unless asked
    plan = import_workbook(demo_workspace, path, DEMO_LIST, remove_missing=True)
    assert "1 to remove" in plan.summary()
    assert sorted(list_rows(demo_workspace, DEMO_LIST)) == kept


def _rewritten(source: Path, target: Path, part: str, change) -> Path:
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            dst.writestr(info.filename, change(data) if info.filename == part else data)
    return target


@pytest.mark.parametrize(
    ("cell", "message"),
    [
        (
            b'<row r="99999999"><c r="A99999999" t="inlineStr"><is><t>x</t></is></c></row>',
            "99,999,999",
        ),
        (b'<row r="1048576"><c r="XFE1048576" t="inlineStr"><is><t>x</t></is></c></row>', "XFD"),
    ],
)
def test_tiny_workbooks_claiming_huge_sheets_end_with_a_message(workspace, tmp_path, cell, message):
    base = write_sheet(tmp_path / "base.xlsx", [["Name", "E-mail"], ["Ana", "ana@example.org"]])
    path = _rewritten(
        base,
        tmp_path / "huge.xlsx",
        "xl/worksheets/sheet1.xml",
        lambda data: data.replace(b"</sheetData>", cell + b"</sheetData>"),
    )
    assert path.stat().st_size < 10_000
    before = snapshot(workspace)
    with pytest.raises(WorkbookError, match=message):
        import_workbook(workspace, path, "Huge")
    assert snapshot(workspace) == before


def test_a_far_cell_at_xfd1048576_costs_nothing(workspace, tmp_path):
    """Python-calamine aborted the process on this 2 KB file; the stream just reads it."""
    base = write_sheet(tmp_path / "base.xlsx", [["Name", "E-mail"], ["Ana", "ana@example.org"]])
    cell = b'<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>'
    path = _rewritten(
        base,
        tmp_path / "far.xlsx",
        "xl/worksheets/sheet1.xml",
        lambda data: data.replace(b"</sheetData>", cell + b"</sheetData>"),
    )
    _, plan = preview_workbook(workspace, path, "Far")
    assert plan.count(CREATE) == 1


def test_a_string_table_claiming_four_billion_strings_is_not_believed(workspace, tmp_path):
    source = FILES / "invitados_a_mano.xlsx"
    book = tmp_path / "sst.xlsx"
    import openpyxl

    openpyxl.load_workbook(source)  # sanity: the file is a workbook
    sst = (
        b'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/'
        b'spreadsheetml/2006/main" count="4294967295" uniqueCount="4294967295">'
        b"<si><t>Nombre</t></si></sst>"
    )
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(book, "w") as dst:
        for info in src.infolist():
            dst.writestr(info.filename, src.read(info.filename))
        dst.writestr("xl/sharedStrings.xml", sst)
    _, plan = preview_workbook(workspace, book, "Invitados")
    assert plan.count(CREATE) == 6


def test_an_ods_repeating_a_row_a_billion_times_is_refused(workspace, tmp_path):
    path = tmp_path / "bomb.ods"
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body>'
        '<office:spreadsheet><table:table table:name="Hoja1"><table:table-row>'
        '<table:table-cell office:value-type="string"><text:p>Nombre</text:p></table:table-cell>'
        '<table:table-cell office:value-type="string"><text:p>Correo</text:p></table:table-cell>'
        '</table:table-row><table:table-row table:number-rows-repeated="1000000000">'
        '<table:table-cell office:value-type="string"><text:p>Ana</text:p></table:table-cell>'
        "</table:table-row></table:table></office:spreadsheet></office:body>"
        "</office:document-content>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", content)
    with pytest.raises(WorkbookError, match="1,048,576 rows"):
        preview_workbook(workspace, path, "Bomb")


def test_csv_of_another_encoding_is_refused_with_advice(workspace, tmp_path):
    path = tmp_path / "odd.csv"
    path.write_bytes(b"Name,E-mail\r\nAna,a@example.org\r\n" + b"\x81\x8d\x8f\x90\x9d\r\n")
    with pytest.raises(WorkbookError, match="CSV UTF-8"):
        preview_workbook(workspace, path, "Odd")


def test_a_fifo_is_refused_without_hanging(workspace, tmp_path):
    import os

    path = tmp_path / "list.csv"
    os.mkfifo(path)
    with pytest.raises(WorkbookError, match="not a regular file"):
        preview_workbook(workspace, path, "Fifo")


def test_summaries_stay_consistent(workspace):
    import_workbook(workspace, FILES / "invitados_a_mano.xlsx", "Invitados")
    with workspace.reading() as session:
        summary = next(s for s in invitees.list_summaries(session) if s.name == "Invitados")
    assert summary.entry_count == 6
