"""Agenda items: add, edit, delete, reorder, defer, record outcomes, link documents."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from app.messages import Messages
from app.models import (
    AgendaItem,
    Document,
    ItemDocument,
    ItemKind,
    ItemStatus,
    Language,
    Meeting,
    MeetingStatus,
    Pillar,
    Revision,
)
from app.services import validate
from app.services.errors import ValidationError
from app.services.localized import set_localized, translations_of
from app.services.meeting_rows import next_meeting_after
from app.services.quorum import QuorumNotMetError, QuorumState, quorum_of_meeting

EDITABLE_FIELDS = (
    "title",
    "title_language",
    "translations",
    "kind",
    "pillar",
    "responsible",
    "planned_start",
    "duration_minutes",
    "status",
    "decision",
    "notes",
)


def _item_count(session: Session, meeting_id: int) -> int:
    return (
        session.scalar(
            select(func.count()).select_from(AgendaItem).where(AgendaItem.meeting_id == meeting_id)
        )
        or 0
    )


def _apply(item: AgendaItem, values: Mapping[str, Any]) -> None:
    item.kind = validate.choice("kind", values.get("kind") or ItemKind.CONSIDERATION, ItemKind)
    item.pillar = validate.optional_choice("pillar", values.get("pillar"), Pillar)
    item.responsible = validate.text("responsible", values.get("responsible"), max_length=300)
    planned = values.get("planned_start")
    item.planned_start = None if planned is None else validate.a_time("planned_start", planned)
    item.duration_minutes = validate.positive_int(
        "duration_minutes", values.get("duration_minutes")
    )
    item.status = validate.choice("status", values.get("status") or ItemStatus.PENDING, ItemStatus)
    item.decision = validate.text("decision", values.get("decision"), max_length=20000)
    item.notes = validate.text("notes", values.get("notes"), max_length=20000)
    set_localized(
        item,
        "title",
        values.get("title") or "",
        values.get("title_language") or Language.EN,
        values.get("translations"),
    )


def add_item(
    session: Session,
    meeting_id: int,
    *,
    title: str,
    position: int | None = None,
    deferred_from_id: int | None = None,
    **values: Any,
) -> AgendaItem:
    """Add an item at ``position`` (1-based; default: at the end); later items move down.

    ``deferred_from_id`` names the item of an earlier meeting this one continues
    (set by deferring, and given again when an undone delete brings an item back).
    """
    validate.unknown_fields(values, EDITABLE_FIELDS)
    validate.get(session, Meeting, meeting_id, "meeting")
    if deferred_from_id is not None:
        validate.get(session, AgendaItem, deferred_from_id, "deferred agenda item")
    count = _item_count(session, meeting_id)
    if position is None:
        position = count + 1
    if not 1 <= position <= count + 1:
        raise ValidationError(
            "position",
            Messages.tr("The position must be between 1 and {last}.", last=count + 1),
        )
    item = AgendaItem(meeting_id=meeting_id, position=position, deferred_from_id=deferred_from_id)
    _apply(item, {**values, "title": title})
    _shift(session, meeting_id, position, count, +1)
    session.add(item)
    session.flush()
    return item


def item_exists(session: Session, item_id: int) -> bool:
    return session.get(AgendaItem, item_id) is not None


def item_values(item: AgendaItem) -> dict[str, Any]:
    """The editable values of an item, in the form ``update_item`` takes (for undo)."""
    values = {field: getattr(item, field) for field in EDITABLE_FIELDS[3:]}
    values.update(
        title=item.title,
        title_language=item.original_language,
        translations=translations_of(item, "title"),
        kind=item.kind,
    )
    return values


def read_item_values(session: Session, item_id: int) -> dict[str, Any]:
    """The editable values of item ``item_id``, as ``item_values`` gives them."""
    return item_values(validate.get(session, AgendaItem, item_id, "agenda item"))


def item_position(session: Session, item_id: int) -> int:
    return validate.get(session, AgendaItem, item_id, "agenda item").position


def item_links(session: Session, item_id: int) -> dict[int, int | None]:
    """The documents the item considers: document id -> pinned revision id (or None)."""
    item = validate.get(session, AgendaItem, item_id, "agenda item")
    return {link.document_id: link.revision_id for link in item.documents}


def item_ids(session: Session, meeting_id: int) -> list[int]:
    """The ids of a meeting's items, in agenda order."""
    return list(
        session.scalars(
            select(AgendaItem.id)
            .where(AgendaItem.meeting_id == meeting_id)
            .order_by(AgendaItem.position)
        )
    )


