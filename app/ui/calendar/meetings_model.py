"""The table of meetings the calendar page shows, over ``meeting_rows.list_meetings`` rows."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QStyle

from app.ui.common import meeting_labels as labels
from app.ui.common.row_table import RIGHT_ALIGNED, ROW_ID_ROLE, RowTableModel

if TYPE_CHECKING:
    from app.services.meeting_rows import MeetingRow

#: The meeting's id, for any cell of its row.
MEETING_ID_ROLE = ROW_ID_ROLE
#: The stored status value (``"cancelled"``), for the status delegate.
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2

#: The most meetings named in an overlap tooltip before "and N more".
OVERLAP_NAMES = 3


def overlap_partners(rows: Sequence[MeetingRow], flagged: Iterable[int]) -> dict[int, list[int]]:
    """For each flagged meeting, the flagged meetings it overlaps in time.

    ``services.meeting_rows.overlapping_ids`` says which meetings overlap; the tooltip also
    names with which, so sweep the flagged ones in start order.
    """
    chosen = set(flagged)
    ordered = sorted((r for r in rows if r.id in chosen), key=lambda r: r.starts_at())
    partners: dict[int, list[int]] = {r.id: [] for r in ordered}
    for index, row in enumerate(ordered):
        end = row.ends_at()
        for other in ordered[index + 1 :]:
            if other.starts_at() >= end:
                break
            partners[row.id].append(other.id)
            partners[other.id].append(row.id)
    return partners


class MeetingsModel(RowTableModel["MeetingRow"]):
    NUMBER, DATE, TIME, TITLE, ROOM, STATUS, ITEMS = range(7)
    TITLE_COLUMN = TITLE
    RIGHT_ALIGNED_HEADERS = (NUMBER, ITEMS)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._partners: dict[int, list[int]] = {}
        self._warning = QIcon()
        self._headers = (
            self.tr("No."),
            self.tr("Date"),
            self.tr("Time"),
            self.tr("Title"),
            self.tr("Room"),
            self.tr("Status"),
            self.tr("Items"),
        )

    # -- contents --------------------------------------------------------------------
    def set_rows(self, rows: Sequence[MeetingRow], overlapping: Iterable[int] = ()) -> None:
        self.beginResetModel()
        self._take_rows(rows)
        self._partners = overlap_partners(rows, overlapping)
        self.endResetModel()

    #: The meeting shown in table row ``index``.
    row_of = RowTableModel.row_at
    #: The table row of the meeting, or -1.
    row_for_id = RowTableModel.row_number

    def meeting(self, meeting_id: int) -> MeetingRow | None:
        number = self.row_number(meeting_id)
        return self._rows[number] if number >= 0 else None

    def rows(self) -> list[MeetingRow]:
        return list(self._rows)

    def overlaps(self, meeting_id: int) -> list[int]:
        return list(self._partners.get(meeting_id, ()))

    # -- Qt model --------------------------------------------------------------------
    def _role_data(self, row: MeetingRow, column: int, role: int) -> Any:
        if role == STATUS_ROLE:
            return str(row.status)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.DecorationRole and column == self.TITLE:
            return self._warning_icon() if row.id in self._partners else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.RIGHT_ALIGNED_HEADERS:
            return RIGHT_ALIGNED
        if role == Qt.ItemDataRole.FontRole and str(row.status) == "cancelled":
            font = QFont()
            font.setStrikeOut(column in (self.DATE, self.TIME, self.TITLE))
            return font
        if role == Qt.ItemDataRole.ForegroundRole and str(row.status) in ("cancelled", "postponed"):
            return QApplication.palette().brush(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        return None

    def _display(self, row: MeetingRow, column: int) -> Any:
        if column == self.NUMBER:
            return "" if row.number is None else str(row.number)
        if column == self.DATE:
            return labels.meeting_dates(row)
        if column == self.TIME:
            return labels.meeting_time(row)
        if column == self.TITLE:
            return row.title
        if column == self.ROOM:
            return row.room
        if column == self.STATUS:
            return labels.label(labels.meeting_statuses(), row.status)
        if column == self.ITEMS:
            return str(row.item_count)
        return None

    def _tooltip(self, row: MeetingRow, column: int) -> str | None:
        if column == self.TITLE and row.id in self._partners:
            names = [self._describe(other) for other in self._partners[row.id][:OVERLAP_NAMES]]
            rest = len(self._partners[row.id]) - len(names)
            text = self.tr("Overlaps with {meetings}").format(meetings="; ".join(names))
            if rest > 0:
                text += self.tr(" and {count} more").format(count=rest)
            return text
        if column == self.TIME:
            return self.tr("{span}, time zone {zone}").format(
                span=labels.meeting_time(row), zone=row.timezone
            )
        if column == self.STATUS and row.status_reason:
            return self.tr("{status}: {reason}").format(
                status=labels.label(labels.meeting_statuses(), row.status),
                reason=row.status_reason,
            )
        if column in (self.TITLE, self.ROOM):
            return "\n".join(part for part in (row.title, row.room, row.venue) if part)
        return None

    def _describe(self, meeting_id: int) -> str:
        other = self._rows[self.row_number(meeting_id)]
        return self.tr("{title} ({date}, {span})").format(
            title=other.title,
            date=labels.meeting_dates(other),
            span=labels.meeting_time(other),
        )

    def _warning_icon(self) -> QIcon:
        if self._warning.isNull():
            self._warning = QApplication.style().standardIcon(
                QStyle.StandardPixmap.SP_MessageBoxWarning
            )
        return self._warning

    # -- sorting ---------------------------------------------------------------------
    def _sort_keys(self) -> dict[int, Callable[[MeetingRow], Any]]:
        return {
            self.NUMBER: lambda r: (r.number is None, r.number or 0, r.id),
            self.DATE: lambda r: (r.starts_at(), r.id),
            self.TIME: lambda r: (not r.all_day, r.start_time, r.end_time, r.id),
            self.TITLE: lambda r: (r.title.casefold(), r.id),
            self.ROOM: lambda r: (r.room.casefold(), r.id),
            self.STATUS: lambda r: (str(r.status), r.id),
            self.ITEMS: lambda r: (r.item_count, r.id),
        }
