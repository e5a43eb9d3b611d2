"""An invitee workbook back into a list: a preview of every change, then all or nothing.

Each row is matched to an entry of the list by e-mail, else by name and organisation
(case-insensitive); a row that matches none is added to the list, reusing a contact of
the workspace that matches it the same way, or creating one. Every row is validated
with the services' own rules and each problem is reported with its row number. Only
the columns the sheet has are compared and written; entries of the list that the
workbook does not mention are left as they are. Applying writes nothing when any row
has an error; otherwise everything goes in the caller's one transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.exchange.xlsx_labels import FIELD_LABELS, accepted_words, label, read_choice
from app.exchange.xlsx_reader import InviteeTable, read_invitee_table
from app.exchange.xlsx_safety import WorkbookError
from app.models import ContactCategory, InvitationStatus

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.store import Workspace

CONTACT_FIELDS = ("name", "title", "organization", "country", "category", "email", "phone")
CREATE, UPDATE, UNCHANGED, ERROR = "create", "update", "unchanged", "error"
PROGRESS_EVERY = 2000
INSERT_BATCH = 5000

ProgressCallback = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class Change:
    field: str
    old: str
    new: str

    def describe(self) -> str:
        return f"{FIELD_LABELS.get(self.field, self.field)} “{self.old}” → “{self.new}”"


@dataclass(frozen=True, slots=True)
class RowResult:
    """What importing one spreadsheet row does (or why it cannot)."""

    row: int
    action: str
    name: str
    changes: tuple[Change, ...] = ()
    message: str = ""


@dataclass(slots=True)
class _Write:
    """What applying one created or updated row writes."""

    row: int
    entry_id: int | None
    contact_id: int | None
    #: All clean values of a new contact, or only the changed fields of an existing one.
    contact: dict[str, Any]
    role: str | None
    status: InvitationStatus | None


@dataclass
class ImportPlan:
    """The preview of an import; :func:`apply_plan` carries it out."""

    list_name: str
    list_exists: bool
    sheet: str
    header_row: int
    fields: tuple[str, ...]
    ignored_headers: tuple[str, ...]
    results: list[RowResult] = field(default_factory=list)
    #: Entries of the list that no row of the workbook matched (left as they are).
    untouched: int = 0
    _writes: list[_Write] = field(default_factory=list, repr=False)

    def count(self, action: str) -> int:
        return sum(1 for r in self.results if r.action == action)

    @property
    def errors(self) -> list[RowResult]:
        return [r for r in self.results if r.action == ERROR]

    def summary(self) -> str:
        return (
            f"{self.count(CREATE)} to add, {self.count(UPDATE)} to update, "
            f"{self.count(UNCHANGED)} unchanged, {self.count(ERROR)} with errors"
        )


class ImportRefused(WorkbookError):
    """Some rows have errors, so nothing was written."""

    def __init__(self, plan: ImportPlan) -> None:
        errors = plan.errors
        shown = " ".join(e.message for e in errors[:3])
        more = f" (and {len(errors) - 3} more)" if len(errors) > 3 else ""
        super().__init__(
            f"{len(errors)} row(s) of the workbook have errors, so nothing was imported: "
            f"{shown}{more} Correct the workbook and import it again."
        )
        self.plan = plan


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def _person_key(name: str, organization: str | None) -> tuple[str, str | None]:
    return (_key(name), None if organization is None else _key(organization))


def _shown(field_name: str, value: Any) -> str:
    return label(value) if field_name in ("category", "status") else str(value or "")


class _Index:
    """Contacts found by e-mail and by name + organisation (first one wins)."""

    def __init__(self, with_organization: bool) -> None:
        self.with_organization = with_organization
        self.by_email: dict[str, Any] = {}
        self.by_person: dict[tuple[str, str | None], Any] = {}

    def person_key(self, name: str, organization: str) -> tuple[str, str | None]:
        return _person_key(name, organization if self.with_organization else None)

    def add(self, record: Any) -> None:
        if record.email:
            self.by_email.setdefault(_key(record.email), record)
        self.by_person.setdefault(self.person_key(record.name, record.organization), record)

    def find(self, email: str, person: tuple[str, str | None]) -> Any:
        found = self.by_email.get(email) if email else None
        return found if found is not None else self.by_person.get(person)


@dataclass(slots=True)
class _Known:
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


def _list_entries(session: Session, list_id: int) -> list[_Known]:
    from app.services.invitees import ENTRY_COLUMNS, entry_rows

    at = {name: i for i, name in enumerate(ENTRY_COLUMNS)}
    return [
        _Known(
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


def _workspace_contacts(
    session: Session, emails: set[str], people: set[tuple[str, str | None]], index: _Index
) -> None:
    """Add to ``index`` the workspace's contacts that match any wanted e-mail or person."""
    from sqlalchemy import select

    from app.models import Contact

    query = select(
        Contact.id,
        Contact.name,
        Contact.title,
        Contact.organization,
        Contact.country,
        Contact.category,
        Contact.email,
        Contact.phone,
    ).order_by(Contact.id)
    for row in session.execute(query.execution_options(yield_per=5000)):
        if (row.email and _key(row.email) in emails) or index.person_key(
            row.name, row.organization
        ) in people:
            index.add(_Known(*row))


