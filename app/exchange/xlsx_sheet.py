"""One sheet of an exported workbook, with the house layout, written as it streams.

A bold header frozen at the top and repeated on every printed page, an autofilter over
the data, column widths given before the first row (write-only sheets cannot change
them later), landscape pages fitted to the width, real date and time cells, and text
that a spreadsheet could take for a formula (starting with ``=``, ``+``, ``-``, ``@``,
tab or CR) kept as text with a quote prefix. Control characters XML cannot hold are
dropped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from openpyxl import Workbook

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
FORMULA_FIRST = frozenset("=+-@\t\r")
#: A formula-like start, or a control character XML cannot hold (openpyxl's set).
_NEEDS_CARE = re.compile(r"^[=+\-@\t\r]|[\000-\010\013\014\016-\037]")
#: A control character XML cannot hold.
UNCOMMON = re.compile(r"[\000-\010\013\014\016-\037]")
DATE_FORMAT = "d mmmm yyyy"
TIME_FORMAT = "hh:mm"
MAX_WIDTH = 60
MAX_WRAPPED_WIDTH = 80


@dataclass(frozen=True)
class Column:
    header: str
    #: text (checked for formula-like starts), label (a fixed word), wrap, date, time, number.
    kind: str = "text"
    width: float = 10.0


def fitted_width(header: str, longest: int, *, wrapped: bool = False) -> float:
    """A column width (in characters) that shows the header and the longest value."""
    cap = MAX_WRAPPED_WIDTH if wrapped else MAX_WIDTH
    return float(min(max(len(header) * 1.2 + 2, longest + 2), cap))


class SheetWriter:
    """One write-only sheet with the house layout; rows are appended as value lists."""

    def __init__(self, book: Workbook, title: str, columns: Sequence[Column]) -> None:
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
        from openpyxl.styles import Alignment, Font
        from openpyxl.utils import get_column_letter
        from openpyxl.worksheet.properties import PageSetupProperties

        self._cell = WriteOnlyCell
        self._illegal = ILLEGAL_CHARACTERS_RE
        self._bold = Font(bold=True)
        self._wrap = Alignment(wrap_text=True, vertical="top")
        self._top = Alignment(vertical="top")
        self._reused: dict[int, Any] = {}
        self.columns = tuple(columns)
        self.title = title
        ws = book.create_sheet(title)
        self.ws = ws
        self._last_column = get_column_letter(len(self.columns))
        for index, column in enumerate(self.columns, 1):
            ws.column_dimensions[get_column_letter(index)].width = column.width
        ws.freeze_panes = "A2"
        ws.print_title_rows = "1:1"
        ws.page_setup.orientation = "landscape"
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        ws.append([self.bold(column.header) for column in self.columns])
        self.rows = 1

    # -- cells -----------------------------------------------------------------------
    def text(self, value: str | None) -> Any:
        """A plain text value, or a cell that keeps formula-looking text as text."""
        if not value:
            return None
        if _NEEDS_CARE.search(value) is None:
            return value
        value = self._illegal.sub("", value)
        if value.startswith(FORMULA_STARTS):
            cell = self._cell(self.ws, value)
            cell.data_type = "s"
            cell.quotePrefix = True
            return cell
        return value or None

    def row_text(self, value: str | None, column: int) -> Any:
        """As :meth:`text`, but formula-looking text reuses one cell per column.

        Only for values of a row that is appended at once: the write-only sheet writes
        a row while it is appended, so its cells are free again for the next row. A
        column where most values need the quote prefix (phone numbers: "+1 202 …")
        then costs no new styled cell per row.
        """
        if not value:
            return None
        if _NEEDS_CARE.search(value) is None:
            return value
        value = self._illegal.sub("", value)
        if not value.startswith(FORMULA_STARTS):
            return value or None
        cell = self._reused.get(column)
        if cell is None:
            cell = self._reused[column] = self._cell(self.ws)
            cell.quotePrefix = True
        cell.value = value
        cell.data_type = "s"
        return cell

    def bold(self, value: str) -> Any:
        cell = self._cell(self.ws, self._illegal.sub("", value))
        cell.data_type = "s"
        cell.font = self._bold
        if value.startswith(FORMULA_STARTS):
            cell.quotePrefix = True
        return cell

    def muted(self, value: str) -> Any:
        """Text in grey: a value repeated from the row above, there for sorting and filters."""
        from openpyxl.styles import Font

        cell = self._cell(self.ws, self._illegal.sub("", value))
        cell.data_type = "s"
        cell.font = Font(color="808080")
        return cell

    def wrapped(self, value: str | None) -> Any:
        if not value:
            return None
        cell = self.text(value)
        if isinstance(cell, str):
            cell = self._cell(self.ws, cell)
        cell.alignment = self._wrap
        return cell

    def day(self, value: date | None) -> Any:
        if value is None:
            return None
        cell = self._cell(self.ws, value)
        cell.number_format = DATE_FORMAT
        cell.alignment = self._top
        return cell

    def clock(self, value: time | None) -> Any:
        if value is None:
            return None
        cell = self._cell(self.ws, value)
        cell.number_format = TIME_FORMAT
        cell.alignment = self._top
        return cell

    def cells(self, values: Sequence[Any]) -> list[Any]:
        """Turn a row of plain values into cells according to each column's kind."""
        out: list[Any] = []
        for column, value in zip(self.columns, values, strict=True):
            kind = column.kind
            if kind == "text":
                out.append(self.text(value))
            elif kind == "wrap":
                out.append(self.wrapped(value))
            elif kind == "date":
                out.append(self.day(value))
            elif kind == "time":
                out.append(self.clock(value))
            else:
                out.append(value if value not in ("", None) else None)
        return out

    # -- rows ------------------------------------------------------------------------
    def append(self, row: Sequence[Any]) -> None:
        """Append a row already made of values and cells."""
        self.ws.append(row)
        self.rows += 1

    def close(self) -> None:
        self.ws.auto_filter.ref = f"A1:{self._last_column}{self.rows}"
