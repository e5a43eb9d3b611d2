"""The Record page: for the meeting chosen, its attendance and quorum, the decisions per
agenda item, the follow-up actions and the summary of the meeting."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.services.meeting_rows import MeetingRow
from app.ui.common import meeting_labels as labels
from app.ui.common.context import AGENDA, DOCUMENTS, MANDATES, MEETINGS, WORKING_GROUP
from app.ui.common.meetings import default_meeting_id
from app.ui.common.page_support import Layout, read_list, restore_layout, save_layout
from app.ui.common.quorum import quorum_text
from app.ui.common.reload_when_shown import ReloadWhenShown
from app.ui.record.record_actions import RecordActions

if TYPE_CHECKING:
    from app.ui.common.context import AppContext

SHOWN_KINDS = frozenset({MEETINGS, AGENDA, DOCUMENTS, MANDATES, WORKING_GROUP, "invitees"})


class RecordPage(QWidget):
    SETTINGS_GROUP = "RecordPage"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.meeting_id = 0
        self._meetings: list[MeetingRow] = []
        self.reloads = ReloadWhenShown(self, self.reload)
        self.meeting_combo = QComboBox(self)
        self.meeting_combo.setObjectName("recordMeeting")
        self.meeting_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.meeting_combo.setMinimumContentsLength(30)
        self.quorum_label = QLabel(self)
        self.quorum_label.setObjectName("quorumLine")
        bold = QFont(self.quorum_label.font())
        bold.setBold(True)
        self.quorum_label.setFont(bold)
        self.tabs = QTabWidget(self)
        self.actions = RecordActions(self)
        self.tabs.addTab(self.actions.attendance, self.tr("&Attendance"))
        self.tabs.addTab(self.actions.decisions_tab, self.tr("&Decisions"))
        self.tabs.addTab(self.actions.actions_tab, self.tr("Follow-up a&ctions"))
        self.tabs.addTab(self.actions.summary, self.tr("&Summary"))
        quorum_button = QToolButton(self)
        quorum_button.setDefaultAction(self.actions.quorum_rule_action)
        chooser = QHBoxLayout()
        label = QLabel(self.tr("&Meeting:"), self)
        label.setBuddy(self.meeting_combo)
        chooser.addWidget(label)
        chooser.addWidget(self.meeting_combo, 1)
        quorum = QHBoxLayout()
        quorum.addWidget(self.quorum_label)
        quorum.addWidget(quorum_button)
        quorum.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(chooser)
        layout.addLayout(quorum)
        layout.addWidget(self.tabs, 1)
        self.meeting_combo.activated.connect(self._meeting_chosen)
        context.workspace_changed.connect(self.reload)
        context.data_changed.connect(self._data_changed)
        context.current_meeting_changed.connect(self._current_meeting_changed)
        self.reload()

    # -- loading ---------------------------------------------------------------------
    def _data_changed(self, kinds: frozenset[str]) -> None:
        if not kinds & SHOWN_KINDS:
            return
        self.reloads.request()

    def reload(self) -> None:
        from app.services.meeting_rows import list_meetings

        self.reloads.stale = False
        self._meetings = read_list(self.context, list_meetings)
        self.meeting_combo.blockSignals(True)
        self.meeting_combo.clear()
        for row in self._meetings:
            number = f"{row.number}. " if row.number is not None else ""
            self.meeting_combo.addItem(
                f"{number}{labels.short_date(row.date)} — {row.title}", row.id
            )
        self.meeting_combo.blockSignals(False)
        known = {row.id for row in self._meetings}
        wanted = self.context.current_meeting_id
        if wanted not in known:
            wanted = (
                self.meeting_id if self.meeting_id in known else default_meeting_id(self._meetings)
            )
        self._show_meeting(wanted)

    def _show_meeting(self, meeting_id: int) -> None:
        self.meeting_id = meeting_id
        self.meeting_combo.blockSignals(True)
        self.meeting_combo.setCurrentIndex(self.meeting_combo.findData(meeting_id))
        self.meeting_combo.blockSignals(False)
        self.meeting_combo.setEnabled(bool(self._meetings))
        line = self.actions.show_meeting(meeting_id if meeting_id else None)
        self.quorum_label.setText(quorum_text(line) if line is not None else "")

    def _meeting_chosen(self, index: int) -> None:
        meeting_id = self.meeting_combo.itemData(index)
        if meeting_id is not None:
            self._show_meeting(meeting_id)
            self.context.set_current_meeting(meeting_id)

    def _current_meeting_changed(self, meeting_id: int) -> None:
        if meeting_id != self.meeting_id and self.meeting_combo.findData(meeting_id) >= 0:
            if self.isVisible():
                self._show_meeting(meeting_id)
            else:
                self.meeting_id = meeting_id
                self.reloads.stale = True

    # -- state -----------------------------------------------------------------------
    def _layout(self) -> Layout:
        return {"attendance": self.actions.attendance.splitter}

    def save_state(self, settings: QSettings) -> None:
        save_layout(settings, self.SETTINGS_GROUP, self._layout())
        settings.setValue(f"{self.SETTINGS_GROUP}/tab", self.tabs.currentIndex())

    def restore_state(self, settings: QSettings) -> None:
        restore_layout(settings, self.SETTINGS_GROUP, self._layout())
        tab = settings.value(f"{self.SETTINGS_GROUP}/tab", 0)
        if str(tab).isdigit():
            self.tabs.setCurrentIndex(int(tab))
