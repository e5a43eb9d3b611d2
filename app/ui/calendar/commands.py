"""Undoable edits of meetings: create, edit, cancel, postpone, delete, create a series.

A deleted meeting is recreated on undo from what was saved before the delete: its
values, its UID (so calendars that imported it update it instead of adding a copy),
its agenda items with their documents, and its links to work-plan mandates.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from app.ui.common import meeting_labels as labels
from app.ui.common.context import AGENDA, DOCUMENTS, MANDATES, MEETINGS
from app.ui.common.item_snapshots import ItemSnapshot, restore_item, snapshot_item
from app.ui.common.row_refs import ITEM, MEETING, RowRef, RowRefs, row_refs
from app.ui.common.undo import ServiceCommand, restoring

if TYPE_CHECKING:
    from app.services.session import Session
    from app.ui.common.context import AppContext

#: The work plan lists the meetings its mandates are followed up in.
MEETING_KINDS = frozenset({MEETINGS, MANDATES})
#: Deleting a meeting deletes its agenda, which the documents page reports on.
DELETE_KINDS = frozenset({MEETINGS, MANDATES, AGENDA, DOCUMENTS})


def _tr(text: str) -> str:
    # lupdate files a module-level tr() under the empty context (tools/update_translations.py).
    return QCoreApplication.translate("", text)


def read_meeting_values(session: Session, meeting_id: int) -> dict[str, Any]:
    """The editable values of a meeting, for the edit dialog."""
    from app.services.meetings import read_meeting_values

    return read_meeting_values(session, meeting_id)


def read_default_timezone(session: Session) -> str:
    from app.services.working_group import get_working_group

    group = get_working_group(session)
    return group.default_timezone if group is not None else "America/New_York"


@dataclass
class MeetingSnapshot:
    """Everything needed to create a deleted meeting again."""

    ref: RowRef
    uid: str
    sequence: int
    values: dict[str, Any]
    items: list[ItemSnapshot] = field(default_factory=list)
    mandate_ids: list[int] = field(default_factory=list)


def snapshot_meeting(session: Session, refs: RowRefs, ref: RowRef) -> MeetingSnapshot:
    from app.services.agenda import item_ids
    from app.services.mandates import list_mandates
    from app.services.meetings import save_meeting

    saved = save_meeting(session, ref.id)
    return MeetingSnapshot(
        ref=ref,
        uid=saved.uid,
        sequence=saved.sequence,
        values=saved.values,
        items=[
            snapshot_item(session, refs.ref(ITEM, item_id), ref)
            for item_id in item_ids(session, ref.id)
        ],
        mandate_ids=[row.id for row in list_mandates(session) if ref.id in row.meeting_ids],
    )


def delete_snapshotted(session: Session, refs: RowRefs, snapshot: MeetingSnapshot) -> None:
    from app.services.meetings import delete_meeting

    delete_meeting(session, snapshot.ref.id)
    refs.deleted(snapshot.ref)
    for item in snapshot.items:
        refs.deleted(item.ref)


def restore_meeting(session: Session, refs: RowRefs, snapshot: MeetingSnapshot) -> int:
    from app.services.errors import NotFoundError
    from app.services.mandates import linked_meeting_ids, set_links
    from app.services.meetings import create_meeting

    meeting = create_meeting(
        session, **snapshot.values, uid=snapshot.uid, sequence=snapshot.sequence
    )
    refs.recreated(snapshot.ref, meeting.id)
    for item in sorted(snapshot.items, key=lambda i: i.position):
        restore_item(session, refs, item)
    for mandate_id in snapshot.mandate_ids:
        try:
            linked = linked_meeting_ids(session, mandate_id)
        except NotFoundError:
            continue  # deleted since: nothing to link back to
        set_links(session, mandate_id, meeting_ids=[*linked, meeting.id])
    return meeting.id


class CreateMeeting(ServiceCommand):
    """Create a meeting; its result is the new meeting's id."""

    def __init__(self, context: AppContext, values: Mapping[str, Any]) -> None:
        super().__init__(context, _tr("New meeting"), self._create, self._remove, MEETING_KINDS)
        self.refs = row_refs(context)
        self.values = dict(values)
        self.meeting: RowRef | None = None
        self.snapshot: MeetingSnapshot | None = None

    def _create(self, session: Session) -> int:
        if self.snapshot is not None:
            return restore_meeting(session, self.refs, self.snapshot)
        from app.services.meetings import create_meeting

        meeting = create_meeting(session, **self.values)
        self.meeting = self.refs.ref(MEETING, meeting.id)
        self.setText(_tr("New meeting “{title}”").format(title=meeting.title))
        self.done_text = _tr("Meeting “{title}” added.").format(title=meeting.title)
        return meeting.id

    def _remove(self, session: Session, _result: object) -> None:
        assert self.meeting is not None
        self.snapshot = snapshot_meeting(session, self.refs, self.meeting)
        delete_snapshotted(session, self.refs, self.snapshot)


