"""Agenda items of a meeting and the documents each one considers."""

from __future__ import annotations

from datetime import time
from typing import TYPE_CHECKING

from sqlalchemy import (
    CheckConstraint,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, str_enum
from app.models.enums import ItemKind, ItemStatus, Pillar
from app.models.localized import LocalizedTitle, original_filled_check

if TYPE_CHECKING:
    from app.models.document import Document, Revision
    from app.models.meeting import Meeting


class AgendaItem(LocalizedTitle, Base):
    __tablename__ = "agenda_items"
    __table_args__ = (
        CheckConstraint("position >= 1", name="position_from_one"),
        CheckConstraint(
            "duration_minutes IS NULL OR duration_minutes > 0", name="duration_positive"
        ),
        original_filled_check("title", "title_in_original_language"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    #: 1-based order within the meeting; kept dense by the services.
    position: Mapped[int]
    kind: Mapped[ItemKind] = mapped_column(
        str_enum(ItemKind, "kind"), default=ItemKind.CONSIDERATION
    )
    pillar: Mapped[Pillar | None] = mapped_column(str_enum(Pillar, "pillar"))
    responsible: Mapped[str] = mapped_column(String(300), default="")
    planned_start: Mapped[time | None]
    duration_minutes: Mapped[int | None]
    status: Mapped[ItemStatus] = mapped_column(
        str_enum(ItemStatus, "status"), default=ItemStatus.PENDING
    )
    decision: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    #: The outcome was recorded while the meeting had no quorum, and the chair confirmed it.
    recorded_without_quorum: Mapped[bool] = mapped_column(default=False, server_default=false())
    #: The item of an earlier meeting this one was deferred from.
    deferred_from_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_items.id", ondelete="SET NULL"), index=True
    )
    version: Mapped[int] = mapped_column(Integer)

    meeting: Mapped[Meeting] = relationship(
        back_populates="agenda_items", foreign_keys=[meeting_id]
    )
    documents: Mapped[list[ItemDocument]] = relationship(
        back_populates="agenda_item", cascade="all, delete-orphan", passive_deletes=True
    )

    __mapper_args__ = {"version_id_col": version}


class ItemDocument(Base):
    """A document an agenda item considers, optionally pinned to one revision."""

    __tablename__ = "item_documents"
    __table_args__ = (UniqueConstraint("agenda_item_id", "document_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    agenda_item_id: Mapped[int] = mapped_column(
        ForeignKey("agenda_items.id", ondelete="CASCADE"), index=True
    )
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    revision_id: Mapped[int | None] = mapped_column(
        ForeignKey("revisions.id", ondelete="SET NULL"), index=True
    )

    agenda_item: Mapped[AgendaItem] = relationship(back_populates="documents")
    document: Mapped[Document] = relationship()
    revision: Mapped[Revision | None] = relationship()
