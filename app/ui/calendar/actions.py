"""The calendar page's actions: new meeting, series, edit, cancel, postpone, delete."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QPoint,
    Qt,
)
from PySide6.QtGui import (
    QKeySequence,
)
from PySide6.QtWidgets import (
    QMessageBox,
    QWidget,
)

from app.ui.calendar.commands import (
    CancelMeetings,
    CreateMeeting,
    CreateSeries,
    DeleteMeetings,
    EditMeeting,
    PostponeMeeting,
    read_default_timezone,
    read_meeting_values,
)
from app.ui.calendar.meeting_dialog import MeetingDialog
from app.ui.calendar.series_dialog import SeriesDialog
from app.ui.calendar.status_dialogs import CancelDialog, PostponeDialog
from app.ui.common import meeting_labels as labels
from app.ui.common.conflicts import save_or_resolve
from app.ui.common.context import MEETINGS
from app.ui.common.errors import show_error
from app.ui.common.page_support import (
    open_dialog,
    page_action,
    push_or_show,
    show_action_menu,
)
from app.ui.common.row_refs import MEETING
from app.ui.common.title_versions import title_versions_action

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTableView

    from app.services.meeting_rows import MeetingRow
    from app.ui.calendar.meetings_model import MeetingsModel
    from app.ui.common.context import AppContext
    from app.ui.common.row_refs import RowRefs

NEW_MEETING_KEYS = (QKeySequence("Ctrl+Shift+M"), QKeySequence(Qt.Key.Key_Insert))


class MeetingActions(QWidget):
    """What the calendar page's actions do to the meetings.

    The page supplies the context, the table and its model, and its selection
    (``selected_ids``, ``current_row``, ``select_meetings``, ``reload``).
    """

    context: AppContext
    refs: RowRefs
    model: MeetingsModel
    table: QTableView

    # The page defines these (its selection and its reload).
    selected_ids: Callable[[], list[int]]
    current_row: Callable[[], MeetingRow | None]
    select_meetings: Callable[[list[int]], None]
    reload: Callable[[], None]

    def _make_actions(self) -> None:
        self.new_action = page_action(
            self,
            self.tr("&New Meeting…"),
            self.new_meeting,
            self.tr("Add a meeting to the calendar"),
            shortcuts=NEW_MEETING_KEYS,
        )
        self.series_action = page_action(
            self,
            self.tr("New &Series…"),
            self.new_series,
            self.tr("Add meetings on chosen weekdays between two dates"),
        )
        self.edit_action = page_action(
            self,
            self.tr("&Edit…"),
            self.edit_meeting,
            self.tr("Change the selected meeting (Enter)"),
        )
        self.cancel_action = page_action(
            self,
            self.tr("&Cancel Meeting"),
            self.cancel_meetings,
            self.tr("Mark the selected meetings cancelled (calendars will show them so)"),
        )
        self.postpone_action = page_action(
            self,
            self.tr("&Postpone…"),
            self.postpone_meeting,
            self.tr("Move the selected meeting to another date, or mark it postponed"),
        )
        self.delete_action = page_action(
            self,
            self.tr("&Delete"),
            self.delete_meetings,
            self.tr("Delete the selected meetings"),
            scope=self.table,
            shortcuts=(QKeySequence.StandardKey.Delete,),
        )
        self.titles_action = title_versions_action(
            self, self.context, MEETING, self._one_selected_id, frozenset({MEETINGS})
        )

    def _update_actions(self) -> None:
        has_workspace = self.context.workspace is not None
        selected = self.selected_ids()
        one = len(selected) == 1
        for action in (self.new_action, self.series_action):
            action.setEnabled(has_workspace)
        self.edit_action.setEnabled(one)
        self.titles_action.setEnabled(one)
        self.postpone_action.setEnabled(one)
        self.delete_action.setEnabled(bool(selected))
        self.cancel_action.setEnabled(
            any(str(self.model.meeting(i).status) != "cancelled" for i in selected)  # type: ignore[union-attr]
        )

    def _show_menu(self, position: QPoint) -> None:
        show_action_menu(
            self,
            self.table,
            position,
            (self.edit_action, self.titles_action, self.postpone_action, self.cancel_action),
            (self.delete_action,),
            (self.new_action, self.series_action),
        )

    # -- edits -----------------------------------------------------------------------
    def _one_selected_id(self) -> int | None:
        selected = self.selected_ids()
        return selected[0] if len(selected) == 1 else None

    def _next_number(self) -> int:
        numbers = [row.number for row in self.model.rows() if row.number is not None]
        return max(numbers, default=0) + 1

    def new_meeting(self, on: date | None = None) -> MeetingDialog | None:
        """Open the dialog for a new meeting; it is created when the dialog is accepted."""
        if self.context.workspace is None:
            return None
        zone = self.context.read(read_default_timezone)
        dialog = MeetingDialog(
            self,
            default_timezone=zone,
            next_number=self._next_number(),
            default_date=on or self._suggested_date(),
        )
        return open_dialog(dialog, lambda: self._create(dialog.values()))

    def _suggested_date(self) -> date:
        """A week after the last session, as the working group meets weekly; else today."""
        rows = self._sessions()
        if not rows:
            return date.today()
        return max(row.date for row in rows) + timedelta(weeks=1)

    def _sessions(self) -> list[MeetingRow]:
        """The group's sessions: the meetings with times (all-day ones only if none has)."""
        rows = self.model.rows()
        return [row for row in rows if not row.all_day] or list(rows)

    def _create(self, values: dict[str, Any]) -> None:
        meeting_id = push_or_show(self, self.context, CreateMeeting(self.context, values))
        if meeting_id:
            self.select_meetings([meeting_id])

    def edit_meeting(self) -> MeetingDialog | None:
        row = self.current_row()
        if row is None:
            return None
        from app.services.versions import version_of

        try:
            values, opened_at = self.context.read(
                lambda s: (read_meeting_values(s, row.id), version_of(s, "meeting", row.id))
            )
        except Exception as exc:
            show_error(self, exc)
            self.reload()
            return None
        ref = self.refs.ref(MEETING, row.id)
        dialog = MeetingDialog(self, values=values)

        def save() -> None:
            # Read once: the dialog is gone by the time a conflict is answered.
            values = dialog.values()
            save_or_resolve(
                self,
                self.context,
                lambda version: EditMeeting(self.context, ref, values, version),
                opened_at,
                values,
            )

        return open_dialog(dialog, save)

    def cancel_meetings(self) -> CancelDialog | None:
        """Ask for the reason, then cancel the selected meetings (undoable)."""
        rows = [self.model.meeting(i) for i in self.selected_ids()]
        rows = [row for row in rows if row is not None and str(row.status) != "cancelled"]
        if not rows:
            return None
        refs = [self.refs.ref(MEETING, row.id) for row in rows]
        title = rows[0].title if len(rows) == 1 else ""
        dialog = CancelDialog(self, [(row.title, row.date) for row in rows])
        return open_dialog(
            dialog,
            lambda: push_or_show(
                self, self.context, CancelMeetings(self.context, refs, dialog.reason(), title)
            ),
        )

    def postpone_meeting(self) -> PostponeDialog | None:
        row = self.current_row()
        if row is None:
            return None
        ref = self.refs.ref(MEETING, row.id)
        taken = {
            other.date: other.title
            for other in self.model.rows()
            if other.id != row.id and str(other.status) not in ("cancelled", "postponed")
        }
        dialog = PostponeDialog(self, row.title, row.date, taken)
        return open_dialog(
            dialog,
            lambda: push_or_show(
                self,
                self.context,
                PostponeMeeting(self.context, ref, dialog.new_date(), dialog.reason(), row.title),
            ),
        )

    def delete_meetings(self) -> QMessageBox | None:
        """Ask, then delete the selected meetings with their agendas (undoable)."""
        rows = [self.model.meeting(i) for i in self.selected_ids()]
        rows = [row for row in rows if row is not None]
        if not rows:
            return None
        items = sum(row.item_count for row in rows)
        if len(rows) == 1:
            question = self.tr("Delete “{title}” of {date}?").format(
                title=rows[0].title, date=labels.long_date(rows[0].date)
            )
        else:
            question = self.tr("Delete these {n} meetings?").format(n=len(rows))
        detail = (
            self.tr("Their agendas ({n} items) are deleted with them.").format(n=items)
            if items
            else ""
        )
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete meeting"),
            question,
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setInformativeText(
            " ".join(
                part for part in (detail, self.tr("You can undo this with Edit ▸ Undo.")) if part
            )
        )
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        refs = [self.refs.ref(MEETING, row.id) for row in rows]

        def answered() -> None:
            if box.clickedButton() is delete:
                push_or_show(self, self.context, DeleteMeetings(self.context, refs))

        box.finished.connect(lambda _result: answered())
        box.open()
        return box

    def new_series(self) -> SeriesDialog | None:
        from app.services.meetings import group_label

        if self.context.workspace is None:
            return None
        rows = self._sessions()
        template = max(rows, key=lambda r: (r.date, r.start_time), default=None)
        zone, group = self.context.read(lambda s: (read_default_timezone(s), group_label(s)))
        pattern = f"{group} – meeting {{number}}" if group else "Meeting {number}"
        first = self._suggested_date()
        if template is not None:
            dialog = SeriesDialog(
                self,
                first=first,
                start_time=template.start_time,
                end_time=template.end_time,
                timezone=template.timezone,
                room=template.room,
                venue=template.venue,
                title_pattern=pattern,
            )
        else:
            dialog = SeriesDialog(self, first=first, timezone=zone, title_pattern=pattern)
        return open_dialog(dialog, lambda: self._create_series(dialog.values()))

    def _create_series(self, values: dict[str, Any]) -> None:
        ids = push_or_show(self, self.context, CreateSeries(self.context, values))
        if ids:
            self.select_meetings(list(ids))
