"""An invitee list (.xlsx, .csv, .ods) back into a list: a preview, then all or nothing.

:mod:`app.exchange.xlsx_reader` finds the sheet and its header, :mod:`app.exchange.xlsx_plan`
works out and validates every row's change as the rows stream by; this module writes
them, in batches, inside the caller's one transaction, and refuses (so the transaction
rolls back whole) when any row has an error or the plan is not the one previewed.
Entries of the list that the file does not mention are left as they are, or removed
when asked (``remove_missing``).
"""

from __future__ import annotations

from collections.abc import Callable
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.exchange.clean_text import shortened
from app.exchange.import_plan import (
    CONTACT_FIELDS,
    CREATE,
    ERROR,
    UNCHANGED,
    UPDATE,
    Change,
    ImportPlan,
    ImportRefused,
    MissingEntry,
    RowResult,
    RowWrite,
)
from app.exchange.xlsx_bulk import collector_paused
from app.exchange.xlsx_labels import FIELD_LABELS
from app.exchange.xlsx_plan import plan_import
from app.exchange.xlsx_reader import InviteeTable, read_invitee_table
from app.exchange.xlsx_safety import WorkbookError
from app.messages import Messages

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
    "MissingEntry",
    "RowResult",
    "describe_plan",
    "error_lines",
    "import_table",
    "import_workbook",
    "plan_import",
    "preview_workbook",
    "write_import",
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


class _BatchWriter:
    """Receives the plan's writes one by one and writes them in batches.

    New contacts and entries are inserted a batch at a time (one service call per row
    would take minutes for 100,000 rows); changes to existing contacts and entries go
    through the services, and status changes through ``set_statuses`` so each is dated.
    """

    def __init__(self, session: Session, list_name: str) -> None:
        from app.models import utcnow

        self.session = session
        self.list_name = list_name
        self.list_id: int | None = None
        self.now = utcnow()
        self.adding: list[RowWrite] = []
        self.statuses: dict[int, Any] = {}
        self.values = itemgetter(*NEW_CONTACT_COLUMNS)

    def __call__(self, write: RowWrite) -> None:
        from app.services.contacts import update_contact
        from app.services.invitees import update_entry

        if write.entry_id is None:
            self.adding.append(write)
            if len(self.adding) >= INSERT_BATCH:
                self.flush()
            return
        if write.contact_id is not None and write.contact:
            update_contact(self.session, write.contact_id, write.contact)
        if write.role is not None:
            update_entry(self.session, write.entry_id, role=write.role)
        if write.status is not None:
            self.statuses[write.entry_id] = write.status

    def _list(self) -> int:
        from app.services.invitees import create_list, find_list

        if self.list_id is None:
            found = find_list(self.session, self.list_name) or create_list(
                self.session, self.list_name
            )
            self.list_id = found.id
        return self.list_id

    def flush(self) -> None:
        from app.exchange.xlsx_bulk import insert_rows
        from app.models import Contact, ListEntry, StatusChange
        from app.services.contacts import update_contact

        batch, self.adding = self.adding, []
        list_id = self._list()
        if not batch:
            return
        fresh = [w for w in batch if w.contact_id is None]
        ids = insert_rows(
            self.session,
            Contact.__table__,
            NEW_CONTACT_COLUMNS,
            [self.values(w.contact) for w in fresh],
            {"version": 1},
        )
        created = {w.row: contact_id for w, contact_id in zip(fresh, ids, strict=True)}
        for write in batch:
            if write.contact_id is not None and write.contact:
                update_contact(self.session, write.contact_id, write.contact)
        entry_ids = insert_rows(
            self.session,
            ListEntry.__table__,
            ("contact_id", "role", "status"),
            [(created.get(w.row, w.contact_id), w.role or "", w.status) for w in batch],
            {"list_id": list_id, "status_changed_at": self.now, "version": 1},
        )
        insert_rows(
            self.session,
            StatusChange.__table__,
            ("entry_id", "status"),
            [(entry_id, w.status) for w, entry_id in zip(batch, entry_ids, strict=True)],
            {"changed_at": self.now},
        )

    def finish(self, plan: ImportPlan) -> None:
        from app.services.invitees import remove_entry, set_statuses

        self.flush()
        if self.statuses:
            set_statuses(self.session, self.statuses)
        if plan.remove_missing:
            for missing in plan.missing:
                remove_entry(self.session, missing.entry_id)
        self.session.flush()


