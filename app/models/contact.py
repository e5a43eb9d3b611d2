"""Contacts, invitee lists and the entries that put a contact on a list."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, UTCDateTime, str_enum, utcnow
from app.models.enums import ContactCategory, InvitationStatus, Language


class Contact(Base):
    """A person, or a delegation as a whole when no person is named yet."""

    __tablename__ = "contacts"

    id: Mapped[int] = mapped_column(primary_key=True)
    honorific: Mapped[str] = mapped_column(String(50), default="")
    name: Mapped[str] = mapped_column(String(300))
    title: Mapped[str] = mapped_column(String(300), default="")
    #: The delegation or organisation, e.g. "Permanent Mission of Chile to the OAS".
    organization: Mapped[str] = mapped_column(String(300), default="")
    country: Mapped[str] = mapped_column(String(100), default="")
    category: Mapped[ContactCategory] = mapped_column(
        str_enum(ContactCategory, "category"), default=ContactCategory.OTHER, index=True
    )
    email: Mapped[str] = mapped_column(String(320), default="", index=True)
    phone: Mapped[str] = mapped_column(String(100), default="")
    preferred_language: Mapped[Language] = mapped_column(
        str_enum(Language, "preferred_language"), default=Language.EN
    )
    notes: Mapped[str] = mapped_column(Text, default="")
    #: Lower-case name, organisation, country and e-mail, kept by the services for search.
    search_text: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer)

    __mapper_args__ = {"version_id_col": version}


class InviteeList(Base):
    __tablename__ = "invitee_lists"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer)

    entries: Mapped[list[ListEntry]] = relationship(
        back_populates="invitee_list", cascade="all, delete-orphan", passive_deletes=True
    )

    __mapper_args__ = {"version_id_col": version}


class ListEntry(Base):
    """A contact on an invitee list, with the invitation's status."""

    __tablename__ = "list_entries"
    __table_args__ = (UniqueConstraint("list_id", "contact_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    list_id: Mapped[int] = mapped_column(
        ForeignKey("invitee_lists.id", ondelete="CASCADE"), index=True
    )
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), index=True
    )
    #: e.g. "Head of delegation", "Alternate", "Adviser".
    role: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[InvitationStatus] = mapped_column(
        str_enum(InvitationStatus, "status"), default=InvitationStatus.TO_INVITE, index=True
    )
    status_changed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    version: Mapped[int] = mapped_column(Integer)

    invitee_list: Mapped[InviteeList] = relationship(back_populates="entries")
    contact: Mapped[Contact] = relationship()
    status_changes: Mapped[list[StatusChange]] = relationship(
        back_populates="entry",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="StatusChange.changed_at",
    )

    __mapper_args__ = {"version_id_col": version}


class StatusChange(Base):
    """When an entry's invitation status changed, and to what: the dates the chair asks for."""

    __tablename__ = "status_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(
        ForeignKey("list_entries.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[InvitationStatus] = mapped_column(str_enum(InvitationStatus, "status"))
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    entry: Mapped[ListEntry] = relationship(back_populates="status_changes")
