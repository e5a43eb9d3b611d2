"""Undoable edits of documents and their revisions.

Each function builds a ``ServiceCommand``; the caller hands it to ``app.ui.undo.push``.
Undoing a deletion recreates the document under a new id, so commands name documents,
mandates and agenda items by shared ``RowRef``s (``row_refs``), never by bare ids.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from app.models import LANGUAGES, Document
from app.services import agenda, documents, mandates, meetings, validate
from app.ui.commands.row_refs import ITEM, RowRef, row_refs
from app.ui.context import AGENDA, DOCUMENTS, MANDATES
from app.ui.undo import ServiceCommand

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.ui.context import AppContext


DOCUMENT = "document"
MANDATE = "mandate"


def _tr(text: str) -> str:
    return QCoreApplication.translate("DocumentCommands", text)


@dataclass(frozen=True)
class NewFile:
    """A file to attach: its language, name, bytes and (optional) media type."""

    language: str
    file_name: str
    content: bytes
    media_type: str | None = None


@dataclass(frozen=True)
class NewRevision:
    revision: int
    addendum: int
    corrigendum: int
    circulated_on: date | None
    change_note: str
    files: tuple[NewFile, ...] = ()


def _values_for_undo(values: Mapping[str, Any]) -> dict[str, Any]:
    """Values that restore the row exactly: a translation absent before is removed."""
    restored = dict(values)
    if "translations" in restored:
        filled = restored["translations"] or {}
        restored["translations"] = {code: filled.get(code, "") for code in LANGUAGES}
    return restored


def create_document(context: AppContext, values: Mapping[str, Any]) -> ServiceCommand:
    refs = row_refs(context)
    made: list[RowRef] = []

    def do(session: Session) -> int:
        document_id = documents.create_document(session, **values).id
        if made:
            refs.recreated(made[0], document_id)
        else:
            made.append(refs.ref(DOCUMENT, document_id))
        return document_id

    def undo(session: Session, _document_id: int) -> None:
        documents.delete_document(session, made[0].id)
        refs.deleted(made[0])

    return ServiceCommand(
        context,
        _tr("New document {symbol}").format(symbol=values.get("base_symbol", "")),
        do=do,
        undo=undo,
        kinds={DOCUMENTS},
    )


def update_document(
    context: AppContext, document_id: int, changes: Mapping[str, Any], symbol: str
) -> ServiceCommand:
    ref = row_refs(context).ref(DOCUMENT, document_id)
    before: dict[str, Any] = {}

    def do(session: Session) -> int:
        document = validate.get(session, Document, ref.id, "document")
        current = documents.document_values(document)
        before.clear()
        before.update(_values_for_undo({key: current[key] for key in changes}))
        documents.update_document(session, ref.id, changes)
        return ref.id

    return ServiceCommand(
        context,
        _tr("Edit document {symbol}").format(symbol=symbol),
        do=do,
        undo=lambda s, _: documents.update_document(s, ref.id, before),
        kinds={DOCUMENTS, AGENDA, MANDATES},
    )


#: An agenda item that considers a document: its id, and the symbol of the revision it
#: is pinned to (None when it considers the document as a whole).
AgendaLink = tuple[int, str | None]


def agenda_links(
    session: Session, document_id: int, progress: Callable[[int, int], None] | None = None
) -> list[AgendaLink]:
    """The agenda items that consider the document, which deleting it unlinks.

    The services name considered documents only per meeting's agenda, so this reads
    every agenda: seconds at thousands of meetings. Run it off the UI thread.
    """
    document = validate.get(session, Document, document_id, "document")
    base = document.base_symbol
    pinned = {r.symbol for r in documents.revision_history(session, document_id)} - {base}
    rows = meetings.list_meetings(session)
    links: list[AgendaLink] = []
    for done, meeting in enumerate(rows):
        if progress is not None and done % 50 == 0:
            progress(done, len(rows))
        if not meeting.item_count:
            continue
        for item in agenda.list_items(session, meeting.id):
            links.extend(
                (item.id, None if symbol == base else symbol)
                for symbol in item.documents
                if symbol == base or symbol in pinned
            )
    return links


@dataclass
class _DocumentSnapshot:
    """Everything deleting a document removes, so that undo can put it back."""

    values: dict[str, Any]
    revisions: list[NewRevision]
    mandates: list[RowRef]


def _snapshot(context: AppContext, session: Session, document_id: int) -> _DocumentSnapshot:
    document = validate.get(session, Document, document_id, "document")
    revisions = [
        NewRevision(
            revision=r.revision,
            addendum=r.addendum,
            corrigendum=r.corrigendum,
            circulated_on=r.circulated_on,
            change_note=r.change_note,
            files=tuple(
                NewFile(
                    f.language, f.file_name, documents.file_content(session, f.id)[1], f.media_type
                )
                for f in r.files
            ),
        )
        for r in documents.revision_history(session, document_id)
    ]
    refs = row_refs(context)
    linked_mandates = [
        refs.ref(MANDATE, m.id)
        for m in mandates.list_mandates(session)
        if document_id in m.document_ids
    ]
    return _DocumentSnapshot(documents.document_values(document), revisions, linked_mandates)


def _restore(
    session: Session, snapshot: _DocumentSnapshot, links: Sequence[tuple[RowRef, str | None]]
) -> int:
    values = dict(snapshot.values)
    base = values.pop("base_symbol")
    document = documents.create_document(
        session, base_symbol=base, title=values.pop("title"), **values
    )
    revision_ids = {
        documents.full_symbol(
            base, rev=r.revision, add=r.addendum, corr=r.corrigendum
        ): _add_revision(session, document.id, r)
        for r in snapshot.revisions
    }
    linked = {m.id: m.document_ids for m in mandates.list_mandates(session)}
    for mandate in snapshot.mandates:
        if mandate.id in linked:
            mandates.set_links(session, mandate.id, document_ids=[*linked[mandate.id], document.id])
    for item, revision_symbol in links:
        revision_id = None if revision_symbol is None else revision_ids[revision_symbol]
        agenda.link_document(session, item.id, document.id, revision_id)
    return document.id


def delete_document(
    context: AppContext, document_id: int, symbol: str, links: Sequence[AgendaLink]
) -> ServiceCommand:
    """Delete the document with its revisions and files; undo puts all of it back, with
    its links from mandates and from the agenda items in ``links`` (see ``agenda_links``)."""
    refs = row_refs(context)
    ref = refs.ref(DOCUMENT, document_id)
    item_links = [(refs.ref(ITEM, item_id), revision) for item_id, revision in links]

    def do(session: Session) -> _DocumentSnapshot:
        snapshot = _snapshot(context, session, ref.id)
        documents.delete_document(session, ref.id)
        refs.deleted(ref)
        return snapshot

    def undo(session: Session, snapshot: _DocumentSnapshot) -> None:
        refs.recreated(ref, _restore(session, snapshot, item_links))

    return ServiceCommand(
        context,
        _tr("Delete document {symbol}").format(symbol=symbol),
        do=do,
        undo=undo,
        kinds={DOCUMENTS, AGENDA, MANDATES},
    )


def _add_revision(session: Session, document_id: int, revision: NewRevision) -> int:
    row = documents.add_revision(
        session,
        document_id,
        revision=revision.revision,
        addendum=revision.addendum,
        corrigendum=revision.corrigendum,
        circulated_on=revision.circulated_on,
        change_note=revision.change_note,
    )
    for file in revision.files:
        documents.attach_file(
            session,
            row.id,
            language=file.language,
            file_name=file.file_name,
            content=file.content,
            media_type=file.media_type,
        )
    return row.id


def add_revision(
    context: AppContext, document_id: int, revision: NewRevision, symbol: str
) -> ServiceCommand:
    """The revision and its files in one transaction: a refused file leaves no revision."""
    ref = row_refs(context).ref(DOCUMENT, document_id)
    return ServiceCommand(
        context,
        _tr("Add revision {symbol}").format(symbol=symbol),
        do=lambda s: _add_revision(s, ref.id, revision),
        undo=lambda s, revision_id: documents.delete_revision(s, revision_id),
        kinds={DOCUMENTS},
    )


def attach_files(context: AppContext, revision_id: int, files: Sequence[NewFile]) -> list[int]:
    """Attach (or replace) language files of an existing revision, in one transaction.

    Not undoable: the services cannot take a single file off a revision.
    """

    def do(session: Session) -> list[int]:
        return [
            documents.attach_file(
                session,
                revision_id,
                language=f.language,
                file_name=f.file_name,
                content=f.content,
                media_type=f.media_type,
            ).id
            for f in files
        ]

    return context.write(do, {DOCUMENTS})