@collector_paused()
def write_import(
    session: Session,
    table: InviteeTable,
    list_name: str,
    *,
    remove_missing: bool = False,
    previewed: ImportPlan | None = None,
    progress: ProgressCallback | None = None,
) -> ImportPlan:
    """Plan and write ``table`` in ``session`` (the caller's one transaction).

    Raises :class:`ImportRefused` when a row has an error, and :class:`WorkbookError`
    when ``previewed`` (the plan a person approved) is not what would be written now;
    the caller's transaction then rolls back whatever was written.
    """
    writer = _BatchWriter(session, list_name.strip())
    plan = plan_import(
        session,
        table,
        list_name,
        sink=writer,
        remove_missing=remove_missing,
        progress=_share(progress, 0, 900),
    )
    if plan.count(ERROR):
        raise ImportRefused(plan)
    if previewed is not None and not plan.same_as(previewed):
        raise WorkbookError(
            Messages.tr(
                "The list “{name}” or the file changed since the preview (in another "
                "window?), so nothing was imported. Import the file again to see the new "
                "preview.",
                name=plan.list_name,
            )
        )
    writer.finish(plan)
    if progress is not None:
        progress(1000, 1000)
    return plan


def _share(progress: ProgressCallback | None, start: int, span: int) -> ProgressCallback | None:
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
    remove_missing: bool = False,
    progress: ProgressCallback | None = None,
) -> tuple[InviteeTable, ImportPlan]:
    """Read the file and work out what importing it would do; writes nothing."""
    table = read_invitee_table(path, list_name, sheet_name)
    with workspace.reading() as session:
        plan = plan_import(
            session, table, list_name, remove_missing=remove_missing, progress=progress
        )
    return table, plan


def import_table(
    workspace: Workspace,
    table: InviteeTable,
    list_name: str,
    *,
    previewed: ImportPlan | None = None,
    remove_missing: bool | None = None,
    progress: ProgressCallback | None = None,
) -> ImportPlan:
    """Plan again inside one write transaction and write: all rows or none.

    With ``previewed`` (the plan a person approved), nothing is written if the list or
    the file changed since in a way that changes the plan (an edit in another window).
    """
    if remove_missing is None:
        remove_missing = previewed.remove_missing if previewed is not None else False
    with workspace.writing() as session:
        return write_import(
            session,
            table,
            list_name,
            remove_missing=remove_missing,
            previewed=previewed,
            progress=progress,
        )


def import_workbook(
    workspace: Workspace,
    path: Path | str,
    list_name: str,
    sheet_name: str | None = None,
    *,
    remove_missing: bool = False,
    progress: ProgressCallback | None = None,
) -> ImportPlan:
    """Read, check and import a file in one go."""
    table = read_invitee_table(path, list_name, sheet_name)
    return import_table(
        workspace, table, list_name, remove_missing=remove_missing, progress=progress
    )


def describe_plan(plan: ImportPlan, *, limit: int = 20) -> list[str]:
    """Plain-English lines summing up a plan (the command line prints them)."""
    target = plan.list_name if plan.list_exists else f"{plan.list_name} (a new list)"
    lines = [
        f"Sheet “{shortened(plan.sheet, 40)}”, header on row {plan.header_row} → "
        f"{shortened(target, 80)}" + (f" ({plan.note})" if plan.note else ""),
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
            f"  Row {result.row}: {verb} {shortened(result.name, 80)}"
            + (f": {shortened(detail, 200)}" if detail else "")
        )
    hidden = plan.count(CREATE) + plan.count(UPDATE) - len(shown)
    if hidden > 0:
        lines.append(f"  … and {hidden} more")
    for number, why in plan.skipped[:limit]:
        lines.append(f"  Row {number} skipped: {why}")
    if plan.skipped_count > min(len(plan.skipped), limit):
        lines.append(f"  … and {plan.skipped_count - min(len(plan.skipped), limit)} more skipped")
    if plan.missing:
        what = "removed from the list" if plan.remove_missing else "left as they are"
        lines.append(
            f"{len(plan.missing)} entries of the list are not in the workbook; they are {what}"
            + ("" if plan.remove_missing else " (--remove-missing removes them)")
            + ":"
        )
        lines.extend(f"  {missing.describe()}" for missing in plan.missing[:limit])
        if len(plan.missing) > limit:
            lines.append(f"  … and {len(plan.missing) - limit} more")
    return lines


def error_lines(plan: ImportPlan, *, limit: int = 20) -> list[str]:
    errors = plan.errors
    lines = [shortened(e.message, 300) for e in errors[:limit]]
    if plan.count(ERROR) > limit:
        lines.append(f"… and {plan.count(ERROR) - limit} more rows with errors")
    return lines
