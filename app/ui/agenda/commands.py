"""Undoable edits of agenda items: add, edit, delete, move, defer, outcome, documents.

Services are imported where they are used, so that opening the window does not load
the ORM before the first paint.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from app.ui.common.context import AGENDA, DOCUMENTS
from app.ui.common.item_snapshots import (
    ItemSnapshot,
    item_position,
    read_item_links,
    read_item_values,
    restore_item,
    snapshot_item,
)
from app.ui.common.row_refs import ITEM, RowRef, row_refs
from app.ui.common.undo import ServiceCommand, restoring

if TYPE_CHECKING:
    from app.services.session import Session
    from app.ui.common.context import AppContext

#: Item edits also change what the documents page says about where documents were considered.
ITEM_KINDS = frozenset({AGENDA, DOCUMENTS})


def _tr(text: str) -> str:
    # lupdate files a module-level tr() under the empty context (tools/update_translations.py).
    return QCoreApplication.translate("", text)


class AddItem(ServiceCommand):
    """Add an item at the end of a meeting's agenda; its result is the new item's id."""

    def __init__(self, context: AppContext, meeting: RowRef, values: Mapping[str, Any]) -> None:
        super().__init__(
            context,
            _tr("Add agenda item “{title}”").format(title=values.get("title", "")),
            self._add,
            self._remove,
            ITEM_KINDS,
            _tr("Agenda item “{title}” added.").format(title=values.get("title", "")),
        )
        self.refs = row_refs(context)
        self.meeting = meeting
        self.values = dict(values)
        self.item: RowRef | None = None
        #: Taken on undo, so that redo brings back the same item (and its later edits' ref).
        self.snapshot: ItemSnapshot | None = None

    def _add(self, session: Session) -> int:
        if self.snapshot is not None:
            return restore_item(session, self.refs, self.snapshot)
        from app.services import agenda

        values = dict(self.values)
        item = agenda.add_item(session, self.meeting.id, title=values.pop("title"), **values)
        self.item = self.refs.ref(ITEM, item.id)
        return item.id

    def _remove(self, session: Session, _result: object) -> None:
        from app.services import agenda

        assert self.item is not None
        self.snapshot = snapshot_item(session, self.item, self.meeting)
        agenda.delete_item(session, self.item.id)
        self.refs.deleted(self.item)


class EditItem(ServiceCommand):
    """Save the dialog's values against ``opened_at``, the item's version when the dialog
    opened; undo and redo save against the version the previous step left, so neither
    overwrites a change someone else made after it (see ``EditMeeting``)."""

    def __init__(
        self,
        context: AppContext,
        item: RowRef,
        changes: Mapping[str, Any],
        opened_at: int | None = None,
    ) -> None:
        super().__init__(
            context,
            _tr("Edit agenda item “{title}”").format(title=changes.get("title", "")),
            self._edit,
            self._restore,
            ITEM_KINDS,
            _tr("Agenda item “{title}” changed.").format(title=changes.get("title", "")),
        )
        self.item = item
        self.changes = dict(changes)
        self.before: dict[str, Any] = {}
        self.expected = opened_at

    def _edit(self, session: Session) -> int:
        from app.services import agenda

        self.before = read_item_values(session, self.item.id)
        saved = agenda.update_item(
            session, self.item.id, self.changes, expected_version=self.expected
        )
        self.expected = saved.version
        return self.item.id

    def _restore(self, session: Session, _result: object) -> None:
        from app.services import agenda

        # Undo puts back what was recorded; it never asks about the quorum again.
        restored = agenda.update_item(
            session,
            self.item.id,
            restoring(self.before),
            confirm_without_quorum=True,
            expected_version=self.expected,
        )
        self.expected = restored.version


class RecordOutcome(ServiceCommand):
    """Record an item's outcome; without quorum it raises QuorumNotMetError (through
    ``push``) unless ``confirm_without_quorum``, and the outcome is then flagged."""

    def __init__(
        self,
        context: AppContext,
        item: RowRef,
        title: str,
        status: str,
        decision: str,
        *,
        confirm_without_quorum: bool = False,
    ) -> None:
        super().__init__(
            context,
            _tr("Record outcome of “{title}”").format(title=title),
            self._record,
            self._restore,
            ITEM_KINDS,
            _tr("Outcome of “{title}” recorded.").format(title=title),
        )
        self.item = item
        self.status = status
        self.decision = decision
        self.confirm_without_quorum = confirm_without_quorum
        self.before: dict[str, Any] = {}

    def _record(self, session: Session) -> int:
        from app.services import agenda

        values = read_item_values(session, self.item.id)
        self.before = {"status": values["status"], "decision": values["decision"]}
        agenda.record_outcome(
            session,
            self.item.id,
            self.status,
            self.decision,
            confirm_without_quorum=self.confirm_without_quorum,
        )
        return self.item.id

    def _restore(self, session: Session, _result: object) -> None:
        from app.services import agenda

        agenda.update_item(session, self.item.id, self.before, confirm_without_quorum=True)


class DeleteItem(ServiceCommand):
    def __init__(self, context: AppContext, item: RowRef, meeting: RowRef, title: str) -> None:
        super().__init__(
            context,
            _tr("Delete agenda item “{title}”").format(title=title),
            self._delete,
            self._restore,
            ITEM_KINDS,
            _tr("Agenda item “{title}” deleted.").format(title=title),
        )
        self.refs = row_refs(context)
        self.item = item
        self.meeting = meeting
        self.snapshot: ItemSnapshot | None = None

    def _delete(self, session: Session) -> int:
        from app.services import agenda

        self.snapshot = snapshot_item(session, self.item, self.meeting)
        deleted = self.item.id
        agenda.delete_item(session, deleted)
        self.refs.deleted(self.item)
        return deleted

    def _restore(self, session: Session, _result: object) -> None:
        assert self.snapshot is not None
        restore_item(session, self.refs, self.snapshot)


class MoveItem(ServiceCommand):
    """Move an item to a 1-based position in its agenda."""

    def __init__(self, context: AppContext, item: RowRef, title: str, position: int) -> None:
        super().__init__(
            context,
            _tr("Move agenda item “{title}” to {position}").format(title=title, position=position),
            self._move,
            self._move_back,
            {AGENDA},
            _tr("“{title}” moved to item {position}.").format(title=title, position=position),
        )
        self.item = item
        self.position = position
        self.before = 0

    def _move(self, session: Session) -> int:
        from app.services import agenda

        self.before = item_position(session, self.item.id)
        agenda.move_item(session, self.item.id, self.position)
        return self.item.id

    def _move_back(self, session: Session, _result: object) -> None:
        from app.services import agenda

        agenda.move_item(session, self.item.id, self.before)


@dataclass(frozen=True)
class Deferral:
    """Where a deferred item went, for the status bar."""

    item_id: int
    meeting_id: int
    meeting_date: date
    position: int


class DeferItem(ServiceCommand):
    """Defer an item to ``meeting_id`` (by default the next meeting); its result is a
    :class:`Deferral`."""

    def __init__(
        self,
        context: AppContext,
        item: RowRef,
        title: str,
        meeting: RowRef | None = None,
        *,
        confirm_without_quorum: bool = False,
    ) -> None:
        super().__init__(
            context,
            _tr("Defer “{title}”").format(title=title),
            self._defer,
            self._take_back,
            ITEM_KINDS,
        )
        self.refs = row_refs(context)
        self.item = item
        self.meeting = meeting
        self.copy: RowRef | None = None
        self.before: dict[str, Any] = {}
        self.confirm_without_quorum = confirm_without_quorum

    def _defer(self, session: Session) -> Deferral:
        from app.services import agenda
        from app.services.meetings import read_meeting_values

        values = read_item_values(session, self.item.id)
        self.before = {"status": values["status"], "decision": values["decision"]}
        target = self.meeting.id if self.meeting is not None else None
        new_item = agenda.defer_item_to_next_meeting(
            session, self.item.id, target, confirm_without_quorum=self.confirm_without_quorum
        )
        if self.copy is None:
            self.copy = self.refs.ref(ITEM, new_item.id)
        else:
            self.refs.recreated(self.copy, new_item.id)
        day = read_meeting_values(session, new_item.meeting_id)["date"]
        return Deferral(new_item.id, new_item.meeting_id, day, new_item.position)

    def _take_back(self, session: Session, _result: object) -> None:
        from app.services import agenda

        assert self.copy is not None
        agenda.delete_item(session, self.copy.id)
        self.refs.deleted(self.copy)
        agenda.update_item(session, self.item.id, self.before)


class LinkDocuments(ServiceCommand):
    """Make the item consider exactly ``links`` (document id -> revision id or None)."""

    def __init__(
        self, context: AppContext, item: RowRef, title: str, links: Mapping[int, int | None]
    ) -> None:
        super().__init__(
            context,
            _tr("Change the documents of “{title}”").format(title=title),
            self._apply_new,
            self._apply_old,
            ITEM_KINDS,
            _tr("Documents of “{title}” changed.").format(title=title),
        )
        self.item = item
        self.links = dict(links)
        self.before: dict[int, int | None] = {}

    def _apply_new(self, session: Session) -> int:
        self.before = read_item_links(session, self.item.id)
        _set_links(session, self.item.id, self.before, self.links)
        return self.item.id

    def _apply_old(self, session: Session, _result: object) -> None:
        _set_links(session, self.item.id, self.links, self.before)


def _set_links(
    session: Session,
    item_id: int,
    current: Mapping[int, int | None],
    wanted: Mapping[int, int | None],
) -> None:
    from app.services import agenda

    for document_id in current.keys() - wanted.keys():
        agenda.unlink_document(session, item_id, document_id)
    for document_id, revision_id in wanted.items():
        if current.get(document_id, -1) != revision_id:
            agenda.link_document(session, item_id, document_id, revision_id)
