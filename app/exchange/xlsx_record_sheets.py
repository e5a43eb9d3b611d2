"""The record's sheets of the circulated workbook: the calendar by month, each meeting's
agenda, the document register and the work plan's mandates."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from app.exchange.xlsx_labels import label
from app.exchange.xlsx_sheet import Column, SheetWriter, fitted_width

if TYPE_CHECKING:
    from openpyxl import Workbook
    from sqlalchemy.orm import Session

    from app.exchange.xlsx_export import Ticker


MONTHS = (
    "JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY",
    "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER",
)  # fmt: skip


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
    ticker: Ticker,
) -> int:
    sheet = SheetWriter(book, title, _columns(specs, rows))
    for row in rows:
        sheet.append(sheet.cells(row))
        ticker.add()
    sheet.close()
    return len(rows)


def write_calendar(
    book: Workbook, session: Session, title: str, language: str | None, ticker: Ticker
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


def write_agenda(
    book: Workbook, session: Session, title: str, language: str | None, ticker: Ticker
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


def write_documents(
    book: Workbook, session: Session, title: str, language: str | None, ticker: Ticker
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


def write_mandates(
    book: Workbook, session: Session, title: str, language: str | None, ticker: Ticker
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