class EditMeeting(ServiceCommand):
    """Save the dialog's values against ``opened_at``, the version read when it opened;
    undo restores the values before, against the version this edit left (so an undo
    never overwrites a change someone else made after it)."""

    def __init__(
        self,
        context: AppContext,
        meeting: RowRef,
        changes: Mapping[str, Any],
        opened_at: int | None = None,
    ) -> None:
        super().__init__(
            context,
            _tr("Edit meeting “{title}”").format(title=changes.get("title", "")),
            self._edit,
            self._restore,
            MEETING_KINDS,
            _tr("Meeting “{title}” changed.").format(title=changes.get("title", "")),
        )
        self.meeting = meeting
        self.changes = dict(changes)
        self.before: dict[str, Any] = {}
        self.expected = opened_at

    def _edit(self, session: Session) -> int:
        from app.services.meetings import update_meeting

        self.before = read_meeting_values(session, self.meeting.id)
        saved = update_meeting(
            session, self.meeting.id, self.changes, expected_version=self.expected
        )
        self.expected = saved.version
        return self.meeting.id

    def _restore(self, session: Session, _result: object) -> None:
        from app.services.meetings import update_meeting

        restored = update_meeting(
            session, self.meeting.id, restoring(self.before), expected_version=self.expected
        )
        self.expected = restored.version


class CancelMeetings(ServiceCommand):
    """Cancel meetings, keeping ``reason`` on each; undo brings back status and reason."""

    def __init__(
        self, context: AppContext, meetings: Sequence[RowRef], reason: str = "", title: str = ""
    ) -> None:
        if len(meetings) == 1:
            text = _tr("Cancel “{title}”").format(title=title) if title else _tr("Cancel meeting")
            done = (
                _tr("“{title}” cancelled.").format(title=title)
                if title
                else _tr("Meeting cancelled.")
            )
        else:
            text = _tr("Cancel {count} meetings").format(count=len(meetings))
            done = _tr("{count} meetings cancelled.").format(count=len(meetings))
        super().__init__(context, text, self._cancel, self._restore, MEETING_KINDS, done)
        self.meetings = list(meetings)
        self.reason = reason
        self.before: list[dict[str, Any]] = []

    def _cancel(self, session: Session) -> list[int]:
        from app.services.meetings import cancel_meeting

        self.before = []
        for ref in self.meetings:
            values = read_meeting_values(session, ref.id)
            self.before.append(
                {"status": str(values["status"]), "status_reason": values["status_reason"]}
            )
        for ref in self.meetings:
            cancel_meeting(session, ref.id, self.reason)
        return [ref.id for ref in self.meetings]

    def _restore(self, session: Session, _result: object) -> None:
        from app.services.meetings import update_meeting

        for ref, before in zip(self.meetings, self.before, strict=True):
            update_meeting(session, ref.id, before)


