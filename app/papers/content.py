"""A paper as both writers see it: a header block, a title and a list of blocks.

Built once from the workspace by a paper's builder (agenda.py, activities.py, ...) and written by
docx_writer.py and pdf_writer.py, so the Word file and the PDF hold the same text.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field


@dataclass(frozen=True)
class HeaderBlock:
    """What OAS papers carry at the top: who issues it (left) and the series block (right)."""

    issuer: tuple[str, ...]
    series: str
    symbol: str
    date: str
    original: str

    def right_lines(self) -> tuple[str, ...]:
        return tuple(line for line in (self.series, self.symbol, self.date, self.original) if line)


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1


@dataclass(frozen=True)
class Paragraph:
    text: str
    #: "body", "centred" (lines under the title) or "note" (an annotation under an item).
    kind: str = "body"


@dataclass(frozen=True)
class NumberedItem:
    """An agenda item: its number, its title and the lines under it."""

    number: int
    text: str
    details: tuple[str, ...] = ()


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...]


#: A table cell: plain text, or bullet lines.
Cell = str | tuple[str, ...]


@dataclass(frozen=True)
class SpanRow:
    """A row across the whole table, e.g. a month of the calendar of activities."""

    text: str


Row = tuple[Cell, ...] | SpanRow


@dataclass
class Table:
    """A table with a header row repeated on every page.

    ``rows`` may be a generator (a long list streamed from the workspace): a paper is
    written once.
    """

    columns: tuple[str, ...]
    #: Relative column widths, summing to 1.
    widths: tuple[float, ...]
    rows: Iterable[Row]

    def __iter__(self) -> Iterator[Row]:
        return iter(self.rows)


Block = Heading | Paragraph | NumberedItem | Bullets | Table


@dataclass(frozen=True)
class MissingText:
    """A text that has no version in the paper's language (printed from the original)."""

    what: str
    original: str
    original_language: str


@dataclass
class Paper:
    kind: str
    language: str
    header: HeaderBlock
    title: str
    subtitle: tuple[str, ...] = ()
    blocks: list[Block] = field(default_factory=list)
    #: Texts lacking a version in ``language``; printing them needs the user's consent.
    missing: list[MissingText] = field(default_factory=list)
    #: Landscape pages (wide tables).
    landscape: bool = False