def _row_values(table: InviteeTable, values: tuple[str, ...]) -> dict[str, str]:
    return dict(zip(table.fields, values, strict=True))


def _choice_error(row: int, what: str, text: str, enum: type) -> RowResult:
    return RowResult(
        row,
        ERROR,
        "",
        message=f"Row {row}: “{text}” is not a valid {what}. Use one of: "
        f"{accepted_words(enum)} (in English or Spanish).",
    )


def _evaluate(
    number: int, values: dict[str, str], known: _Known | None
) -> tuple[RowResult, _Write | None]:
    """Validate one row against what it matches (None: a new contact)."""
    from app.services import validate
    from app.services.contacts import clean_contact
    from app.services.errors import ValidationError

    name_shown = values.get("name", "").strip()
    status: InvitationStatus | None = None
    category: str | None = None
    status_text = values.get("status", "").strip()
    if status_text:
        found = read_choice(InvitationStatus, status_text)
        if found is None:
            return _choice_error(number, "status", status_text, InvitationStatus), None
        status = InvitationStatus(found)
    category_text = values.get("category", "").strip()
    if category_text:
        category = read_choice(ContactCategory, category_text)
        if category is None:
            return _choice_error(number, "category", category_text, ContactCategory), None
    merged: dict[str, Any] = {}
    if known is not None:
        merged = {f: getattr(known, f) for f in CONTACT_FIELDS}
    for f in CONTACT_FIELDS:
        if f in values and f != "category":
            merged[f] = values[f]
    if category is not None:
        merged["category"] = category
    try:
        clean = clean_contact(merged)
        role = validate.text("role", values["role"], max_length=200) if "role" in values else None
    except ValidationError as exc:
        return RowResult(number, ERROR, name_shown, message=f"Row {number}: {exc.message}"), None
    if known is None:
        write = _Write(number, None, None, clean, role or "", status or InvitationStatus.TO_INVITE)
        return RowResult(number, CREATE, clean["name"]), write
    changes: list[Change] = []
    contact_changes: dict[str, Any] = {}
    for f in CONTACT_FIELDS:
        old = getattr(known, f)
        if clean[f] != old and not (f == "email" and clean[f].casefold() == old.casefold()):
            contact_changes[f] = clean[f]
            changes.append(Change(f, _shown(f, old), _shown(f, clean[f])))
    if role is not None and known.entry_id is not None and role != known.role:
        changes.append(Change("role", known.role, role))
    else:
        role = None if known.entry_id is not None else role
    if status is not None and known.entry_id is not None and status != known.status:
        changes.append(Change("status", label(known.status), label(status)))
    elif known.entry_id is not None:
        status = None
    if known.entry_id is None:
        write = _Write(
            number,
            None,
            known.contact_id,
            contact_changes,
            role or "",
            status or InvitationStatus.TO_INVITE,
        )
        return RowResult(number, CREATE, clean["name"], tuple(changes)), write
    if not changes:
        return RowResult(number, UNCHANGED, clean["name"]), None
    write = _Write(number, known.entry_id, known.contact_id, contact_changes, role, status)
    return RowResult(number, UPDATE, clean["name"], tuple(changes)), write


