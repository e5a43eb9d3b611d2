"""Working out what an invitee workbook would change, row by row, without writing.

Each row is matched to an entry of the list by e-mail, else by name and organisation
(case-insensitive, spaces collapsed); a row that matches none is added to the list,
reusing a contact of the workspace that matches it the same way, or creating one.
Every row is validated with the services' own rules (``clean_contact``) and each
problem is reported with its spreadsheet row number. Only the columns the sheet has
are compared; a blank status or category keeps the current one.

The rows are planned as a stream: each row's write goes to a ``sink`` as soon as it is
known (the importer writes them in batches inside its one transaction), and the plan
keeps counts, a digest of every result, and only the first results of each kind for
the preview; duplicates are caught with a set of hashed keys. So memory depends on the
workspace, not on the sheet's length. Entries of the list that no row matched are
named in the plan (``missing``), and may be removed in the same import.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from app.exchange.import_plan import (
    CONTACT_FIELDS,
    CREATE,
    ERROR,
    KEPT_RESULTS,
    UNCHANGED,
    UPDATE,
    Change,
    ImportPlan,
    MissingEntry,
    RowResult,
    RowWrite,
)
from app.exchange.xlsx_bulk import collector_paused
from app.exchange.xlsx_labels import accepted_words, label, read_choice
from app.exchange.xlsx_matching import (
    Known,
    MatchIndex,
    add_workspace_contacts,
    has_contacts,
    known_entries,
    match_key,
)
from app.exchange.xlsx_reader import InviteeTable
from app.messages import Message, Messages
from app.models import ContactCategory, InvitationStatus
from app.services import validate
from app.services.contacts import clean_contact
from app.services.errors import ValidationError

_STATUSES = {status.value: status for status in InvitationStatus}
ProgressCallback = Callable[[int, int], None]

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def _shown(field_name: str, value: Any) -> str:
    return label(value) if field_name in ("category", "status") else str(value or "")


#: "... is not a valid ...", for each column whose values are chosen from a list.
NOT_A_CHOICE = {
    "status": Messages.tr(
        "“{value}” is not a valid status. Use one of: {allowed} (in English or Spanish).",
        value="",
        allowed="",
    ),
    "category": Messages.tr(
        "“{value}” is not a valid category. Use one of: {allowed} (in English or Spanish).",
        value="",
        allowed="",
    ),
}
#: Why two rows are taken for the same person.
SAME_EMAIL = Messages.tr("same e-mail")
SAME_NAME_AND_ORGANIZATION = Messages.tr("same name and organisation")
SAME_NAME = Messages.tr("same name")


def _choice_error(row: int, what: str, text: str, enum: type) -> RowResult:
    problem = Message(NOT_A_CHOICE[what].template, {"value": text, "allowed": accepted_words(enum)})
    return RowResult(row, ERROR, "", problem=problem)


def _duplicate(number: int, name: str, first: int, why: Message) -> RowResult:
    return RowResult(
        number,
        ERROR,
        name.strip(),
        problem=Messages.tr(
            "the same person as row {first} ({why}). Keep one of the rows.", first=first, why=why
        ),
    )


def _evaluate(
    number: int, values: dict[str, Any], known: Known | None
) -> tuple[RowResult, RowWrite | None]:
    """Validate one row against what it matched (None: a new contact).

    ``values`` is the row's own dict (field -> cell text); it is completed in place.
    """
    status: InvitationStatus | None = None
    status_text = values.get("status", "").strip()
    if status_text:
        found = read_choice(InvitationStatus, status_text)
        if found is None:
            return _choice_error(number, "status", status_text, InvitationStatus), None
        status = _STATUSES[found]
    category_text = values.get("category", "").strip()
    if category_text:
        category = read_choice(ContactCategory, category_text)
        if category is None:
            return _choice_error(number, "category", category_text, ContactCategory), None
        values["category"] = category
    elif known is not None:
        values["category"] = known.category
    if known is not None:
        for f in CONTACT_FIELDS:
            if f not in values:
                values[f] = getattr(known, f)
    try:
        clean = clean_contact(values)
        role = validate.text("role", values["role"], max_length=200) if "role" in values else None
    except ValidationError as exc:
        name = values.get("name", "").strip()
        return RowResult(number, ERROR, name, problem=exc.explanation), None
    if known is None:
        new = RowWrite(number, None, None, clean, role or "", status or InvitationStatus.TO_INVITE)
        return RowResult(number, CREATE, clean["name"]), new
    changes: list[Change] = []
    contact_changes: dict[str, Any] = {}
    for f in CONTACT_FIELDS:
        old = getattr(known, f)
        if clean[f] != old and not (f == "email" and clean[f].casefold() == old.casefold()):
            contact_changes[f] = clean[f]
            changes.append(Change(f, _shown(f, old), _shown(f, clean[f])))
    if known.entry_id is None:
        role, status = role or "", status or InvitationStatus.TO_INVITE
        added = RowWrite(number, None, known.contact_id, contact_changes, role, status)
        return RowResult(number, CREATE, clean["name"], tuple(changes)), added
    if role is not None and role != known.role:
        changes.append(Change("role", known.role, role))
    else:
        role = None
    if status is not None and status != known.status:
        changes.append(Change("status", label(known.status), label(status)))
    else:
        status = None
    if not changes:
        return RowResult(number, UNCHANGED, clean["name"]), None
    update = RowWrite(number, known.entry_id, known.contact_id, contact_changes, role, status)
    return RowResult(number, UPDATE, clean["name"], tuple(changes)), update


#: Receives each row's write as soon as it is planned (the importer batches them).
WriteSink = Callable[[RowWrite], None]


class _Planner:
    """One pass over the rows: duplicates, then a match on the list, else in the workspace."""

    def __init__(self, session: Session, table: InviteeTable, plan: ImportPlan) -> None:
        self.session = session
        self.table = table
        self.plan = plan
        self.with_organization = "organization" in table.fields
        self.on_list = MatchIndex(self.with_organization)
        self.elsewhere = MatchIndex(self.with_organization)
        self.claimed: dict[int, int] = {}  # id(matched contact) -> row that matched it first
        self.seen: set[int] = set()  # hashed e-mail or person keys of the rows so far
        self.repeats: list[tuple[int, str, int, Message]] = []  # (row, name, key, why)
        self.digest = hashlib.blake2b(digest_size=16)
        self.kept: dict[str, int] = {}

    def record(self, result: RowResult, write: RowWrite | None, sink: WriteSink | None) -> None:
        plan = self.plan
        action = result.action
        plan.counts[action] = plan.counts.get(action, 0) + 1
        self.digest.update(
            repr((result.row, action, result.name, result.changes, result.message)).encode()
        )
        if self.kept.get(action, 0) < KEPT_RESULTS:
            self.kept[action] = self.kept.get(action, 0) + 1
            plan.results.append(result)
        if write is not None and sink is not None and not plan.counts.get(ERROR):
            sink(write)

    def claim(
        self, number: int, values: dict[str, Any], known: Known, sink: WriteSink | None
    ) -> bool:
        first = self.claimed.setdefault(id(known), number)
        if first != number:
            same = Message(known.name, literal=True)
            self.record(_duplicate(number, values["name"], first, same), None, sink)
        return first == number

    def run(self, sink: WriteSink | None, progress: ProgressCallback | None) -> None:
        fields = self.table.fields
        has_email = "email" in fields
        on_list, elsewhere = self.on_list, self.elsewhere
        seen = self.seen
        for number, raw in self.table.rows(progress):
            values: dict[str, Any] = dict(zip(fields, raw, strict=True))
            email = match_key(values["email"]) if has_email else ""
            person = on_list.person_key(values["name"], values.get("organization", ""))
            if email:
                key, why = hash(("e", email)), SAME_EMAIL
            else:
                key = hash(("p", *person))
                why = SAME_NAME_AND_ORGANIZATION if self.with_organization else SAME_NAME
            if key in seen:
                self.repeats.append((number, values["name"], key, why))
                continue
            seen.add(key)
            known = on_list.by_email.get(email) if email else None
            if known is None and on_list.by_person:
                known = on_list.by_person.get(person)
            if known is None and elsewhere.by_person:
                known = (elsewhere.by_email.get(email) if email else None) or (
                    elsewhere.by_person.get(person)
                )
            if known is None or self.claim(number, values, known, sink):
                self.record(*_evaluate(number, values, known), sink)
        self._report_repeats(sink)

    def _report_repeats(self, sink: WriteSink | None) -> None:
        """Name, for each repeated row, the row it repeats (found by reading again)."""
        if not self.repeats:
            return
        wanted = {key for _, _, key, _ in self.repeats}
        first: dict[int, int] = {}
        fields = self.table.fields
        has_email = "email" in fields
        for number, raw in self.table.rows():
            values = dict(zip(fields, raw, strict=True))
            email = match_key(values["email"]) if has_email else ""
            person = self.on_list.person_key(values["name"], values.get("organization", ""))
            key = hash(("e", email)) if email else hash(("p", *person))
            if key in wanted and key not in first:
                first[key] = number
                if len(first) == len(wanted):
                    break
        for number, name, key, why in self.repeats:
            self.record(_duplicate(number, name, first.get(key, number), why), None, sink)


def _load_indexes(planner: _Planner, session: Session, list_id: int | None) -> list[Known]:
    entries = known_entries(session, list_id) if list_id is not None else []
    for known in entries:
        planner.on_list.add(known)
    if has_contacts(session):
        on_list = {known.contact_id for known in entries}
        add_workspace_contacts(session, on_list, planner.elsewhere)
    return entries


@collector_paused()
def plan_import(
    session: Session,
    table: InviteeTable,
    list_name: str,
    *,
    sink: WriteSink | None = None,
    remove_missing: bool = False,
    progress: ProgressCallback | None = None,
) -> ImportPlan:
    """Work out what importing ``table`` into the list would do, row by row.

    Each planned write goes to ``sink`` (none: a preview), until a row has an error.
    """
    from app.services.invitees import find_list

    list_name = list_name.strip()
    invitee_list = find_list(session, list_name) if list_name else None
    plan = ImportPlan(
        list_name=list_name,
        list_exists=invitee_list is not None,
        sheet=table.sheet,
        header_row=table.header_row,
        fields=table.fields,
        ignored_headers=table.ignored_headers,
        remove_missing=remove_missing,
        note=table.note,
    )
    planner = _Planner(session, table, plan)
    entries = _load_indexes(planner, session, invitee_list.id if invitee_list else None)
    planner.run(sink, progress)
    plan.results.sort(key=lambda r: r.row)
    plan.missing = [
        MissingEntry(known.entry_id or 0, known.name, known.organization)
        for known in entries
        if id(known) not in planner.claimed
    ]
    plan.skipped = list(table.skipped)
    plan.skipped_count = table.skipped_count
    plan.fingerprint = planner.digest.hexdigest()
    return plan
