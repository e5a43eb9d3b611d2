"""The workbook for circulation: layout, real dates, text kept as text, no half files."""

from __future__ import annotations

import zipfile
from datetime import date, datetime, time
from pathlib import Path

import openpyxl
import pytest

from app.exchange.xlsx_export import export_workbook
from app.services import contacts, invitees
from app.store import Workspace

DEMO_LIST = "MISPA III - list of invitees"
TRICKY = (
    '=HYPERLINK("http://x","click")',
    "+1 202 458 3000",
    "-minus",
    "@mention",
)


@pytest.fixture
def exported(demo_workspace: Workspace, tmp_path: Path) -> Path:
    path = tmp_path / "mispa.xlsx"
    export_workbook(demo_workspace, path)
    return path


def test_one_sheet_per_list_then_calendar_agenda_documents_mandates(exported: Path) -> None:
    book = openpyxl.load_workbook(exported)
    assert book.sheetnames == [DEMO_LIST, "Calendar", "Agenda", "Documents", "Mandates"]
    sheet = book[DEMO_LIST]
    assert [c.value for c in sheet[1]] == [
        "Name",
        "Title",
        "Delegation/Organisation",
        "Country",
        "Category",
        "E-mail",
        "Phone",
        "Status",
        "Role",
    ]
    assert sheet.max_row == 36
    argentina = next(
        r for r in sheet.iter_rows(values_only=True) if r[0] == "Delegation of Argentina"
    )
    assert argentina[2] == "Permanent Mission of Argentina to the OAS"
    assert argentina[4] == "Member state"
    assert argentina[7] == "To invite"
    assert argentina[8] == "Head of delegation"


def test_every_sheet_has_a_bold_frozen_filtered_header_printed_on_each_page(exported: Path) -> None:
    book = openpyxl.load_workbook(exported)
    for sheet in book:
        assert all(cell.font.b for cell in sheet[1]), sheet.title
        assert sheet.freeze_panes == "A2", sheet.title
        assert (
            sheet.auto_filter.ref
            == f"A1:{sheet.cell(1, sheet.max_column).column_letter}{sheet.max_row}"
        )
        assert sheet.print_title_rows == "$1:$1"
        assert sheet.page_setup.orientation == "landscape"


def test_column_widths_fit_the_longest_value(exported: Path) -> None:
    sheet = openpyxl.load_workbook(exported)[DEMO_LIST]
    longest_name = max(len(c.value) for c in sheet["A"][1:])
    assert longest_name + 2 <= sheet.column_dimensions["A"].width <= longest_name + 4
    assert sheet.column_dimensions["C"].width <= 60


