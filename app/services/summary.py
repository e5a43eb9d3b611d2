"""The summary of a meeting: generated from the record, edited by the chair, kept with
the meeting; regenerating refreshes what came from the record and keeps the chair's own.

How regenerating decides: the text is split into paragraphs (blank lines between).
The paragraphs the record produced last time are stored beside the text. A paragraph
still equal to what the record produced is the record's and is refreshed; a paragraph
the chair added is kept where it is; a record paragraph the chair edited is kept as
the chair wrote it, and when the record now says something else it is listed in
``SummaryUpdate.conflicts`` (the window asks; ``replace_edited=True`` takes the record's).
"""

from __future__ import annotations

import difflib
import json
import re
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Meeting, MeetingSummary, utcnow
from app.services import validate
from app.services.summary_record import Paragraph, record_paragraphs

MAX_LENGTH = 200_000


@dataclass(frozen=True)
class MeetingSummaryText:
    """A meeting's summary as stored (``stored`` False: never saved; ``text`` is then
    what the record gives). ``paragraphs`` is ``text`` split at blank lines."""

    meeting_id: int
    meeting_title: str
    meeting_date: date
    text: str
    paragraphs: tuple[str, ...]
    stored: bool
    generated_at: datetime | None
    updated_at: datetime | None


@dataclass(frozen=True)
class ParagraphConflict:
    """A record paragraph the chair edited while the record changed under it."""

    key: str
    yours: str
    #: What the record says now ("" when that part of the record is gone).
    record: str


@dataclass(frozen=True)
class SummaryUpdate:
    """What regenerating does (or would do): the resulting ``text``, the keys of record
    paragraphs refreshed, added and removed, and the chair's edits in the way."""

    text: str
    refreshed: tuple[str, ...]
    added: tuple[str, ...]
    removed: tuple[str, ...]
    conflicts: tuple[ParagraphConflict, ...]
    #: Whether the chair's edits in ``conflicts`` were replaced by the record's text.
    replaced_edits: bool

    @property
    def changes_anything(self) -> bool:
        return bool(self.refreshed or self.added or self.removed or self.conflicts)


@dataclass(frozen=True)
class SummaryState:
    """Everything stored of a summary, to put it back on undo."""

    text: str
    generated: str
    generated_at: datetime | None


