"""Reading a CSV invitee list as people's programs write it: the encoding and separator found.

Excel writes "CSV UTF-8" with a byte-order mark, plain "CSV" in the computer's ANSI code
page (Windows-1252 in Spanish and English locales), "Unicode text" as UTF-16, and uses a
semicolon as the separator wherever the decimal mark is a comma (Spain, most of Latin
America). So:

- the encoding is told by the byte-order mark (UTF-8, UTF-16), else by the NUL bytes
  of UTF-16 without one, else the whole file is checked as UTF-8 and, when it is not,
  read as Windows-1252 and the preview says so; bytes that are neither are refused;
- the separator (comma, semicolon, tab) is the one whose split of the first lines
  names the most known headers, then gives the most columns; Excel's ``sep=;`` first
  line is obeyed.

Rows are read as a stream: a file of a million rows is never held in memory.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from app.exchange.xlsx_safety import MAX_FILE_BYTES, WorkbookError
from app.messages import Messages

SEPARATORS = (",", ";", "\t")
SAMPLE_LINES = 30
CHUNK = 1024 * 1024
#: Longest field accepted (csv's own limit is 128 KB; a name is a few dozen characters).
MAX_FIELD = 1024 * 1024

SEPARATOR_NAMES = {",": "comma", ";": "semicolon", "\t": "tab"}
ENCODING_NAMES = {
    "utf-8-sig": "UTF-8",
    "utf-8": "UTF-8",
    "utf-16": "UTF-16",
    "utf-16-le": "UTF-16",
    "utf-16-be": "UTF-16",
    "cp1252": "Windows-1252 (ANSI)",
}


@dataclass(frozen=True)
class CsvFormat:
    encoding: str
    separator: str
    #: Lines to skip before the data (Excel's ``sep=`` line).
    skip_lines: int = 0

    def describe(self) -> str:
        return (
            f"read as {ENCODING_NAMES.get(self.encoding, self.encoding)}, "
            f"{SEPARATOR_NAMES[self.separator]}-separated"
        )


def _is_utf8(path: Path, start: int) -> bool:
    decoder = codecs.getincrementaldecoder("utf-8")()
    with path.open("rb") as stream:
        stream.seek(start)
        try:
            while chunk := stream.read(CHUNK):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return False
    return True


def _fits_cp1252(path: Path) -> bool:
    decoder = codecs.getincrementaldecoder("cp1252")()
    with path.open("rb") as stream:
        try:
            while chunk := stream.read(CHUNK):
                decoder.decode(chunk)
        except UnicodeDecodeError:
            return False
    return True


def detect_encoding(path: Path) -> str:
    """The encoding of ``path``; raises :class:`WorkbookError` when it is none we read."""
    with path.open("rb") as stream:
        head = stream.read(4096)
    if head.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
    elif head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    elif len(head) >= 4 and head[1::2].count(0) > len(head) // 4 and head[0] != 0:
        return "utf-16-le"
    elif len(head) >= 4 and head[0::2].count(0) > len(head) // 4 and head[1] != 0:
        return "utf-16-be"
    else:
        encoding = "utf-8"
    if b"\x00" in head:
        raise WorkbookError(
            Messages.tr(
                "{file} is not a text file (it holds NUL bytes). Choose the CSV file, or "
                "save the list from Excel as CSV UTF-8.",
                file=path.name,
            )
        )
    if _is_utf8(path, 3 if encoding == "utf-8-sig" else 0):
        return encoding
    if encoding == "utf-8" and _fits_cp1252(path):
        return "cp1252"
    raise WorkbookError(
        Messages.tr(
            "{file} is neither UTF-8 nor Windows-1252 text, so its accents cannot be read "
            "reliably. In Excel, save it with File > Save As > “CSV UTF-8 (Comma delimited)”.",
            file=path.name,
        )
    )


def _text_lines(path: Path, encoding: str) -> io.TextIOWrapper:
    stream = path.open("rb")
    return io.TextIOWrapper(stream, encoding=encoding, errors="strict", newline="")


def _sample(path: Path, encoding: str) -> list[str]:
    lines: list[str] = []
    with _text_lines(path, encoding) as text:
        for line in text:
            lines.append(line[:MAX_FIELD])
            if len(lines) >= SAMPLE_LINES:
                break
    return lines


def detect_format(path: Path, score: Callable[[list[list[str]]], int]) -> CsvFormat:
    """Encoding and separator of ``path``; ``score`` rates how well rows name headers."""
    encoding = detect_encoding(path)
    lines = _sample(path, encoding)
    skip = 0
    if lines and lines[0].strip().lower().startswith("sep=") and len(lines[0].strip()) == 5:
        forced = lines[0].strip()[4]
        if forced in SEPARATORS:
            return CsvFormat(encoding, forced, 1)
    best: tuple[int, int, str] | None = None
    for separator in SEPARATORS:
        try:
            rows = list(csv.reader(lines, delimiter=separator))
        except csv.Error:
            continue
        width = max((len(row) for row in rows), default=0)
        candidate = (score(rows), width, separator)
        if best is None or candidate[:2] > best[:2]:
            best = candidate
    return CsvFormat(encoding, best[2] if best else ",", skip)


def read_rows(path: Path, form: CsvFormat) -> Iterator[list[str]]:
    """The file's rows as lists of text, streamed; blank lines come back as empty rows."""
    if path.stat().st_size > MAX_FILE_BYTES:
        raise WorkbookError(
            Messages.tr(
                "{file} is larger than the {limit} MB a list may have here. Split the list "
                "into smaller files.",
                file=path.name,
                limit=MAX_FILE_BYTES // (1024 * 1024),
            )
        )
    previous_limit = csv.field_size_limit()
    csv.field_size_limit(MAX_FIELD)
    try:
        with _text_lines(path, form.encoding) as text:
            for _ in range(form.skip_lines):
                text.readline()
            reader = csv.reader(text, delimiter=form.separator)
            try:
                yield from reader
            except csv.Error as exc:
                raise WorkbookError(
                    Messages.tr(
                        "Line {line} of {file} cannot be read as CSV ({reason}). "
                        "Open the file in Excel or LibreOffice and save it again as CSV.",
                        line=reader.line_num,
                        file=path.name,
                        reason=exc,
                    )
                ) from None
            except UnicodeDecodeError:
                raise WorkbookError(
                    Messages.tr(
                        "{file} changed while it was read (its text is no longer "
                        "{encoding}). Import it again.",
                        file=path.name,
                        encoding=ENCODING_NAMES.get(form.encoding, form.encoding),
                    )
                ) from None
    finally:
        csv.field_size_limit(previous_limit)
