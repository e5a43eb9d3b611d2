"""The invitee rows of a workbook, CSV or .ods file, as people really make them.

The sheet is found by name (asked for, else named like the list, else the first with a
recognisable header); the header row need not be the first: the first rows are scanned
for the one that names the most known columns, in English or Spanish, in any order. A
name may come in parts (Outlook's First Name / Middle Name / Last Name, or "Nombre" +
"Apellidos"), which are joined. Rows come out as one line of clean text per field
(control characters and terminal escapes removed, ``mailto:`` taken off an e-mail),
with each row's number as the spreadsheet shows it; a totals line under the table
("Total: 6 participantes") and a repeated header row are skipped and reported, and a
cell merged over several rows counts for each of them.

Rows are read as a stream, each time :meth:`InviteeTable.rows` is called: a sheet of a
million rows is never held in memory.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from app.exchange.clean_text import clean_line, shortened
from app.exchange.sheet_source import CSV, SheetFile, open_sheet_file
from app.exchange.xlsx_labels import (
    FIELD_LABELS,
    HEADER_FIELDS,
    NAME_PARTS,
    normalized,
    sheet_title,
)
from app.exchange.xlsx_safety import WorkbookError
from app.messages import Message, Messages

#: How many rows from the top are searched for the header row.
HEADER_SCAN_ROWS = 20
#: A header row must name the Name column and at least this many known columns in all.
MIN_HEADER_FIELDS = 2
PROGRESS_EVERY = 2000
#: Skipped rows listed by a preview; more are counted.
SKIPPED_SHOWN = 50

ProgressCallback = Callable[[int, int], None]

_TOTALS = re.compile(
    r"^\s*(?:grand\s+total|sub-?total(?:es)?|totale?s?|suma|sum|count|recuento|cantidad"
    r"|n[úu]mero\s+(?:total\s+)?de|number\s+of)\b",
    re.IGNORECASE,
)
_MAILTO = re.compile(r"^\s*mailto:\s*", re.IGNORECASE)
_ANGLE_ADDRESS = re.compile(r"<\s*(?:mailto:)?([^<>\s]+@[^<>\s]+)\s*>\s*$", re.IGNORECASE)
_FORMULA_FIRST = frozenset("=+-@\t\r")


@dataclass
class InviteeTable:
    """Where the invitee rows are and what their columns hold; :meth:`rows` reads them."""

    path: Path
    sheet: str
    #: 1-based number of the header row, as the spreadsheet shows it.
    header_row: int
    #: The fields the sheet has a column for, in the order of each row's values.
    fields: tuple[str, ...]
    #: Headers that name no known field (their columns are ignored).
    ignored_headers: tuple[str, ...]
    #: How the file was read, when a person should know (a CSV's encoding and separator).
    note: str = ""
    #: (row number, why) of rows left out: totals lines, repeated headers.
    skipped: list[tuple[int, str]] = field(default_factory=list)
    skipped_count: int = 0
    #: Rows in the sheet (a first estimate until read), for progress.
    total_rows: int = 0
    source: SheetFile | None = field(default=None, repr=False)
    columns: dict[str, int] = field(default_factory=dict, repr=False)
    header_texts: tuple[str, ...] = field(default=(), repr=False)

    def rows(
        self, progress: ProgressCallback | None = None
    ) -> Iterator[tuple[int, tuple[str, ...]]]:
        """(row number, one clean text per field) of every invitee row, read afresh."""
        assert self.source is not None
        shape = _Shaper(self.columns, self.fields, unquote=self.source.kind == CSV)
        self.skipped.clear()
        self.skipped_count = 0
        header = self.header_row
        number = 0
        for number, raw in self.source.rows(self.sheet):
            if progress is not None and number % PROGRESS_EVERY == 0:
                progress(number, max(self.total_rows, number))
            if number <= header:
                continue
            values = shape(raw)
            if values is None:
                continue
            why = _skip_reason(raw, values, self.header_texts)
            if why:
                self.skipped_count += 1
                if len(self.skipped) < SKIPPED_SHOWN:
                    self.skipped.append((number, why))
                continue
            yield number, values
        self.total_rows = max(number, self.total_rows)
        if progress is not None:
            progress(self.total_rows, self.total_rows)


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
        text = clean_line(cell_text(value))
        if not text:
            continue
        found = HEADER_FIELDS.get(normalized(text))
        if found is None or found in columns:
            unknown.append(text)
        else:
            columns[found] = index
    if "job_title" in columns:  # Outlook: "Title" is then Mr./Dr., "Job Title" the post
        if "title" in columns:
            unknown.append(clean_line(cell_text(row[columns["title"]])))
        columns["title"] = columns.pop("job_title")
    return columns, unknown


def _names_a_person(columns: dict[str, int]) -> bool:
    return "name" in columns or "first_name" in columns or "last_name" in columns


def find_header(rows: Sequence[Sequence[Any]]) -> tuple[int, dict[str, int], list[str]] | None:
    """(0-based index, field columns, unknown headers) of the best header row, or None."""
    best: tuple[int, dict[str, int], list[str]] | None = None
    for index, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        columns, unknown = header_fields(row)
        if not _names_a_person(columns) or len(columns) < MIN_HEADER_FIELDS:
            continue
        if best is None or len(columns) > len(best[1]):
            best = (index, columns, unknown)
    return best


def header_score(rows: list[list[str]]) -> int:
    """How many known columns the best header row among ``rows`` names (0: none)."""
    found = find_header(rows)
    return len(found[1]) if found else 0


def clean_email(text: str) -> str:
    """``mailto:ana@example.org`` and ``Ana Pérez <ana@example.org>`` -> ``ana@example.org``."""
    angle = _ANGLE_ADDRESS.search(text)
    if angle:
        text = angle.group(1)
    text = _MAILTO.sub("", text)
    if "?" in text and "@" in text.split("?", 1)[0]:
        text = text.split("?", 1)[0]  # mailto:ana@example.org?subject=...
    return text.strip()


class _Shaper:
    """Turns a row of cells into one clean text per field."""

    def __init__(self, columns: dict[str, int], fields: tuple[str, ...], *, unquote: bool) -> None:
        self.parts = [columns[p] for p in NAME_PARTS if p in columns]
        self.name_column = columns.get("name")
        self.positions = [columns.get(f) for f in fields]
        self.email_at = fields.index("email") if "email" in fields else -1
        self.name_at = fields.index("name")
        self.width = max(columns.values()) + 1
        self.unquote = unquote

    def text(self, raw: list[Any], column: int | None) -> str:
        if column is None or column >= len(raw):
            return ""
        text = clean_line(cell_text(raw[column]))
        if self.unquote and text[:1] == "'" and text[1:2] in _FORMULA_FIRST:
            text = text[1:]  # undo the quote that keeps a CSV's formula-looking text as text
        return text

    def __call__(self, raw: list[Any]) -> tuple[str, ...] | None:
        values = [self.text(raw, position) for position in self.positions]
        if self.parts:
            values[self.name_at] = self.joined_name(raw)
        if not "".join(values):
            return None
        if self.email_at >= 0 and values[self.email_at]:
            values[self.email_at] = clean_email(values[self.email_at])
        return tuple(values)

    def joined_name(self, raw: list[Any]) -> str:
        pieces = [self.text(raw, column) for column in self.parts]
        tail = " ".join(p for p in pieces if p)
        given = self.text(raw, self.name_column)
        if given and tail and given.casefold().endswith(tail.casefold()):
            return given  # "Name" already holds the whole name
        return " ".join(p for p in (given, tail) if p)


def _skip_reason(raw: list[Any], values: tuple[str, ...], header: tuple[str, ...]) -> str:
    """Why a row is not an invitee (a totals line, the header again), or "" when it is one.

    Runs once per row: the cheap tests come first.
    """
    filled = [v for v in raw if v is not None and v != ""]
    if len(filled) <= 3:
        texts = [cell_text(v).strip() for v in filled]
        total = next((text for text in texts if _TOTALS.match(text)), None)
        if total is not None:
            return f"a totals line (“{shortened(total, 60)}”)"
    if (
        header
        and values[0]
        and normalized(values[0]) == header[0]
        and tuple(normalized(v) for v in values) == header
    ):
        return "the header repeated"
    return ""


def _top_rows(source: SheetFile, sheet: str) -> list[list[Any]]:
    """The first rows as the sheet numbers them (blank ones as empty lists)."""
    top: list[list[Any]] = []
    for number, row in source.rows(sheet):
        if number > HEADER_SCAN_ROWS:
            break
        top.extend([] for _ in range(number - 1 - len(top)))
        top.append(row)
    return top


def _header_help() -> Message:
    names = ", ".join(FIELD_LABELS[f] for f in ("name", "organization", "email", "status"))
    return Messages.tr(
        "The header row must be in the first {rows} rows and name a Name (Nombre) column, or "
        "First Name and Last Name, and at least one more known column, such as {names} (or "
        "Organismo, Correo electrónico, Estado).",
        rows=HEADER_SCAN_ROWS,
        names=names,
    )


def _choose_sheet(
    source: SheetFile, list_name: str, sheet_name: str | None
) -> tuple[str, list[list[Any]]]:
    path = source.path
    names = source.sheet_names()
    if not names:
        raise WorkbookError(
            Messages.tr("{file} has no worksheets. Choose another file.", file=path.name)
        )
    if sheet_name and source.kind != CSV:
        exact = [n for n in names if n == sheet_name] or [
            n for n in names if n.casefold() == sheet_name.strip().casefold()
        ]
        if not exact:
            shown = ", ".join(shortened(n, 40) for n in names[:20])
            raise WorkbookError(
                Messages.tr(
                    "{file} has no sheet called “{sheet}”. Its sheets are: {sheets}.",
                    file=path.name,
                    sheet=shortened(sheet_name, 40),
                    sheets=shown,
                )
            )
        return exact[0], _top_rows(source, exact[0])
    wanted = {list_name.strip().casefold(), sheet_title(list_name).casefold()}
    for name in names:
        if name.casefold() in wanted:
            return name, _top_rows(source, name)
    for name in names:
        top = _top_rows(source, name)
        if find_header(top) is not None:
            return name, top
    raise WorkbookError(
        Messages.tr(
            "No sheet of {file} has a header row that Chairdesk recognises. {help}",
            file=path.name,
            help=_header_help(),
        )
    )


def read_invitee_table(
    path: Path | str,
    list_name: str,
    sheet_name: str | None = None,
    *,
    progress: ProgressCallback | None = None,
) -> InviteeTable:
    """Check ``path``, find the invitee sheet and its header; the rows are read later.

    Raises :class:`WorkbookError` with a message that says what to do.
    """
    source = open_sheet_file(Path(path), header_score)
    name, top = _choose_sheet(source, list_name, sheet_name)
    shown = shortened(name, 40)
    if not any(cell_text(v).strip() for row in top for v in row):
        raise WorkbookError(
            Messages.tr(
                "The sheet “{sheet}” of {file} is empty. Choose the sheet with the "
                "invitees (with --sheet on the command line).",
                sheet=shown,
                file=source.path.name,
            )
        )
    found = find_header(top)
    if found is None:
        raise WorkbookError(
            Messages.tr(
                "The sheet “{sheet}” of {file} has no header row Chairdesk recognises. {help}",
                sheet=shown,
                file=source.path.name,
                help=_header_help(),
            )
        )
    header_index, columns, unknown = found
    fields = tuple(
        f for f in ("name", *(c for c in columns if c not in NAME_PARTS and c != "name"))
    )
    header_texts = tuple(
        normalized(cell_text(top[header_index][columns[f]])) if f in columns else "" for f in fields
    )
    table = InviteeTable(
        path=source.path,
        sheet=name,
        header_row=header_index + 1,
        fields=fields,
        ignored_headers=tuple(shortened(u, 40) for u in unknown),
        note=source.note,
        source=source,
        columns=columns,
        header_texts=header_texts if "name" in columns else (),
    )
    if progress is not None:
        progress(1, 1)
    return table
