"""The rows of an .xlsx worksheet, read as a stream with memory that does not grow.

python-calamine (and openpyxl in normal mode) build the whole sheet as a grid before
the first row comes out, sized from what the file claims: a million-row list took
2.6 GB, and a 2 KB file with a cell at XFD1048576, a row numbered 99,999,999 or a
string table announcing four billion strings aborted the process. Here the sheet's XML
is read in 1 MB pieces and cut into rows with regular expressions (SpreadsheetML is
regular: ``<row><c r t s><v>…</v></c></row>``), so memory is one piece plus the shared
strings, packed into one buffer; row and column numbers beyond Excel's limits are
refused, gaps cost nothing, and nothing the file announces is believed. A part with a
DTD is refused (that is how entity bombs and XXE start; Excel never writes one).

Vertically merged cells carry their value down to every row they cover (the merges are
listed after the rows in the file, so they are read first, in a separate quick pass).
"""

from __future__ import annotations

import re
import zipfile
from array import array
from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any

from app.exchange.xlsx_safety import WorkbookError
from app.messages import Messages, Number

MAX_ROWS = 1_048_576
MAX_COLUMNS = 16_384
CHUNK = 1024 * 1024
#: Largest row accepted (Excel holds at most 32,767 characters in a cell).
MAX_ROW_BYTES = 16 * 1024 * 1024
MAX_SMALL_PART = 16 * 1024 * 1024
MAX_MERGES = 100_000

_ROW = re.compile(rb"<(?:\w+:)?row\b([^>]*?)(?:/>|>(.*?)</(?:\w+:)?row>)", re.S)
_CELL = re.compile(rb"<(?:\w+:)?c\b([^>]*?)(?:/>|>(.*?)</(?:\w+:)?c>)", re.S)
_ATTRIBUTE = re.compile(rb"""\b([\w:]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_REF = re.compile(rb"([A-Za-z]{0,3})(\d*)")
_VALUE = re.compile(rb"<(?:\w+:)?v\b[^>]*>(.*?)</(?:\w+:)?v>", re.S)
_TEXT = re.compile(rb"<(?:\w+:)?t\b[^>]*?(?:/>|>(.*?)</(?:\w+:)?t>)", re.S)
_PHONETIC = re.compile(rb"<(?:\w+:)?rPh\b.*?</(?:\w+:)?rPh>", re.S)
SHARED_STRING = re.compile(rb"<(?:\w+:)?si\b[^>]*?(?:/>|>(.*?)</(?:\w+:)?si>)", re.S)
_MERGE = re.compile(rb"""<(?:\w+:)?mergeCell\b[^>]*?\bref\s*=\s*["']([A-Z]+\d+):([A-Z]+\d+)["']""")
#: A cell as Excel and openpyxl write it (r, then s and t in either order; a value or an
#: inline string without runs), read in one match; anything else takes the full path.
_FAST_CELL = re.compile(
    rb'<c r="([A-Z]{1,3})\d+"(?: s="(\d+)")?(?: t="([a-zA-Z]+)")?(?: s="(\d+)")?\s*'
    rb'(?:/>|>(?:<v>([^<]*)</v>|<is><t(?: xml:space="preserve")?>([^<]*)</t></is>)</c>)'
)
_CELL_START = re.compile(rb"<(?:\w+:)?c[\s>/]")
_ROW_NUMBER = re.compile(rb"""\br\s*=\s*["'](\d+)["']""")
_CLOSED = re.compile(rb"</(?:\w+:)?(?:worksheet|sst)>\s*$")
_ROW_END = re.compile(rb"</(?:\w+:)?row>|<(?:\w+:)?row\b[^>]*/>")
_ENTITY = re.compile(r"&(#x[0-9A-Fa-f]+|#\d+|lt|gt|amp|quot|apos);")
_OOXML_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")
_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}
#: Number formats that show a date (Excel's built-in ids).
DATE_FORMAT_IDS = frozenset({14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47})
_EPOCH = datetime(1899, 12, 30)


def _entity(match: re.Match[str]) -> str:
    name = match.group(1)
    if name[0] == "#":
        try:
            code = int(name[2:], 16) if name[1] in "xX" else int(name[1:])
            return chr(code)
        except (ValueError, OverflowError):
            return ""
    return _NAMED[name]


def xml_text(raw: bytes) -> str:
    """Element text as a person reads it: entities and Excel's ``_x000D_`` escapes undone."""
    text = raw.decode("utf-8", errors="replace")
    if "&" in text:
        text = _ENTITY.sub(_entity, text)
    if "_x" in text:
        text = _OOXML_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)
    return text


