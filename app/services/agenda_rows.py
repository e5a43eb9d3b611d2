"""The agenda as the window and the papers read it: each item's row, its planned start,
and the meeting's planned end."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import (
    AgendaItem,
    Document,
    ItemDocument,
    ItemKind,
    ItemStatus,
    Meeting,
    Pillar,
    Revision,
    all_versions,
    localized_version,
)
from app.services import validate
from app.services.documents import full_symbol


@dataclass(frozen=True)
class ItemRow:
    """What the agenda table shows of an item."""

    id: int
    meeting_id: int
    position: int
    title: str
    kind: ItemKind
    status: ItemStatus
    pillar: Pillar | None
    responsible: str
    planned_start: time | None
    duration_minutes: int | None
    decision: str
    documents: tuple[str, ...]
    deferred_from_id: int | None
    #: The outcome was recorded while the meeting had no quorum (the chair confirmed it).
    recorded_without_quorum: bool = False
    #: The date of the meeting the item was deferred from, when it was.
    deferred_from_date: date | None = None
    #: When the item is planned to start: its fixed start, or the end of the item before;
    #: None when an earlier item has no duration, so that the start cannot be known.
    starts_at: time | None = None
    #: The language ``title`` is in: the one asked for, or the original when the title
    #: has no version in it.
    title_language: str = ""
    #: Every version of the title, for searching in any language.
    title_versions: tuple[str, ...] = ()


def list_items(session: Session, meeting_id: int, *, language: str | None = None) -> list[ItemRow]:
    items = session.scalars(
        select(AgendaItem).where(AgendaItem.meeting_id == meeting_id).order_by(AgendaItem.position)
    ).all()
    links: dict[int, list[str]] = {}
    rows = session.execute(
        select(ItemDocument.agenda_item_id, Document.base_symbol, Revision)
        .join(Document, Document.id == ItemDocument.document_id)
        .outerjoin(Revision, Revision.id == ItemDocument.revision_id)
        .join(AgendaItem, AgendaItem.id == ItemDocument.agenda_item_id)
        .where(AgendaItem.meeting_id == meeting_id)
        .order_by(Document.base_symbol)
    )
    starts = _planned_starts(session, meeting_id, items)
    origins = {
        earlier_id: day
        for earlier_id, day in session.execute(
            select(AgendaItem.id, Meeting.date)
            .join(Meeting, Meeting.id == AgendaItem.meeting_id)
            .where(AgendaItem.id.in_([i.deferred_from_id for i in items if i.deferred_from_id]))
        )
    }
    for item_id, base, revision in rows:
        links.setdefault(item_id, []).append(
            full_symbol(base, revision) if revision is not None else base
        )
    return [
        ItemRow(
            id=i.id,
            meeting_id=i.meeting_id,
            position=i.position,
            title=localized_version(i, "title", language)[0],
            title_language=localized_version(i, "title", language)[1],
            title_versions=all_versions(i, "title"),
            kind=i.kind,
            status=i.status,
            pillar=i.pillar,
            responsible=i.responsible,
            planned_start=i.planned_start,
            duration_minutes=i.duration_minutes,
            decision=i.decision,
            documents=tuple(links.get(i.id, ())),
            deferred_from_id=i.deferred_from_id,
            recorded_without_quorum=i.recorded_without_quorum,
            deferred_from_date=origins.get(i.deferred_from_id),
            starts_at=starts.get(i.id),
        )
        for i in items
    ]


def _planned_starts(
    session: Session, meeting_id: int, items: Sequence[AgendaItem]
) -> dict[int, time | None]:
    """Each item's planned start, following on from the meeting's start (see ItemRow)."""
    row = session.execute(
        select(Meeting.date, Meeting.start_time).where(Meeting.id == meeting_id)
    ).first()
    if row is None:
        return {}
    clock: datetime | None = datetime.combine(row.date, row.start_time)
    starts: dict[int, time | None] = {}
    for item in items:
        if item.planned_start is not None:
            fixed = datetime.combine(row.date, item.planned_start)
            clock = max(clock, fixed) if clock is not None else fixed
        starts[item.id] = clock.time() if clock is not None and clock.date() == row.date else None
        if clock is not None and item.duration_minutes is not None:
            clock += timedelta(minutes=item.duration_minutes)
        else:
            clock = None
    return starts


def planned_end(session: Session, meeting_id: int) -> time | None:
    """When the agenda is planned to finish: from each item's start or the one before's end.

    ``None`` when an item has no duration, since then the end cannot be known.
    """
    meeting = validate.get(session, Meeting, meeting_id, "meeting")
    clock = datetime.combine(meeting.date, meeting.start_time)
    for item in meeting.agenda_items:
        if item.planned_start is not None:
            clock = max(clock, datetime.combine(meeting.date, item.planned_start))
        if item.duration_minutes is None:
            return None
        clock += timedelta(minutes=item.duration_minutes)
    return clock.time() if clock.date() == meeting.date else time(23, 59)