@dataclass(frozen=True)
class SavedItem:
    """What deleting an item loses, so that undo can add it again where it was."""

    position: int
    values: dict[str, Any]
    links: dict[int, int | None]
    deferred_from_id: int | None


def save_item(session: Session, item_id: int) -> SavedItem:
    item = validate.get(session, AgendaItem, item_id, "agenda item")
    return SavedItem(
        position=item.position,
        values=item_values(item),
        links={link.document_id: link.revision_id for link in item.documents},
        deferred_from_id=item.deferred_from_id,
    )


def _check_quorum(
    session: Session, item: AgendaItem, status: ItemStatus, decision: str, confirmed: bool
) -> None:
    """Refuse a new outcome while the meeting has no quorum, unless the chair confirmed it.

    A confirmed one is flagged ``recorded_without_quorum``; an item back to pending loses the
    flag. A meeting whose attendance was not taken is not held to its quorum.
    """
    if status == ItemStatus.PENDING:
        item.recorded_without_quorum = False
        return
    if status == item.status and decision == item.decision.strip():
        return
    line = quorum_of_meeting(session, item.meeting_id)
    if line.state != QuorumState.NOT_MET:
        item.recorded_without_quorum = False
    elif confirmed:
        item.recorded_without_quorum = True
    else:
        raise QuorumNotMetError(line)


def describe_item(item: AgendaItem) -> tuple[str, dict[str, Any]]:
    return item.title, item_values(item)


def update_item(
    session: Session,
    item_id: int,
    changes: Mapping[str, Any],
    *,
    confirm_without_quorum: bool = False,
    expected_version: int | None = None,
) -> AgendaItem:
    """Change an item. A new outcome while the meeting lacks its quorum raises
    :class:`QuorumNotMetError` unless ``confirm_without_quorum`` (then it is flagged);
    refused with a ConflictError if the item changed since the edit began
    (``expected_version``, its version then)."""
    validate.unknown_fields(changes, EDITABLE_FIELDS)
    item = validate.get_for_edit(
        session, AgendaItem, item_id, "agenda item", expected_version, describe_item
    )
    merged = {**item_values(item), **changes}
    status = validate.choice("status", merged["status"] or ItemStatus.PENDING, ItemStatus)
    decision = validate.text("decision", merged["decision"], max_length=20000)
    _check_quorum(session, item, status, decision, confirm_without_quorum)
    _apply(item, merged)
    validate.flush_edit(session, "agenda item", item.title, item_id)
    return item


def record_outcome(
    session: Session,
    item_id: int,
    status: ItemStatus | str,
    decision: str = "",
    *,
    confirm_without_quorum: bool = False,
    expected_version: int | None = None,
) -> AgendaItem:
    return update_item(
        session,
        item_id,
        {"status": status, "decision": decision},
        confirm_without_quorum=confirm_without_quorum,
        expected_version=expected_version,
    )


def delete_item(session: Session, item_id: int) -> None:
    item = validate.get(session, AgendaItem, item_id, "agenda item")
    meeting_id, position = item.meeting_id, item.position
    count = _item_count(session, meeting_id)
    session.delete(item)
    session.flush()
    _shift(session, meeting_id, position + 1, count, -1)


def _shift(session: Session, meeting_id: int, first: int, last: int, by: int) -> None:
    """Move the items at positions first..last by ``by`` in one statement."""
    if first > last:
        return
    session.execute(
        update(AgendaItem)
        .where(
            AgendaItem.meeting_id == meeting_id,
            AgendaItem.position >= first,
            AgendaItem.position <= last,
        )
        .values(position=AgendaItem.position + by, version=AgendaItem.version + 1)
        .execution_options(synchronize_session="fetch")
    )


