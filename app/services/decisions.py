"""Decisions on the record: per agenda item, the documents considered (which revision),
the new revisions requested, and the links of a deferred item both ways."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.messages import Messages
from app.models import (
    AgendaItem,
    Document,
    ItemDocument,
    ItemKind,
    ItemStatus,
    Meeting,
    Revision,
    RevisionRequest,
    localized_value,
)
from app.services import validate
from app.services.document_rows import revision_current_on
from app.services.documents import full_symbol
from app.services.errors import ValidationError


@dataclass(frozen=True)
class ItemLink:
    """Another agenda item, named as a person would: "item 2 of the meeting of 13 Oct 2011"."""

    item_id: int
    meeting_id: int
    meeting_date: date
    position: int
    title: str


@dataclass(frozen=True)
class ConsideredDocument:
    """A document an item considered: ``symbol`` is the revision's full symbol.

    ``pinned`` is False when the item named the document only: then the revision is
    the one current on the meeting's date (``None`` when the document has none).
    """

    document_id: int
    symbol: str
    title: str
    revision_id: int | None
    pinned: bool


@dataclass(frozen=True)
class RevisionRequestRow:
    """A new revision an item asked for; ``fulfilled`` once that revision (or a later) exists."""

    id: int
    agenda_item_id: int
    document_id: int
    requested_symbol: str
    revision: int
    note: str
    meeting_id: int
    meeting_date: date
    item_position: int
    fulfilled: bool


@dataclass(frozen=True)
class DecisionRow:
    """What the record says of one agenda item."""

    item_id: int
    position: int
    title: str
    kind: ItemKind
    status: ItemStatus
    decision: str
    recorded_without_quorum: bool
    documents: tuple[ConsideredDocument, ...]
    requests: tuple[RevisionRequestRow, ...]
    deferred_from: ItemLink | None
    deferred_to: tuple[ItemLink, ...]

    @property
    def id(self) -> int:
        return self.item_id


def _links(session: Session, *where: object) -> list[ItemLink]:
    rows = session.execute(
        select(AgendaItem, Meeting.date)
        .join(Meeting, Meeting.id == AgendaItem.meeting_id)
        .where(*where)
        .order_by(Meeting.date, AgendaItem.position)
    )
    return [ItemLink(i.id, i.meeting_id, day, i.position, i.title) for i, day in rows]


def deferral_links(session: Session, item_id: int) -> tuple[ItemLink | None, list[ItemLink]]:
    """Where an item was deferred from, and the items it was deferred to."""
    item = validate.get(session, AgendaItem, item_id, "agenda item")
    origin = None
    if item.deferred_from_id is not None:
        found = _links(session, AgendaItem.id == item.deferred_from_id)
        origin = found[0] if found else None
    return origin, _links(session, AgendaItem.deferred_from_id == item_id)


def _request_rows(session: Session, *where: object) -> list[RevisionRequestRow]:
    latest: dict[int, int] = {
        document_id: number
        for document_id, number in session.execute(
            select(Revision.document_id, func.max(Revision.revision)).group_by(Revision.document_id)
        )
    }
    rows = session.execute(
        select(RevisionRequest, Document.base_symbol, AgendaItem.position, Meeting.id, Meeting.date)
        .join(Document, Document.id == RevisionRequest.document_id)
        .join(AgendaItem, AgendaItem.id == RevisionRequest.agenda_item_id)
        .join(Meeting, Meeting.id == AgendaItem.meeting_id)
        .where(*where)
        .order_by(Meeting.date, AgendaItem.position, Document.base_symbol)
    )
    return [
        RevisionRequestRow(
            id=r.id,
            agenda_item_id=r.agenda_item_id,
            document_id=r.document_id,
            requested_symbol=full_symbol(base, rev=r.revision),
            revision=r.revision,
            note=r.note,
            meeting_id=meeting_id,
            meeting_date=day,
            item_position=position,
            fulfilled=(latest.get(r.document_id) or 0) >= r.revision,
        )
        for r, base, position, meeting_id, day in rows
    ]


def revision_requests(session: Session, document_id: int) -> list[RevisionRequestRow]:
    """Requests for a new revision of the document that no revision answers yet."""
    return [
        row
        for row in _request_rows(session, RevisionRequest.document_id == document_id)
        if not row.fulfilled
    ]


def open_revision_requests(session: Session) -> list[RevisionRequestRow]:
    """Every request for a new revision still waiting for it, oldest meeting first."""
    return [row for row in _request_rows(session) if not row.fulfilled]


def request_revision(
    session: Session, item_id: int, document_id: int, revision: int | None = None, note: str = ""
) -> RevisionRequestRow:
    """Record that the item asked for a new revision of a document it considers.

    ``revision`` defaults to the one after the latest; asking again replaces the request.
    """
    validate.get(session, AgendaItem, item_id, "agenda item")
    document = validate.get(session, Document, document_id, "document")
    considered = session.scalar(
        select(ItemDocument.id).where(
            ItemDocument.agenda_item_id == item_id, ItemDocument.document_id == document_id
        )
    )
    if considered is None:
        raise ValidationError(
            "document",
            Messages.tr(
                "This item does not consider {symbol}; link the document first.",
                symbol=document.base_symbol,
            ),
        )
    latest = max((r.revision for r in document.revisions), default=0)
    if revision is None:
        revision = latest + 1
    number = validate.positive_int("revision", revision, optional=False)
    assert number is not None
    request = session.scalar(
        select(RevisionRequest).where(
            RevisionRequest.agenda_item_id == item_id, RevisionRequest.document_id == document_id
        )
    )
    if request is None:
        request = RevisionRequest(agenda_item_id=item_id, document_id=document_id)
        session.add(request)
    request.revision = number
    request.note = validate.text("note", note, max_length=2000)
    session.flush()
    return _request_rows(session, RevisionRequest.id == request.id)[0]


def withdraw_revision_request(session: Session, item_id: int, document_id: int) -> None:
    """Forget a request (the undo of making one)."""
    request = session.scalar(
        select(RevisionRequest).where(
            RevisionRequest.agenda_item_id == item_id, RevisionRequest.document_id == document_id
        )
    )
    if request is not None:
        session.delete(request)
        session.flush()


def decision_values(session: Session, item_id: int) -> dict[str, object]:
    """An item's outcome and decision, in the form ``agenda.update_item`` takes (for undo)."""
    item = validate.get(session, AgendaItem, item_id, "agenda item")
    return {"status": item.status, "decision": item.decision}


