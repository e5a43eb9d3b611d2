"""Invitee lists and their entries: who is invited, and where each invitation stands."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from app.messages import Messages
from app.models import (
    Contact,
    InvitationStatus,
    InviteeList,
    ListEntry,
    StatusChange,
    utcnow,
)
from app.services import validate
from app.services.contacts import SHEET_COLUMNS
from app.services.errors import ConflictError, ValidationError


def create_list(session: Session, name: str, description: str = "") -> InviteeList:
    name = validate.text("name", name, required=True, max_length=300)
    if session.scalar(select(InviteeList.id).where(InviteeList.name == name)) is not None:
        raise ValidationError(
            "name", Messages.tr("There is already a list called “{name}”.", name=name)
        )
    invitee_list = InviteeList(
        name=name, description=validate.text("description", description, max_length=20000)
    )
    session.add(invitee_list)
    session.flush()
    return invitee_list


def rename_list(session: Session, list_id: int, name: str, description: str) -> InviteeList:
    invitee_list = validate.get(session, InviteeList, list_id, "invitee list")
    name = validate.text("name", name, required=True, max_length=300)
    clash = session.scalar(
        select(InviteeList.id).where(InviteeList.name == name, InviteeList.id != list_id)
    )
    if clash is not None:
        raise ValidationError(
            "name", Messages.tr("There is already a list called “{name}”.", name=name)
        )
    invitee_list.name = name
    invitee_list.description = validate.text("description", description, max_length=20000)
    session.flush()
    return invitee_list


def delete_list(session: Session, list_id: int) -> None:
    session.delete(validate.get(session, InviteeList, list_id, "invitee list"))
    session.flush()


def find_list(session: Session, name: str) -> InviteeList | None:
    return session.scalar(select(InviteeList).where(InviteeList.name == name))


@dataclass(frozen=True)
class ListSummary:
    id: int
    name: str
    description: str
    entry_count: int


def list_summaries(session: Session) -> list[ListSummary]:
    counts = (
        select(ListEntry.list_id, func.count().label("n")).group_by(ListEntry.list_id).subquery()
    )
    return [
        ListSummary(row.id, row.name, row.description, row.n or 0)
        for row in session.execute(
            select(InviteeList.id, InviteeList.name, InviteeList.description, counts.c.n)
            .outerjoin(counts, counts.c.list_id == InviteeList.id)
            .order_by(InviteeList.name)
        )
    ]


def add_entry(
    session: Session,
    list_id: int,
    contact_id: int,
    *,
    role: str = "",
    status: InvitationStatus | str = InvitationStatus.TO_INVITE,
) -> ListEntry:
    validate.get(session, InviteeList, list_id, "invitee list")
    contact = validate.get(session, Contact, contact_id, "contact")
    existing = session.scalar(
        select(ListEntry.id).where(ListEntry.list_id == list_id, ListEntry.contact_id == contact_id)
    )
    if existing is not None:
        raise ValidationError(
            "contact", Messages.tr("{name} is already on this list.", name=contact.name)
        )
    entry = ListEntry(
        list_id=list_id,
        contact_id=contact_id,
        role=validate.text("role", role, max_length=200),
        status=validate.choice("status", status, InvitationStatus),
        status_changed_at=utcnow(),
    )
    session.add(entry)
    session.flush()
    session.add(
        StatusChange(entry_id=entry.id, status=entry.status, changed_at=entry.status_changed_at)
    )
    session.flush()
    return entry


def update_entry(session: Session, entry_id: int, *, role: str) -> ListEntry:
    entry = validate.get(session, ListEntry, entry_id, "list entry")
    entry.role = validate.text("role", role, max_length=200)
    session.flush()
    return entry


def remove_entry(session: Session, entry_id: int) -> None:
    session.delete(validate.get(session, ListEntry, entry_id, "list entry"))
    session.flush()


def _entry_states(
    session: Session, entry_ids: Iterable[int], *, lock: bool = False
) -> dict[int, tuple[InvitationStatus, int]]:
    """Each entry's (status, version); ``lock`` holds the rows until the transaction ends
    (PostgreSQL's FOR UPDATE; SQLite's write transaction holds the whole file already)."""
    ids = list(entry_ids)
    result: dict[int, tuple[InvitationStatus, int]] = {}
    for chunk in range(0, len(ids), 900):
        query = select(ListEntry.id, ListEntry.status, ListEntry.version).where(
            ListEntry.id.in_(ids[chunk : chunk + 900])
        )
        if lock:
            query = query.with_for_update()
        result.update(
            (row_id, (status, version)) for row_id, status, version in session.execute(query)
        )
    return result


def entry_statuses(session: Session, entry_ids: Iterable[int]) -> dict[int, InvitationStatus]:
    """Each entry's current status (what an undo of a status change restores)."""
    return {row_id: state[0] for row_id, state in _entry_states(session, entry_ids).items()}