def rich_text(body: bytes) -> str:
    """The text of an ``<si>`` or ``<is>``: its ``<t>`` runs, phonetic guides left out."""
    if b"<rPh" in body or b":rPh" in body:
        body = _PHONETIC.sub(b"", body)
    return "".join(xml_text(m.group(1) or b"") for m in _TEXT.finditer(body))


def column_index(letters: bytes) -> int:
    """0-based column of ``A``, ``AB``...; -1 for none."""
    number = 0
    for letter in letters.upper():
        number = number * 26 + (letter - 64)
    return number - 1


def attributes(raw: bytes) -> dict[bytes, bytes]:
    return {
        m.group(1).split(b":")[-1]: m.group(2) if m.group(2) is not None else m.group(3)
        for m in _ATTRIBUTE.finditer(raw)
    }


class SharedStrings:
    """The workbook's string table packed into one buffer (a list of str costs 4x more)."""

    def __init__(self) -> None:
        self.data = bytearray()
        self.ends = array("Q")

    def add(self, text: str) -> None:
        self.data += text.encode("utf-8", errors="replace")
        self.ends.append(len(self.data))

    def __len__(self) -> int:
        return len(self.ends)

    def __getitem__(self, index: int) -> str:
        start = self.ends[index - 1] if index else 0
        return self.data[start : self.ends[index]].decode("utf-8")


def refuse_dtd(piece: bytes, name: str) -> None:
    if b"<!DOCTYPE" in piece or b"<!ENTITY" in piece:
        raise WorkbookError(
            Messages.tr(
                "{file} contains a document type declaration, which Excel never writes and "
                "malicious files use; it was not read. Ask for a new copy of the file.",
                file=name,
            )
        )


def pieces(
    archive: zipfile.ZipFile, part: str, name: str, end: re.Pattern[bytes], literal: bytes = b""
) -> Iterator[bytes]:
    """The part in pieces of about 1 MB, each cut after the last match of ``end``.

    A part that does not end with its closing tag was cut short: it is refused rather
    than read up to where it stops.
    """
    with archive.open(part) as stream:
        carry = b""
        first = True
        tail = b""
        while chunk := stream.read(CHUNK):
            tail = (tail + chunk)[-256:]
            if first:
                refuse_dtd(chunk[:4096], name)
                if chunk.startswith((b"\xff\xfe", b"\xfe\xff")):
                    raise WorkbookError(
                        Messages.tr(
                            "{file} stores its sheets as UTF-16, which Chairdesk does not "
                            "read. Open it in Excel and save it again.",
                            file=name,
                        )
                    )
                first = False
            buffer = carry + chunk
            cut = buffer.rfind(literal) if literal else -1
            if cut >= 0:
                cut += len(literal)
            else:
                last = _last_match(end, buffer, max(len(carry) - 64, 0))
                cut = last.end() if last is not None else -1
            if cut < 0:
                carry = buffer
                if len(carry) > MAX_ROW_BYTES:
                    raise WorkbookError(
                        Messages.tr(
                            "{file} has a row larger than {limit} MB in {part}; it is damaged "
                            "or not a list. Open it in Excel and save it again.",
                            file=name,
                            limit=MAX_ROW_BYTES // (1024 * 1024),
                            part=part,
                        )
                    )
                continue
            yield buffer[:cut]
            carry = buffer[cut:]
        if not _CLOSED.search(tail):
            raise WorkbookError(
                Messages.tr(
                    "{file} could not be read: its part {part} is cut short (the file is "
                    "damaged or was not completely saved). Open it in Excel and save it again, "
                    "or ask for a new copy.",
                    file=name,
                    part=part,
                )
            )
        if carry:
            yield carry


