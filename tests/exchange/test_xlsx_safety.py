"""Bad workbooks: each ends with a clear message, and the workspace is left as it was."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from app.exchange import xlsx_safety
from app.exchange.xlsx_import import import_workbook, preview_workbook
from app.exchange.xlsx_safety import OLE2_MAGIC, WorkbookError
from app.models import Contact, InviteeList, ListEntry
from app.store import Workspace

DEMO_LIST = "MISPA III - list of invitees"


def counts(workspace: Workspace) -> tuple[int, int, int]:
    with workspace.reading() as session:
        return tuple(  # type: ignore[return-value]
            session.scalar(select(func.count()).select_from(model))
            for model in (Contact, ListEntry, InviteeList)
        )


def refused(workspace: Workspace, path: Path, match: str, sheet: str | None = None) -> str:
    """Import ``path``; check it fails with ``match`` in the message and writes nothing."""
    before = counts(workspace)
    with pytest.raises(WorkbookError, match=match) as caught:
        import_workbook(workspace, path, "New list", sheet)
    with pytest.raises(WorkbookError, match=match):
        preview_workbook(workspace, path, "New list", sheet)
    assert counts(workspace) == before
    return str(caught.value)


def good_workbook(path: Path) -> Path:
    book = openpyxl.Workbook()
    book.active.append(["Name", "E-mail"])
    book.active.append(["Ann", "ann@example.org"])
    book.save(path)
    return path


def test_a_csv_file_is_not_a_workbook(demo_workspace: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "list.xlsx"
    path.write_text("Name,E-mail\nAnn,ann@example.org\n", encoding="utf-8")
    message = refused(demo_workspace, path, "is not an Excel workbook")
    assert "save it as Excel Workbook (.xlsx)" in message


def test_an_encrypted_workbook_asks_for_it_without_a_password(
    demo_workspace: Workspace, tmp_path: Path
) -> None:
    # An encrypted .xlsx is an OLE2 compound file holding these two streams.
    body = bytearray(4096)
    body[0:8] = OLE2_MAGIC
    body[1024 : 1024 + 32] = "EncryptionInfo".encode("utf-16-le").ljust(32, b"\0")
    body[1152 : 1152 + 34] = "EncryptedPackage".encode("utf-16-le").ljust(34, b"\0")
    path = tmp_path / "secret.xlsx"
    path.write_bytes(bytes(body))
    message = refused(demo_workspace, path, "password-protected")
    assert "save it without a password" in message


def test_an_old_xls_workbook_asks_for_xlsx(demo_workspace: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "old.xls"
    path.write_bytes(OLE2_MAGIC + bytes(4088))
    refused(demo_workspace, path, r"Excel 97-2003 workbook \(\.xls\)")


def test_a_truncated_workbook_is_damaged(demo_workspace: Workspace, tmp_path: Path) -> None:
    whole = good_workbook(tmp_path / "whole.xlsx").read_bytes()
    path = tmp_path / "cut.xlsx"
    path.write_bytes(whole[: len(whole) // 2])
    refused(demo_workspace, path, "is damaged")


def test_a_zip_that_is_not_a_workbook(demo_workspace: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "letter.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<document/>")
    refused(demo_workspace, path, "not an Excel workbook")


def test_a_workbook_with_broken_xml_is_reported(demo_workspace: Workspace, tmp_path: Path) -> None:
    source = good_workbook(tmp_path / "good.xlsx")
    path = tmp_path / "broken.xlsx"
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(path, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data[: len(data) // 2]
            dst.writestr(item, data)
    refused(demo_workspace, path, "could not be read")


def test_a_zip_bomb_is_refused_before_reading(demo_workspace: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (20 * 1024 * 1024))
    assert path.stat().st_size < 100_000
    message = refused(demo_workspace, path, "zip bomb")
    assert "xl/worksheets/sheet1.xml" in message


def test_too_much_unpacked_data_is_refused(
    demo_workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(xlsx_safety, "MAX_UNPACKED_BYTES", 1000)
    refused(demo_workspace, good_workbook(tmp_path / "w.xlsx"), "would unpack to")


def test_too_many_parts_are_refused(demo_workspace: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "many.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        for index in range(xlsx_safety.MAX_MEMBERS):
            archive.writestr(f"xl/media/{index}.bin", b"")
    refused(demo_workspace, path, "parts, more than")


def test_a_file_far_too_large_is_refused(
    demo_workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(xlsx_safety, "MAX_FILE_BYTES", 1000)
    message = refused(demo_workspace, good_workbook(tmp_path / "w.xlsx"), "more than the")
    assert "Split the list" in message


def test_an_empty_file_and_a_missing_file(demo_workspace: Workspace, tmp_path: Path) -> None:
    (tmp_path / "zero.xlsx").write_bytes(b"")
    refused(demo_workspace, tmp_path / "zero.xlsx", r"is empty \(0 bytes\)")
    refused(demo_workspace, tmp_path / "absent.xlsx", "no such file")


def test_an_empty_sheet(demo_workspace: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "blank.xlsx"
    book = openpyxl.Workbook()
    book.active.title = "Invitees"
    book.save(path)
    refused(demo_workspace, path, "The sheet “Invitees” of blank.xlsx is empty", "Invitees")


def test_a_sheet_without_a_recognisable_header(demo_workspace: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "nohead.xlsx"
    book = openpyxl.Workbook()
    for row in (["Ann", "ann@example.org"], ["Bob", "bob@example.org"]):
        book.active.append(row)
    book.save(path)
    message = refused(demo_workspace, path, "header row that Chairdesk recognises")
    assert "Name (Nombre)" in message
    refused(demo_workspace, path, "has no header row Chairdesk recognises", "Sheet")


def test_asking_for_a_sheet_that_is_not_there(demo_workspace: Workspace, tmp_path: Path) -> None:
    message = refused(
        demo_workspace, good_workbook(tmp_path / "w.xlsx"), "no sheet called", "Guests"
    )
    assert "Its sheets are: Sheet." in message