def plan_import(
    session: Session,
    table: InviteeTable,
    list_name: str,
    *,
    progress: ProgressCallback | None = None,
) -> ImportPlan:
    """Work out, without writing, what importing ``table`` into the list would do."""
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
    )
    with_organization = "organization" in table.fields
    on_list = _Index(with_organization)
    entries = _list_entries(session, invitee_list.id) if invitee_list is not None else []
    for known in entries:
        on_list.add(known)
    claimed: dict[int, int] = {}  # id(matched record or row key) -> first row
    seen_keys: dict[Any, int] = {}
    pending: list[tuple[int, dict[str, str], str, tuple[str, str | None]]] = []
    total = len(table.rows)
    for done, (number, raw) in enumerate(table.rows, 1):
        if progress is not None and done % PROGRESS_EVERY == 0:
            progress(done, total)
        values = _row_values(table, raw)
        email = _key(values.get("email", ""))
        person = on_list.person_key(values.get("name", ""), values.get("organization", ""))
        duplicate = seen_keys.get(("email", email)) if email else None
        if duplicate is None and not email:
            duplicate = seen_keys.get(("person", person))
        if duplicate is not None:
            plan.results.append(
                RowResult(
                    number,
                    ERROR,
                    values.get("name", "").strip(),
                    message=f"Row {number}: the same person as row {duplicate} (same "
                    f"{'e-mail' if email else 'name and organisation'}). Keep one of the rows.",
                )
            )
            continue
        seen_keys[("email", email) if email else ("person", person)] = number
        known = on_list.find(email, person)
        if known is None:
            pending.append((number, values, email, person))
            continue
        first = claimed.get(id(known))
        if first is not None:
            plan.results.append(
                RowResult(
                    number,
                    ERROR,
                    values.get("name", "").strip(),
                    message=f"Row {number}: matches the same invitee as row {first} "
                    f"({known.name}). Keep one of the rows.",
                )
            )
            continue
        claimed[id(known)] = number
        _record(plan, *_evaluate(number, values, known))
    elsewhere = _Index(with_organization)
    if pending:
        _workspace_contacts(
            session, {p[2] for p in pending if p[2]}, {p[3] for p in pending}, elsewhere
        )
    for number, values, email, person in pending:
        known = elsewhere.find(email, person)
        if known is not None:
            first = claimed.get(id(known))
            if first is not None:
                plan.results.append(
                    RowResult(
                        number,
                        ERROR,
                        values.get("name", "").strip(),
                        message=f"Row {number}: the same person as row {first} "
                        f"({known.name}). Keep one of the rows.",
                    )
                )
                continue
            claimed[id(known)] = number
        _record(plan, *_evaluate(number, values, known))
    plan.results.sort(key=lambda r: r.row)
    plan._writes.sort(key=lambda w: w.row)
    matched = sum(1 for known in entries if id(known) in claimed)
    plan.untouched = len(entries) - matched
    if progress is not None:
        progress(total, total)
    return plan


def _record(plan: ImportPlan, result: RowResult, write: _Write | None) -> None:
    plan.results.append(result)
    if write is not None:
        plan._writes.append(write)


