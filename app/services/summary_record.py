"""The summary of a meeting as the record gives it: keyed paragraphs of plain text.

Each paragraph has a key ("opening", "attendance", "item:12", "action:3", ...), so
that regenerating after a change to the record (``app.services.summary``) can tell
which paragraph came from which part of the record. The text is English; the
papers translate the frame, not the chair's words.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from sqlalchemy.orm import Session

from app.models import ContactCategory, ItemStatus, Meeting, MeetingFormat, OfficerRole
from app.services import validate
from app.services.actions import ActionRow, actions_of_meeting
from app.services.attendance import AttendanceRow, MeetingAttendance, attendance_of_meeting
from app.services.decisions import DecisionRow, decisions_of_meeting
from app.services.quorum import QuorumState
from app.services.working_group import get_working_group

CATEGORY_NAMES = {
    ContactCategory.PERMANENT_OBSERVER: "Permanent observers",
    ContactCategory.INTERNATIONAL_ORGANIZATION: "International organizations",
    ContactCategory.CIVIL_SOCIETY: "Civil society organizations",
    ContactCategory.SECRETARIAT: "General Secretariat",
    ContactCategory.OTHER: "Others",
}
OUTCOMES = {
    ItemStatus.PENDING: "The item was not concluded.",
    ItemStatus.CONSIDERED: "The Working Group considered the item.",
    ItemStatus.APPROVED: "The Working Group approved the item.",
    ItemStatus.DEFERRED: "The item was deferred.",
    ItemStatus.WITHDRAWN: "The item was withdrawn.",
}


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of the summary: ``key`` names the part of the record it comes from."""

    key: str
    text: str


def long_date(day: date) -> str:
    return f"{day:%A}, {day.day} {day:%B %Y}"


def _clock(moment: time) -> str:
    return f"{moment:%H:%M}"


def _opening(session: Session, meeting: Meeting) -> str:
    place = ", ".join(part for part in (meeting.room, meeting.venue) if part)
    where = ""
    if meeting.format == MeetingFormat.VIRTUAL:
        where = " virtually"
    elif place:
        where = f" in the {place}" if meeting.room else f" at {place}"
        if meeting.format == MeetingFormat.HYBRID:
            where += " and virtually"
    text = _sentence(
        f"The {meeting.title} was held on {long_date(meeting.date)}, from "
        f"{_clock(meeting.start_time)} to {_clock(meeting.end_time)},{where}"
    )
    group = get_working_group(session)
    chair = next(
        (o for o in (group.officers if group else []) if o.role == OfficerRole.CHAIR), None
    )
    if chair is not None:
        representing = f", {chair.representing}" if chair.representing else ""
        text += " " + _sentence(f"It was chaired by {chair.name}{representing}")
    return text


def _sentence(text: str) -> str:
    """``text`` ending with one full stop (a venue such as "Washington, D.C." has its own)."""
    text = text.strip()
    return text if text.endswith((".", "!", "?")) else text + "."


def _person(row: AttendanceRow) -> str:
    who = ", ".join(part for part in (row.representative_name, row.representative_title) if part)
    return f"{row.delegation} ({who})" if who else row.delegation


def _attendance(sheet: MeetingAttendance) -> list[Paragraph]:
    states = [row for row in sheet.member_states if row.present]
    if not sheet.present:
        return [Paragraph("attendance", "Attendance was not recorded.")]
    paragraphs = [
        Paragraph(
            "attendance",
            f"Member states present ({sheet.quorum.present}): "
            + ("; ".join(_person(row) for row in states) or "none")
            + ".",
        )
    ]
    others: dict[ContactCategory, list[AttendanceRow]] = {}
    for row in sheet.others:
        if row.present:
            others.setdefault(row.category, []).append(row)
    if others:
        lines = [
            f"{CATEGORY_NAMES[category]}: " + "; ".join(_person(row) for row in rows) + "."
            for category, rows in others.items()
        ]
        paragraphs.append(Paragraph("attendance:others", "Also present. " + " ".join(lines)))
    return paragraphs


def _quorum(sheet: MeetingAttendance) -> Paragraph | None:
    line = sheet.quorum
    if line.state == QuorumState.NOT_TAKEN:
        return None
    if line.state == QuorumState.NO_RULE:
        return Paragraph("quorum", "No quorum is required of the Working Group's meetings.")
    answer = (
        "The meeting had its quorum."
        if line.state == QuorumState.MET
        else ("The meeting did not have its quorum.")
    )
    states = "member state was" if line.present == 1 else "member states were"
    return Paragraph(
        "quorum", f"{line.present} {states} present; the quorum is {line.required}. {answer}"
    )


def _item(row: DecisionRow) -> Paragraph:
    parts = [f"{row.position}. {row.title}."]
    if row.documents:
        parts.append(
            "Documents considered: "
            + "; ".join(f"{doc.symbol}, “{doc.title}”" for doc in row.documents)
            + "."
        )
    if row.deferred_from is not None:
        parts.append(
            f"The item was deferred from the meeting of {row.deferred_from.meeting_date:%d %B %Y}."
        )
    if row.status == ItemStatus.DEFERRED and row.deferred_to:
        parts.append(
            f"The item was deferred to the meeting of {row.deferred_to[0].meeting_date:%d %B %Y}."
        )
    elif row.decision:
        parts.append(_sentence(row.decision))
    else:
        parts.append(OUTCOMES[row.status])
    for request in row.requests:
        note = f" {_sentence(request.note)}" if request.note else ""
        parts.append(f"A new revision, {request.requested_symbol}, was requested.{note}")
    if row.recorded_without_quorum:
        parts.append("(Recorded without quorum.)")
    return Paragraph(f"item:{row.item_id}", " ".join(parts))


def _action(row: ActionRow) -> Paragraph:
    text = f"– {row.description}"
    details = []
    if row.responsible:
        details.append(row.responsible)
    if row.due_date:
        details.append(f"by {row.due_date.day} {row.due_date:%B %Y}")
    if row.mandate_position is not None:
        details.append(f"work-plan mandate {row.mandate_position}, {row.mandate_resolution}")
    if details:
        text += f" ({'; '.join(details)})"
    return Paragraph(f"action:{row.id}", text)


def record_paragraphs(
    session: Session, meeting_id: int, *, language: str | None = None
) -> list[Paragraph]:
    """The summary the record gives: heading, opening (date, place, chair), attendance,
    quorum, one paragraph per agenda item (documents and decision), then the actions."""
    meeting = validate.get(session, Meeting, meeting_id, "meeting")
    group = get_working_group(session)
    heading = f"Summary of the {meeting.title}"
    if group is not None and group.name:
        heading += f"\n{group.name}"
    paragraphs = [Paragraph("heading", heading), Paragraph("opening", _opening(session, meeting))]
    sheet = attendance_of_meeting(session, meeting_id)
    paragraphs += _attendance(sheet)
    quorum = _quorum(sheet)
    if quorum is not None:
        paragraphs.append(quorum)
    decisions = decisions_of_meeting(session, meeting_id, language=language)
    if decisions:
        paragraphs.append(Paragraph("items", "Agenda items"))
        paragraphs += [_item(row) for row in decisions]
    actions = actions_of_meeting(session, meeting_id)
    if actions:
        paragraphs.append(Paragraph("actions", "Follow-up actions"))
        paragraphs += [_action(row) for row in actions]
    return paragraphs
