"""The illustrative record of the demo's held meetings (``meeting_records`` in mispa3.json).

Attendance, decisions, revisions requested and follow-up actions are written through
the services, then each summary is generated from that record, as a secretariat would.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Contact, ContactCategory, Document, Mandate, Meeting
from app.services import actions, agenda, agenda_rows, attendance, contacts, decisions, summary


def load_meeting_records(session: Session, records: list[dict[str, Any]]) -> None:
    numbers = dict(session.execute(select(Meeting.number, Meeting.id)).tuples().all())
    symbols = dict(session.execute(select(Document.base_symbol, Document.id)).tuples().all())
    mandates = list(session.scalars(select(Mandate.id).order_by(Mandate.position, Mandate.id)))
    states = dict(
        session.execute(
            select(Contact.country, Contact.id).where(
                Contact.category == ContactCategory.MEMBER_STATE
            )
        )
        .tuples()
        .all()
    )
    others: dict[str, int] = {}
    for record in records:
        meeting_id = numbers[record["meeting"]]
        absent = set(record.get("absent_member_states", []))
        missing = set(record.get("credentials_missing", []))
        representatives = record.get("representatives", {})
        marks = {}
        for country, contact_id in states.items():
            if country in absent:
                continue
            name, title = representatives.get(country, ["", ""])
            marks[contact_id] = {
                "present": True,
                "representative_name": name,
                "representative_title": title,
                "credentials_received": country not in missing,
            }
        attendance.record_attendance(session, meeting_id, marks)
        for other in record.get("others_present", []):
            key = other["name"]
            if key not in others:
                values = {k: v for k, v in other.items() if k in contacts.EDITABLE_FIELDS}
                others[key] = contacts.add_contact(session, **values).id
            attendance.set_attendance(
                session,
                meeting_id,
                others[key],
                {
                    "present": True,
                    "representative_name": other.get("representative_name", ""),
                    "representative_title": other.get("representative_title", ""),
                },
            )
        items = agenda_rows.list_items(session, meeting_id)
        for row, values in zip(items, record.get("items", []), strict=False):
            if values.get("decision"):
                agenda.update_item(session, row.id, {"decision": values["decision"]})
            for request in values.get("revision_requests", []):
                decisions.request_revision(
                    session,
                    row.id,
                    symbols[request["document"]],
                    request["revision"],
                    request.get("note", ""),
                )
        for action in record.get("actions", []):
            actions.add_action(
                session,
                meeting_id,
                description=action["description"],
                responsible=action.get("responsible", ""),
                due_date=date.fromisoformat(action["due_date"]) if action.get("due_date") else None,
                mandate_id=mandates[action["mandate"] - 1] if action.get("mandate") else None,
                agenda_item_id=items[action["item"] - 1].id if action.get("item") else None,
                status=action.get("status", "open"),
            )
        summary.regenerate_summary(session, meeting_id)
        if record.get("chair_paragraph"):
            text = summary.summary_of_meeting(session, meeting_id).text
            summary.save_summary_text(session, meeting_id, f"{text}\n\n{record['chair_paragraph']}")