def entry_versions(session: Session, entry_ids: Iterable[int]) -> dict[int, int]:
    """Each entry's version counter: read when a bulk change begins, given back to it."""
    return {row_id: state[1] for row_id, state in _entry_states(session, entry_ids).items()}


def set_status(
    session: Session,
    entry_ids: Iterable[int],
    status: InvitationStatus | str,
    *,
    expected_versions: Mapping[int, int] | None = None,
) -> int:
    """Set the invitation status of many entries in one step; returns how many changed."""
    return set_statuses(
        session, dict.fromkeys(entry_ids, status), expected_versions=expected_versions
    )


def set_statuses(
    session: Session,
    statuses: Mapping[int, InvitationStatus | str],
    *,
    expected_versions: Mapping[int, int] | None = None,
) -> int:
    """Give each entry its own status (undo of a bulk change); records each change's date.

    All or nothing: with ``expected_versions`` (each entry's version when the action
    began), one entry changed meanwhile by someone else refuses the whole change with a
    :class:`ConflictError`.
    """
    now = utcnow()
    wanted = {
        entry_id: validate.choice("status", status, InvitationStatus)
        for entry_id, status in statuses.items()
    }
    states = _entry_states(session, wanted, lock=True)
    current = {row_id: state[0] for row_id, state in states.items()}
    missing = set(wanted) - set(current)
    if missing:
        raise ValidationError(
            "entries",
            Messages.tr(
                "{count} of the selected entries no longer exist; reload the list.",
                count=len(missing),
            ),
        )
    if expected_versions is not None:
        moved = [
            row_id
            for row_id, version in expected_versions.items()
            if row_id in states and states[row_id][1] != version
        ]
        if moved:
            raise ConflictError(
                "list entries",
                message=Messages.tr(
                    "Someone else changed {changed} of the {selected} selected entries "
                    "since you selected them; nothing was changed. Look at the list again and "
                    "repeat the change.",
                    changed=len(moved),
                    selected=len(wanted),
                ),
            )
    changed = {entry_id: s for entry_id, s in wanted.items() if current[entry_id] != s}
    by_status: dict[InvitationStatus, list[int]] = {}
    for entry_id, status in changed.items():
        by_status.setdefault(status, []).append(entry_id)
    for status, ids in by_status.items():
        for chunk in range(0, len(ids), 900):
            session.execute(
                update(ListEntry)
                .where(ListEntry.id.in_(ids[chunk : chunk + 900]))
                .values(status=status, status_changed_at=now, version=ListEntry.version + 1)
                .execution_options(synchronize_session=False)
            )
    if changed:
        session.execute(
            StatusChange.__table__.insert(),
            [{"entry_id": i, "status": s.value, "changed_at": now} for i, s in changed.items()],
        )
    session.expire_all()
    return len(changed)


#: Columns of :func:`entry_rows`, in order; the invitee table and the exporter use them.
ENTRY_COLUMNS = (
    "entry_id",
    "contact_id",
    "name",
    "title",
    "organization",
    "country",
    "category",
    "email",
    "phone",
    "status",
    "role",
    "search_text",
)


def entry_rows(session: Session, list_id: int) -> list[tuple[Any, ...]]:
    """Every entry of a list as plain tuples in ENTRY_COLUMNS order, sorted by name.

    Tuples, not ORM objects: a list of 100,000 invitees loads in a fraction of the time.
    """
    query = (
        select(
            ListEntry.id,
            Contact.id,
            *SHEET_COLUMNS,
            ListEntry.status,
            ListEntry.role,
            Contact.search_text,
        )
        .join(Contact, Contact.id == ListEntry.contact_id)
        .where(ListEntry.list_id == list_id)
        .order_by(Contact.name, ListEntry.id)
    )
    return [tuple(row) for row in session.execute(query)]


def status_counts(session: Session, list_id: int) -> dict[InvitationStatus, int]:
    return dict(
        session.execute(
            select(ListEntry.status, func.count())
            .where(ListEntry.list_id == list_id)
            .group_by(ListEntry.status)
        ).all()
    )