def split_paragraphs(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n[ \t]*\n", text.replace("\r\n", "\n")) if p.strip()]


def join_paragraphs(paragraphs: list[str]) -> str:
    return "\n\n".join(paragraphs)


def _stored(session: Session, meeting_id: int) -> MeetingSummary | None:
    return session.scalar(select(MeetingSummary).where(MeetingSummary.meeting_id == meeting_id))


def _decode(generated: str) -> list[Paragraph]:
    return [Paragraph(key, text) for key, text in json.loads(generated or "[]")]


def _encode(paragraphs: list[Paragraph]) -> str:
    return json.dumps([[p.key, p.text] for p in paragraphs], ensure_ascii=False)


def summary_of_meeting(
    session: Session, meeting_id: int, *, language: str | None = None
) -> MeetingSummaryText:
    """The summary of a meeting: the stored text, or what the record gives if none is stored."""
    meeting = validate.get(session, Meeting, meeting_id, "meeting")
    row = _stored(session, meeting_id)
    if row is None:
        text = join_paragraphs(
            [p.text for p in record_paragraphs(session, meeting_id, language=language)]
        )
    else:
        text = row.text
    return MeetingSummaryText(
        meeting_id=meeting_id,
        meeting_title=meeting.title,
        meeting_date=meeting.date,
        text=text,
        paragraphs=tuple(split_paragraphs(text)),
        stored=row is not None,
        generated_at=row.generated_at if row else None,
        updated_at=row.updated_at if row else None,
    )


def merge(
    current: str, old: list[Paragraph], new: list[Paragraph], *, replace_edited: bool = False
) -> SummaryUpdate:
    """Refresh the record's paragraphs of ``current`` from ``old`` to ``new`` (see module)."""
    paragraphs = split_paragraphs(current)
    old_text = {p.key: p.text for p in old}
    new_text = {p.key: p.text for p in new}
    # Each current paragraph: ("record", key) unchanged, ("edited", key), or ("own", None).
    kinds: list[tuple[str, str | None]] = [("own", None)] * len(paragraphs)
    matcher = difflib.SequenceMatcher(None, [p.text for p in old], paragraphs, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            for offset in range(i2 - i1):
                kinds[j1 + offset] = ("record", old[i1 + offset].key)
        elif tag == "replace":
            for offset in range(min(i2 - i1, j2 - j1)):
                kinds[j1 + offset] = ("edited", old[i1 + offset].key)
    out: list[tuple[str | None, str]] = []
    refreshed, removed, conflicts = [], [], []
    for (kind, key), text in zip(kinds, paragraphs, strict=True):
        if kind == "own" or key is None:
            out.append((None, text))
        elif kind == "record":
            if key in new_text:
                if new_text[key] != text:
                    refreshed.append(key)
                out.append((key, new_text[key]))
            else:
                removed.append(key)
        elif new_text.get(key) == old_text.get(key):
            out.append((key, text))
        else:
            conflicts.append(ParagraphConflict(key, text, new_text.get(key, "")))
            if not replace_edited:
                out.append((key, text))
            elif key in new_text:
                out.append((key, new_text[key]))
    present = {key for key, _ in out if key is not None}
    added = []
    for index, paragraph in enumerate(new):
        if paragraph.key in old_text or paragraph.key in present:
            continue
        added.append(paragraph.key)
        earlier = {p.key for p in new[:index]}
        at = 0
        for position, (key, _) in enumerate(out):
            if key in earlier:
                at = position + 1
                while at < len(out) and out[at][0] is None:
                    at += 1
        out.insert(at, (paragraph.key, paragraph.text))
        present.add(paragraph.key)
    return SummaryUpdate(
        text=join_paragraphs([text for _, text in out]),
        refreshed=tuple(refreshed),
        added=tuple(added),
        removed=tuple(removed),
        conflicts=tuple(conflicts),
        replaced_edits=replace_edited and bool(conflicts),
    )


def preview_regeneration(session: Session, meeting_id: int) -> SummaryUpdate:
    """What regenerating would do, without writing anything."""
    validate.get(session, Meeting, meeting_id, "meeting")
    new = record_paragraphs(session, meeting_id)
    row = _stored(session, meeting_id)
    if row is None:
        return SummaryUpdate(
            join_paragraphs([p.text for p in new]), (), tuple(p.key for p in new), (), (), False
        )
    return merge(row.text, _decode(row.generated), new)


def regenerate_summary(
    session: Session, meeting_id: int, *, replace_edited: bool = False
) -> SummaryUpdate:
    """Generate the summary from the record, or refresh it keeping the chair's paragraphs.

    The chair's edits of record paragraphs are kept unless ``replace_edited``; the
    returned update lists them in ``conflicts`` either way.
    """
    validate.get(session, Meeting, meeting_id, "meeting")
    new = record_paragraphs(session, meeting_id)
    row = _stored(session, meeting_id)
    if row is None:
        update = SummaryUpdate(
            join_paragraphs([p.text for p in new]), (), tuple(p.key for p in new), (), (), False
        )
        row = MeetingSummary(meeting_id=meeting_id)
        session.add(row)
    else:
        update = merge(row.text, _decode(row.generated), new, replace_edited=replace_edited)
    row.text = update.text
    row.generated = _encode(new)
    row.generated_at = utcnow()
    session.flush()
    return update


def save_summary_text(session: Session, meeting_id: int, text: str) -> MeetingSummaryText:
    """Keep the chair's text of the summary (creating the stored summary if needed)."""
    validate.get(session, Meeting, meeting_id, "meeting")
    clean = validate.text("summary", text, max_length=MAX_LENGTH)
    row = _stored(session, meeting_id)
    if row is None:
        row = MeetingSummary(meeting_id=meeting_id, generated="[]")
        session.add(row)
    row.text = clean
    session.flush()
    return summary_of_meeting(session, meeting_id)


def summary_state(session: Session, meeting_id: int) -> SummaryState | None:
    row = _stored(session, meeting_id)
    return None if row is None else SummaryState(row.text, row.generated, row.generated_at)


def restore_summary_state(session: Session, meeting_id: int, state: SummaryState | None) -> None:
    """Put a summary back as it was (``None``: no summary stored): the undo of an edit."""
    row = _stored(session, meeting_id)
    if state is None:
        if row is not None:
            session.delete(row)
            session.flush()
        return
    if row is None:
        row = MeetingSummary(meeting_id=meeting_id)
        session.add(row)
    row.text, row.generated, row.generated_at = state.text, state.generated, state.generated_at
    session.flush()
