"""The document register as the window and the papers read it: one row per document, each
revision's history with its files, and the revision current on a day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import (
    AgendaItem,
    Document,
    DocumentKind,
    DocumentStatus,
    ItemDocument,
    Language,
    Meeting,
    Revision,
    RevisionFile,
    all_versions,
    localized_version,
)
from app.services import validate
from app.services.documents import full_symbol


def revision_files(session: Session, revision_id: int) -> list[FileRow]:
    """The files of one revision, without their contents."""
    revision = validate.get(session, Revision, revision_id, "revision")
    return [
        FileRow(f.id, f.language, f.file_name, f.media_type, f.size, f.sha256)
        for f in revision.files
    ]


@dataclass(frozen=True)
class DocumentRow:
    """What the document register shows."""

    id: int
    base_symbol: str
    title: str
    kind: DocumentKind
    status: DocumentStatus
    latest_symbol: str
    latest_circulated_on: date | None
    revision_count: int
    #: The language ``title`` is in: the one asked for, or the original when the title
    #: has no version in it.
    title_language: str = ""
    #: Every version of the title, for searching in any language.
    title_versions: tuple[str, ...] = ()
    #: What changed in each revision (their notes), for searching the register.
    change_notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class FileRow:
    id: int
    language: Language
    file_name: str
    media_type: str
    size: int
    sha256: str


@dataclass(frozen=True)
class RevisionRow:
    """One line of a document's revision history, without file contents."""

    id: int
    symbol: str
    revision: int
    addendum: int
    corrigendum: int
    circulated_on: date | None
    change_note: str
    files: tuple[FileRow, ...]
    considered_at: tuple[str, ...]
    #: The same as (meeting date, item position) pairs, for a window that writes dates
    #: in its own language.
    considered_on: tuple[tuple[date, int], ...] = ()


def list_documents(session: Session, *, language: str | None = None) -> list[DocumentRow]:
    documents = session.scalars(select(Document).order_by(Document.base_symbol)).all()
    revisions: dict[int, list[Revision]] = {}
    for revision in session.scalars(select(Revision)):
        revisions.setdefault(revision.document_id, []).append(revision)
    rows = []
    for d in documents:
        history = sorted(
            revisions.get(d.id, []), key=lambda r: (r.revision, r.addendum, r.corrigendum)
        )
        latest = history[-1] if history else None
        rows.append(
            DocumentRow(
                id=d.id,
                base_symbol=d.base_symbol,
                title=localized_version(d, "title", language)[0],
                title_language=localized_version(d, "title", language)[1],
                title_versions=all_versions(d, "title"),
                kind=d.kind,
                status=d.status,
                latest_symbol=full_symbol(d.base_symbol, latest) if latest else d.base_symbol,
                latest_circulated_on=latest.circulated_on if latest else None,
                revision_count=len(history),
                change_notes=tuple(r.change_note for r in history if r.change_note),
            )
        )
    return rows


def revision_current_on(revisions: list[Revision], day: date) -> int | None:
    """The revision a meeting on ``day`` had before it: the latest circulated by then.

    An agenda item that names a document without pinning a revision considered the
    text then current; with no dated revision before the meeting, the latest one.
    """
    issued = [r for r in revisions if r.circulated_on is not None and r.circulated_on <= day]
    if issued:
        return issued[-1].id
    return revisions[-1].id if revisions else None


def revision_history(session: Session, document_id: int) -> list[RevisionRow]:
    """The document's revisions, oldest first, with their files and the meetings that
    considered them. File contents are not loaded."""
    document = validate.get(session, Document, document_id, "document")
    considered: dict[int | None, list[str]] = {}
    considered_on: dict[int | None, list[tuple[date, int]]] = {}
    for revision_id, meeting_date, position in session.execute(
        select(ItemDocument.revision_id, Meeting.date, AgendaItem.position)
        .join(AgendaItem, AgendaItem.id == ItemDocument.agenda_item_id)
        .join(Meeting, Meeting.id == AgendaItem.meeting_id)
        .where(ItemDocument.document_id == document_id)
        .order_by(Meeting.date)
    ):
        if revision_id is None:
            revision_id = revision_current_on(document.revisions, meeting_date)
        considered.setdefault(revision_id, []).append(f"{meeting_date:%d %b %Y}, item {position}")
        considered_on.setdefault(revision_id, []).append((meeting_date, position))
    files: dict[int, list[FileRow]] = {}
    for f in session.execute(
        select(
            RevisionFile.id,
            RevisionFile.revision_id,
            RevisionFile.language,
            RevisionFile.file_name,
            RevisionFile.media_type,
            RevisionFile.size,
            RevisionFile.sha256,
        )
        .join(Revision, Revision.id == RevisionFile.revision_id)
        .where(Revision.document_id == document_id)
        .order_by(RevisionFile.language)
    ):
        files.setdefault(f.revision_id, []).append(
            FileRow(f.id, f.language, f.file_name, f.media_type, f.size, f.sha256)
        )
    return [
        RevisionRow(
            id=r.id,
            symbol=full_symbol(document.base_symbol, r),
            revision=r.revision,
            addendum=r.addendum,
            corrigendum=r.corrigendum,
            circulated_on=r.circulated_on,
            change_note=r.change_note,
            files=tuple(files.get(r.id, ())),
            considered_at=tuple(considered.get(r.id, ())),
            considered_on=tuple(considered_on.get(r.id, ())),
        )
        for r in document.revisions
    ]
