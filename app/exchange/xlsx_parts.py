"""The parts of an .xlsx package around its sheets' rows: opening it, finding its worksheets,
and reading its shared strings and date styles, each within a limit."""

from __future__ import annotations

import posixpath
import re
import zipfile
from pathlib import Path

from app.exchange.xlsx_safety import WorkbookError
from app.exchange.xlsx_stream import (
    DATE_FORMAT_IDS,
    MAX_SMALL_PART,
    SHARED_STRING,
    SharedStrings,
    attributes,
    pieces,
    refuse_dtd,
    rich_text,
    xml_text,
)
from app.messages import Messages, Number


def read_small_part(archive: zipfile.ZipFile, part: str, name: str) -> bytes:
    info = archive.getinfo(part)
    if info.file_size > MAX_SMALL_PART:
        raise WorkbookError(
            Messages.tr(
                "{file} has an oversized {part} ({size} bytes); it may be damaged or "
                "malicious. Open it in Excel and save it again.",
                file=name,
                part=part,
                size=Number(info.file_size),
            )
        )
    data = archive.read(part)
    refuse_dtd(data[:4096], name)
    return data


def read_shared_strings(archive: zipfile.ZipFile, part: str | None, name: str) -> SharedStrings:
    strings = SharedStrings()
    if part is None:
        return strings
    end = re.compile(rb"</(?:\w+:)?si>|<(?:\w+:)?si\b[^>]*/>")
    for piece in pieces(archive, part, name, end, b"</si>"):
        for match in SHARED_STRING.finditer(piece):
            strings.add(rich_text(match.group(1) or b""))
    return strings


def date_styles(archive: zipfile.ZipFile, part: str | None, name: str) -> frozenset[int]:
    """Indexes of the cell styles (``s``) whose number format shows a date."""
    if part is None:
        return frozenset()
    data = read_small_part(archive, part, name)
    custom: set[int] = set()
    for match in re.finditer(rb"<(?:\w+:)?numFmt\b([^>]*)>", data):
        attrs = attributes(match.group(1))
        code = re.sub(r'"[^"]*"|\[[^\]]*\]|\\.', "", xml_text(attrs.get(b"formatCode", b"")))
        if re.search(r"[dy]|m{3,}", code, re.I) and "0" not in code.split(";")[0][:1]:
            custom.add(int(attrs.get(b"numFmtId", b"0") or 0))
    xfs = re.search(rb"<(?:\w+:)?cellXfs\b.*?</(?:\w+:)?cellXfs>", data, re.S)
    dated: set[int] = set()
    if xfs:
        for index, match in enumerate(re.finditer(rb"<(?:\w+:)?xf\b([^>]*)>", xfs.group(0))):
            number = int(attributes(match.group(1)).get(b"numFmtId", b"0") or 0)
            if number in DATE_FORMAT_IDS or number in custom:
                dated.add(index)
    return frozenset(dated)


def worksheet_parts(archive: zipfile.ZipFile, name: str) -> list[tuple[str, str]]:
    """(sheet name, part path) of each worksheet, in the workbook's order."""
    names = set(archive.namelist())
    workbook_part = next(
        (p for p in ("xl/workbook.xml", "xl/workbook2.xml") if p in names),
        next((p for p in names if p.startswith("xl/") and p.endswith("workbook.xml")), None),
    )
    if workbook_part is None:
        raise WorkbookError(
            Messages.tr(
                "{file} has no workbook part. Open it in Excel and save it again.", file=name
            )
        )
    rels_part = posixpath.join(
        posixpath.dirname(workbook_part), "_rels", posixpath.basename(workbook_part) + ".rels"
    )
    targets: dict[bytes, str] = {}
    if rels_part in names:
        for match in re.finditer(
            rb"<(?:\w+:)?Relationship\b([^>]*)>", read_small_part(archive, rels_part, name)
        ):
            attrs = attributes(match.group(1))
            if not attrs.get(b"Type", b"").endswith(b"/worksheet"):
                continue
            target = xml_text(attrs.get(b"Target", b""))
            path = (
                target.lstrip("/")
                if target.startswith("/")
                else posixpath.normpath(posixpath.join(posixpath.dirname(workbook_part), target))
            )
            targets[attrs.get(b"Id", b"")] = path
    sheets: list[tuple[str, str]] = []
    book = read_small_part(archive, workbook_part, name)
    for match in re.finditer(rb"<(?:\w+:)?sheet\b([^>]*)>", book):
        attrs = attributes(match.group(1))
        part = targets.get(attrs.get(b"id", b""))
        if part and part in names:
            sheets.append((xml_text(attrs.get(b"name", b"")), part))
    return sheets


def find_part(archive: zipfile.ZipFile, suffix: str) -> str | None:
    for part in archive.namelist():
        if part.lower().startswith("xl/") and part.lower().endswith(suffix):
            return part
    return None


def open_workbook(path: Path) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise WorkbookError(
            Messages.tr(
                "{file} could not be read as a workbook ({reason}). Open it in Excel and save "
                "it again as Excel Workbook (.xlsx).",
                file=path.name,
                reason=exc,
            )
        ) from None
