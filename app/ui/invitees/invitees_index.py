"""Finding and ordering the entries of an invitee list fast: the engine of ``InviteesModel``.

Plain Python, no Qt. At 100,000 rows a Python loop that touches every row costs tens of
milliseconds, so the work per keystroke is done by C-level loops and big integers:

- A full search builds a *mask*, one byte (0 or 1) per row, with
  ``bytes(map(operator.contains, haystacks, repeat(word)))``; masks of several words, of
  a category and of a status combine as one integer AND each, and the count of shown
  entries per status is the population count of ``mask & status_bits``.
- When the text only extends a kept result's text (typing a word letter by letter) and
  that result is small, only its rows are searched again.
- The rows of every order (column and direction) are sorted once and kept; a filtered
  result in another order is the new order compressed by the result's mask.
- The last results are kept, so Backspace shows the previous one at once.
"""

from __future__ import annotations

from collections import Counter, OrderedDict, deque
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import IntEnum
from functools import lru_cache
from itertools import compress, repeat
from operator import contains, itemgetter
from typing import Any

from app.services.invitee_table import EntryTable


class Column(IntEnum):
    NAME = 0
    TITLE = 1
    ORGANIZATION = 2
    COUNTRY = 3
    CATEGORY = 4
    EMAIL = 5
    STATUS = 6


#: The EntryTable attribute each column shows.
COLUMN_FIELDS = {
    Column.NAME: "names",
    Column.TITLE: "titles",
    Column.ORGANIZATION: "organizations",
    Column.COUNTRY: "countries",
    Column.CATEGORY: "categories",
    Column.EMAIL: "emails",
    Column.STATUS: "statuses",
}
#: Results kept, to go back to on Backspace and to narrow from when typing on.
RESULT_CACHE_SIZE = 16
#: A kept result smaller than this share of the table is searched row by row; a larger
#: one is not worth it, a full masked scan is faster.
NARROWING_SHARE = 0.5


@lru_cache(maxsize=32)
def _one_at(code: int) -> bytes:
    """A ``bytes.translate`` table that maps byte ``code`` to 1 and every other byte to 0."""
    return bytes(1 if byte == code else 0 for byte in range(256))


def search_words(text: str) -> tuple[str, ...]:
    """The words every shown row must contain, as the haystacks hold them (case-folded)."""
    return tuple(text.casefold().split())


@dataclass
class Result:
    """Shown rows in display order; ``mask`` (1 byte per table row, as an int) when known."""

    rows: list[int]
    mask: int | None = None
    counts: dict[str, int] | None = None


