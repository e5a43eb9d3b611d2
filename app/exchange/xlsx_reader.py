"""Reading an invitee sheet out of an untrusted workbook, after the safety checks.

The sheet is found by name (asked for, else named like the list, else the first with a
recognisable header); the header row need not be the first: the first rows are scanned
for the one that names the most known columns, in English or Spanish, in any order.
Cells come back as text, with each row's number as the spreadsheet shows it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from operator import itemgetter
from pathlib import Path
from typing import Any

from app.exchange.xlsx_bulk import collector_paused
from app.exchange.xlsx_labels import FIELD_LABELS, HEADER_FIELDS, normalized, sheet_title
from app.exchange.xlsx_safety import WorkbookError, check_workbook_file

#: How many rows from the top are searched for the header row.
HEADER_SCAN_ROWS = 20
#: A header row must name the Name column and at least this many known columns in all.
MIN_HEADER_FIELDS = 2
PROGRESS_EVERY = 2000

ProgressCallback = Callable[[int, int], None]


@dataclass
class InviteeTable:
    """The invitee rows of one sheet, as text, keyed by the fields their headers name."""

    path: Path
    sheet: str
    #: 1-based number of the header row, as the spreadsheet shows it.
    header_row: int
    #: The fields the sheet has a column for, in the order of ``rows``' values.
    fields: tuple[str, ...]
    #: Headers that name no known field (their columns are ignored).
    ignored_headers: tuple[str, ...]
    #: (spreadsheet row number, one text per field); blank rows are left out.
    rows: list[tuple[int, tuple[str, ...]]]


def cell_text(value: Any) -> str:
    """A cell's value as the text a person sees (12.0 -> "12", dates in ISO form)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat(" ")
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)


def header_fields(row: Sequence[Any]) -> tuple[dict[str, int], list[str]]:
    """Which column each known field is in (first one wins), and the unknown headers."""
    columns: dict[str, int] = {}
    unknown: list[str] = []
    for index, value in enumerate(row):
        text = cell_text(value).strip()
        if not text:
            continue
        field = HEADER_FIELDS.get(normalized(text))
        if field is None or field in columns:
            unknown.append(text)
        else:
            columns[field] = index
    return columns, unknown


def find_header(rows: Sequence[Sequence[Any]]) -> tuple[int, dict[str, int], list[str]] | None:
    """(0-based index, field columns, unknown headers) of the best header row, or None."""
    best: tuple[int, dict[str, int], list[str]] | None = None
    for index, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        columns, unknown = header_fields(row)
        if "name" not in columns or len(columns) < MIN_HEADER_FIELDS:
            continue
        if best is None or len(columns) > len(best[1]):
            best = (index, columns, unknown)
    return best


def _open(path: Path) -> Any:
    from python_calamine import CalamineWorkbook

    try:
        return CalamineWorkbook.from_path(str(path))
    except Exception as exc:  # calamine raises its own types, and others for odd files
        raise WorkbookError(
            f"{path.name} could not be read as a workbook ({exc}). Open it in Excel and save "
            "it again as Excel Workbook (.xlsx)."
        ) from None


def _worksheet_names(book: Any) -> list[str]:
    from python_calamine import SheetTypeEnum

    return [
        meta.name for meta in book.sheets_metadata if meta.typ == SheetTypeEnum.WorkSheet
    ] or list(book.sheet_names)


def _load(book: Any, name: str, path: Path) -> Any:
    """The sheet's cells, parsed once (calamine reads a whole sheet at a time)."""
    try:
        return book.get_sheet_by_name(name)
    except Exception as exc:
        raise WorkbookError(
            f"The sheet “{name}” of {path.name} could not be read ({exc}). Open the file in "
            "Excel and save it again."
        ) from None


def _top_rows(rows: Iterator[list[Any]]) -> list[list[Any]]:
    top: list[list[Any]] = []
    for row in rows:
        top.append(row)
        if len(top) >= HEADER_SCAN_ROWS:
            break
    return top


def _header_help() -> str:
    names = ", ".join(FIELD_LABELS[f] for f in ("name", "organization", "email", "status"))
    return (
        "The header row must be in the first "
        f"{HEADER_SCAN_ROWS} rows and name a Name (Nombre) column and at least one more "
        f"known column, such as {names} (or Organismo, Correo electrónico, Estado)."
    )


def _choose_sheet(book: Any, path: Path, list_name: str, sheet_name: str | None) -> Any:
    names = _worksheet_names(book)
    if not names:
        raise WorkbookError(f"{path.name} has no worksheets. Choose another file.")
    if sheet_name:
        exact = [n for n in names if n == sheet_name] or [
            n for n in names if n.casefold() == sheet_name.strip().casefold()
        ]
        if not exact:
            raise WorkbookError(
                f"{path.name} has no sheet called “{sheet_name}”. Its sheets are: "
                f"{', '.join(names)}."
            )
        return _load(book, exact[0], path)
    wanted = {list_name.strip().casefold(), sheet_title(list_name).casefold()}
    for name in names:
        if name.casefold() in wanted:
            return _load(book, name, path)
    for name in names:
        sheet = _load(book, name, path)
        if find_header(_top_rows(iter(sheet.iter_rows()))) is not None:
            return sheet
    raise WorkbookError(
        f"No sheet of {path.name} has a header row that Chairdesk recognises. " + _header_help()
    )


@collector_paused()
def read_invitee_table(
    path: Path | str,
    list_name: str,
    sheet_name: str | None = None,
    *,
    progress: ProgressCallback | None = None,
) -> InviteeTable:
    """Check ``path``, find the invitee sheet and its header, and read its rows as text.

    Raises :class:`WorkbookError` with a message that says what to do.
    """
    path = Path(path)
    check_workbook_file(path)
    book = _open(path)
    try:
        sheet = _choose_sheet(book, path, list_name, sheet_name)
        name = sheet.name
        total = sheet.total_height
        rows = iter(sheet.iter_rows())
        top = _top_rows(rows)
        if not any(cell_text(v).strip() for row in top for v in row):
            raise WorkbookError(
                f"The sheet “{name}” of {path.name} is empty. Choose the sheet with the "
                "invitees (with --sheet on the command line)."
            )
        found = find_header(top)
        if found is None:
            raise WorkbookError(
                f"The sheet “{name}” of {path.name} has no header row Chairdesk recognises. "
                + _header_help()
            )
        header_index, columns, unknown = found
        fields = tuple(columns)
        positions = tuple(columns.values())
        table_rows: list[tuple[int, tuple[str, ...]]] = []

        pick = itemgetter(*positions)  # a header names at least two columns: gives a tuple
        width = max(positions) + 1

        def take(number: int, row: list[Any]) -> None:
            if len(row) < width:
                row = [*row, *([""] * (width - len(row)))]
            values = tuple(map(cell_text, pick(row)))
            if "".join(values).strip():
                table_rows.append((number, values))

        for offset, row in enumerate(top[header_index + 1 :]):
            take(header_index + 2 + offset, row)
        number = len(top)
        for row in rows:
            number += 1
            take(number, row)
            if progress is not None and number % PROGRESS_EVERY == 0:
                progress(number, max(total, number))
    finally:
        book.close()
    if progress is not None:
        progress(max(total, number), max(total, number))
    return InviteeTable(
        path=path,
        sheet=name,
        header_row=header_index + 1,
        fields=fields,
        ignored_headers=tuple(unknown),
        rows=table_rows,
    )