class PostponeMeeting(ServiceCommand):
    """Postpone to ``new_date`` (kept planned), or without a date (marked postponed),
    keeping ``reason`` on the meeting; undo brings back date, status and reason."""

    def __init__(
        self,
        context: AppContext,
        meeting: RowRef,
        new_date: date | None,
        reason: str = "",
        title: str = "",
    ) -> None:
        name = title or _tr("the meeting")
        if new_date is None:
            done = _tr("“{title}” postponed; its new date is not known yet.").format(title=name)
        else:
            done = _tr("“{title}” moved to {date}.").format(
                title=name, date=labels.long_date(new_date)
            )
        super().__init__(
            context,
            _tr("Postpone “{title}”").format(title=title) if title else _tr("Postpone meeting"),
            self._postpone,
            self._restore,
            MEETING_KINDS,
            done,
        )
        self.meeting = meeting
        self.new_date = new_date
        self.reason = reason
        self.before: dict[str, Any] = {}

    def _postpone(self, session: Session) -> int:
        from app.services.meetings import postpone_meeting

        values = read_meeting_values(session, self.meeting.id)
        self.before = {
            "date": values["date"],
            "status": values["status"],
            "status_reason": values["status_reason"],
        }
        postpone_meeting(session, self.meeting.id, self.new_date, self.reason)
        return self.meeting.id

    def _restore(self, session: Session, _result: object) -> None:
        from app.services.meetings import update_meeting

        update_meeting(session, self.meeting.id, self.before)


class DeleteMeetings(ServiceCommand):
    def __init__(self, context: AppContext, meetings: Sequence[RowRef]) -> None:
        text = (
            _tr("Delete meeting")
            if len(meetings) == 1
            else _tr("Delete {count} meetings").format(count=len(meetings))
        )
        done = (
            _tr("Meeting deleted.")
            if len(meetings) == 1
            else _tr("{count} meetings deleted.").format(count=len(meetings))
        )
        super().__init__(context, text, self._delete, self._restore, DELETE_KINDS, done)
        self.refs = row_refs(context)
        self.meetings = list(meetings)
        self.snapshots: list[MeetingSnapshot] = []

    def _delete(self, session: Session) -> list[int]:
        self.snapshots = [snapshot_meeting(session, self.refs, ref) for ref in self.meetings]
        deleted = [ref.id for ref in self.meetings]
        for snapshot in self.snapshots:
            delete_snapshotted(session, self.refs, snapshot)
        return deleted

    def _restore(self, session: Session, _result: object) -> None:
        for snapshot in self.snapshots:
            restore_meeting(session, self.refs, snapshot)


class CreateSeries(ServiceCommand):
    """Create one meeting per date; its result is the list of new meeting ids."""

    def __init__(self, context: AppContext, values: Mapping[str, Any]) -> None:
        count = len(values.get("dates", ()))
        super().__init__(
            context,
            _tr("New series of {count} meetings").format(count=count),
            self._create,
            self._remove,
            MEETING_KINDS,
            _tr("{count} meetings added.").format(count=count),
        )
        self.refs = row_refs(context)
        self.values = dict(values)
        self.meetings: list[RowRef] = []
        self.snapshots: list[MeetingSnapshot] = []

    def _create(self, session: Session) -> list[int]:
        if self.snapshots:
            return [restore_meeting(session, self.refs, s) for s in self.snapshots]
        from app.services.meetings import create_series

        created = create_series(session, **self.values)
        self.meetings = [self.refs.ref(MEETING, m.id) for m in created]
        return [m.id for m in created]

    def _remove(self, session: Session, _result: object) -> None:
        self.snapshots = [snapshot_meeting(session, self.refs, ref) for ref in self.meetings]
        for snapshot in self.snapshots:
            delete_snapshotted(session, self.refs, snapshot)
