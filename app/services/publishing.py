"""What a CalDAV collection holds of each meeting, so publishing sends only what changed."""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.models import PublishedEvent, utcnow


def published_state(session: Session, collection_url: str) -> dict[str, str]:
    """UID -> hash of what was last published there."""
    rows = session.execute(
        select(PublishedEvent.uid, PublishedEvent.content_hash).where(
            PublishedEvent.collection_url == collection_url
        )
    )
    return {row.uid: row.content_hash for row in rows}


def record_published(
    session: Session, collection_url: str, uid: str, content_hash: str, etag: str
) -> None:
    row = session.scalar(
        select(PublishedEvent).where(
            PublishedEvent.collection_url == collection_url, PublishedEvent.uid == uid
        )
    )
    if row is None:
        row = PublishedEvent(collection_url=collection_url, uid=uid)
        session.add(row)
    row.content_hash = content_hash
    row.etag = etag[:255]
    row.published_at = utcnow()
    session.flush()


def forget_published(session: Session, collection_url: str, uid: str) -> None:
    session.execute(
        delete(PublishedEvent).where(
            PublishedEvent.collection_url == collection_url, PublishedEvent.uid == uid
        )
    )
    session.flush()
