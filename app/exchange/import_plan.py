"""What an invitee import would do, row by row: the plan the preview shows and the import
applies (each row's result and write, the entries no row matched), and the refusal of a
workbook with errors."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.exchange.xlsx_labels import FIELD_LABELS
from app.exchange.xlsx_safety import WorkbookError
from app.messages import Message, Messages
from app.models import InvitationStatus
from app.services.contacts import SHEET_FIELDS

CONTACT_FIELDS = SHEET_FIELDS
CREATE, UPDATE, UNCHANGED, ERROR = "create", "update", "unchanged", "error"
#: Results of each kind a plan keeps for the preview (it counts them all).
KEPT_RESULTS = 2000


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
    #: Why the row cannot be imported (for an error), without the row's number.
    problem: Message | None = None

    @property
    def explanation(self) -> Message | None:
        """ "Row 7: ..." (None when the row has no problem)."""
        if self.problem is None:
            return None
        return Messages.tr("Row {row}: {problem}", row=self.row, problem=self.problem)

    @property
    def message(self) -> str:
        """The row's problem in English, "Row 7: ..." ("" when it has none)."""
        return str(self.explanation or "")


@dataclass(slots=True)
class RowWrite:
    """What applying one added or updated row writes."""

    row: int
    #: The list entry to update; None adds an entry.
    entry_id: int | None
    #: The existing contact; None creates one from ``contact``.
    contact_id: int | None
    #: All clean values of a new contact, or only the changed fields of an existing one.
    contact: dict[str, Any]
    #: The entry's role and status to set; None leaves an existing entry's as they are.
    role: str | None
    status: InvitationStatus | None


@dataclass(frozen=True, slots=True)
class MissingEntry:
    """An entry of the list that no row of the sheet matched."""

    entry_id: int
    name: str
    organization: str

    def describe(self) -> str:
        from app.exchange.clean_text import shortened

        who = shortened(self.name, 80)
        if self.organization and self.organization.casefold() != self.name.casefold():
            who += f" ({shortened(self.organization, 60)})"
        return f"{who}: in the list, not in the workbook"


@dataclass
class ImportPlan:
    """The preview of an import: counts of every kind, the first results, what is missing."""

    list_name: str
    list_exists: bool
    sheet: str
    header_row: int
    fields: tuple[str, ...]
    ignored_headers: tuple[str, ...]
    #: The first KEPT_RESULTS results of each kind, in row order.
    results: list[RowResult] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    #: Entries of the list that no row of the workbook matched.
    missing: list[MissingEntry] = field(default_factory=list)
    #: Whether the missing entries are removed from the list by this import.
    remove_missing: bool = False
    #: How the file was read (a CSV's encoding) and the rows left out, for the preview.
    note: str = ""
    skipped: list[tuple[int, str]] = field(default_factory=list)
    skipped_count: int = 0
    #: A digest of every row's result: two plans with the same one would write the same.
    fingerprint: str = ""

    def count(self, action: str) -> int:
        return self.counts.get(action, 0)

    @property
    def untouched(self) -> int:
        return len(self.missing)

    @property
    def errors(self) -> list[RowResult]:
        return [r for r in self.results if r.action == ERROR]

    def summary(self) -> str:
        return str(self.summary_message())

    def summary_message(self) -> Message:
        """ "3 to add, 1 to update, 40 unchanged, 0 with errors" (and how many to remove)."""
        counts = {
            "add": self.count(CREATE),
            "update": self.count(UPDATE),
            "unchanged": self.count(UNCHANGED),
            "errors": self.count(ERROR),
        }
        if self.remove_missing and self.missing:
            return Messages.tr(
                "{add} to add, {update} to update, {unchanged} unchanged, {remove} to remove, "
                "{errors} with errors",
                remove=len(self.missing),
                **counts,
            )
        return Messages.tr(
            "{add} to add, {update} to update, {unchanged} unchanged, {errors} with errors",
            **counts,
        )

    def same_as(self, other: ImportPlan) -> bool:
        """True when applying ``self`` writes what ``other`` (a preview) said it would."""
        return self.fingerprint == other.fingerprint and self.missing == other.missing


class ImportRefused(WorkbookError):
    """Some rows have errors, so nothing was written."""

    def __init__(self, plan: ImportPlan) -> None:
        errors = plan.errors
        total = plan.count(ERROR)
        shown = Message.joined(e.explanation for e in errors[:3] if e.explanation)
        if total > 3:
            super().__init__(
                Messages.tr(
                    "{total} row(s) of the workbook have errors, so nothing was imported: "
                    "{rows} (and {more} more) Correct the workbook and import it again.",
                    total=total,
                    rows=shown,
                    more=total - 3,
                )
            )
        else:
            super().__init__(
                Messages.tr(
                    "{total} row(s) of the workbook have errors, so nothing was imported: "
                    "{rows} Correct the workbook and import it again.",
                    total=total,
                    rows=shown,
                )
            )
        self.plan = plan