class EntryIndex:
    """The current filter and order over one EntryTable, and what they show."""

    def __init__(
        self,
        table: EntryTable,
        status_order: Sequence[str],
        category_order: Sequence[str],
    ) -> None:
        self.table = table
        self._size = len(table)
        self._ranks: dict[Column, Mapping[str, int]] = {
            Column.STATUS: {value: rank for rank, value in enumerate(status_order)},
            Column.CATEGORY: {value: rank for rank, value in enumerate(category_order)},
        }
        self._status_order = tuple(status_order)
        self.words: tuple[str, ...] = ()
        self.category: str | None = None
        self.status: str | None = None
        self.column = -1
        self.descending = False
        self._orders: dict[tuple[int, bool], list[int]] = {}
        self._identity: set[tuple[int, bool]] = set()
        self._codes: dict[Column, bytes] = {}
        self._bits: dict[tuple[Column, int], int] = {}
        self._keys: dict[Column, list[str]] = {}
        self._results: OrderedDict[tuple[Any, ...], Result] = OrderedDict()
        self._every_row: int | None = None
        self.current = self._compute()

    # -- what is asked ---------------------------------------------------------------
    def select(self, words: tuple[str, ...], category: str | None, status: str | None) -> bool:
        """Filter by ``words``, category and status; False when nothing changed."""
        if (words, category, status) == (self.words, self.category, self.status):
            return False
        self.words, self.category, self.status = words, category, status
        self.current = self._compute()
        return True

    def order_by(self, column: int, descending: bool) -> bool:
        """Show rows ordered by ``column`` (-1: the table's own order); False if unchanged."""
        if column not in tuple(Column):
            column, descending = -1, False
        if (column, descending) == (self.column, self.descending):
            return False
        before = self.current
        self.column, self.descending = column, descending
        key = self._key()
        kept = self._results.get(key)
        if kept is None and not (self.words or self.category or self.status):
            kept = self._compute()
        elif kept is None:
            mask = before.mask if before.mask is not None else self._mask_of(before.rows)
            kept = Result(self._rows_of(mask), mask, before.counts)
            self._keep(key, kept)
        self.current = kept
        return True

    def counts(self) -> dict[str, int]:
        """How many shown rows have each status (every status, zeros included)."""
        result = self.current
        if result.counts is None:
            if result.mask is not None:
                result.counts = {
                    value: (result.mask & self._value_bits(Column.STATUS, value)).bit_count()
                    for value in self._status_order
                }
            else:
                statuses = self.table.statuses
                found = (
                    Counter(itemgetter(*result.rows)(statuses))
                    if len(result.rows) > 1
                    else Counter(statuses[row] for row in result.rows)
                )
                result.counts = {value: found.get(value, 0) for value in self._status_order}
        return result.counts

    def statuses_changed(self) -> None:
        """Some statuses in the table were changed in place: forget what depended on them.

        The shown rows stay as they are (their counts are taken again); the next change
        of filter or order places the rows by their new statuses.
        """
        self._results.clear()
        self._codes.pop(Column.STATUS, None)
        self._bits = {key: bits for key, bits in self._bits.items() if key[0] != Column.STATUS}
        for key in [key for key in self._orders if key[0] == Column.STATUS]:
            del self._orders[key]
            self._identity.discard(key)
        self.current = Result(self.current.rows)

    # -- how --------------------------------------------------------------------------
    def _key(self) -> tuple[Any, ...]:
        return (" ".join(self.words), self.category, self.status, self.column, self.descending)

    def _compute(self) -> Result:
        key = self._key()
        kept = self._results.get(key)
        if kept is not None:
            self._results.move_to_end(key)
            return kept
        if not self.words and self.category is None and self.status is None:
            result = Result(self._order(), self._all_rows())
        else:
            narrowest = self._narrowest_kept(key)
            if narrowest is not None and len(narrowest) < self._size * NARROWING_SHARE:
                result = Result(self._search(narrowest))
            else:
                mask = self._scan()
                result = Result(self._rows_of(mask), mask)
        self._keep(key, result)
        return result

    def _narrowest_kept(self, key: tuple[Any, ...]) -> list[int] | None:
        """The fewest rows among kept results that contain every row of ``key``'s result."""
        text, *settings = key
        best: list[int] | None = None
        for (kept_text, *kept_settings), kept in self._results.items():
            if (
                kept_settings == settings
                and text.startswith(kept_text)
                and (best is None or len(kept.rows) < len(best))
            ):
                best = kept.rows
        return best

    def _search(self, candidates: list[int]) -> list[int]:
        """The candidates (in their order) that pass every filter, row by row."""
        rows = candidates
        if self.category is not None:
            categories, wanted = self.table.categories, self.category
            rows = [row for row in rows if categories[row] == wanted]
        if self.status is not None:
            statuses, wanted = self.table.statuses, self.status
            rows = [row for row in rows if statuses[row] == wanted]
        haystacks = self.table.haystacks
        # The longest word first: it usually matches fewest rows, leaving less for the rest.
        for word in sorted(self.words, key=len, reverse=True):
            rows = [row for row in rows if word in haystacks[row]]
        return rows

    def _scan(self) -> int:
        """The mask of the rows that pass every filter, from a scan of the whole table."""
        mask = self._all_rows()
        if self.category is not None:
            mask &= self._value_bits(Column.CATEGORY, self.category)
        if self.status is not None:
            mask &= self._value_bits(Column.STATUS, self.status)
        haystacks = self.table.haystacks
        for word in self.words:
            found = bytes(map(contains, haystacks, repeat(word)))
            mask &= int.from_bytes(found, "little")
        return mask

    def _all_rows(self) -> int:
        if self._every_row is None:
            self._every_row = int.from_bytes(b"\x01" * self._size, "little")
        return self._every_row

    def _value_codes(self, column: Column) -> bytes:
        """One byte per row: the rank of its status (or category) in the vocabulary."""
        codes = self._codes.get(column)
        if codes is None:
            rank = self._ranks[column]
            values: list[str] = getattr(self.table, COLUMN_FIELDS[column])
            codes = bytes(map(rank.get, values, repeat(len(rank))))
            self._codes[column] = codes
        return codes

    def _code_mask(self, column: Column, code: int) -> bytes:
        """One byte per row, 1 where the row's code is ``code`` (a C-level translate)."""
        return self._value_codes(column).translate(_one_at(code))

    def _value_bits(self, column: Column, value: str) -> int:
        rank = self._ranks[column]
        code = rank.get(value, len(rank))
        bits = self._bits.get((column, code))
        if bits is None:
            bits = int.from_bytes(self._code_mask(column, code), "little")
            self._bits[(column, code)] = bits
        return bits

    def _mask_of(self, rows: list[int]) -> int:
        shown = bytearray(self._size)
        deque(map(shown.__setitem__, rows, repeat(1)), maxlen=0)
        return int.from_bytes(shown, "little")

    def _rows_of(self, mask: int) -> list[int]:
        """The rows of ``mask`` in the current order."""
        order = self._order()
        if mask == self._all_rows():
            return order
        shown = mask.to_bytes(self._size, "little")
        if (self.column, self.descending) in self._identity:
            return list(compress(range(self._size), shown))
        return list(compress(order, map(shown.__getitem__, order)))

    def _keep(self, key: tuple[Any, ...], result: Result) -> None:
        self._results[key] = result
        while len(self._results) > RESULT_CACHE_SIZE:
            self._results.popitem(last=False)

    def _order(self) -> list[int]:
        """Every row in the current order, sorted once per column and direction.

        Python's sort is stable and the table comes in name order, so rows that tie
        (same country, same status) stay in name order, in both directions.
        """
        key = (self.column, self.descending)
        order = self._orders.get(key)
        if order is None:
            if self.column < 0:
                order = list(range(self._size))
            elif Column(self.column) in self._ranks:
                order = self._bucket_order(Column(self.column))
            else:
                keys = self._text_keys(Column(self.column))
                order = sorted(range(self._size), key=keys.__getitem__, reverse=self.descending)
            self._orders[key] = order
            # The table comes in name order: that order is usually the table's own.
            if self.column in (-1, Column.NAME) and order == list(range(self._size)):
                self._identity.add(key)
        return order

    def _text_keys(self, column: Column) -> list[str]:
        keys = self._keys.get(column)
        if keys is None:
            values: list[str] = getattr(self.table, COLUMN_FIELDS[column])
            sample = values[:: max(len(values) // 1000, 1)]
            if len(set(sample)) * 2 < len(sample):
                # Countries, titles: fold each value once, and share the folded strings.
                folded = {value: value.casefold() for value in set(values)}
                keys = list(map(folded.__getitem__, values))
            else:
                keys = [value.casefold() for value in values]
            self._keys[column] = keys
        return keys

    def _bucket_order(self, column: Column) -> list[int]:
        """A status or category order: rows sorted by their one-byte code, in C.

        Sorting by ``codes.__getitem__`` needs no Python call per row: a few milliseconds,
        where sorting 100,000 string keys takes tens.
        """
        codes = self._value_codes(column)
        return sorted(range(self._size), key=codes.__getitem__, reverse=self.descending)
