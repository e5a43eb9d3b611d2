"""The version counter of a row, read when an edit begins and given back when it is saved.

The window reads it as a dialog opens (or a cell editor starts) and carries it through
its undo command to the service, which refuses a newer row with a ConflictError.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import AgendaItem, Contact, Document, Mandate, Meeting
from app.services.errors import gone

#: The kinds of row an edit dialog changes, by the name a conflict message uses.
EDITED: dict[str, Any] = {
    "meeting": Meeting,
    "agenda item": AgendaItem,
    "document": Document,
    "contact": Contact,
    "mandate": Mandate,
}


def version_of(session: Session, what: str, row_id: int) -> int:
    model = EDITED[what]
    version = session.scalar(select(model.version).where(model.id == row_id))
    if version is None:
        raise gone(what)
    return int(version)
