"""Undoable edits of a meeting's record: attendance, decisions, actions, summary, quorum rule.

Meetings and contacts keep their ids (the record never deletes them); a deleted action
comes back under a new id, so actions are named by shared ``RowRef``s.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from app.services import actions, agenda, attendance, decisions, quorum, summary
from app.ui.common.context import AGENDA, DOCUMENTS, MANDATES, MEETINGS, WORKING_GROUP
from app.ui.common.row_refs import RowRef, row_refs
from app.ui.common.undo import ServiceCommand

if TYPE_CHECKING:
    from app.services.session import Session
    from app.ui.common.context import AppContext

#: The kinds of data the record touches: its views reload on these.
RECORD = frozenset({MEETINGS, AGENDA})
ACTION = "action"


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def set_presence(
    context: AppContext, meeting_id: int, presence: Mapping[int, bool], text: str
) -> ServiceCommand:
    """Mark contacts present or absent; undo puts back what each was."""
    wanted = dict(presence)

    def do(session: Session) -> dict[int, bool]:
        return attendance.set_present(session, meeting_id, wanted)

    def undo(session: Session, before: dict[int, bool]) -> None:
        attendance.set_present(session, meeting_id, before)

    return ServiceCommand(context, text, do, undo, RECORD)


def all_member_states_present(context: AppContext, meeting_id: int) -> ServiceCommand:
    def do(session: Session) -> dict[int, bool]:
        return attendance.mark_all_member_states_present(session, meeting_id)

    def undo(session: Session, before: dict[int, bool]) -> None:
        attendance.set_present(session, meeting_id, before)

    return ServiceCommand(context, _tr("Mark all member states present"), do, undo, RECORD)


def edit_attendance(
    context: AppContext, meeting_id: int, contact_id: int, changes: Mapping[str, Any], name: str
) -> ServiceCommand:
    """Change a contact's representative, title or credentials at a meeting."""
    wanted = dict(changes)

    def do(session: Session) -> dict[str, Any]:
        before = attendance.attendance_values(session, meeting_id, contact_id)
        attendance.set_attendance(session, meeting_id, contact_id, wanted)
        return before

    def undo(session: Session, before: dict[str, Any]) -> None:
        attendance.set_attendance(session, meeting_id, contact_id, before)

    return ServiceCommand(
        context, _tr("Change the attendance of {name}").format(name=name), do, undo, RECORD
    )


def record_decision(
    context: AppContext,
    item_id: int,
    changes: Mapping[str, Any],
    title: str,
    *,
    confirm_without_quorum: bool = False,
) -> ServiceCommand:
    """Record an item's outcome and decision; raises QuorumNotMetError (through ``push``)
    unless confirmed. Undo puts back the outcome as it was, without asking again."""
    wanted = dict(changes)

    def do(session: Session) -> dict[str, Any]:
        values = decisions.decision_values(session, item_id)
        before = {key: values[key] for key in wanted}
        agenda.update_item(session, item_id, wanted, confirm_without_quorum=confirm_without_quorum)
        return before

    def undo(session: Session, before: dict[str, Any]) -> None:
        agenda.update_item(session, item_id, before, confirm_without_quorum=True)

    return ServiceCommand(
        context, _tr("Record the decision on “{title}”").format(title=title), do, undo, RECORD
    )


def request_revision(
    context: AppContext, item_id: int, document_id: int, revision: int, note: str, symbol: str
) -> ServiceCommand:
    def do(session: Session) -> tuple[int, str] | None:
        before = next(
            (
                (r.revision, r.note)
                for r in decisions.revision_requests(session, document_id)
                if r.agenda_item_id == item_id
            ),
            None,
        )
        decisions.request_revision(session, item_id, document_id, revision, note)
        return before

    def undo(session: Session, before: tuple[int, str] | None) -> None:
        if before is None:
            decisions.withdraw_revision_request(session, item_id, document_id)
        else:
            decisions.request_revision(session, item_id, document_id, *before)

    return ServiceCommand(
        context,
        _tr("Request {symbol}").format(symbol=symbol),
        do,
        undo,
        RECORD | {DOCUMENTS},
    )


