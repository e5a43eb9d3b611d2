"""The workbook for circulation: invitee lists, calendar, agenda, documents, mandates.

Written with openpyxl's write-only (streaming) workbook, each sheet through
:class:`~app.exchange.xlsx_sheet.SheetWriter`: rows go to disk as they are read, so a
list of 100,000 invitees is never held in memory. The file is written beside the
target and renamed into place, so a cancelled or failed export leaves no half-written
workbook.
"""

from __future__ import annotations

import os
import secrets
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.exchange.xlsx_labels import INVITEE_COLUMNS, label, labels_of, sheet_title
from app.exchange.xlsx_sheet import FORMULA_FIRST, UNCOMMON, Column, SheetWriter, fitted_width
from app.models import ContactCategory, InvitationStatus

if TYPE_CHECKING:
    from openpyxl import Workbook
    from sqlalchemy.orm import Session

    from app.store import Workspace

#: The sheets one can ask for, in the order they appear in the workbook.
SHEETS = ("invitees", "meetings", "agenda", "documents", "mandates")
MONTHS = (
    "JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY",
    "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER",
)  # fmt: skip
PROGRESS_EVERY = 1000

#: Called with (rows written, rows in all) now and then; it may raise to cancel.
ProgressCallback = Callable[[int, int], None]


@dataclass
class ExportSummary:
    path: Path
    #: (sheet name, data rows) for each sheet written.
    sheets: list[tuple[str, int]] = field(default_factory=list)


class _Ticker:
    def __init__(self, total: int, progress: ProgressCallback | None) -> None:
        self.total = max(total, 1)
        self.done = 0
        self._progress = progress

    def add(self, count: int = 1) -> None:
        self.done += count
        if self._progress is not None:
            self._progress(min(self.done, self.total), self.total)


def _wanted(sheets: Iterable[str] | None) -> tuple[str, ...]:
    if not sheets:
        return SHEETS
    chosen = set(sheets)
    unknown = chosen - set(SHEETS)
    if unknown:
        raise ValueError(f"unknown sheet(s): {', '.join(sorted(unknown))}")
    return tuple(s for s in SHEETS if s in chosen)


def export_workbook(
    workspace: Workspace,
    path: Path | str,
    sheets: Iterable[str] | None = None,
    *,
    language: str | None = None,
    progress: ProgressCallback | None = None,
) -> ExportSummary:
    """Write the chosen sheets (default: all) of ``workspace`` to the .xlsx file ``path``.

    ``language`` picks the translation of titles (None: each in its original language).
    ``progress`` may raise to cancel; the target file is then left as it was.
    """
    from app.store.output_guard import refuse_overwriting_workspace

    path = Path(path)
    refuse_overwriting_workspace(path, [workspace.path])
    wanted = _wanted(sheets)
    partial = path.with_name(f".{path.name}.{secrets.token_hex(4)}.partial")
    try:
        with _sheet_files_beside(path), workspace.reading() as session:
            summary = _write(session, partial, wanted, language, progress)
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    summary.path = path
    return summary


_SHEET_FILES_LOCK = threading.Lock()


@contextmanager
def _sheet_files_beside(target: Path) -> Iterator[None]:
    """openpyxl's temporary sheet files go beside ``target``, and are removed whatever happens.

    A write-only sheet streams to a temporary file that openpyxl makes in the system
    temp folder and removes only when the book is saved: an export killed midway left
    one there per sheet (up to 54 MB each). Beside the target, under a hidden name, they
    are on the same disk as the result and in sight of the person who chose the folder.
    """
    from openpyxl.worksheet import _writer

    made: list[str] = []

    def beside(suffix: str = "") -> str:
        handle, name = tempfile.mkstemp(
            dir=target.parent, prefix=f".{target.name}.", suffix=f".sheet{suffix}"
        )
        os.close(handle)
        _writer.ALL_TEMP_FILES.append(name)
        made.append(name)
        return name

    with _SHEET_FILES_LOCK:
        original = _writer.create_temporary_file
        _writer.create_temporary_file = beside
        try:
            yield
        finally:
            _writer.create_temporary_file = original
            for name in made:
                Path(name).unlink(missing_ok=True)
                if name in _writer.ALL_TEMP_FILES:
                    _writer.ALL_TEMP_FILES.remove(name)


