"""Follow-up actions agreed at a meeting, and what the work plan shows per mandate.

Open actions of earlier meetings come back with the next meeting's agenda as a
"follow-up" section; the chair can turn one into an agenda item.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.messages import Messages
from app.models import (
    ActionStatus,
    AgendaItem,
    FollowUpAction,
    ItemDocument,
    ItemKind,
    ItemStatus,
    Mandate,
    Meeting,
    mandate_documents,
    mandate_meetings,
)
from app.services import validate
from app.services.errors import ConflictError, ValidationError

EDITABLE_FIELDS = (
    "description",
    "responsible",
    "due_date",
    "mandate_id",
    "agenda_item_id",
    "status",
)


@dataclass(frozen=True)
class ActionRow:
    """A follow-up action: what, by whom, by when, for which mandate, and how far it is.

    ``meeting_date`` is the date of the meeting that agreed it; ``follow_up_item_id``
    the agenda item that takes it up later, once the chair made one.
    """

    id: int
    meeting_id: int
    meeting_date: date
    agenda_item_id: int | None
    description: str
    responsible: str
    due_date: date | None
    mandate_id: int | None
    #: The mandate's number in the work plan, and its resolution.
    mandate_position: int | None
    mandate_resolution: str
    status: ActionStatus
    follow_up_item_id: int | None
    version: int


def _apply(session: Session, action: FollowUpAction, values: Mapping[str, Any]) -> None:
    action.description = validate.text(
        "description", values.get("description"), required=True, max_length=5000
    )
    action.responsible = validate.text("responsible", values.get("responsible"), max_length=300)
    due = values.get("due_date")
    action.due_date = None if due in (None, "") else validate.a_date("due_date", due)
    mandate_id = values.get("mandate_id")
    if mandate_id is not None:
        validate.get(session, Mandate, mandate_id, "mandate")
    action.mandate_id = mandate_id
    item_id = values.get("agenda_item_id")
    if item_id is not None:
        item = validate.get(session, AgendaItem, item_id, "agenda item")
        if item.meeting_id != action.meeting_id:
            raise ValidationError(
                "agenda_item_id",
                Messages.tr("The action can only come from an item of its own meeting."),
            )
    action.agenda_item_id = item_id
    action.status = validate.choice(
        "status", values.get("status") or ActionStatus.OPEN, ActionStatus
    )


def add_action(session: Session, meeting_id: int, **values: Any) -> FollowUpAction:
    """Record an action agreed at a meeting: ``description`` (required), ``responsible``,
    ``due_date``, ``mandate_id``, ``agenda_item_id``, ``status`` (default open)."""
    validate.unknown_fields(values, EDITABLE_FIELDS)
    validate.get(session, Meeting, meeting_id, "meeting")
    action = FollowUpAction(meeting_id=meeting_id)
    _apply(session, action, values)
    session.add(action)
    session.flush()
    return action


def action_values(action: FollowUpAction) -> dict[str, Any]:
    """The editable values, in the form ``update_action`` takes (for undo)."""
    return {field: getattr(action, field) for field in EDITABLE_FIELDS}


def read_action_values(session: Session, action_id: int) -> dict[str, Any]:
    return action_values(validate.get(session, FollowUpAction, action_id, "action"))


def update_action(
    session: Session, action_id: int, changes: Mapping[str, Any], *, version: int | None = None
) -> FollowUpAction:
    """Change an action; ``version`` (as read when the edit began) refuses a stale save."""
    validate.unknown_fields(changes, EDITABLE_FIELDS)
    action = validate.get(session, FollowUpAction, action_id, "action")
    if version is not None and version != action.version:
        raise ConflictError(
            "action",
            row_id=action_id,
            message=Messages.tr("This action was changed in another window; reload and try again."),
        )
    _apply(session, action, {**action_values(action), **changes})
    session.flush()
    return action


def delete_action(session: Session, action_id: int) -> None:
    session.delete(validate.get(session, FollowUpAction, action_id, "action"))
    session.flush()


def _rows(session: Session, *where: Any) -> list[ActionRow]:
    query = (
        select(FollowUpAction, Meeting.date, Mandate.position, Mandate.resolution)
        .join(Meeting, Meeting.id == FollowUpAction.meeting_id)
        .outerjoin(Mandate, Mandate.id == FollowUpAction.mandate_id)
        .where(*where)
        .order_by(Meeting.date, FollowUpAction.due_date.is_(None), FollowUpAction.due_date)
        .order_by(FollowUpAction.id)
    )
    return [
        ActionRow(
            id=a.id,
            meeting_id=a.meeting_id,
            meeting_date=day,
            agenda_item_id=a.agenda_item_id,
            description=a.description,
            responsible=a.responsible,
            due_date=a.due_date,
            mandate_id=a.mandate_id,
            mandate_position=position,
            mandate_resolution=resolution or "",
            status=a.status,
            follow_up_item_id=a.follow_up_item_id,
            version=a.version,
        )
        for a, day, position, resolution in session.execute(query)
    ]


def actions_of_meeting(session: Session, meeting_id: int) -> list[ActionRow]:
    """The actions agreed at a meeting."""
    return _rows(session, FollowUpAction.meeting_id == meeting_id)


def follow_ups_for(session: Session, meeting_id: int) -> list[ActionRow]:
    """The "follow-up" section of a meeting's agenda: open actions of earlier meetings."""
    meeting = validate.get(session, Meeting, meeting_id, "meeting")
    return _rows(
        session,
        FollowUpAction.status == ActionStatus.OPEN,
        (Meeting.date < meeting.date)
        | ((Meeting.date == meeting.date) & (Meeting.start_time < meeting.start_time)),
    )


