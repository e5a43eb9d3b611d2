"""What a workbook's XML claims, checked before the reader believes it.

python-calamine sizes its memory from what the file says: a grid from the first to the
last cell, and a table of as many shared strings as the file announces. A 2 KB workbook
with one cell at XFD1048576 (17 billion grid cells), a row numbered 99,999,999, or a
shared-strings part announcing four billion strings makes it ask for hundreds of GB and
aborts the whole process. So every worksheet part is scanned first, as a stream, for
its row and cell references, and the shared-strings part for its counts; a file whose
claims do not fit what it holds is refused with a message, before calamine sees it.

The scan reads each part once in 1 MB pieces with regular expressions (no XML tree),
so its time and memory are bounded by the part's unpacked size, which the zip checks
of :mod:`app.exchange.xlsx_safety` already bound.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from app.exchange.xlsx_safety import WorkbookError

#: Excel's own limits: a reference beyond them is damage, not data.
MAX_ROWS = 1_048_576
MAX_COLUMNS = 16_384
#: Largest grid (rows x columns from the first to the last cell) handed to the reader.
MAX_GRID_CELLS = MAX_ROWS * 20
#: A grid may be this many times larger than the cells it holds, or this large anyway.
SPARSE_FACTOR = 16
SMALL_GRID = 1_000_000
CHUNK = 1024 * 1024
LONGEST_TAG = 64 * 1024

_TAGS = re.compile(rb"<(?:\w+:)?(row|c)\b([^>]*?)/?>")
_R_ATTRIBUTE = re.compile(rb"""\br\s*=\s*["']([A-Za-z]*)(\d*)["']""")
_SST = re.compile(rb"<(?:\w+:)?sst\b([^>]*)>")
_COUNT = re.compile(rb"""\b(count|uniqueCount)\s*=\s*["'](\d+)["']""")
_SI = re.compile(rb"<(?:\w+:)?si[\s>/]")


@dataclass
class SheetExtent:
    part: str
    cells: int = 0
    first_row: int = 0
    last_row: int = 0
    first_column: int = 0
    last_column: int = 0
    far_cell: str = ""

    @property
    def grid(self) -> int:
        if not self.last_row:
            return 0
        rows = self.last_row - self.first_row + 1
        return rows * max(self.last_column - self.first_column + 1, 1)


def column_number(letters: bytes) -> int:
    number = 0
    for letter in letters.upper():
        number = number * 26 + (letter - 64)
    return number


def column_letters(number: int) -> str:
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _pieces(archive: zipfile.ZipFile, part: str, name: str) -> Iterator[bytes]:
    """Yield the part's text cut after a complete tag, so no tag spans two pieces."""
    with archive.open(part) as stream:
        carry = b""
        while chunk := stream.read(CHUNK):
            buffer = carry + chunk
            cut = buffer.rfind(b"<")
            if cut <= 0:
                cut = len(buffer)
            yield buffer[:cut]
            carry = buffer[cut:]
            if len(carry) > LONGEST_TAG:
                raise WorkbookError(
                    f"{name} has a damaged sheet ({part}: a tag longer than "
                    f"{LONGEST_TAG // 1024} KB). Open it in Excel and save it again."
                )
        if carry:
            yield carry


class _Scan:
    def __init__(self, extent: SheetExtent) -> None:
        self.extent = extent
        self.row = 0
        self.column = 0

    def see(self, row: int, column: int) -> None:
        extent = self.extent
        if extent.first_row == 0 or row < extent.first_row:
            extent.first_row = row
        if column and (extent.first_column == 0 or column < extent.first_column):
            extent.first_column = column
        if row > extent.last_row:
            extent.last_row = row
        if column > extent.last_column:
            extent.last_column = column
        if row > MAX_ROWS or column > MAX_COLUMNS or row == extent.last_row:
            extent.far_cell = f"{column_letters(column)}{row}" if column else f"row {row}"

    def piece(self, text: bytes) -> None:
        # Rows and cells in document order: one pass over both kinds of tag.
        for match in _TAGS.finditer(text):
            attributes = match.group(2)
            found = _R_ATTRIBUTE.search(attributes)
            if match.group(1) == b"row":
                self.row = int(found.group(2)) if found and found.group(2) else self.row + 1
                self.column = 0
                self.see(self.row, 0)
                continue
            self.extent.cells += 1
            if found and found.group(1):
                self.column = column_number(found.group(1))
                if found.group(2):
                    self.row = int(found.group(2))
            else:
                self.column += 1
            self.see(max(self.row, 1), self.column)


def scan_sheet(archive: zipfile.ZipFile, part: str, name: str) -> SheetExtent:
    extent = SheetExtent(part)
    scan = _Scan(extent)
    for text in _pieces(archive, part, name):
        scan.piece(text)
    return extent


def _check_extent(extent: SheetExtent, name: str) -> None:
    if extent.last_row > MAX_ROWS or extent.last_column > MAX_COLUMNS:
        raise WorkbookError(
            f"{name} is damaged: a sheet refers to {extent.far_cell}, beyond the last row "
            f"({MAX_ROWS:,}) or column (XFD) a workbook can have. Open it in Excel and save "
            "it again, or ask for a new copy."
        )
    grid = extent.grid
    if grid > MAX_GRID_CELLS or grid > max(SPARSE_FACTOR * extent.cells, SMALL_GRID):
        raise WorkbookError(
            f"{name} has a cell far from the others ({extent.far_cell}), which would make the "
            f"sheet a grid of {grid:,} cells for its {extent.cells:,} filled ones. Delete "
            "the stray cells (Ctrl+End in Excel shows the last one), save, and import again."
        )


def _check_shared_strings(archive: zipfile.ZipFile, part: str, name: str, cells: int) -> None:
    """The string table may not announce more strings than it holds or cells use."""
    declared: dict[bytes, int] = {}
    held = 0
    for text in _pieces(archive, part, name):
        if not declared:
            header = _SST.search(text)
            if header:
                declared = {k: int(v) for k, v in _COUNT.findall(header.group(1))}
        held += len(_SI.findall(text))
    unique = declared.get(b"uniqueCount", 0)
    uses = declared.get(b"count", 0)
    claimed = max(unique, uses)
    if unique > 2 * held + 1000 or uses > 2 * max(held, cells) + 1000:
        raise WorkbookError(
            f"{name} is damaged: its shared-strings part claims {claimed:,} strings but holds "
            f"{held:,}. Open it in Excel and save it again, or ask for a new copy."
        )


def check_workbook_claims(path: Path) -> None:
    """Refuse a workbook whose sheets or string table claim more than they hold."""
    name = path.name
    try:
        with zipfile.ZipFile(path) as archive:
            cells = 0
            strings: list[str] = []
            for part in archive.namelist():
                lowered = part.lower()
                if lowered.startswith("xl/worksheets/") and lowered.endswith(".xml"):
                    extent = scan_sheet(archive, part, name)
                    _check_extent(extent, name)
                    cells += extent.cells
                elif lowered.startswith("xl/") and lowered.endswith("sharedstrings.xml"):
                    strings.append(part)
            for part in strings:
                _check_shared_strings(archive, part, name, cells)
    except (zipfile.BadZipFile, OSError, EOFError, RuntimeError, ValueError) as exc:
        if isinstance(exc, WorkbookError):
            raise
        raise WorkbookError(
            f"{name} is damaged ({exc}). Open it in Excel and save it again, or ask for a new copy."
        ) from None