def _write(
    session: Session,
    target: Path,
    wanted: Sequence[str],
    language: str | None,
    progress: ProgressCallback | None,
) -> ExportSummary:
    from openpyxl import Workbook

    from app.exchange import xlsx_queries
    from app.services.invitees import list_summaries

    lists = list_summaries(session) if "invitees" in wanted else []
    counts = xlsx_queries.count_rows(session)
    total = sum(s.entry_count for s in lists) + sum(
        counts[kind] for kind in ("meetings", "agenda", "documents", "mandates") if kind in wanted
    )
    ticker = _Ticker(total, progress)
    ticker.add(0)
    book = Workbook(write_only=True)
    try:
        return _fill(book, session, target, wanted, lists, language, ticker)
    except BaseException:
        _discard(book)
        raise


def _discard(book: Workbook) -> None:
    """Close the sheets of an export that stopped half-way and delete their temp files.

    openpyxl streams each write-only sheet to a temporary file that only ``save``
    removes; left alone, a cancelled export would leave them behind until exit, and
    their half-written streams would fail when garbage-collected.
    """
    for sheet in book.worksheets:
        rows = getattr(sheet, "_rows", None)
        writer = getattr(sheet, "_writer", None)
        if rows is not None:
            rows.close()
        if writer is not None:
            writer.close()
            writer.cleanup()


def _fill(
    book: Workbook,
    session: Session,
    target: Path,
    wanted: Sequence[str],
    lists: Sequence[Any],
    language: str | None,
    ticker: _Ticker,
) -> ExportSummary:
    summary = ExportSummary(target)
    taken: set[str] = set()
    fixed_titles = {"meetings": "Calendar", "agenda": "Agenda", "documents": "Documents"}
    fixed_titles["mandates"] = "Mandates"
    for kind in wanted:
        if kind != "invitees":
            taken.add(fixed_titles[kind].casefold())
    for kind in wanted:
        if kind == "invitees":
            for summary_row in lists:
                title = sheet_title(summary_row.name, taken)
                rows = write_invitee_sheet(book, session, summary_row.id, title, ticker)
                summary.sheets.append((title, rows))
            continue
        writer = {
            "meetings": _write_calendar,
            "agenda": _write_agenda,
            "documents": _write_documents,
            "mandates": _write_mandates,
        }[kind]
        rows = writer(book, session, fixed_titles[kind], language, ticker)
        summary.sheets.append((fixed_titles[kind], rows))
    if not summary.sheets:
        sheet = SheetWriter(book, "Invitees", [Column(header) for _, header in INVITEE_COLUMNS])
        sheet.close()
        summary.sheets.append(("Invitees", 0))
    book.save(target)
    return summary


def write_invitee_sheet(
    book: Workbook, session: Session, list_id: int, title: str, ticker: _Ticker
) -> int:
    """Stream one list's entries into a sheet; returns the number of data rows."""
    from app.exchange.xlsx_queries import entry_text_lengths, stream_entries

    lengths = entry_text_lengths(session, list_id)
    categories = labels_of(ContactCategory)
    statuses = labels_of(InvitationStatus)
    lengths["category"] = max(len(v) for v in categories.values())
    lengths["status"] = max(len(v) for v in statuses.values())
    columns = [
        Column(header, "text", fitted_width(header, lengths[name]))
        for name, header in INVITEE_COLUMNS
    ]
    sheet = SheetWriter(book, title, columns)
    text = sheet.row_text
    append = sheet.ws.append
    uncommon = UNCOMMON.search
    written = 0
    # The checks of SheetWriter.text, made once per row rather than once per cell: this
    # loop runs 100,000 times, and most rows hold no control character.
    for row in stream_entries(session, list_id):
        values = [*row]
        values[4] = categories[values[4]]
        values[7] = statuses[values[7]]
        if uncommon("".join(values)) is None:
            append(
                [
                    (v if v[0] not in FORMULA_FIRST else text(v, i)) if v else None
                    for i, v in enumerate(values)
                ]
            )
        else:
            append([text(v, i) for i, v in enumerate(values)])
        written += 1
        if written % PROGRESS_EVERY == 0:
            ticker.add(PROGRESS_EVERY)
    ticker.add(written % PROGRESS_EVERY)
    sheet.rows += written
    sheet.close()
    return written