def _last_match(pattern: re.Pattern[bytes], buffer: bytes, start: int) -> re.Match[bytes] | None:
    found = None
    for found in pattern.finditer(buffer, start):  # noqa: B007 (the last one is wanted)
        pass
    return found


def read_merges(
    archive: zipfile.ZipFile, part: str, name: str
) -> dict[int, list[tuple[int, int, Any]]]:
    """Vertical merges by their first row: {row: [(column, last row, None)]}."""
    merges: dict[int, list[tuple[int, int, Any]]] = {}
    count = 0
    tail = b""
    with archive.open(part) as stream:
        while chunk := stream.read(CHUNK):
            buffer = tail + chunk
            tail = buffer[-256:]
            if b"mergeCell" not in buffer:
                continue
            for match in _MERGE.finditer(buffer):
                first_col, first_row = _REF.fullmatch(match.group(1)).groups()  # type: ignore[union-attr]
                _, last_row = _REF.fullmatch(match.group(2)).groups()  # type: ignore[union-attr]
                top, bottom = int(first_row), int(last_row)
                if bottom > top and bottom <= MAX_ROWS:
                    merges.setdefault(top, []).append((column_index(first_col), bottom, None))
                    count += 1
                    if count > MAX_MERGES:
                        raise WorkbookError(
                            Messages.tr(
                                "{file} has more than {limit} merged cells in one sheet; "
                                "unmerge them (Home > Merge & Center) and import again.",
                                file=name,
                                limit=Number(MAX_MERGES),
                            )
                        )
    return merges


def _number_text(raw: str, dated: bool) -> Any:
    try:
        number = float(raw)
    except ValueError:
        return raw
    if dated and 0 <= number < 2958466:
        moment = _EPOCH + timedelta(days=number)
        return moment
    return number


def sheet_rows(
    archive: zipfile.ZipFile,
    part: str,
    name: str,
    strings: SharedStrings,
    dated_styles: frozenset[int],
) -> Iterator[tuple[int, list[Any]]]:
    """(row number, values by 0-based column) of every row that has cells, in order."""
    merges = read_merges(archive, part, name)
    carried: dict[int, tuple[int, Any]] = {}  # column -> (last row, value) of open merges
    number = 0
    for piece in pieces(archive, part, name, _ROW_END, b"</row>"):
        for attributes, body in _rows_of(piece):
            ref = _ROW_NUMBER.search(attributes)
            number = int(ref.group(1)) if ref else number + 1
            if number > MAX_ROWS:
                raise WorkbookError(
                    Messages.tr(
                        "{file} is damaged: it has a row numbered {row}, beyond the {limit} "
                        "rows a workbook can have. Open it in Excel and save it again.",
                        file=name,
                        row=Number(number),
                        limit=Number(MAX_ROWS),
                    )
                )
            fast = _FAST_CELL.findall(body)
            values = None
            if len(fast) == body.count(b"<c ") + body.count(b"<c>"):
                values = _fast_values(fast, strings, dated_styles)
            if values is None:
                values = _cell_values(body, number, name, strings, dated_styles)
            starting = merges.pop(number, None)
            if starting:
                for merge_column, last_row, _ in starting:
                    if merge_column < len(values) and values[merge_column] not in (None, ""):
                        carried[merge_column] = (last_row, values[merge_column])
            if carried:
                values = _fill_merged(values, carried, number)
            if values:
                yield number, values


