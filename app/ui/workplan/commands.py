"""Undoable edits of the work plan's mandates.

Mandates, and the meetings and documents they link to, are named by shared
``RowRef``s: undoing a deletion recreates a row under a new id, and every command
on the stack that names it must follow.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from app.models.localized import LANGUAGES
from app.services import mandates
from app.services.errors import ConflictError
from app.services.mandates import MandateRow
from app.ui.common.context import MANDATES
from app.ui.common.row_refs import DOCUMENT, MANDATE, MEETING, RowRef, RowRefs, row_refs
from app.ui.common.undo import ServiceCommand

if TYPE_CHECKING:
    from app.services.session import Session
    from app.ui.common.context import AppContext

LINK_KINDS = {"meeting_ids": MEETING, "document_ids": DOCUMENT}
#: Words the linked meetings or documents of a cell, as the table shows them.
DescribeLinks = Callable[[Sequence[int]], str]


def _tr(text: str) -> str:
    # lupdate files a module-level tr() under the empty context (tools/update_translations.py).
    return QCoreApplication.translate("", text)


def _row(session: Session, mandate_id: int) -> MandateRow:
    mandates.mandate_position(session, mandate_id)  # NotFoundError if it is gone
    return next(m for m in mandates.list_mandates(session) if m.id == mandate_id)


def _values(session: Session, mandate_id: int) -> dict[str, Any]:
    values = mandates.read_mandate_values(session, mandate_id)
    filled = values["translations"]
    # A translation absent before must be removed again by undo, not kept.
    values["translations"] = {code: filled.get(code, "") for code in LANGUAGES}
    return values


def _link_refs(refs: RowRefs, field: str, ids: Sequence[int]) -> list[RowRef]:
    return [refs.ref(LINK_KINDS[field], i) for i in ids]


def add_mandate(context: AppContext, values: Mapping[str, Any]) -> ServiceCommand:
    refs = row_refs(context)
    fields = dict(values)
    links = {key: _link_refs(refs, key, fields.pop(key)) for key in LINK_KINDS if key in fields}
    made: list[RowRef] = []
    left: list[int] = []

    def do(session: Session) -> int:
        mandate = mandates.add_mandate(session, **fields)
        if links:
            mandate = mandates.set_links(
                session, mandate.id, **{k: [r.id for r in v] for k, v in links.items()}
            )
        if made:
            refs.recreated(made[0], mandate.id)
        else:
            made.append(refs.ref(MANDATE, mandate.id))
        left[:] = [mandate.version]
        return mandate.id

    def undo(session: Session, _mandate_id: int) -> None:
        # Taking the mandate away would take with it what someone changed in it since.
        mandates.delete_mandate(session, made[0].id, expected_version=left[0])
        refs.deleted(made[0])

    return ServiceCommand(
        context,
        _tr("Add mandate of {resolution}").format(resolution=fields.get("resolution", "")),
        do=do,
        undo=undo,
        kinds={MANDATES},
        done=_tr("Mandate of {resolution} added.").format(resolution=fields.get("resolution", "")),
    )


def edit_mandate(
    context: AppContext,
    mandate_id: int,
    field: str,
    value: Any,
    *,
    language: str | None = None,
    opened_at: int | None = None,
    describe_links: DescribeLinks | None = None,
) -> ServiceCommand:
    """Change one cell of the work plan: a field, or the linked meetings or documents.

    ``language`` is the language the table shows: text edited while a translation is
    shown changes that translation, not the original. ``opened_at`` is the mandate's
    version when its row was shown; undo and redo save against the version the step
    before left, so none of them overwrites a change someone else made meanwhile. On a
    conflict, the other person's value of the cell is put in the ConflictError as the
    cell shows it (``describe_links`` words linked meetings or documents).
    """
    ref = row_refs(context).ref(MANDATE, mandate_id)
    if field in LINK_KINDS:
        return _set_links(context, ref, field, list(value), opened_at, describe_links)
    before: dict[str, Any] = {}
    expected = [opened_at]

    def do(session: Session) -> int:
        values = _values(session, ref.id)
        before.clear()
        translating = field == "text" and language and language != values["text_language"]
        if translating:
            before["translations"] = {language: values["translations"][language]}
            changes: dict[str, Any] = {"translations": {language: value}}
        else:
            before[field] = values[field]
            changes = {field: value}
        try:
            saved = mandates.update_mandate(session, ref.id, changes, expected_version=expected[0])
        except ConflictError as conflict:
            if translating and conflict.current:
                # The cell shows the translation: compare it, not the original.
                conflict.current["text"] = conflict.current["translations"].get(language, "")
            raise
        expected[0] = saved.version
        return ref.id

    def undo(session: Session, _mandate_id: int) -> None:
        restored = mandates.update_mandate(session, ref.id, before, expected_version=expected[0])
        expected[0] = restored.version

    return ServiceCommand(
        context,
        _tr("Edit {what} of a mandate").format(what=_field_label(field)),
        do=do,
        undo=undo,
        kinds={MANDATES},
        done=_tr("The {what} of a mandate changed.").format(what=_field_label(field)),
    )


def _field_label(field: str) -> str:
    labels = {
        "resolution": _tr("resolution"),
        "text": _tr("text"),
        "area_responsible": _tr("area responsible"),
        "status": _tr("status"),
        "due_date": _tr("due date"),
        "meeting_ids": _tr("meetings"),
        "document_ids": _tr("documents"),
    }
    return labels.get(field, field.replace("_", " "))


def _set_links(
    context: AppContext,
    ref: RowRef,
    field: str,
    ids: Sequence[int],
    opened_at: int | None,
    describe_links: DescribeLinks | None,
) -> ServiceCommand:
    refs = row_refs(context)
    after = _link_refs(refs, field, ids)
    before: list[RowRef] = []
    expected = [opened_at]

    def link(session: Session, to: list[RowRef]) -> None:
        saved = mandates.set_links(
            session, ref.id, **{field: [r.id for r in to]}, expected_version=expected[0]
        )
        expected[0] = saved.version

    def do(session: Session) -> int:
        row = _row(session, ref.id)
        current = row.meeting_ids if field == "meeting_ids" else row.document_ids
        before[:] = _link_refs(refs, field, current)
        try:
            link(session, after)
        except ConflictError as conflict:
            if describe_links is not None and conflict.current:
                conflict.current[field] = describe_links(current)
            raise
        return ref.id

    return ServiceCommand(
        context,
        _tr("Edit {what} of a mandate").format(what=_field_label(field)),
        do=do,
        undo=lambda s, _: link(s, before),
        kinds={MANDATES},
        done=_tr("The {what} of a mandate changed.").format(what=_field_label(field)),
    )


@dataclass(frozen=True)
class _DeletedMandate:
    """What undo needs to put a deleted mandate back where it was, with its links."""

    position: int
    values: dict[str, Any]
    meetings: list[RowRef]
    documents: list[RowRef]


def delete_mandate(context: AppContext, mandate_id: int) -> ServiceCommand:
    """Delete a mandate; undo puts it back at its place in the work plan, with its links."""
    refs = row_refs(context)
    ref = refs.ref(MANDATE, mandate_id)

    def do(session: Session) -> _DeletedMandate:
        position = mandates.mandate_position(session, ref.id)
        values = _values(session, ref.id)
        row = _row(session, ref.id)
        mandates.delete_mandate(session, ref.id)
        refs.deleted(ref)
        return _DeletedMandate(
            position,
            values,
            _link_refs(refs, "meeting_ids", row.meeting_ids),
            _link_refs(refs, "document_ids", row.document_ids),
        )

    def undo(session: Session, saved: _DeletedMandate) -> None:
        values = dict(saved.values)
        values["translations"] = {k: v for k, v in values["translations"].items() if v}
        # Another window may have shortened the plan meanwhile: then it goes last.
        position = min(saved.position, len(mandates.list_mandates(session)) + 1)
        mandate = mandates.add_mandate(
            session,
            resolution=values.pop("resolution"),
            text=values.pop("text"),
            position=position,
            **values,
        )
        mandates.set_links(
            session,
            mandate.id,
            meeting_ids=[r.id for r in saved.meetings],
            document_ids=[r.id for r in saved.documents],
        )
        refs.recreated(ref, mandate.id)

    return ServiceCommand(
        context,
        _tr("Delete mandate"),
        do=do,
        undo=undo,
        kinds={MANDATES},
        done=_tr("Mandate deleted."),
    )
