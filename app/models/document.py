"""Official documents, their revisions, and each revision's language files."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    CheckConstraint,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, deferred, mapped_column, relationship

from app.models.base import Base, UTCDateTime, str_enum, utcnow
from app.models.enums import DocumentKind, DocumentStatus, Language
from app.models.localized import LocalizedTitle, original_filled_check


class Document(LocalizedTitle, Base):
    __tablename__ = "documents"
    __table_args__ = (original_filled_check("title", "title_in_original_language"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    #: The symbol without revision suffixes, e.g. "MISPA/doc.7/08".
    base_symbol: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[DocumentKind] = mapped_column(
        str_enum(DocumentKind, "kind"), default=DocumentKind.OTHER
    )
    status: Mapped[DocumentStatus] = mapped_column(
        str_enum(DocumentStatus, "status"), default=DocumentStatus.DRAFT
    )
    notes: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer)

    revisions: Mapped[list[Revision]] = relationship(
        back_populates="document",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by=lambda: [Revision.revision, Revision.addendum, Revision.corrigendum, Revision.id],
    )

    __mapper_args__ = {"version_id_col": version}


class Revision(Base):
    """One issue of a document: the original (rev. 0), ``rev. N``, ``corr. N`` or ``add. N``.

    The full symbol is derived from the document's base symbol and these numbers
    (``app.services.documents.full_symbol``), never stored twice.
    """

    __tablename__ = "revisions"
    __table_args__ = (
        UniqueConstraint("document_id", "revision", "addendum", "corrigendum"),
        CheckConstraint("revision >= 0", name="revision_not_negative"),
        CheckConstraint("addendum >= 0", name="addendum_not_negative"),
        CheckConstraint("corrigendum >= 0", name="corrigendum_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    revision: Mapped[int] = mapped_column(default=0)
    addendum: Mapped[int] = mapped_column(default=0)
    corrigendum: Mapped[int] = mapped_column(default=0)
    circulated_on: Mapped[date | None]
    change_note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    document: Mapped[Document] = relationship(back_populates="revisions")
    files: Mapped[list[RevisionFile]] = relationship(
        back_populates="revision",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="RevisionFile.language",
    )


class RevisionFile(Base):
    """The file of one language version of a revision; its bytes load only when asked for."""

    __tablename__ = "revision_files"
    __table_args__ = (
        UniqueConstraint("revision_id", "language"),
        CheckConstraint("size >= 0", name="size_not_negative"),
        CheckConstraint("length(sha256) = 64", name="sha256_hex"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    revision_id: Mapped[int] = mapped_column(
        ForeignKey("revisions.id", ondelete="CASCADE"), index=True
    )
    language: Mapped[Language] = mapped_column(str_enum(Language, "language"))
    file_name: Mapped[str] = mapped_column(String(500))
    media_type: Mapped[str] = mapped_column(String(200))
    size: Mapped[int]
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    content: Mapped[bytes] = deferred(mapped_column(LargeBinary))
    added_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    revision: Mapped[Revision] = relationship(back_populates="files")
