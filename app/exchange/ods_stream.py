"""The rows of an OpenDocument spreadsheet (.ods, as LibreOffice saves it), as a stream.

``content.xml`` is read with expat in 1 MB pieces; a DTD or entity declaration is
refused before any is expanded. LibreOffice writes runs of equal rows and cells as one
element with ``number-rows-repeated`` / ``number-columns-repeated`` (a sheet ends with a
million empty rows written that way): empty runs cost nothing, and a repeated run with
content is expanded only up to the 1,048,576 rows and 16,384 columns a sheet can have,
so a few KB that claim a billion rows are refused instead of filling memory. A cell
merged over several rows (``number-rows-spanned``) gives its value to every row it covers.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any
from xml.parsers import expat

from app.exchange.xlsx_safety import WorkbookError
from app.messages import Message, Messages, Number

MAX_ROWS = 1_048_576
MAX_COLUMNS = 16_384
CHUNK = 1024 * 1024
MAX_CELL_TEXT = 1024 * 1024

TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"


def _damaged(name: str, why: Message) -> WorkbookError:
    return WorkbookError(
        Messages.tr(
            "{file} is damaged or not a spreadsheet ({reason}). Open it in LibreOffice and "
            "save it again as .ods, or as Excel Workbook (.xlsx).",
            file=name,
            reason=why,
        )
    )


class _Reader:
    """expat handlers that turn content.xml into (row number, values) for one table."""

    def __init__(self, name: str, wanted: str | None) -> None:
        self.name = name
        self.wanted = wanted
        self.tables: list[str] = []
        self.in_table = False
        self.row_number = 0
        self.row: list[Any] | None = None
        self.row_repeat = 1
        self.cell: dict[str, Any] | None = None
        self.text: list[str] = []
        self.paragraphs = 0
        self.skip_depth = 0  # inside an annotation (a comment), whose text is not the cell's
        #: Rows parsed and not yet handed out: (first number, values, repeat, spans).
        self.ready: list[tuple[int, list[Any], int, list[tuple[int, int, Any]]]] = []

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        if self.skip_depth:
            self.skip_depth += 1
            return
        namespace, _, local = tag.partition(" ")
        if namespace == TABLE and local == "table":
            title = attrs.get(f"{TABLE} name", "")
            self.tables.append(title)
            self.in_table = self.wanted is None or title == self.wanted
            self.row_number = 0
        elif not self.in_table:
            return
        elif namespace == TABLE and local == "table-row":
            self.row = []
            self.row_repeat = self._count(attrs.get(f"{TABLE} number-rows-repeated"), MAX_ROWS)
        elif namespace == TABLE and local in ("table-cell", "covered-table-cell"):
            self.cell = {
                "attrs": attrs,
                "repeat": self._count(attrs.get(f"{TABLE} number-columns-repeated"), MAX_COLUMNS),
            }
            self.text = []
            self.paragraphs = 0
        elif self.cell is not None:
            if namespace == OFFICE and local == "annotation":
                self.skip_depth = 1
            elif namespace == TEXT and local == "p":
                if self.paragraphs:
                    self.text.append("\n")
                self.paragraphs += 1
            elif namespace == TEXT and local == "s":
                self.text.append(" " * min(self._count(attrs.get(f"{TEXT} c"), 1000), 1000))
            elif namespace == TEXT and local == "tab":
                self.text.append("\t")
            elif namespace == TEXT and local == "line-break":
                self.text.append("\n")

    def _count(self, raw: str | None, limit: int) -> int:
        if not raw:
            return 1
        try:
            count = int(raw)
        except ValueError:
            raise _damaged(
                self.name, Messages.tr("“{value}” is not a count", value=raw[:20])
            ) from None
        if count < 1:
            raise _damaged(self.name, Messages.tr("a repeat count below one"))
        return min(count, limit + 1)

    def characters(self, data: str) -> None:
        if self.cell is not None and not self.skip_depth:
            self.text.append(data)

    def end(self, tag: str) -> None:
        if self.skip_depth:
            self.skip_depth -= 1
            return
        namespace, _, local = tag.partition(" ")
        if namespace != TABLE or not self.in_table:
            return
        if local in ("table-cell", "covered-table-cell") and self.cell is not None:
            self._end_cell()
        elif local == "table-row" and self.row is not None:
            self._end_row()
        elif local == "table":
            self.in_table = False

    def _value(self) -> Any:
        assert self.cell is not None
        attrs = self.cell["attrs"]
        kind = attrs.get(f"{OFFICE} value-type")
        if kind in ("float", "percentage", "currency"):
            try:
                return float(attrs.get(f"{OFFICE} value", ""))
            except ValueError:
                pass
        elif kind == "date":
            raw = attrs.get(f"{OFFICE} date-value", "")
            try:
                return datetime.fromisoformat(raw) if "T" in raw else date.fromisoformat(raw)
            except ValueError:
                pass
        elif kind == "boolean":
            return attrs.get(f"{OFFICE} boolean-value") == "true"
        text = "".join(self.text)
        return text[:MAX_CELL_TEXT] if text else None

    def _end_cell(self) -> None:
        assert self.cell is not None and self.row is not None
        value = self._value()
        repeat = self.cell["repeat"]
        if value is None:
            self.row.append((len(self.row), repeat, None))
        else:
            spanned = self._count(self.cell["attrs"].get(f"{TABLE} number-rows-spanned"), MAX_ROWS)
            self.row.append((len(self.row), repeat, value))
            if spanned > 1:
                self.row[-1] = (len(self.row) - 1, repeat, value, spanned)  # type: ignore[assignment]
        self.cell = None

    def _end_row(self) -> None:
        assert self.row is not None
        values: list[Any] = []
        column = 0
        spans: list[tuple[int, int, Any]] = []
        for item in self.row:
            repeat, value = item[1], item[2]
            if value is not None:
                if column + repeat > MAX_COLUMNS:
                    raise _damaged(self.name, Messages.tr("a row wider than 16,384 columns"))
                if len(values) < column:
                    values.extend([None] * (column - len(values)))
                values.extend([value] * repeat)
                if len(item) == 4:
                    spans.append((column, item[3], value))
            column += repeat
        first = self.row_number + 1
        self.row_number += self.row_repeat
        if values and self.row_number > MAX_ROWS:
            raise _damaged(self.name, Messages.tr("more than {limit} rows", limit=Number(MAX_ROWS)))
        if values or spans:
            self.ready.append((first, values, self.row_repeat, spans))
        self.row = None


def ods_sheet_names(path: Path) -> list[str]:
    reader = _run(path, None, names_only=True)
    return reader.tables  # type: ignore[union-attr]


def _parser(reader: _Reader, name: str) -> Any:
    parser = expat.ParserCreate(namespace_separator=" ")

    def refuse(*_args: Any) -> None:
        raise WorkbookError(
            Messages.tr(
                "{file} contains a document type or entity declaration, which LibreOffice "
                "never writes and malicious files use; it was not read. Ask for a new copy of "
                "the file.",
                file=name,
            )
        )

    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    parser.ExternalEntityRefHandler = refuse
    parser.StartElementHandler = reader.start
    parser.EndElementHandler = reader.end
    parser.CharacterDataHandler = reader.characters
    parser.buffer_text = True
    return parser


def _run(path: Path, wanted: str | None, *, names_only: bool = False) -> _Reader | Iterator[Any]:
    if names_only:
        reader = _Reader(path.name, "\0none")
        for _ in _feed(path, reader):
            pass
        return reader
    return _feed(path, _Reader(path.name, wanted))


def _feed(
    path: Path, reader: _Reader
) -> Iterator[tuple[int, list[Any], int, list[tuple[int, int, Any]]]]:
    name = path.name
    try:
        with zipfile.ZipFile(path) as archive:
            if "content.xml" not in archive.namelist():
                raise _damaged(name, Messages.tr("it has no content.xml"))
            parser = _parser(reader, name)
            with archive.open("content.xml") as stream:
                while chunk := stream.read(CHUNK):
                    parser.Parse(chunk, False)
                    yield from reader.ready
                    reader.ready.clear()
                parser.Parse(b"", True)
                yield from reader.ready
                reader.ready.clear()
    except expat.ExpatError as exc:
        raise _damaged(name, Messages.tr("its XML is broken: {reason}", reason=exc)) from None
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise _damaged(name, Message(str(exc), literal=True)) from None


def ods_rows(path: Path, sheet: str) -> Iterator[tuple[int, list[Any]]]:
    """(row number, values by 0-based column) of the named table's rows with content."""
    reader = _Reader(path.name, sheet)
    carried: dict[int, tuple[int, Any]] = {}  # column -> (last row, value) of a merged cell
    for first, values, repeat, spans in _feed(path, reader):
        for span_column, spanned, value in spans:
            carried[span_column] = (first + spanned - 1, value)
        for number in range(first, first + repeat):
            row = list(values)
            for column, (last_row, value) in list(carried.items()):
                if number > last_row:
                    del carried[column]
                    continue
                if len(row) <= column:
                    row.extend([None] * (column + 1 - len(row)))
                if row[column] in (None, ""):
                    row[column] = value
            if any(v not in (None, "") for v in row):
                yield number, row
            if not values and not carried:
                break


def is_ods(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as archive:
            return archive.read("mimetype").strip() == ODS_MIMETYPE
    except (KeyError, zipfile.BadZipFile, OSError):
        return False
