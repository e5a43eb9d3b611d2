"""Mandates of the work plan: resolution, mandate text, area responsible."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Column, ForeignKey, Integer, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, str_enum
from app.models.document import Document
from app.models.enums import Language, MandateStatus
from app.models.localized import original_filled_check
from app.models.meeting import Meeting

mandate_meetings = Table(
    "mandate_meetings",
    Base.metadata,
    Column("mandate_id", ForeignKey("mandates.id", ondelete="CASCADE"), primary_key=True),
    Column("meeting_id", ForeignKey("meetings.id", ondelete="CASCADE"), primary_key=True),
)

mandate_documents = Table(
    "mandate_documents",
    Base.metadata,
    Column("mandate_id", ForeignKey("mandates.id", ondelete="CASCADE"), primary_key=True),
    Column("document_id", ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
)


class Mandate(Base):
    __tablename__ = "mandates"
    __table_args__ = (original_filled_check("text", "text_in_original_language"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    #: e.g. "AG/RES. 2629 (XLI-O/11)".
    resolution: Mapped[str] = mapped_column(String(200), index=True)
    #: The resolution's title, e.g. "Follow-up to the Meetings of Ministers ...".
    resolution_title: Mapped[str] = mapped_column(String(500), default="")
    original_language: Mapped[Language] = mapped_column(
        str_enum(Language, "original_language"), default=Language.EN
    )
    text_en: Mapped[str | None] = mapped_column(Text)
    text_es: Mapped[str | None] = mapped_column(Text)
    text_fr: Mapped[str | None] = mapped_column(Text)
    text_pt: Mapped[str | None] = mapped_column(Text)
    area_responsible: Mapped[str] = mapped_column(String(300), default="")
    #: ``resolution_title`` and ``area_responsible`` are the original, written in
    #: ``original_language``; these are their versions, as titles are
    #: (app/models/localized.py). The original's own column repeats it (the service keeps
    #: them equal); papers read them through ``services.mandates.mandate_text``, which
    #: falls back to the original.
    resolution_title_en: Mapped[str | None] = mapped_column(String(500))
    resolution_title_es: Mapped[str | None] = mapped_column(String(500))
    resolution_title_fr: Mapped[str | None] = mapped_column(String(500))
    resolution_title_pt: Mapped[str | None] = mapped_column(String(500))
    area_responsible_en: Mapped[str | None] = mapped_column(String(300))
    area_responsible_es: Mapped[str | None] = mapped_column(String(300))
    area_responsible_fr: Mapped[str | None] = mapped_column(String(300))
    area_responsible_pt: Mapped[str | None] = mapped_column(String(300))
    status: Mapped[MandateStatus] = mapped_column(
        str_enum(MandateStatus, "status"), default=MandateStatus.PENDING
    )
    due_date: Mapped[date | None]
    #: Order in the work plan, 1-based.
    position: Mapped[int] = mapped_column(default=1)
    notes: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer)

    meetings: Mapped[list[Meeting]] = relationship(
        secondary=mandate_meetings, order_by=lambda: Meeting.date
    )
    documents: Mapped[list[Document]] = relationship(
        secondary=mandate_documents, order_by=lambda: Document.base_symbol
    )

    __mapper_args__ = {"version_id_col": version}