def _rows_of(piece: bytes) -> Iterator[tuple[bytes, bytes]]:
    """(row attributes, row content) of each row in ``piece``."""
    if b"</row>" not in piece and b"row>" in piece:  # a namespace prefix: the general way
        for match in _ROW.finditer(piece):
            yield match.group(1), match.group(2) or b""
        return
    for chunk in piece.split(b"</row>"):
        start = chunk.rfind(b"<row")
        if start < 0:
            continue
        head_end = chunk.find(b">", start)
        if head_end < 0:
            continue
        if chunk[head_end - 1 : head_end] == b"/":
            yield chunk[start + 4 : head_end - 1], b""
            continue
        yield chunk[start + 4 : head_end], chunk[head_end + 1 :]


_COLUMNS: dict[bytes, int] = {}


def _fast_values(
    cells: list[tuple[bytes, ...]], strings: SharedStrings, dated_styles: frozenset[int]
) -> list[Any] | None:
    """The values of a row of plain cells; None sends the row to the full path."""
    values: list[Any] = []
    for letters, style, kind, style_after, raw, inline in cells:
        column = _COLUMNS.get(letters)
        if column is None:
            column = _COLUMNS[letters] = column_index(letters)
        if column >= MAX_COLUMNS:
            return None  # the full path says why
        value: Any
        if kind == b"inlineStr":
            value = xml_text(inline) if b"&" in inline or b"_x" in inline else inline.decode()
        elif not raw:
            continue
        elif kind == b"s":
            if int(raw) >= len(strings):
                return None
            value = strings[int(raw)]
        elif kind == b"b":
            value = raw.strip() in (b"1", b"true")
        elif kind in (b"str", b"e", b"d"):
            value = xml_text(raw)
        else:
            style = style or style_after
            value = _number_text(
                raw.decode("ascii", "replace"), bool(style) and int(style) in dated_styles
            )
        if len(values) < column:
            values.extend([None] * (column - len(values)))
        if len(values) == column:
            values.append(value)
        else:
            values[column] = value
    return values


def _cell_values(
    body: bytes, number: int, name: str, strings: SharedStrings, dated_styles: frozenset[int]
) -> list[Any]:
    """The full path: any attribute order, namespaces, formulas, rich text."""
    values: list[Any] = []
    column = -1
    for cell in _CELL.finditer(body):
        attrs = attributes(cell.group(1))
        reference = attrs.get(b"r")
        if reference:
            letters = _REF.match(reference).group(1)  # type: ignore[union-attr]
            column = column_index(letters) if letters else column + 1
        else:
            column += 1
        if column >= MAX_COLUMNS:
            raise WorkbookError(
                Messages.tr(
                    "{file} is damaged: row {row} has a cell beyond column XFD. Open "
                    "it in Excel and save it again.",
                    file=name,
                    row=number,
                )
            )
        inner = cell.group(2) or b""
        kind = attrs.get(b"t", b"n")
        value: Any
        if kind == b"inlineStr":
            value = rich_text(inner)
        else:
            found = _VALUE.search(inner)
            if found is None:
                continue
            raw = xml_text(found.group(1))
            if kind == b"s":
                try:
                    value = strings[int(raw)]
                except (ValueError, IndexError):
                    raise WorkbookError(
                        Messages.tr(
                            "{file} is damaged: row {row} refers to a shared string "
                            "that is not there ({reference}). Open it in Excel and save it "
                            "again.",
                            file=name,
                            row=number,
                            reference=raw[:20],
                        )
                    ) from None
            elif kind == b"b":
                value = raw.strip() in ("1", "true")
            elif kind in (b"str", b"e", b"d"):
                value = raw
            else:
                style = attrs.get(b"s")
                dated = bool(style) and int(style or 0) in dated_styles
                value = _number_text(raw, dated)
        if len(values) <= column:
            values.extend([None] * (column + 1 - len(values)))
        values[column] = value
    return values


def _fill_merged(values: list[Any], carried: dict[int, tuple[int, Any]], number: int) -> list[Any]:
    for merge_column, (last_row, value) in list(carried.items()):
        if number > last_row:
            del carried[merge_column]
            continue
        if len(values) <= merge_column:
            values.extend([None] * (merge_column + 1 - len(values)))
        if values[merge_column] in (None, ""):
            values[merge_column] = value
    return values
