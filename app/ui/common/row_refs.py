"""Stable handles on rows whose database ids change when undo recreates them.

Undoing "delete meeting" creates the meeting again, under a new id. Every command
further down the stack that names that meeting (an edit made before the delete,
an agenda item added to it) must then reach the new row. Commands therefore hold a
``RowRef``, not an id: the command that recreates a row points its ref at the new id,
and all commands sharing the ref follow.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

if TYPE_CHECKING:
    from app.ui.common.context import AppContext

MEETING = "meeting"
ITEM = "item"
DOCUMENT = "document"
MANDATE = "mandate"
REVISION = "revision"


@dataclass(eq=False)
class RowRef:
    kind: str
    id: int


class RowRefs:
    """The refs of the rows that exist now, one per row, so commands share them."""

    def __init__(self) -> None:
        self._live: dict[tuple[str, int], RowRef] = {}

    def ref(self, kind: str, row_id: int) -> RowRef:
        key = (kind, row_id)
        if key not in self._live:
            self._live[key] = RowRef(kind, row_id)
        return self._live[key]

    def recreated(self, ref: RowRef, new_id: int) -> None:
        """The row of ``ref`` exists again, as ``new_id``."""
        ref.id = new_id
        self._live[(ref.kind, new_id)] = ref

    def deleted(self, ref: RowRef) -> None:
        """The row is gone; a new row that reuses its id gets a ref of its own."""
        if self._live.get((ref.kind, ref.id)) is ref:
            del self._live[(ref.kind, ref.id)]

    def clear(self) -> None:
        self._live.clear()


_registries: WeakKeyDictionary[AppContext, RowRefs] = WeakKeyDictionary()


def row_refs(context: AppContext) -> RowRefs:
    """The refs of ``context``'s workspace; forgotten when another workspace opens."""
    refs = _registries.get(context)
    if refs is None:
        refs = RowRefs()
        _registries[context] = refs
        context.workspace_changed.connect(refs.clear)
    return refs
