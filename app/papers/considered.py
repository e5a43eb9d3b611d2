"""Which revision of which document each agenda item of a meeting considers."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.models import AgendaItem, Document, ItemDocument, Meeting
from app.services.document_rows import revision_current_on
from app.services.documents import full_symbol


@dataclass(frozen=True)
class Considered:
    item_id: int
    document_id: int
    #: The pinned revision, else the one current on the meeting's date; None without revisions.
    revision_id: int | None
    symbol: str


def considered_documents(session: Session, meeting: Meeting) -> list[Considered]:
    """Every (item, document) link of the meeting, by item position then symbol."""
    links = session.scalars(
        select(ItemDocument)
        .join(AgendaItem, AgendaItem.id == ItemDocument.agenda_item_id)
        .join(Document, Document.id == ItemDocument.document_id)
        .where(AgendaItem.meeting_id == meeting.id)
        .options(selectinload(ItemDocument.document).selectinload(Document.revisions))
        .order_by(AgendaItem.position, Document.base_symbol)
    ).all()
    found = []
    for link in links:
        document = link.document
        revision_id = link.revision_id or revision_current_on(document.revisions, meeting.date)
        revision = next((r for r in document.revisions if r.id == revision_id), None)
        found.append(
            Considered(
                item_id=link.agenda_item_id,
                document_id=document.id,
                revision_id=revision_id,
                symbol=full_symbol(document.base_symbol, revision),
            )
        )
    return found
