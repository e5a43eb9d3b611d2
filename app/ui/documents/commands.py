"""Undoable edits of documents and their revisions.

Each function builds a ``ServiceCommand``; the caller hands it to ``app.ui.common.undo.push``.
Undoing a deletion recreates the document and its revisions under new ids, so commands
name documents, revisions, mandates and agenda items by shared ``RowRef``s
(``row_refs``), never by bare ids.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from app.models.localized import LANGUAGES
from app.services import agenda, document_rows, documents, mandates
from app.services.document_rows import FileRow
from app.services.errors import ConflictError
from app.ui.common.context import AGENDA, DOCUMENTS, MANDATES
from app.ui.common.row_refs import DOCUMENT, ITEM, MANDATE, REVISION, RowRef, row_refs
from app.ui.common.undo import ServiceCommand

if TYPE_CHECKING:
    from app.services.session import Session
    from app.ui.common.context import AppContext


def _tr(text: str) -> str:
    # lupdate files a module-level tr() under the empty context (tools/update_translations.py).
    return QCoreApplication.translate("", text)


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
        done=_tr("Document {symbol} added.").format(symbol=values.get("base_symbol", "")),
    )


def update_document(
    context: AppContext,
    document_id: int,
    changes: Mapping[str, Any],
    symbol: str,
    opened_at: int | None = None,
) -> ServiceCommand:
    """Save against ``opened_at``, the document's version when the dialog opened; undo and
    redo save against the version the step before left (no overwrite of a later change)."""
    ref = row_refs(context).ref(DOCUMENT, document_id)
    before: dict[str, Any] = {}
    expected = [opened_at]

    def do(session: Session) -> int:
        current = documents.read_document_values(session, ref.id)
        before.clear()
        before.update(_values_for_undo({key: current[key] for key in changes}))
        saved = documents.update_document(session, ref.id, changes, expected_version=expected[0])
        expected[0] = saved.version
        return ref.id

    def undo(session: Session, _document_id: int) -> None:
        restored = documents.update_document(session, ref.id, before, expected_version=expected[0])
        expected[0] = restored.version

    return ServiceCommand(
        context,
        _tr("Edit document {symbol}").format(symbol=symbol),
        do=do,
        undo=undo,
        kinds={DOCUMENTS, AGENDA, MANDATES},
        done=_tr("Document {symbol} changed.").format(symbol=symbol),
    )


@dataclass
class _DocumentSnapshot:
    """Everything deleting a document removes, so that undo can put it back.

    ``revision_refs`` run beside ``revisions``; ``links`` are the agenda items that
    considered the document, each with the revision it was pinned to (or None).
    """

    values: dict[str, Any]
    revisions: list[NewRevision]
    revision_refs: list[RowRef]
    mandates: list[RowRef]
    links: list[tuple[RowRef, RowRef | None]]


def _snapshot(context: AppContext, session: Session, document_id: int) -> _DocumentSnapshot:
    values = documents.read_document_values(session, document_id)
    refs = row_refs(context)
    history = document_rows.revision_history(session, document_id)
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
        for r in history
    ]
    revision_refs = {r.id: refs.ref(REVISION, r.id) for r in history}
    links = [
        (refs.ref(ITEM, item_id), None if revision_id is None else revision_refs[revision_id])
        for item_id, revision_id in documents.agenda_links(session, document_id)
    ]
    linked_mandates = [
        refs.ref(MANDATE, m.id)
        for m in mandates.list_mandates(session)
        if document_id in m.document_ids
    ]
    return _DocumentSnapshot(
        values,
        revisions,
        list(revision_refs.values()),
        linked_mandates,
        links,
    )


def _restore(context: AppContext, session: Session, snapshot: _DocumentSnapshot) -> int:
    refs = row_refs(context)
    values = dict(snapshot.values)
    document = documents.create_document(
        session, base_symbol=values.pop("base_symbol"), title=values.pop("title"), **values
    )
    for revision, revision_ref in zip(snapshot.revisions, snapshot.revision_refs, strict=True):
        refs.recreated(revision_ref, _add_revision(session, document.id, revision))
    linked = {m.id: m.document_ids for m in mandates.list_mandates(session)}
    for mandate in snapshot.mandates:
        if mandate.id in linked:
            mandates.set_links(session, mandate.id, document_ids=[*linked[mandate.id], document.id])
    for item, revision_ref in snapshot.links:
        revision_id = None if revision_ref is None else revision_ref.id
        agenda.link_document(session, item.id, document.id, revision_id)
    return document.id


def delete_document(context: AppContext, document_id: int, symbol: str) -> ServiceCommand:
    """Delete the document with its revisions and files; undo puts all of it back, with
    its links from mandates and agenda items (pinned revisions included)."""
    refs = row_refs(context)
    ref = refs.ref(DOCUMENT, document_id)

    def do(session: Session) -> _DocumentSnapshot:
        snapshot = _snapshot(context, session, ref.id)
        documents.delete_document(session, ref.id)
        refs.deleted(ref)
        for revision_ref in snapshot.revision_refs:
            refs.deleted(revision_ref)
        return snapshot

    def undo(session: Session, snapshot: _DocumentSnapshot) -> None:
        refs.recreated(ref, _restore(context, session, snapshot))

    return ServiceCommand(
        context,
        _tr("Delete document {symbol}").format(symbol=symbol),
        do=do,
        undo=undo,
        kinds={DOCUMENTS, AGENDA, MANDATES},
        done=_tr("Document {symbol} deleted.").format(symbol=symbol),
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
        _attach(session, row.id, file)
    return row.id


def _attach(session: Session, revision_id: int, file: NewFile) -> None:
    documents.attach_file(
        session,
        revision_id,
        language=file.language,
        file_name=file.file_name,
        content=file.content,
        media_type=file.media_type,
    )


def add_revision(
    context: AppContext, document_id: int, revision: NewRevision, symbol: str
) -> ServiceCommand:
    """The revision and its files in one transaction: a refused file leaves no revision."""
    refs = row_refs(context)
    ref = refs.ref(DOCUMENT, document_id)
    made: list[RowRef] = []

    def do(session: Session) -> int:
        revision_id = _add_revision(session, ref.id, revision)
        if made:
            refs.recreated(made[0], revision_id)
        else:
            made.append(refs.ref(REVISION, revision_id))
        return revision_id

    def undo(session: Session, _revision_id: int) -> None:
        # Taking the revision away would take a file someone attached to it since.
        files = document_rows.revision_files(session, made[0].id)
        left = {(str(f.language), f.sha256) for f in files}
        if left != added:
            raise ConflictError("revision", symbol, row_id=made[0].id)
        documents.delete_revision(session, made[0].id)
        refs.deleted(made[0])

    added = {(str(f.language), hashlib.sha256(f.content).hexdigest()) for f in revision.files}
    return ServiceCommand(
        context,
        _tr("Add revision {symbol}").format(symbol=symbol),
        do=do,
        undo=undo,
        kinds={DOCUMENTS},
        done=_tr("Revision {symbol} added.").format(symbol=symbol),
    )


def _file_in(session: Session, revision_id: int, language: str) -> FileRow | None:
    files = document_rows.revision_files(session, revision_id)
    return next((f for f in files if f.language == language), None)


def attach_file(
    context: AppContext,
    revision_id: int,
    file: NewFile,
    symbol: str,
    shown: FileRow | None = None,
) -> ServiceCommand:
    """Attach a language file to an existing revision, replacing the one of that language.

    ``shown`` is the file of that language the revision history showed (None: none), the
    one the person agreed to replace; a different file found there (a colleague attached
    one meanwhile) refuses the attach with a ConflictError instead of replacing it.
    Undo takes the new file off again, or puts back the replaced file with its bytes,
    which the command keeps from the moment it replaced them; it too is refused if the
    file was replaced again since.
    """
    ref = row_refs(context).ref(REVISION, revision_id)
    expected = [None if shown is None else shown.sha256]
    attached = hashlib.sha256(file.content).hexdigest()

    def found(session: Session) -> FileRow | None:
        current = _file_in(session, ref.id, file.language)
        if (current.sha256 if current is not None else None) != expected[0]:
            raise ConflictError("revision", symbol, row_id=ref.id)
        return current

    def do(session: Session) -> NewFile | None:
        replaced = found(session)
        previous = None
        if replaced is not None:
            name, content = documents.file_content(session, replaced.id)
            previous = NewFile(replaced.language, name, content, replaced.media_type)
        _attach(session, ref.id, file)
        expected[0] = attached
        return previous

    def undo(session: Session, previous: NewFile | None) -> None:
        current = found(session)
        if previous is not None:
            _attach(session, ref.id, previous)
            expected[0] = hashlib.sha256(previous.content).hexdigest()
            return
        if current is not None:
            documents.detach_file(session, current.id)
        expected[0] = None

    return ServiceCommand(
        context,
        _tr("Attach {name} to {symbol}").format(name=file.file_name, symbol=symbol),
        do=do,
        undo=undo,
        kinds={DOCUMENTS},
        done=_tr("{name} attached to {symbol}.").format(name=file.file_name, symbol=symbol),
    )
