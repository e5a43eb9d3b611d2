"""Matching a workbook's rows to the list's entries and the workspace's contacts: by e-mail,
else by name and organisation (case-insensitive, spaces collapsed)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.models import ContactCategory, InvitationStatus

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

#: A person as rows are matched: (name, organisation or None when the sheet has none), each
#: case-folded with spaces collapsed.
PersonKey = tuple[str, str | None]


def match_key(text: str) -> str:
    return " ".join(text.split()).casefold()


@dataclass(slots=True)
class Known:
    """A contact already in the workspace, with its entry on the list if it has one."""

    contact_id: int
    name: str
    title: str
    organization: str
    country: str
    category: ContactCategory
    email: str
    phone: str
    entry_id: int | None = None
    status: InvitationStatus | None = None
    role: str = ""


class MatchIndex:
    """Known contacts by e-mail and by name + organisation (the first one wins)."""

    def __init__(self, with_organization: bool) -> None:
        self.with_organization = with_organization
        self.by_email: dict[str, Known] = {}
        self.by_person: dict[PersonKey, Known] = {}

    def person_key(self, name: str, organization: str) -> PersonKey:
        return (match_key(name), match_key(organization) if self.with_organization else None)

    def add(self, known: Known) -> None:
        if known.email:
            self.by_email.setdefault(match_key(known.email), known)
        self.by_person.setdefault(self.person_key(known.name, known.organization), known)


def known_entries(session: Session, list_id: int) -> list[Known]:
    from app.services.invitees import ENTRY_COLUMNS, entry_rows

    at = {name: i for i, name in enumerate(ENTRY_COLUMNS)}
    return [
        Known(
            contact_id=row[at["contact_id"]],
            name=row[at["name"]],
            title=row[at["title"]],
            organization=row[at["organization"]],
            country=row[at["country"]],
            category=row[at["category"]],
            email=row[at["email"]],
            phone=row[at["phone"]],
            entry_id=row[at["entry_id"]],
            status=row[at["status"]],
            role=row[at["role"]],
        )
        for row in entry_rows(session, list_id)
    ]


def has_contacts(session: Session) -> bool:
    from sqlalchemy import select

    from app.models import Contact

    return session.scalar(select(Contact.id).limit(1)) is not None


def add_workspace_contacts(session: Session, on_list: set[int], index: MatchIndex) -> None:
    """Add to ``index`` the workspace's contacts that are not on the list already."""
    from sqlalchemy import select

    from app.models import Contact
    from app.services.contacts import SHEET_COLUMNS

    query = select(Contact.id, *SHEET_COLUMNS).order_by(Contact.id)
    for row in session.execute(query.execution_options(yield_per=5000)):
        if row.id not in on_list:
            index.add(Known(*row))
