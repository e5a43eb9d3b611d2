"""Attendance at a meeting: who was present, who represented each delegation, credentials.

The attendance sheet of a meeting lists the contacts on the invitee lists the meeting
invites (every contact when it names none) plus anyone already marked on it.
Member states come first and are the only ones counted toward the quorum.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, or_, select, true
from sqlalchemy.orm import Session

from app.messages import Messages
from app.models import (
    Attendance,
    Contact,
    ContactCategory,
    ListEntry,
    Meeting,
    meeting_invitee_lists,
)
from app.services import field_messages, validate
from app.services.errors import NotFoundError, ValidationError
from app.services.quorum import QuorumLine, quorum_of_meeting

#: The order in which the sheet (and the list of participants) shows the categories.
CATEGORY_ORDER = (
    ContactCategory.MEMBER_STATE,
    ContactCategory.PERMANENT_OBSERVER,
    ContactCategory.INTERNATIONAL_ORGANIZATION,
    ContactCategory.CIVIL_SOCIETY,
    ContactCategory.SECRETARIAT,
    ContactCategory.OTHER,
)
EDITABLE_FIELDS = ("present", "representative_name", "representative_title", "credentials_received")


@dataclass(frozen=True)
class AttendanceRow:
    """One line of a meeting's attendance sheet.

    ``delegation`` is what a list of participants shows first: the country of a
    member state, else the organisation, else the contact's name. ``representative_*``
    is who sat for it that day (empty when not recorded; the contact's own name and
    title are in ``contact_name`` and ``contact_title``).
    """

    contact_id: int
    delegation: str
    contact_name: str
    contact_title: str
    organization: str
    country: str
    category: ContactCategory
    present: bool
    representative_name: str
    representative_title: str
    credentials_received: bool

    @property
    def id(self) -> int:
        """The contact's id: one line per contact."""
        return self.contact_id

    @property
    def counts_toward_quorum(self) -> bool:
        return self.category == ContactCategory.MEMBER_STATE


@dataclass(frozen=True)
class MeetingAttendance:
    """A meeting's attendance sheet: member states apart from everyone else, and the quorum.

    ``member_states`` are sorted by delegation; ``others`` by category (observers,
    international organisations, civil society, secretariat, other) then delegation.
    """

    meeting_id: int
    member_states: tuple[AttendanceRow, ...]
    others: tuple[AttendanceRow, ...]
    quorum: QuorumLine

    @property
    def rows(self) -> tuple[AttendanceRow, ...]:
        return self.member_states + self.others

    @property
    def present(self) -> tuple[AttendanceRow, ...]:
        return tuple(row for row in self.rows if row.present)


def delegation_of(category: ContactCategory, name: str, organization: str, country: str) -> str:
    if category == ContactCategory.MEMBER_STATE and country:
        return country
    return organization or name


def _on_sheet(session: Session, meeting_id: int) -> ColumnElement[bool]:
    """Which contacts the sheet lists: those on the lists the meeting invites (every
    contact when it names none), and always those already marked on it.

    A condition with subqueries, not a list of ids: a workspace may hold 100,000
    contacts, more than a statement can take as parameters.
    """
    invited = select(meeting_invitee_lists.c.list_id).where(
        meeting_invitee_lists.c.meeting_id == meeting_id
    )
    if session.scalar(invited.limit(1)) is None:
        return true()
    on_lists = select(ListEntry.contact_id).where(ListEntry.list_id.in_(invited))
    marked = select(Attendance.contact_id).where(Attendance.meeting_id == meeting_id)
    return or_(Contact.id.in_(on_lists), Contact.id.in_(marked))


def attendance_of_meeting(
    session: Session, meeting_id: int, *, present_only: bool = False
) -> MeetingAttendance:
    """The attendance sheet of a meeting (``present_only``: the list of participants)."""
    validate.get(session, Meeting, meeting_id, "meeting")
    marks = {
        row.contact_id: row
        for row in session.scalars(select(Attendance).where(Attendance.meeting_id == meeting_id))
    }
    contacts = session.execute(
        select(
            Contact.id,
            Contact.name,
            Contact.title,
            Contact.organization,
            Contact.country,
            Contact.category,
        ).where(_on_sheet(session, meeting_id))
    ).all()
    rows = []
    for contact_id, name, title, organization, country, category in contacts:
        mark = marks.get(contact_id)
        if present_only and (mark is None or not mark.present):
            continue
        rows.append(
            AttendanceRow(
                contact_id=contact_id,
                delegation=delegation_of(category, name, organization, country),
                contact_name=name,
                contact_title=title,
                organization=organization,
                country=country,
                category=category,
                present=bool(mark and mark.present),
                representative_name=mark.representative_name if mark else "",
                representative_title=mark.representative_title if mark else "",
                credentials_received=bool(mark and mark.credentials_received),
            )
        )
    rows.sort(
        key=lambda r: (CATEGORY_ORDER.index(r.category), r.delegation.casefold(), r.contact_id)
    )
    return MeetingAttendance(
        meeting_id=meeting_id,
        member_states=tuple(r for r in rows if r.category == ContactCategory.MEMBER_STATE),
        others=tuple(r for r in rows if r.category != ContactCategory.MEMBER_STATE),
        quorum=quorum_of_meeting(session, meeting_id),
    )


