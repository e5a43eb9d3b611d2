"""Invitations: which lists a meeting invites, what was sent to whom, replies, publishing.

These tables are the record that makes sending resumable and replies idempotent:
a message is recorded as soon as the server accepted it, a reply as soon as it
was applied, a published event with the hash of what the server holds.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, ForeignKey, String, Table, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, UTCDateTime, utcnow

#: The invitee lists a meeting invites (the demo's meetings invite the MISPA III list).
meeting_invitee_lists = Table(
    "meeting_invitee_lists",
    Base.metadata,
    Column(
        "meeting_id", ForeignKey("meetings.id", ondelete="CASCADE"), primary_key=True, index=True
    ),
    Column(
        "list_id", ForeignKey("invitee_lists.id", ondelete="CASCADE"), primary_key=True, index=True
    ),
)


class SentInvitation(Base):
    """One iTIP message delivered (or written as .eml) to one address for one meeting."""

    __tablename__ = "sent_invitations"
    __table_args__ = (UniqueConstraint("meeting_id", "email", "method", "sequence", "channel"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    #: Lower-case address the message went to.
    email: Mapped[str] = mapped_column(String(320))
    #: REQUEST or CANCEL.
    method: Mapped[str] = mapped_column(String(10))
    sequence: Mapped[int]
    #: SHA-256 of what the event said (not its stamps): an unchanged meeting is not re-sent.
    content_hash: Mapped[str] = mapped_column(String(64))
    #: "smtp" or "eml".
    channel: Mapped[str] = mapped_column(String(10))
    message_id: Mapped[str] = mapped_column(String(255), default="")
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class InvitationReply(Base):
    """The newest reply applied for one attendee of one meeting."""

    __tablename__ = "invitation_replies"
    __table_args__ = (UniqueConstraint("meeting_id", "email"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    email: Mapped[str] = mapped_column(String(320))
    #: ACCEPTED, DECLINED or TENTATIVE (TENTATIVE leaves the list's status alone).
    partstat: Mapped[str] = mapped_column(String(20))
    sequence: Mapped[int]
    #: The reply's DTSTAMP: of two replies at one SEQUENCE the later one counts.
    stamped_at: Mapped[datetime] = mapped_column(UTCDateTime)
    comment: Mapped[str] = mapped_column(Text, default="")
    applied_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class PublishedEvent(Base):
    """What one CalDAV collection holds of one meeting (by UID), so unchanged ones are skipped."""

    __tablename__ = "published_events"
    __table_args__ = (UniqueConstraint("collection_url", "uid"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    collection_url: Mapped[str] = mapped_column(String(1000))
    uid: Mapped[str] = mapped_column(String(255))
    content_hash: Mapped[str] = mapped_column(String(64))
    etag: Mapped[str] = mapped_column(String(255), default="")
    published_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
