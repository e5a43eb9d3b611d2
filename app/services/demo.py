"""The MISPA III example workspace, built from resources/demo/mispa3.json through the services."""

from __future__ import annotations

import json
from datetime import date, time
from importlib import resources
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.messages import Messages
from app.models import Document
from app.services import agenda, contacts, documents, invitations, invitees, mandates, meetings
from app.services import working_group as group_service
from app.services.demo_record import load_meeting_records
from app.services.errors import ValidationError

DEMO_RESOURCE = "demo/mispa3.json"


def demo_data() -> dict[str, Any]:
    text = resources.files("resources").joinpath(DEMO_RESOURCE).read_text(encoding="utf-8")
    return json.loads(text)


def _translations(values: dict[str, Any], field: str) -> dict[str, str]:
    return {
        key.rsplit("_", 1)[1]: value
        for key, value in values.items()
        if key.startswith(f"{field}_") and key != f"{field}_en" and len(key) == len(field) + 3
    }


def _revision_text(symbol: str, title: str, circulated_on: date | None, note: str) -> bytes:
    lines = [symbol, title, "", f"Circulated: {circulated_on or 'not yet'}", "", note, ""]
    return "\n".join(lines).encode("utf-8")


def load_demo(session: Session, data: dict[str, Any] | None = None) -> None:
    """Fill an empty workspace with the example; refuses one that already holds data."""
    data = data or demo_data()
    if group_service.get_working_group(session) is not None:
        raise ValidationError(
            "workspace",
            Messages.tr("This workspace already holds a working group; use a new file."),
        )
    wg = dict(data["working_group"])
    officers = wg.pop("officers", [])
    for key in ("ministerial_start", "ministerial_end"):
        wg[key] = date.fromisoformat(wg[key]) if wg.get(key) else None
    group_service.save_working_group(session, wg)
    group_service.set_officers(session, officers)

    for m in data["mandates"]:
        mandates.add_mandate(
            session,
            resolution=m["resolution"],
            resolution_title=m.get("resolution_title", ""),
            text=m["text_en"],
            translations=_translations(m, "text"),
            area_responsible=m.get("area_responsible", ""),
            status=m.get("status", "pending"),
            **{key: m[key] for key in mandates.VERSION_FIELDS if key in m},
        )

    for d in data["documents"]:
        document = documents.create_document(
            session,
            base_symbol=d["base_symbol"],
            title=d["title_en"],
            translations=_translations(d, "title"),
            kind=d.get("kind", "other"),
            status=d.get("status", "draft"),
            title_language=d.get("original_language", "en"),
        )
        for r in d.get("revisions", []):
            circulated = date.fromisoformat(r["circulated_on"]) if r.get("circulated_on") else None
            revision = documents.add_revision(
                session,
                document.id,
                revision=r.get("revision", 0),
                addendum=r.get("addendum", 0),
                corrigendum=r.get("corrigendum", 0),
                circulated_on=circulated,
                change_note=r.get("change_note", ""),
            )
            symbol = documents.full_symbol(document.base_symbol, revision)
            documents.attach_file(
                session,
                revision.id,
                language=document.original_language,
                file_name=symbol.replace("/", "-").replace(" ", "_") + ".txt",
                content=_revision_text(symbol, d["title_en"], circulated, revision.change_note),
                media_type="text/plain",
            )

    symbols = dict(session.execute(select(Document.base_symbol, Document.id)).tuples().all())
    meeting_ids: list[int] = []
    for m in data["meetings"]:
        meeting = meetings.create_meeting(
            session,
            number=m.get("number"),
            title=m["title_en"],
            translations=_translations(m, "title"),
            date=date.fromisoformat(m["date"]),
            start_time=time.fromisoformat(m["start_time"]) if "start_time" in m else None,
            end_time=time.fromisoformat(m["end_time"]) if "end_time" in m else None,
            all_day=m.get("all_day", False),
            end_date=date.fromisoformat(m["end_date"]) if "end_date" in m else None,
            timezone=m["timezone"],
            room=m.get("room", ""),
            venue=m.get("venue", ""),
            format=m.get("format", "in_person"),
            status=m.get("status", "planned"),
        )
        meeting_ids.append(meeting.id)
        for item in m.get("items", []):
            row = agenda.add_item(
                session,
                meeting.id,
                title=item["title_en"],
                translations=_translations(item, "title"),
                kind=item.get("kind", "consideration"),
                duration_minutes=item.get("duration_minutes"),
                status=item.get("status", "pending"),
                decision=item.get("decision", ""),
            )
            for symbol in item.get("documents", []):
                agenda.link_document(session, row.id, symbols[symbol])

    for lst in data["invitee_lists"]:
        invitee_list = invitees.create_list(session, lst["name"], lst.get("description", ""))
        for entry in lst["entries"]:
            values = {k: v for k, v in entry.items() if k in contacts.EDITABLE_FIELDS}
            contact = contacts.add_contact(session, **values)
            invitees.add_entry(
                session,
                invitee_list.id,
                contact.id,
                role=entry.get("role", ""),
                status=entry.get("status", "to_invite"),
            )
        if lst.get("invited_to_every_meeting"):
            for meeting_id in meeting_ids:
                invitations.set_invited_lists(session, meeting_id, [invitee_list.id])

    load_meeting_records(session, data.get("meeting_records", []))
