"""An invitee workbook back into a list: a preview of every change, then all or nothing.

:mod:`app.exchange.xlsx_reader` reads the sheet (after the safety checks),
:mod:`app.exchange.xlsx_plan` works out and validates every row's change; this module
applies a plan, writing nothing when any row has an error and otherwise everything in
the caller's one transaction. Entries of the list that the workbook does not mention
are left as they are.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.exchange.xlsx_bulk import collector_paused
from app.exchange.xlsx_labels import FIELD_LABELS
from app.exchange.xlsx_plan import (
    CONTACT_FIELDS,
    CREATE,
    ERROR,
    UNCHANGED,
    UPDATE,
    Change,
    ImportPlan,
    ImportRefused,
    RowResult,
    plan_import,
)
from app.exchange.xlsx_reader import InviteeTable, read_invitee_table
from app.exchange.xlsx_safety import WorkbookError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.store import Workspace

__all__ = [
    "CREATE",
    "ERROR",
    "UNCHANGED",
    "UPDATE",
    "Change",
    "ImportPlan",
    "ImportRefused",
    "RowResult",
    "apply_plan",
    "describe_plan",
    "error_lines",
    "import_table",
    "import_workbook",
    "plan_import",
    "preview_workbook",
]

#: The values ``clean_contact`` returns, all stored for a new contact.
NEW_CONTACT_COLUMNS = (
    "honorific",
    *CONTACT_FIELDS,
    "preferred_language",
    "notes",
    "search_text",
)
INSERT_BATCH = 5000

ProgressCallback = Callable[[int, int], None]


def _batches(items: list[Any], size: int = INSERT_BATCH) -> Iterable[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


@collector_paused()
def apply_plan(
    session: Session, plan: ImportPlan, *, progress: ProgressCallback | None = None
) -> ImportPlan:
    """Write the plan in ``session`` (the caller's one transaction); refuse if any error.

    New contacts and entries are inserted in batches (one service call per row would
    take minutes for a list of 100,000); changes to existing contacts and entries go
    through the services, and status changes through ``set_statuses`` so each is dated.
    """
    from app.exchange.xlsx_bulk import insert_rows
    from app.models import Contact, ListEntry, StatusChange, utcnow
    from app.services.contacts import update_contact
    from app.services.invitees import create_list, find_list, set_statuses, update_entry

    if plan.errors:
        raise ImportRefused(plan)
    invitee_list = find_list(session, plan.list_name) or create_list(session, plan.list_name)
    creates = [w for w in plan.writes if w.entry_id is None]
    new_contacts = [w for w in creates if w.contact_id is None]
    updates = [w for w in plan.writes if w.entry_id is not None]
    total = len(new_contacts) + len(creates) + len(updates) + 1
    done = 0

    def tick(count: int) -> None:
        nonlocal done
        done += count
        if progress is not None:
            progress(min(done, total), total)

    contact_values = itemgetter(*NEW_CONTACT_COLUMNS)
    new_ids: dict[int, int] = {}  # spreadsheet row -> id of the contact it created
    for batch in _batches(new_contacts):
        ids = insert_rows(
            session,
            Contact.__table__,
            NEW_CONTACT_COLUMNS,
            [contact_values(w.contact) for w in batch],
            {"version": 1},
        )
        new_ids.update((w.row, contact_id) for w, contact_id in zip(batch, ids, strict=True))
        tick(len(batch))
    for write in plan.writes:
        if write.contact_id is not None and write.contact:
            update_contact(session, write.contact_id, write.contact)
    now = utcnow()
    for batch in _batches(creates):
        entry_ids = insert_rows(
            session,
            ListEntry.__table__,
            ("contact_id", "role", "status"),
            [(new_ids.get(w.row, w.contact_id), w.role or "", w.status) for w in batch],
            {"list_id": invitee_list.id, "status_changed_at": now, "version": 1},
        )
        insert_rows(
            session,
            StatusChange.__table__,
            ("entry_id", "status"),
            [(entry_id, w.status) for w, entry_id in zip(batch, entry_ids, strict=True)],
            {"changed_at": now},
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
    previewed: ImportPlan | None = None,
    progress: ProgressCallback | None = None,
) -> ImportPlan:
    """Plan again inside one write transaction and apply: all rows or none.

    With ``previewed`` (the plan a person approved), nothing is written if the list
    changed since in a way that changes the plan (an edit in another window).
    """
    with workspace.writing() as session:
        plan = plan_import(session, table, list_name, progress=_stage(progress, 0, 300))
        if previewed is not None and (
            plan.results != previewed.results or plan.untouched != previewed.untouched
        ):
            raise WorkbookError(
                f"The list “{plan.list_name}” changed since the preview (in another window?), "
                "so nothing was imported. Import the workbook again to see the new preview."
            )
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