def _batches(items: list[Any], size: int = INSERT_BATCH) -> Iterable[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def apply_plan(
    session: Session, plan: ImportPlan, *, progress: ProgressCallback | None = None
) -> ImportPlan:
    """Write the plan in ``session`` (the caller's one transaction); refuse if any error.

    New contacts and entries are inserted in batches (one service call per row would
    take minutes for a list of 100,000); changes to existing contacts and entries go
    through the services, and status changes through ``set_statuses`` so each is dated.
    """
    from sqlalchemy import insert

    from app.models import Contact, ListEntry, StatusChange, utcnow
    from app.services.contacts import update_contact
    from app.services.invitees import create_list, find_list, set_statuses, update_entry

    if plan.errors:
        raise ImportRefused(plan)
    invitee_list = find_list(session, plan.list_name) or create_list(session, plan.list_name)
    creates = [w for w in plan._writes if w.entry_id is None]
    new_contacts = [w for w in creates if w.contact_id is None]
    updates = [w for w in plan._writes if w.entry_id is not None]
    total = len(new_contacts) + len(creates) + len(updates) + 1
    done = 0

    def tick(count: int) -> None:
        nonlocal done
        done += count
        if progress is not None:
            progress(min(done, total), total)

    new_ids: dict[int, int] = {}  # spreadsheet row -> id of the contact it created
    for batch in _batches(new_contacts):
        ids = session.scalars(
            insert(Contact).returning(Contact.id, sort_by_parameter_order=True),
            [{**w.contact, "version": 1} for w in batch],
        ).all()
        new_ids.update((w.row, contact_id) for w, contact_id in zip(batch, ids, strict=True))
        tick(len(batch))
    for write in plan._writes:
        if write.contact_id is not None and write.contact:
            update_contact(session, write.contact_id, write.contact)
    now = utcnow()
    for batch in _batches(creates):
        entry_ids = session.scalars(
            insert(ListEntry).returning(ListEntry.id, sort_by_parameter_order=True),
            [
                {
                    "list_id": invitee_list.id,
                    "contact_id": new_ids.get(w.row, w.contact_id),
                    "role": w.role or "",
                    "status": w.status,
                    "status_changed_at": now,
                    "version": 1,
                }
                for w in batch
            ],
        ).all()
        session.execute(
            insert(StatusChange),
            [
                {"entry_id": entry_id, "status": w.status, "changed_at": now}
                for w, entry_id in zip(batch, entry_ids, strict=True)
            ],
        )
        tick(len(batch))
    for write in updates:
        if write.role is not None:
            update_entry(session, write.entry_id, role=write.role)
    statuses = {w.entry_id: w.status for w in updates if w.status is not None}
    if statuses:
        set_statuses(session, statuses)
    tick(len(updates) + 1)
    session.flush()
    return plan


def _stage(progress: ProgressCallback | None, start: int, span: int) -> ProgressCallback | None:
    """Report a stage's (done, total) as a share of one bar of 1,000 steps."""
    if progress is None:
        return None

    def report(done: int, total: int) -> None:
        progress(start + (span * done) // max(total, 1), 1000)

    return report


def preview_workbook(
    workspace: Workspace,
    path: Path | str,
    list_name: str,
    sheet_name: str | None = None,
    *,
    progress: ProgressCallback | None = None,
) -> tuple[InviteeTable, ImportPlan]:
    """Read the workbook and work out what importing it would do; writes nothing."""
    table = read_invitee_table(path, list_name, sheet_name, progress=_stage(progress, 0, 600))
    with workspace.reading() as session:
        plan = plan_import(session, table, list_name, progress=_stage(progress, 600, 400))
    return table, plan


def import_table(
    workspace: Workspace,
    table: InviteeTable,
    list_name: str,
    *,
    progress: ProgressCallback | None = None,
) -> ImportPlan:
    """Plan again inside one write transaction and apply: all rows or none."""
    with workspace.writing() as session:
        plan = plan_import(session, table, list_name, progress=_stage(progress, 0, 300))
        return apply_plan(session, plan, progress=_stage(progress, 300, 700))


def import_workbook(
    workspace: Workspace,
    path: Path | str,
    list_name: str,
    sheet_name: str | None = None,
    *,
    progress: ProgressCallback | None = None,
) -> ImportPlan:
    """Read, check and import a workbook in one go (the command line's import)."""
    table = read_invitee_table(path, list_name, sheet_name, progress=_stage(progress, 0, 400))
    return import_table(workspace, table, list_name, progress=_stage(progress, 400, 600))


def describe_plan(plan: ImportPlan, *, limit: int = 20) -> list[str]:
    """Plain-English lines summing up a plan (the command line prints them)."""
    target = plan.list_name if plan.list_exists else f"{plan.list_name} (a new list)"
    lines = [
        f"Sheet “{plan.sheet}”, header on row {plan.header_row} → {target}",
        plan.summary(),
    ]
    if plan.ignored_headers:
        lines.append(f"Columns ignored: {', '.join(plan.ignored_headers)}")
    missing = [FIELD_LABELS[f] for f in (*CONTACT_FIELDS, "status", "role") if f not in plan.fields]
    if missing:
        lines.append(f"Not in the workbook, so left as they are: {', '.join(missing)}")
    shown = [r for r in plan.results if r.action in (CREATE, UPDATE)][:limit]
    for result in shown:
        verb = "add" if result.action == CREATE else "update"
        detail = "; ".join(c.describe() for c in result.changes)
        lines.append(
            f"  Row {result.row}: {verb} {result.name}" + (f": {detail}" if detail else "")
        )
    hidden = plan.count(CREATE) + plan.count(UPDATE) - len(shown)
    if hidden > 0:
        lines.append(f"  … and {hidden} more")
    if plan.untouched:
        lines.append(
            f"{plan.untouched} entries of the list are not in the workbook; "
            "they are left as they are."
        )
    return lines


def error_lines(plan: ImportPlan, *, limit: int = 20) -> list[str]:
    errors = plan.errors
    lines = [e.message for e in errors[:limit]]
    if len(errors) > limit:
        lines.append(f"… and {len(errors) - limit} more rows with errors")
    return lines


def changed_fields(results: Iterable[RowResult]) -> Mapping[str, int]:
    """How many rows change each field (for a one-line summary)."""
    counts: dict[str, int] = {}
    for result in results:
        for change in result.changes:
            counts[change.field] = counts.get(change.field, 0) + 1
    return counts
