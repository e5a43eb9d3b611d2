"""One invitee list read for display: its entries as columns of plain values.

The invitee table must open a list of 100,000 entries without a pause, so this read
skips the ORM entirely (no objects, no enum conversion: statuses and categories stay
the strings stored in the file) and hands back one Python list per column, which is
what a table model indexes and what a search scans.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Contact, InvitationReply, InviteeList, ListEntry, meeting_invitee_lists
from app.services import contacts, validate

_SELECT = """
SELECT e.id, c.id, c.name, c.title, c.organization, c.country, c.category,
       c.email, e.status, c.search_text, e.version
FROM list_entries AS e JOIN contacts AS c ON c.id = e.contact_id
WHERE e.list_id = {mark}
"""


def _marks(session: Session) -> tuple[str, str]:
    """The driver's parameter mark and a case-insensitive order of names, per engine
    (these queries go to the driver's cursor directly: see ``read_entry_table``)."""
    if session.get_bind().dialect.name == "sqlite":
        return "?", "c.name COLLATE NOCASE"
    return "%s", "lower(c.name)"


@dataclass
class EntryTable:
    """The entries of one list, one list per column, rows in the same order in each.

    ``categories`` and ``statuses`` hold the stored enum values (``"member_state"``,
    ``"invited"``); ``haystacks`` the contact's lower-case search text.
    """

    list_id: int
    entry_ids: list[int] = field(default_factory=list)
    contact_ids: list[int] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    organizations: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    statuses: list[str] = field(default_factory=list)
    haystacks: list[str] = field(default_factory=list)
    #: Each entry's version counter as read: a bulk change carries it, so that an entry
    #: someone else changed since the list was shown refuses the change (empty: unknown).
    versions: list[int] = field(default_factory=list)
    #: False when only the first rows were read (see ``read_entry_table``'s ``limit``).
    complete: bool = True
    #: Entries whose invitee answered a meeting that invites the list "tentative" (the
    #: status stays "invited"; the window says the answer beside it).
    tentative: frozenset[int] = frozenset()

    def __len__(self) -> int:
        return len(self.entry_ids)

    @classmethod
    def from_rows(cls, list_id: int, rows: list[Any], *, complete: bool = True) -> EntryTable:
        if not rows:
            return cls(list_id, complete=complete)
        columns = [list(column) for column in zip(*rows, strict=True)]
        return cls(list_id, *columns, complete=complete)


def read_entry_table(session: Session, list_id: int, *, limit: int | None = None) -> EntryTable:
    """Every entry of a list, sorted by name (case-insensitively), then by entry id.

    With ``limit``, only the first ``limit`` entries in that order: a first screen to
    show while the whole list loads (``complete`` is then False if more exist).
    """
    # The DB-API cursor hands back plain tuples; SQLAlchemy's Row objects cost a third more
    # to build and to regroup into columns, which is felt at 100,000 rows.
    mark, by_name = _marks(session)
    select = _SELECT.format(mark=mark)
    cursor = session.connection().connection.cursor()
    try:
        if limit is not None:
            cursor.execute(f"{select} ORDER BY {by_name}, e.id LIMIT {mark}", (list_id, limit + 1))
            rows = cursor.fetchall()
            first = EntryTable.from_rows(list_id, rows[:limit], complete=len(rows) <= limit)
            first.tentative = tentative_entries(session, list_id)
            return first
        # Python sorts the rows faster than SQLite's ORDER BY name over the join does;
        # ORDER BY e.id is free (it follows the list_id index) and breaks ties between names.
        cursor.execute(select + " ORDER BY e.id", (list_id,))
        rows = cursor.fetchall()
    finally:
        cursor.close()
    keys = [row[2].casefold() for row in rows]
    order = sorted(range(len(rows)), key=keys.__getitem__)
    table = EntryTable.from_rows(list_id, [rows[i] for i in order])
    table.haystacks = _laid_out_in_order(table.haystacks)
    table.tentative = tentative_entries(session, list_id)
    for field_name in ("titles", "organizations", "countries", "categories", "statuses"):
        setattr(table, field_name, _shared(getattr(table, field_name)))
    return table


def tentative_entries(session: Session, list_id: int) -> frozenset[int]:
    """The list's entries whose newest reply, to a meeting that invites the list, is
    TENTATIVE (see ``services.replies``).

    Read on every load of a list, so the few tentative addresses are found first (most
    lists have none, and then nothing else is read) and only then matched to entries.
    """
    emails = sorted(
        set(
            session.scalars(
                select(InvitationReply.email)
                .join(
                    meeting_invitee_lists,
                    meeting_invitee_lists.c.meeting_id == InvitationReply.meeting_id,
                )
                .where(
                    meeting_invitee_lists.c.list_id == list_id,
                    InvitationReply.partstat == "TENTATIVE",
                )
            )
        )
    )
    found: set[int] = set()
    for start in range(0, len(emails), 900):  # within SQLite's limit on parameters
        found.update(
            session.scalars(
                select(ListEntry.id)
                .join(Contact, Contact.id == ListEntry.contact_id)
                .where(
                    ListEntry.list_id == list_id,
                    func.lower(Contact.email).in_(emails[start : start + 900]),
                )
            )
        )
    return frozenset(found)


def _shared(values: list[str]) -> list[str]:
    """The same values, equal strings made one object.

    Statuses, categories and countries repeat a handful of values over 100,000 rows;
    sharing one object per value spares memory and makes the table's searches and sorts,
    which read every row, find each value in the processor's cache.
    """
    one: dict[str, str] = {}
    return list(map(one.setdefault, values, values))


def _laid_out_in_order(texts: list[str]) -> list[str]:
    """The same strings, copied so that they lie in memory in list order.

    A search scans every haystack in the table's order (by name); the strings were made
    in the file's order, so that scan jumped around memory and ran several times slower
    than over strings made one after the other.
    """
    joined = "\0".join(texts)
    copies = joined.split("\0")
    return copies if len(copies) == len(texts) else texts


@dataclass(frozen=True)
class EntryDetails:
    """What it takes to put an entry back on its list (undo of a removal)."""

    entry_id: int
    list_id: int
    contact_id: int
    role: str
    status: str


def entry_details(session: Session, entry_ids: Iterable[int]) -> list[EntryDetails]:
    ids = list(entry_ids)
    details: list[EntryDetails] = []
    for start in range(0, len(ids), 900):
        chunk = ids[start : start + 900]
        marks = ", ".join([_marks(session)[0]] * len(chunk))
        rows = session.connection().exec_driver_sql(
            f"SELECT id, list_id, contact_id, role, status FROM list_entries WHERE id IN ({marks})",
            tuple(chunk),
        )
        details.extend(EntryDetails(*row) for row in rows)
    return details


def contact_for_editing(session: Session, contact_id: int) -> dict[str, Any]:
    """A contact's editable values, as the contact dialog and the undo of an edit need them."""
    return contacts.contact_values(validate.get(session, Contact, contact_id, "contact"))


def entry_role(session: Session, entry_id: int) -> str:
    return validate.get(session, ListEntry, entry_id, "list entry").role


def list_values(session: Session, list_id: int) -> tuple[str, str]:
    """A list's name and description (what an undo of a rename puts back)."""
    invitee_list = validate.get(session, InviteeList, list_id, "invitee list")
    return invitee_list.name, invitee_list.description


def list_countries(session: Session) -> list[str]:
    """Countries already used by some contact, for the contact dialog's suggestions."""
    rows = session.connection().exec_driver_sql(
        "SELECT DISTINCT country FROM contacts WHERE country != '' ORDER BY country"
    )
    return [row[0] for row in rows]