def _columns(specs: Sequence[tuple[str, str]], rows: Sequence[Sequence[Any]]) -> list[Column]:
    """Columns whose widths fit the longest text (or formatted date/time) in ``rows``."""
    columns = []
    for index, (header, kind) in enumerate(specs):
        if kind == "date":
            longest = len("30 September 2011")
        elif kind == "time":
            longest = 5
        else:
            longest = 0
            for row in rows:
                value = row[index]
                if value not in (None, ""):
                    text = str(value)
                    longest = max(longest, max(len(line) for line in text.split("\n")))
        columns.append(Column(header, kind, fitted_width(header, longest, wrapped=kind == "wrap")))
    return columns


def _write_rows(
    book: Workbook,
    title: str,
    specs: Sequence[tuple[str, str]],
    rows: Sequence[Sequence[Any]],
    ticker: _Ticker,
) -> int:
    sheet = SheetWriter(book, title, _columns(specs, rows))
    for row in rows:
        sheet.append(sheet.cells(row))
        ticker.add()
    sheet.close()
    return len(rows)


def _write_calendar(
    book: Workbook, session: Session, title: str, language: str | None, ticker: _Ticker
) -> int:
    """Laid out like the calendar of activities: by month, then date and topics.

    The month is a column of its own, filled on every row (bold where a month begins,
    grey where it repeats), so the sheet reads like the seed's calendar while every
    column under the autofilter holds one kind of value: filtering or sorting by date
    keeps each meeting whole.
    """
    from app.exchange.xlsx_queries import agenda_lines
    from app.services.meeting_rows import list_meetings

    meetings = list_meetings(session, language=language)
    topics: dict[int, list[str]] = {}
    for line in agenda_lines(session, language):
        topics.setdefault(line.meeting_id, []).append(line.title)
    specs = (
        ("Month", "text"),
        ("Date", "date"),
        ("Topic", "wrap"),
        ("Start", "time"),
        ("End", "time"),
        ("Time zone", "text"),
        ("Room", "text"),
        ("Status", "label"),
        ("Meeting", "text"),
    )
    rows = [
        (
            f"{MONTHS[m.date.month - 1]} {m.date.year}",
            m.date,
            "\n".join(f"· {t}" for t in topics.get(m.id, ())),
            None if m.all_day else m.start_time,  # an all-day meeting has no times
            None if m.all_day else m.end_time,
            m.timezone,
            m.room,
            label(m.status),
            m.title,
        )
        for m in meetings
    ]
    sheet = SheetWriter(book, title, _columns(specs, rows))
    month = ""
    for row in rows:
        cells = sheet.cells(row)
        cells[0] = sheet.bold(row[0]) if row[0] != month else sheet.muted(row[0])
        month = row[0]
        sheet.append(cells)
        ticker.add()
    sheet.close()
    return len(rows)


def _write_agenda(
    book: Workbook, session: Session, title: str, language: str | None, ticker: _Ticker
) -> int:
    from app.exchange.xlsx_queries import agenda_lines

    specs = (
        ("Meeting date", "date"),
        ("No.", "number"),
        ("Item", "wrap"),
        ("Kind", "label"),
        ("Status", "label"),
        ("Decision", "wrap"),
        ("Documents", "text"),
    )
    rows = [
        (
            line.meeting_date,
            line.position,
            line.title,
            label(line.kind),
            label(line.status),
            line.decision,
            line.documents,
        )
        for line in agenda_lines(session, language)
    ]
    return _write_rows(book, title, specs, rows, ticker)


def _write_documents(
    book: Workbook, session: Session, title: str, language: str | None, ticker: _Ticker
) -> int:
    from app.services.document_rows import list_documents

    specs = (
        ("Symbol", "text"),
        ("Latest revision", "text"),
        ("Title", "wrap"),
        ("Kind", "label"),
        ("Status", "label"),
        ("Circulated", "date"),
    )
    rows = [
        (
            d.base_symbol,
            d.latest_symbol,
            d.title,
            label(d.kind),
            label(d.status),
            d.latest_circulated_on,
        )
        for d in list_documents(session, language=language)
    ]
    return _write_rows(book, title, specs, rows, ticker)


def _write_mandates(
    book: Workbook, session: Session, title: str, language: str | None, ticker: _Ticker
) -> int:
    from app.services.mandates import list_mandates

    specs = (
        ("Resolution", "text"),
        ("Mandate", "wrap"),
        ("Area responsible", "text"),
        ("Status", "label"),
        ("Due date", "date"),
    )
    rows = [
        (m.resolution, m.text, m.area_responsible, label(m.status), m.due_date)
        for m in list_mandates(session, language=language)
    ]
    return _write_rows(book, title, specs, rows, ticker)