def _marks(session: Session, meeting_id: int, contact_ids: Iterable[int]) -> dict[int, Attendance]:
    """The marks of these contacts at the meeting, made (unsaved) where missing: one query for
    the meeting's marks, one per 500 new contacts to check they exist."""
    wanted = list(dict.fromkeys(contact_ids))
    marks = {
        mark.contact_id: mark
        for mark in session.scalars(select(Attendance).where(Attendance.meeting_id == meeting_id))
    }
    missing = [contact_id for contact_id in wanted if contact_id not in marks]
    found: set[int] = set()
    for start in range(0, len(missing), 500):
        chunk = missing[start : start + 500]
        found.update(session.scalars(select(Contact.id).where(Contact.id.in_(chunk))))
    if set(missing) - found:
        raise NotFoundError(
            Messages.tr(
                "That contact no longer exists; it may have been deleted in another window."
            )
        )
    for contact_id in missing:
        marks[contact_id] = Attendance(meeting_id=meeting_id, contact_id=contact_id)
        session.add(marks[contact_id])
    return {contact_id: marks[contact_id] for contact_id in wanted}


def _values(mark: Attendance | None) -> dict[str, Any]:
    return {
        "present": bool(mark and mark.present),
        "representative_name": (mark.representative_name or "") if mark else "",
        "representative_title": (mark.representative_title or "") if mark else "",
        "credentials_received": bool(mark and mark.credentials_received),
    }


def attendance_values(session: Session, meeting_id: int, contact_id: int) -> dict[str, Any]:
    """A contact's attendance at a meeting, in the form ``set_attendance`` takes (for undo)."""
    return _values(
        session.scalar(
            select(Attendance).where(
                Attendance.meeting_id == meeting_id, Attendance.contact_id == contact_id
            )
        )
    )


def _apply(mark: Attendance, changes: Mapping[str, Any]) -> None:
    validate.unknown_fields(changes, EDITABLE_FIELDS)
    for field in ("present", "credentials_received"):
        if field in changes:
            value = changes[field]
            if not isinstance(value, bool):
                raise ValidationError(field, field_messages.not_yes_or_no(field))
            setattr(mark, field, value)
    for field in ("representative_name", "representative_title"):
        if field in changes:
            setattr(mark, field, validate.text(field, changes[field], max_length=300))


def record_attendance(
    session: Session, meeting_id: int, changes: Mapping[int, Mapping[str, Any]]
) -> dict[int, dict[str, Any]]:
    """Change the attendance of many contacts at once (contact id -> changes of
    EDITABLE_FIELDS); returns what each had before, in the same form (for undo)."""
    validate.get(session, Meeting, meeting_id, "meeting")
    marks = _marks(session, meeting_id, changes)
    before = {contact_id: _values(mark) for contact_id, mark in marks.items()}
    for contact_id, mark in marks.items():
        _apply(mark, changes[contact_id])
    session.flush()
    return before


def set_attendance(
    session: Session, meeting_id: int, contact_id: int, changes: Mapping[str, Any]
) -> dict[str, Any]:
    """Change a contact's attendance (any of EDITABLE_FIELDS); returns the new values.

    Naming a representative or receiving credentials does not by itself mark present.
    """
    record_attendance(session, meeting_id, {contact_id: changes})
    return attendance_values(session, meeting_id, contact_id)


def set_present(session: Session, meeting_id: int, presence: Mapping[int, bool]) -> dict[int, bool]:
    """Mark many contacts present or absent at once; returns what each was before (for undo)."""
    before = record_attendance(
        session,
        meeting_id,
        {contact_id: {"present": bool(v)} for contact_id, v in presence.items()},
    )
    return {contact_id: values["present"] for contact_id, values in before.items()}


def member_state_ids(session: Session, meeting_id: int) -> list[int]:
    """The member-state contacts on a meeting's attendance sheet."""
    return list(
        session.scalars(
            select(Contact.id)
            .where(_on_sheet(session, meeting_id), Contact.category == ContactCategory.MEMBER_STATE)
            .order_by(Contact.id)
        )
    )


def mark_all_member_states_present(session: Session, meeting_id: int) -> dict[int, bool]:
    """ "All member states present": the chair then unmarks the exceptions.

    Returns what each member state was before, for undo (give it to ``set_present``).
    """
    return set_present(
        session, meeting_id, dict.fromkeys(member_state_ids(session, meeting_id), True)
    )