def decisions_of_meeting(
    session: Session, meeting_id: int, *, language: str | None = None
) -> list[DecisionRow]:
    """Every item of a meeting with its outcome, decision, documents, requests and deferrals."""
    meeting = validate.get(session, Meeting, meeting_id, "meeting")
    requests: dict[int, list[RevisionRequestRow]] = {}
    for row in _request_rows(session, AgendaItem.meeting_id == meeting_id):
        requests.setdefault(row.agenda_item_id, []).append(row)
    deferred_to: dict[int, list[ItemLink]] = {}
    item_ids = [item.id for item in meeting.agenda_items]
    for later in session.scalars(
        select(AgendaItem).where(AgendaItem.deferred_from_id.in_(item_ids))
    ):
        assert later.deferred_from_id is not None
        deferred_to.setdefault(later.deferred_from_id, []).append(
            ItemLink(later.id, later.meeting_id, later.meeting.date, later.position, later.title)
        )
    rows = []
    for item in meeting.agenda_items:
        origin = None
        if item.deferred_from_id is not None:
            found = _links(session, AgendaItem.id == item.deferred_from_id)
            origin = found[0] if found else None
        rows.append(
            DecisionRow(
                item_id=item.id,
                position=item.position,
                title=localized_value(item, "title", language),
                kind=item.kind,
                status=item.status,
                decision=item.decision,
                recorded_without_quorum=item.recorded_without_quorum,
                documents=tuple(
                    _considered(link, meeting.date, language)
                    for link in sorted(item.documents, key=lambda k: k.document.base_symbol)
                ),
                requests=tuple(requests.get(item.id, ())),
                deferred_from=origin,
                deferred_to=tuple(deferred_to.get(item.id, ())),
            )
        )
    return rows


def _considered(link: ItemDocument, day: date, language: str | None) -> ConsideredDocument:
    document = link.document
    revision_id = link.revision_id
    if revision_id is None:
        revision_id = revision_current_on(document.revisions, day)
    revision = next((r for r in document.revisions if r.id == revision_id), None)
    return ConsideredDocument(
        document_id=document.id,
        symbol=full_symbol(document.base_symbol, revision),
        title=localized_value(document, "title", language),
        revision_id=revision_id,
        pinned=link.revision_id is not None,
    )
