"""Which kind of spreadsheet a file is (.xlsx, .ods or CSV), and its rows as a stream.

The kind is told by the file's first bytes, not its name: a zip holding ``xl/`` is an
Excel workbook, a zip whose ``mimetype`` says so is an OpenDocument spreadsheet, and
text is CSV. Each kind gets the same checks before it is read (size, zip bombs,
encryption, old .xls) and comes out the same way: sheet names, then
``(row number, values by 0-based column)`` for each row with something in it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.exchange.xlsx_safety import (
    OLE2_MAGIC,
    ZIP_MAGIC,
    check_file_basics,
    check_workbook_file,
    check_zip_members,
)

XLSX, ODS, CSV = "xlsx", "ods", "csv"
SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")

#: Rates how well some first rows name the known headers (used to find a CSV's separator).
HeaderScore = Callable[[list[list[str]]], int]


@dataclass
class SheetFile:
    path: Path
    kind: str
    #: How the file was read, when a person should know (a CSV's encoding and separator).
    note: str = ""
    _csv_format: Any = field(default=None, repr=False)

    def sheet_names(self) -> list[str]:
        if self.kind == XLSX:
            from app.exchange.xlsx_parts import open_workbook, worksheet_parts

            with open_workbook(self.path) as archive:
                return [name for name, _ in worksheet_parts(archive, self.path.name)]
        if self.kind == ODS:
            from app.exchange.ods_stream import ods_sheet_names

            return ods_sheet_names(self.path)
        return [self.path.stem]

    def rows(self, sheet: str) -> Iterator[tuple[int, list[Any]]]:
        """The sheet's rows with something in them, as a stream."""
        if self.kind == XLSX:
            yield from _xlsx_rows(self.path, sheet)
        elif self.kind == ODS:
            from app.exchange.ods_stream import ods_rows

            yield from ods_rows(self.path, sheet)
        else:
            from app.exchange.csv_reader import read_rows

            for number, row in enumerate(read_rows(self.path, self._csv_format), 1):
                if any(row):
                    yield number, row


def _xlsx_rows(path: Path, sheet: str) -> Iterator[tuple[int, list[Any]]]:
    from app.exchange.xlsx_parts import (
        date_styles,
        find_part,
        open_workbook,
        read_shared_strings,
        worksheet_parts,
    )
    from app.exchange.xlsx_stream import sheet_rows

    with open_workbook(path) as archive:
        parts = dict(worksheet_parts(archive, path.name))
        strings = read_shared_strings(archive, find_part(archive, "sharedstrings.xml"), path.name)
        dated = date_styles(archive, find_part(archive, "styles.xml"), path.name)
        yield from sheet_rows(archive, parts[sheet], path.name, strings, dated)


def open_sheet_file(path: Path | str, score: HeaderScore) -> SheetFile:
    """Check ``path`` and tell its kind; raises :class:`WorkbookError` saying what to do."""
    path = Path(path)
    check_file_basics(path)
    with path.open("rb") as stream:
        head = stream.read(8)
    if head[:4] == ZIP_MAGIC:
        from app.exchange.ods_stream import is_ods

        if is_ods(path):
            check_zip_members(path)
            return SheetFile(path, ODS)
        check_workbook_file(path)
        return SheetFile(path, XLSX)
    if head == OLE2_MAGIC or path.suffix.lower() in SPREADSHEET_SUFFIXES:
        check_workbook_file(path)  # says what the file is instead (.xls, encrypted, not a workbook)
    from app.exchange.csv_reader import detect_format

    form = detect_format(path, score)
    return SheetFile(path, CSV, note=form.describe(), _csv_format=form)