def test_calendar_sheet_is_laid_out_like_the_calendar_of_activities(exported: Path) -> None:
    sheet = openpyxl.load_workbook(exported)["Calendar"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("Month", "Date", "Topic")
    assert rows[1][:2] == ("SEPTEMBER 2011", datetime(2011, 9, 15))
    assert rows[1][2].splitlines()[0] == "· Election of the Vice Chair(s) of the Working Group"
    assert rows[1][3:5] == (time(10, 0), time(13, 0))
    assert [r[0] for r in rows[1:]] == ["SEPTEMBER 2011"] * 3 + ["OCTOBER 2011"] * 2
    assert sheet["A2"].font.b and not sheet["A3"].font.b  # a month's first row stands out
    october = [r[1].date() for r in rows if r[0] == "OCTOBER 2011"]
    assert october == [date(2011, 10, 13), date(2011, 10, 27)]


def test_every_calendar_row_under_the_filter_is_a_meeting(exported: Path) -> None:
    """Month headings in the Date column scrambled the sheet when sorted or filtered."""
    sheet = openpyxl.load_workbook(exported)["Calendar"]
    assert sheet.auto_filter.ref == f"A1:I{sheet.max_row}"
    dates = [row[1] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert all(isinstance(value, datetime) for value in dates)
    assert dates == sorted(dates)


def test_dates_and_times_are_real_cells_with_formats(exported: Path) -> None:
    book = openpyxl.load_workbook(exported)
    day = book["Calendar"]["B3"]
    assert day.is_date and day.number_format == "d mmmm yyyy"
    start = book["Calendar"]["D3"]
    assert start.is_date and start.number_format == "hh:mm"
    circulated = book["Documents"]["F2"]
    assert circulated.is_date and isinstance(circulated.value, datetime)


def test_agenda_documents_and_mandates_sheets(exported: Path) -> None:
    book = openpyxl.load_workbook(exported)
    agenda = list(book["Agenda"].iter_rows(values_only=True))
    assert agenda[0] == ("Meeting date", "No.", "Item", "Kind", "Status", "Decision", "Documents")
    assert agenda[2][1:5] == (
        2,
        "Consideration and approval of the Draft Work Plan for the Working Group",
        "Approval",
        "Approved",
    )
    assert agenda[2][6] == "GT/MISPA-III/doc.1/11"
    documents = list(book["Documents"].iter_rows(values_only=True))
    assert documents[0] == ("Symbol", "Latest revision", "Title", "Kind", "Status", "Circulated")
    assert documents[1][:2] == ("GT/MISPA-III/doc.1/11", "GT/MISPA-III/doc.1/11 rev. 1")
    mandates = list(book["Mandates"].iter_rows(values_only=True))
    assert mandates[0] == ("Resolution", "Mandate", "Area responsible", "Status", "Due date")
    assert mandates[1][0] == "AG/RES. 2629 (XLI-O/11)"
    assert len(mandates) == 8


def test_formula_looking_text_is_written_as_text(demo_workspace: Workspace, tmp_path: Path) -> None:
    with demo_workspace.writing() as session:
        target = invitees.find_list(session, DEMO_LIST)
        for text in TRICKY:
            contact = contacts.add_contact(session, name=text, organization=text, phone=text)
            invitees.add_entry(session, target.id, contact.id, role=text)
    path = tmp_path / "tricky.xlsx"
    export_workbook(demo_workspace, path, ["invitees"])

    sheet = openpyxl.load_workbook(path)[DEMO_LIST]
    cells = {
        row[0].value.strip(): row
        for row in sheet.iter_rows(min_row=2)
        if row[0].value[0] in "=+-@\t"
    }
    assert set(cells) == {t.strip() for t in TRICKY}
    for text in TRICKY:
        for cell in (cells[text.strip()][0], cells[text.strip()][2], cells[text.strip()][6]):
            assert cell.value == text
            assert cell.data_type == "s"
            assert cell.quotePrefix
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml and "<f " not in xml
    assert "HYPERLINK" in xml


def test_text_starting_with_tab_or_carriage_return_stays_text(tmp_path: Path) -> None:
    from openpyxl import Workbook

    from app.exchange.xlsx_sheet import Column, SheetWriter

    book = Workbook(write_only=True)
    sheet = SheetWriter(book, "S", [Column("A"), Column("B"), Column("C")])
    sheet.append(sheet.cells(["\t=1+1", "\r@x", "plain"]))
    sheet.close()
    book.save(tmp_path / "s.xlsx")
    row = next(openpyxl.load_workbook(tmp_path / "s.xlsx")["S"].iter_rows(min_row=2))
    # The standard library's XML reader turns a stored CR into LF, lxml (which caldav
    # brings) keeps it; what matters is that no formula is made.
    values = [c.value for c in row]
    assert values[1] in ("\r@x", "\n@x")
    assert [values[0], values[2]] == ["\t=1+1", "plain"]
    assert [c.data_type for c in row] == ["s", "s", "s"]
    assert [c.quotePrefix for c in row] == [True, True, False]


def test_control_characters_xml_cannot_hold_are_dropped(
    demo_workspace: Workspace, tmp_path: Path
) -> None:
    with demo_workspace.writing() as session:
        target = invitees.find_list(session, DEMO_LIST)
        contact = contacts.add_contact(session, name="Ana\x01 Pérez", phone="\x0b=1+2")
        invitees.add_entry(session, target.id, contact.id)
    export_workbook(demo_workspace, tmp_path / "c.xlsx", ["invitees"])
    sheet = openpyxl.load_workbook(tmp_path / "c.xlsx")[DEMO_LIST]
    row = next(r for r in sheet.iter_rows(min_row=2) if r[0].value == "Ana Pérez")
    assert row[6].value == "=1+2" and row[6].data_type == "s" and row[6].quotePrefix


def test_sheet_choice_writes_only_those_sheets(demo_workspace: Workspace, tmp_path: Path) -> None:
    summary = export_workbook(demo_workspace, tmp_path / "m.xlsx", ["mandates", "meetings"])
    assert summary.sheets == [("Calendar", 5), ("Mandates", 7)]
    assert openpyxl.load_workbook(tmp_path / "m.xlsx").sheetnames == ["Calendar", "Mandates"]


def test_an_empty_workspace_gives_headers_only(workspace: Workspace, tmp_path: Path) -> None:
    export_workbook(workspace, tmp_path / "empty.xlsx")
    book = openpyxl.load_workbook(tmp_path / "empty.xlsx")
    assert book.sheetnames == ["Calendar", "Agenda", "Documents", "Mandates"]
    assert all(sheet.max_row == 1 for sheet in book)


def test_a_cancelled_export_leaves_the_old_file_and_no_partial_file(
    demo_workspace: Workspace, tmp_path: Path
) -> None:
    target = tmp_path / "out.xlsx"
    target.write_bytes(b"the previous export")
    reports: list[tuple[int, int]] = []

    def cancel(done: int, total: int) -> None:
        reports.append((done, total))
        if done > 10:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        export_workbook(demo_workspace, target, progress=cancel)
    assert target.read_bytes() == b"the previous export"
    assert [
        p.name for p in tmp_path.iterdir() if p.name != "demo.chairdesk" and "demo" not in p.name
    ] == ["out.xlsx"]
    assert reports[0] == (0, 35 + 5 + 11 + 9 + 7)


def test_progress_reaches_the_total(demo_workspace: Workspace, tmp_path: Path) -> None:
    reports: list[tuple[int, int]] = []
    export_workbook(
        demo_workspace, tmp_path / "p.xlsx", progress=lambda d, t: reports.append((d, t))
    )
    assert reports[-1] == (67, 67)