def actions_for_mandate(
    session: Session, mandate_id: int, *, open_only: bool = False
) -> list[ActionRow]:
    """The actions that serve a mandate (only the open ones with ``open_only``)."""
    where = [FollowUpAction.mandate_id == mandate_id]
    if open_only:
        where.append(FollowUpAction.status == ActionStatus.OPEN)
    return _rows(session, *where)


def turn_into_item(session: Session, action_id: int, meeting_id: int) -> AgendaItem:
    """Put an open action on a meeting's agenda as an item, at the end; returns the item.

    The action remembers the item, so it is not offered twice; deleting the item
    (the undo) offers it again.
    """
    from app.services.agenda import add_item

    action = validate.get(session, FollowUpAction, action_id, "action")
    if action.follow_up_item_id is not None:
        raise ValidationError("action", Messages.tr("This action is already on an agenda."))
    responsible = f" ({action.responsible})" if action.responsible else ""
    title = f"Follow-up: {action.description}{responsible}"
    if len(title) > 500:
        title = title[:499] + "…"
    item = add_item(
        session, meeting_id, title=title, kind=ItemKind.INFORMATION, responsible=action.responsible
    )
    action.follow_up_item_id = item.id
    session.flush()
    return item


@dataclass(frozen=True)
class MandateDecision:
    """An item that addressed a mandate: it considered one of the mandate's documents,
    or agreed an action that serves the mandate."""

    item_id: int
    meeting_id: int
    meeting_date: date
    position: int
    title: str
    status: ItemStatus
    decision: str


@dataclass(frozen=True)
class MandateRecord:
    """What the work plan shows per mandate: meetings, decisions and open actions."""

    mandate_id: int
    meetings: tuple[tuple[int, date], ...]
    decisions: tuple[MandateDecision, ...]
    open_actions: tuple[ActionRow, ...]


def mandate_record(session: Session, mandate_id: int) -> MandateRecord:
    validate.get(session, Mandate, mandate_id, "mandate")
    documents = select(mandate_documents.c.document_id).where(
        mandate_documents.c.mandate_id == mandate_id
    )
    served = select(FollowUpAction.agenda_item_id).where(
        FollowUpAction.mandate_id == mandate_id, FollowUpAction.agenda_item_id.is_not(None)
    )
    considering = select(ItemDocument.agenda_item_id).where(ItemDocument.document_id.in_(documents))
    items = session.execute(
        select(AgendaItem, Meeting.date)
        .join(Meeting, Meeting.id == AgendaItem.meeting_id)
        .where(
            or_(AgendaItem.id.in_(considering), AgendaItem.id.in_(served)),
            or_(AgendaItem.status != ItemStatus.PENDING, AgendaItem.decision != ""),
        )
        .order_by(Meeting.date, AgendaItem.position)
    ).all()
    decisions = tuple(
        MandateDecision(i.id, i.meeting_id, day, i.position, i.title, i.status, i.decision)
        for i, day in items
    )
    linked = session.execute(
        select(Meeting.id, Meeting.date)
        .join(mandate_meetings, mandate_meetings.c.meeting_id == Meeting.id)
        .where(mandate_meetings.c.mandate_id == mandate_id)
    ).all()
    meetings = {meeting_id: day for meeting_id, day in linked}
    meetings.update({d.meeting_id: d.meeting_date for d in decisions})
    return MandateRecord(
        mandate_id=mandate_id,
        meetings=tuple(sorted(meetings.items(), key=lambda pair: pair[1])),
        decisions=decisions,
        open_actions=tuple(actions_for_mandate(session, mandate_id, open_only=True)),
    )
