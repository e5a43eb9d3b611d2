"""Documents, their revisions and each revision's language files."""

from __future__ import annotations

import hashlib
import mimetypes
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, undefer

from app.messages import Messages
from app.models import (
    Document,
    DocumentKind,
    DocumentStatus,
    ItemDocument,
    Language,
    Revision,
    RevisionFile,
)
from app.services import validate
from app.services.errors import NotFoundError, ValidationError
from app.services.localized import set_localized, translations_of

#: 200 MB: larger than any circulated Word or PDF document, small enough for SQLite.
MAX_FILE_BYTES = 200 * 1024 * 1024
#: "The ... number must be zero or more", for each number of a revision's symbol.
NOT_NEGATIVE = {
    "revision": Messages.tr("The revision number must be zero or more."),
    "addendum": Messages.tr("The addendum number must be zero or more."),
    "corrigendum": Messages.tr("The corrigendum number must be zero or more."),
}
EDITABLE_FIELDS = (
    "base_symbol",
    "title",
    "title_language",
    "translations",
    "kind",
    "status",
    "notes",
)


def full_symbol(
    base_symbol: str, revision: Revision | None = None, *, rev: int = 0, add: int = 0, corr: int = 0
) -> str:
    """The official symbol, e.g. ``MISPA/doc.7/08 rev. 4`` or ``CP/doc.4580/11 add. 1 corr. 1``."""
    if revision is not None:
        rev, add, corr = revision.revision, revision.addendum, revision.corrigendum
    parts = [base_symbol]
    if add:
        parts.append(f"add. {add}")
    if rev:
        parts.append(f"rev. {rev}")
    if corr:
        parts.append(f"corr. {corr}")
    return " ".join(parts)


def _symbol(value: Any) -> str:
    symbol = validate.text("base_symbol", value, required=True, max_length=200)
    lowered = symbol.lower()
    for suffix in (" rev.", " corr.", " add."):
        if suffix in lowered:
            raise ValidationError(
                "base_symbol",
                Messages.tr(
                    "Enter the symbol without “{suffix}”: revisions are added to the "
                    "document, and the full symbol is made from them.",
                    suffix=suffix.strip(),
                ),
            )
    return symbol


def _apply(session: Session, document: Document, values: Mapping[str, Any]) -> None:
    symbol = _symbol(values.get("base_symbol"))
    clash = session.scalar(
        select(Document.id).where(Document.base_symbol == symbol, Document.id != document.id)
    )
    if clash is not None:
        raise ValidationError(
            "base_symbol",
            Messages.tr("A document with the symbol {symbol} exists already.", symbol=symbol),
        )
    document.base_symbol = symbol
    document.kind = validate.choice("kind", values.get("kind") or DocumentKind.OTHER, DocumentKind)
    document.status = validate.choice(
        "status", values.get("status") or DocumentStatus.DRAFT, DocumentStatus
    )
    document.notes = validate.text("notes", values.get("notes"), max_length=20000)
    set_localized(
        document,
        "title",
        values.get("title") or "",
        values.get("title_language") or Language.EN,
        values.get("translations"),
    )


def create_document(session: Session, *, base_symbol: str, title: str, **values: Any) -> Document:
    validate.unknown_fields(values, EDITABLE_FIELDS)
    document = Document()
    _apply(session, document, {**values, "base_symbol": base_symbol, "title": title})
    session.add(document)
    session.flush()
    return document


def document_values(document: Document) -> dict[str, Any]:
    return {
        "base_symbol": document.base_symbol,
        "title": document.title,
        "title_language": document.original_language,
        "translations": translations_of(document, "title"),
        "kind": document.kind,
        "status": document.status,
        "notes": document.notes,
    }


def read_document_values(session: Session, document_id: int) -> dict[str, Any]:
    """The editable values of document ``document_id``, as ``document_values`` gives them."""
    return document_values(validate.get(session, Document, document_id, "document"))


def describe_document(document: Document) -> tuple[str, dict[str, Any]]:
    return document.base_symbol, document_values(document)


def update_document(
    session: Session,
    document_id: int,
    changes: Mapping[str, Any],
    *,
    expected_version: int | None = None,
) -> Document:
    """Apply ``changes``; refused with a ConflictError if the document changed since the
    edit began (``expected_version``, its version then)."""
    validate.unknown_fields(changes, EDITABLE_FIELDS)
    document = validate.get_for_edit(
        session, Document, document_id, "document", expected_version, describe_document
    )
    _apply(session, document, {**document_values(document), **changes})
    validate.flush_edit(session, "document", document.base_symbol, document_id)
    return document


def delete_document(session: Session, document_id: int) -> None:
    session.delete(validate.get(session, Document, document_id, "document"))
    session.flush()