def add_action(context: AppContext, meeting_id: int, values: Mapping[str, Any]) -> ServiceCommand:
    refs = row_refs(context)
    fields = dict(values)
    made: list[RowRef] = []

    def do(session: Session) -> int:
        action = actions.add_action(session, meeting_id, **fields)
        if made:
            refs.recreated(made[0], action.id)
        else:
            made.append(refs.ref(ACTION, action.id))
        return action.id

    def undo(session: Session, _action_id: int) -> None:
        actions.delete_action(session, made[0].id)
        refs.deleted(made[0])

    return ServiceCommand(
        context, _tr("Add the action “{what}”").format(what=fields.get("description", "")),
        do, undo, RECORD | {MANDATES},
    )  # fmt: skip


def edit_action(
    context: AppContext, action_id: int, changes: Mapping[str, Any], version: int
) -> ServiceCommand:
    ref = row_refs(context).ref(ACTION, action_id)
    wanted = dict(changes)
    #: The version read when the edit began counts once; a redo follows the undo's version.
    first = [version]

    def do(session: Session) -> dict[str, Any]:
        before = actions.read_action_values(session, ref.id)
        actions.update_action(session, ref.id, wanted, version=first.pop() if first else None)
        return before

    def undo(session: Session, before: dict[str, Any]) -> None:
        actions.update_action(session, ref.id, before)

    return ServiceCommand(context, _tr("Edit an action"), do, undo, RECORD | {MANDATES})


def delete_action(context: AppContext, action_id: int, meeting_id: int) -> ServiceCommand:
    refs = row_refs(context)
    ref = refs.ref(ACTION, action_id)

    def do(session: Session) -> dict[str, Any]:
        values = actions.read_action_values(session, ref.id)
        actions.delete_action(session, ref.id)
        refs.deleted(ref)
        return values

    def undo(session: Session, values: dict[str, Any]) -> None:
        restored = actions.add_action(session, meeting_id, **values)
        refs.recreated(ref, restored.id)

    return ServiceCommand(context, _tr("Delete an action"), do, undo, RECORD | {MANDATES})


def turn_into_item(
    context: AppContext, action_id: int, meeting_id: int, description: str
) -> ServiceCommand:
    """Put an open action of an earlier meeting on this meeting's agenda."""
    ref = row_refs(context).ref(ACTION, action_id)

    def do(session: Session) -> int:
        return actions.turn_into_item(session, ref.id, meeting_id).id

    def undo(session: Session, item_id: int) -> None:
        agenda.delete_item(session, item_id)

    return ServiceCommand(
        context,
        _tr("Put “{what}” on the agenda").format(what=description),
        do,
        undo,
        RECORD,
    )


def _summary_command(
    context: AppContext, meeting_id: int, text: str, change: Any
) -> ServiceCommand:
    def do(session: Session) -> summary.SummaryState | None:
        before = summary.summary_state(session, meeting_id)
        change(session)
        return before

    def undo(session: Session, before: summary.SummaryState | None) -> None:
        summary.restore_summary_state(session, meeting_id, before)

    return ServiceCommand(context, text, do, undo, {MEETINGS})


def save_summary(context: AppContext, meeting_id: int, text: str) -> ServiceCommand:
    return _summary_command(
        context,
        meeting_id,
        _tr("Edit the summary"),
        lambda session: summary.save_summary_text(session, meeting_id, text),
    )


def regenerate_summary(
    context: AppContext, meeting_id: int, *, replace_edited: bool
) -> ServiceCommand:
    return _summary_command(
        context,
        meeting_id,
        _tr("Regenerate the summary from the record"),
        lambda session: summary.regenerate_summary(
            session, meeting_id, replace_edited=replace_edited
        ),
    )


def set_quorum_rule(
    context: AppContext, rule: str, fixed_number: int | None, member_states_total: int
) -> ServiceCommand:
    def do(session: Session) -> quorum.QuorumSettings:
        before = quorum.quorum_settings(session)
        quorum.set_quorum_rule(
            session, rule, fixed_number=fixed_number, member_states_total=member_states_total
        )
        return before

    def undo(session: Session, before: quorum.QuorumSettings) -> None:
        quorum.set_quorum_rule(
            session,
            before.rule,
            fixed_number=before.fixed_number,
            member_states_total=before.member_states_total,
        )

    return ServiceCommand(
        context, _tr("Change the quorum rule"), do, undo, RECORD | {WORKING_GROUP}
    )
