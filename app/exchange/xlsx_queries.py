"""Reads for the workbook export that the services' list functions do not cover.

The invitee sheet streams its rows (``yield_per``) instead of loading the list, so a
list of 100,000 invitees is never held in memory; the column widths come from one
aggregate query run before the rows. The calendar and agenda sheets read every
meeting's items in one query instead of one query per meeting.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import String, func, select, type_coerce
from sqlalchemy.orm import Session

from app.models import (
    AgendaItem,
    Contact,
    Document,
    ItemDocument,
    ItemKind,
    ItemStatus,
    ListEntry,
    Mandate,
    Meeting,
    Revision,
)
from app.services.contacts import SHEET_COLUMNS
from app.services.documents import full_symbol

#: The contact and entry columns of an invitee sheet, in INVITEE_COLUMNS order.
ENTRY_SHEET_COLUMNS = (*SHEET_COLUMNS, ListEntry.status, ListEntry.role)


def stream_entries(session: Session, list_id: int, batch: int = 2000) -> Iterator[Sequence[Any]]:
    """The list's entries as rows of ENTRY_SHEET_COLUMNS, sorted by name, fetched in batches.

    Run on the session's connection (Core, not ORM), with category and status read as
    plain strings: half the cost per row, which counts at 100,000 rows.
    """
    columns = [
        type_coerce(c, String) if c.key in ("category", "status") else c
        for c in ENTRY_SHEET_COLUMNS
    ]
    query = (
        select(*columns)
        .join(Contact, Contact.id == ListEntry.contact_id)
        .where(ListEntry.list_id == list_id)
        .order_by(Contact.name, ListEntry.id)
        .execution_options(yield_per=batch)
    )
    yield from session.connection().execute(query)


def entry_text_lengths(session: Session, list_id: int) -> dict[str, int]:
    """The longest value of each free-text column of the list (for column widths)."""
    columns = {
        "name": Contact.name,
        "title": Contact.title,
        "organization": Contact.organization,
        "country": Contact.country,
        "email": Contact.email,
        "phone": Contact.phone,
        "role": ListEntry.role,
    }
    row = session.execute(
        select(*(func.coalesce(func.max(func.length(c)), 0) for c in columns.values()))
        .select_from(ListEntry)
        .join(Contact, Contact.id == ListEntry.contact_id)
        .where(ListEntry.list_id == list_id)
    ).one()
    return dict(zip(columns, row, strict=True))


def count_rows(session: Session) -> dict[str, int]:
    """How many meetings, agenda items, documents and mandates there are (for progress)."""
    return {
        "meetings": session.scalar(select(func.count()).select_from(Meeting)) or 0,
        "agenda": session.scalar(select(func.count()).select_from(AgendaItem)) or 0,
        "documents": session.scalar(select(func.count()).select_from(Document)) or 0,
        "mandates": session.scalar(select(func.count()).select_from(Mandate)) or 0,
    }


def _title(row: Any, language: str | None) -> str:
    if language:
        value = getattr(row, f"title_{language}", None)
        if value:
            return value
    return getattr(row, f"title_{row.original_language}") or ""


@dataclass(frozen=True)
class AgendaLine:
    """One agenda item with its meeting's date: a row of the agenda sheet."""

    meeting_id: int
    meeting_date: date
    position: int
    title: str
    kind: ItemKind
    status: ItemStatus
    decision: str
    documents: str


def agenda_lines(session: Session, language: str | None = None) -> list[AgendaLine]:
    """Every agenda item in calendar order (meeting date, start, id, then item number)."""
    symbols: dict[int, list[str]] = {}
    for item_id, base, rev, add, corr in session.execute(
        select(
            ItemDocument.agenda_item_id,
            Document.base_symbol,
            Revision.revision,
            Revision.addendum,
            Revision.corrigendum,
        )
        .join(Document, Document.id == ItemDocument.document_id)
        .outerjoin(Revision, Revision.id == ItemDocument.revision_id)
        .order_by(ItemDocument.agenda_item_id, Document.base_symbol)
    ):
        symbol = base if rev is None else full_symbol(base, rev=rev, add=add, corr=corr)
        symbols.setdefault(item_id, []).append(symbol)
    query = (
        select(
            AgendaItem.id,
            AgendaItem.meeting_id,
            Meeting.date,
            AgendaItem.position,
            AgendaItem.kind,
            AgendaItem.status,
            AgendaItem.decision,
            AgendaItem.original_language,
            AgendaItem.title_en,
            AgendaItem.title_es,
            AgendaItem.title_fr,
            AgendaItem.title_pt,
        )
        .join(Meeting, Meeting.id == AgendaItem.meeting_id)
        .order_by(Meeting.date, Meeting.start_time, Meeting.id, AgendaItem.position)
    )
    return [
        AgendaLine(
            meeting_id=row.meeting_id,
            meeting_date=row.date,
            position=row.position,
            title=_title(row, language),
            kind=row.kind,
            status=row.status,
            decision=row.decision,
            documents="; ".join(symbols.get(row.id, ())),
        )
        for row in session.execute(query)
    ]
