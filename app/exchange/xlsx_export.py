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

from app.exchange.xlsx_labels import INVITEE_COLUMNS, labels_of, sheet_title
from app.exchange.xlsx_record_sheets import (
    write_agenda,
    write_calendar,
    write_documents,
    write_mandates,
)
from app.exchange.xlsx_sheet import FORMULA_FIRST, UNCOMMON, Column, SheetWriter, fitted_width
from app.models import ContactCategory, InvitationStatus

if TYPE_CHECKING:
    from openpyxl import Workbook
    from sqlalchemy.orm import Session

    from app.store import Workspace

#: The sheets one can ask for, in the order they appear in the workbook.
SHEETS = ("invitees", "meetings", "agenda", "documents", "mandates")
PROGRESS_EVERY = 1000

#: Called with (rows written, rows in all) now and then; it may raise to cancel.
ProgressCallback = Callable[[int, int], None]


@dataclass
class ExportSummary:
    path: Path
    #: (sheet name, data rows) for each sheet written.
    sheets: list[tuple[str, int]] = field(default_factory=list)


class Ticker:
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
    ticker = Ticker(total, progress)
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
    ticker: Ticker,
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
            "meetings": write_calendar,
            "agenda": write_agenda,
            "documents": write_documents,
            "mandates": write_mandates,
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
    book: Workbook, session: Session, list_id: int, title: str, ticker: Ticker
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