def move_item(session: Session, item_id: int, position: int) -> AgendaItem:
    """Move an item to ``position`` (1-based); the others close up, numbering stays dense."""
    item = validate.get(session, AgendaItem, item_id, "agenda item")
    count = _item_count(session, item.meeting_id)
    if not 1 <= position <= count:
        raise ValidationError(
            "position", Messages.tr("The position must be between 1 and {last}.", last=count)
        )
    old = item.position
    if position == old:
        return item
    if position < old:
        _shift(session, item.meeting_id, position, old - 1, +1)
    else:
        _shift(session, item.meeting_id, old + 1, position, -1)
    session.refresh(item)
    item.position = position
    session.flush()
    return item


def defer_item_to_next_meeting(
    session: Session,
    item_id: int,
    to_meeting_id: int | None = None,
    *,
    confirm_without_quorum: bool = False,
) -> AgendaItem:
    """Mark the item deferred and add it at the end of the agenda of ``to_meeting_id``
    (by default the next meeting).

    Returns the new item. Its documents go with it, and it remembers where it came from
    (and :func:`app.services.decisions.deferral_links` finds it from the old one).
    Deferring is an outcome: without quorum it needs ``confirm_without_quorum``.
    """
    item = validate.get(session, AgendaItem, item_id, "agenda item")
    if item.status == ItemStatus.DEFERRED:
        raise ValidationError("status", Messages.tr("This item has already been deferred."))
    _check_quorum(session, item, ItemStatus.DEFERRED, item.decision, confirm_without_quorum)
    if to_meeting_id is None:
        following = next_meeting_after(session, item.meeting)
    else:
        following = validate.get(session, Meeting, to_meeting_id, "meeting")
        if following.id == item.meeting_id:
            raise ValidationError(
                "meeting", Messages.tr("Choose another meeting than the item's own.")
            )
        if following.status == MeetingStatus.CANCELLED:
            raise ValidationError(
                "meeting", Messages.tr("That meeting is cancelled: choose another one.")
            )
    if following is None:
        raise ValidationError(
            "meeting",
            Messages.tr(
                "There is no later meeting to defer this item to. Create the next meeting first."
            ),
        )
    values = item_values(item)
    values.update(status=ItemStatus.PENDING, decision="", planned_start=None)
    new_item = add_item(session, following.id, deferred_from_id=item.id, **values)
    for link in item.documents:
        session.add(
            ItemDocument(
                agenda_item_id=new_item.id,
                document_id=link.document_id,
                revision_id=link.revision_id,
            )
        )
    item.status = ItemStatus.DEFERRED
    item.decision = item.decision or f"Deferred to the meeting of {following.date:%d %B %Y}."
    session.flush()
    return new_item


def _link(session: Session, item_id: int, document_id: int) -> ItemDocument | None:
    return session.scalar(
        select(ItemDocument).where(
            ItemDocument.agenda_item_id == item_id, ItemDocument.document_id == document_id
        )
    )


def link_document(
    session: Session, item_id: int, document_id: int, revision_id: int | None = None
) -> ItemDocument:
    """Record that the item considers a document, optionally a given revision of it."""
    validate.get(session, AgendaItem, item_id, "agenda item")
    validate.get(session, Document, document_id, "document")
    if revision_id is not None:
        revision = validate.get(session, Revision, revision_id, "revision")
        if revision.document_id != document_id:
            raise ValidationError(
                "revision", Messages.tr("That revision belongs to another document.")
            )
    link = _link(session, item_id, document_id)
    if link is None:
        link = ItemDocument(agenda_item_id=item_id, document_id=document_id)
        session.add(link)
    link.revision_id = revision_id
    session.flush()
    return link


def unlink_document(session: Session, item_id: int, document_id: int) -> None:
    link = _link(session, item_id, document_id)
    if link is not None:
        session.delete(link)
        session.flush()
