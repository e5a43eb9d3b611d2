"""Agenda items saved for undo, and brought back where they were.

Shared by the agenda's commands (delete an item) and the calendar's (deleting a
meeting deletes its agenda).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.services.session import Session
    from app.ui.common.row_refs import RowRef, RowRefs


def item_position(session: Session, item_id: int) -> int:
    from app.services.agenda import item_position

    return item_position(session, item_id)


def read_item_values(session: Session, item_id: int) -> dict[str, Any]:
    """The editable values of an item, for the edit dialog."""
    from app.services.agenda import read_item_values

    return read_item_values(session, item_id)


def read_item_links(session: Session, item_id: int) -> dict[int, int | None]:
    """The documents the item considers: document id -> pinned revision id (or None)."""
    from app.services.agenda import item_links

    return item_links(session, item_id)


@dataclass
class ItemSnapshot:
    """Everything needed to create a deleted item again, where it was."""

    ref: RowRef
    meeting: RowRef
    position: int
    values: dict[str, Any]
    links: dict[int, int | None] = field(default_factory=dict)
    deferred_from_id: int | None = None


def snapshot_item(session: Session, ref: RowRef, meeting: RowRef) -> ItemSnapshot:
    from app.services.agenda import save_item

    saved = save_item(session, ref.id)
    return ItemSnapshot(
        ref=ref,
        meeting=meeting,
        position=saved.position,
        values=saved.values,
        links=saved.links,
        deferred_from_id=saved.deferred_from_id,
    )


def restore_item(session: Session, refs: RowRefs, snapshot: ItemSnapshot) -> int:
    from app.services import agenda

    values = dict(snapshot.values)
    title = values.pop("title")
    deferred_from = snapshot.deferred_from_id
    if deferred_from is not None and not agenda.item_exists(session, deferred_from):
        deferred_from = None  # the earlier item was deleted meanwhile
    item = agenda.add_item(
        session,
        snapshot.meeting.id,
        title=title,
        position=snapshot.position,
        deferred_from_id=deferred_from,
        **values,
    )
    for document_id, revision_id in snapshot.links.items():
        agenda.link_document(session, item.id, document_id, revision_id)
    refs.recreated(snapshot.ref, item.id)
    return item.id