def add_revision(
    session: Session,
    document_id: int,
    *,
    revision: int | None = None,
    addendum: int = 0,
    corrigendum: int = 0,
    circulated_on: date | None = None,
    change_note: str = "",
) -> Revision:
    """Add an issue of the document; by default the next ``rev. N`` after the latest."""
    document = validate.get(session, Document, document_id, "document")
    if revision is None:
        latest = session.scalar(
            select(func.max(Revision.revision)).where(Revision.document_id == document_id)
        )
        revision = 0 if latest is None else latest + 1
    for field, number in (
        ("revision", revision),
        ("addendum", addendum),
        ("corrigendum", corrigendum),
    ):
        if isinstance(number, bool) or not isinstance(number, int) or number < 0:
            raise ValidationError(field, NOT_NEGATIVE[field])
    exists = session.scalar(
        select(Revision.id).where(
            Revision.document_id == document_id,
            Revision.revision == revision,
            Revision.addendum == addendum,
            Revision.corrigendum == corrigendum,
        )
    )
    symbol = full_symbol(document.base_symbol, rev=revision, add=addendum, corr=corrigendum)
    if exists is not None:
        raise ValidationError("revision", Messages.tr("{symbol} exists already.", symbol=symbol))
    if circulated_on is not None:
        validate.a_date("circulated_on", circulated_on)
    row = Revision(
        document_id=document_id,
        revision=revision,
        addendum=addendum,
        corrigendum=corrigendum,
        circulated_on=circulated_on,
        change_note=validate.text("change_note", change_note, max_length=20000),
    )
    session.add(row)
    session.flush()
    return row


def update_revision(
    session: Session, revision_id: int, *, circulated_on: date | None, change_note: str
) -> Revision:
    row = validate.get(session, Revision, revision_id, "revision")
    if circulated_on is not None:
        validate.a_date("circulated_on", circulated_on)
    row.circulated_on = circulated_on
    row.change_note = validate.text("change_note", change_note, max_length=20000)
    session.flush()
    return row


def delete_revision(session: Session, revision_id: int) -> None:
    session.delete(validate.get(session, Revision, revision_id, "revision"))
    session.flush()


def _previous_revision(session: Session, row: Revision) -> Revision | None:
    key = (row.revision, row.addendum, row.corrigendum)
    earlier = [
        r
        for r in session.scalars(select(Revision).where(Revision.document_id == row.document_id))
        if (r.revision, r.addendum, r.corrigendum) < key
    ]
    return max(earlier, key=lambda r: (r.revision, r.addendum, r.corrigendum), default=None)


def attach_file(
    session: Session,
    revision_id: int,
    *,
    language: Language | str,
    file_name: str,
    content: bytes,
    media_type: str | None = None,
) -> RevisionFile:
    """Attach (or replace) the file of one language version of a revision.

    A file whose bytes equal the previous revision's file in the same language is
    refused: circulating it as a new revision would say something changed when nothing did.
    """
    row = validate.get(session, Revision, revision_id, "revision")
    language = validate.choice("language", language, Language)
    name = validate.text("file_name", Path(file_name).name, required=True, max_length=500)
    if len(content) > MAX_FILE_BYTES:
        raise ValidationError(
            "content",
            Messages.tr(
                "{file} is {size} MB; files of up to {limit} MB can be kept in a workspace.",
                file=name,
                size=len(content) // (1024 * 1024),
                limit=MAX_FILE_BYTES // (1024 * 1024),
            ),
        )
    digest = hashlib.sha256(content).hexdigest()
    previous = _previous_revision(session, row)
    if previous is not None:
        same = session.scalar(
            select(RevisionFile.id).where(
                RevisionFile.revision_id == previous.id,
                RevisionFile.language == language,
                RevisionFile.sha256 == digest,
            )
        )
        if same is not None:
            earlier = full_symbol(row.document.base_symbol, previous)
            raise ValidationError(
                "content",
                Messages.tr(
                    "{file} is identical to the {language} file of {earlier}: nothing "
                    "changed. Choose the revised file.",
                    file=name,
                    language=language.name,
                    earlier=earlier,
                ),
            )
    file = session.scalar(
        select(RevisionFile).where(
            RevisionFile.revision_id == revision_id, RevisionFile.language == language
        )
    )
    if file is None:
        file = RevisionFile(revision_id=revision_id, language=language)
        session.add(file)
    file.file_name = name
    file.media_type = media_type or mimetypes.guess_type(name)[0] or "application/octet-stream"
    file.size = len(content)
    file.sha256 = digest
    file.content = content
    session.flush()
    return file


def detach_file(session: Session, file_id: int) -> None:
    """Remove one language file from a revision (the undo of attaching it)."""
    session.delete(validate.get(session, RevisionFile, file_id, "file"))
    session.flush()


def agenda_links(session: Session, document_id: int) -> list[tuple[int, int | None]]:
    """The agenda items that consider the document: (item id, pinned revision id or None)."""
    return [
        (item_id, revision_id)
        for item_id, revision_id in session.execute(
            select(ItemDocument.agenda_item_id, ItemDocument.revision_id).where(
                ItemDocument.document_id == document_id
            )
        )
    ]


def file_content(session: Session, file_id: int) -> tuple[str, bytes]:
    """The file's name and bytes: the one place that loads a revision's contents."""
    file = session.scalar(
        select(RevisionFile)
        .options(undefer(RevisionFile.content))
        .where(RevisionFile.id == file_id)
    )
    if file is None:
        raise NotFoundError(Messages.tr("That file no longer exists."))
    return file.file_name, file.content
