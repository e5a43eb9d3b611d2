"""Beside a meeting's agenda, what the record proposes for it: approving the previous
meeting's summary, and the open follow-up actions of earlier meetings, each of which the
chair can turn into an agenda item (undoably)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.common.context import AGENDA, DOCUMENTS, MEETINGS
from app.ui.common.dates import format_date
from app.ui.common.page_support import push_or_show
from app.ui.common.undo import ServiceCommand

if TYPE_CHECKING:
    from app.services.actions import ActionRow
    from app.services.agenda_proposals import SummaryApprovalProposal
    from app.services.session import Session
    from app.ui.common.context import AppContext

KINDS = frozenset({AGENDA, DOCUMENTS, MEETINGS})


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def add_summary_approval(context: AppContext, meeting_id: int) -> ServiceCommand:
    def do(session: Session) -> int:
        from app.services.agenda_proposals import add_summary_approval_item

        return add_summary_approval_item(session, meeting_id).id

    def undo(session: Session, item_id: int) -> None:
        from app.services.agenda import delete_item

        delete_item(session, item_id)

    return ServiceCommand(
        context, _tr("Add “Approval of the summary of the previous meeting”"), do, undo, KINDS
    )


def take_up_action(
    context: AppContext, action_id: int, meeting_id: int, what: str
) -> ServiceCommand:
    def do(session: Session) -> int:
        from app.services.actions import turn_into_item

        return turn_into_item(session, action_id, meeting_id).id

    def undo(session: Session, item_id: int) -> None:
        from app.services.agenda import delete_item

        delete_item(session, item_id)

    return ServiceCommand(
        context, _tr("Put “{what}” on the agenda").format(what=what), do, undo, KINDS
    )


def action_text(row: ActionRow) -> str:
    parts = [row.description]
    if row.responsible:
        parts.append(row.responsible)
    if row.due_date:
        parts.append(_tr("due {date}").format(date=format_date(row.due_date)))
    parts.append(_tr("agreed on {date}").format(date=format_date(row.meeting_date)))
    text = " — ".join(parts)
    if row.follow_up_item_id is not None:
        text += " " + _tr("(on an agenda)")
    return text


class FollowUpPanel(QWidget):
    """The "follow-up" section of a meeting's agenda."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.meeting_id = 0
        self._proposal: SummaryApprovalProposal | None = None
        self._actions: list[ActionRow] = []
        self.proposal_label = QLabel(self)
        self.proposal_label.setWordWrap(True)
        self.add_approval = QPushButton(_tr("Add to the agenda"), self)
        self.add_approval.clicked.connect(self.add_summary_approval)
        self.heading = QLabel(self)
        self.list = QListWidget(self)
        self.list.setObjectName("followUpActions")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        # The agenda's lower pane may be made small: the list scrolls.
        self.list.setMinimumHeight(36)
        self.list.itemActivated.connect(lambda _item: self.take_up())
        self.take_up_button = QPushButton(_tr("Put on this agenda"), self)
        self.take_up_button.setToolTip(
            _tr("Make the selected open action an item of this meeting's agenda")
        )
        self.take_up_button.clicked.connect(self.take_up)
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        proposal = QHBoxLayout()
        proposal.addWidget(self.proposal_label, 1)
        proposal.addWidget(self.add_approval)
        heading = QHBoxLayout()
        heading.addWidget(self.heading, 1)
        heading.addWidget(self.take_up_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(proposal)
        layout.addLayout(heading)
        layout.addWidget(self.list, 1)

    def show_meeting(self, meeting_id: int) -> None:
        from app.services.actions import follow_ups_for
        from app.services.agenda_proposals import summary_approval_proposal

        self.meeting_id = meeting_id
        if not meeting_id or self.context.workspace is None:
            self._proposal, self._actions = None, []
        else:
            self._proposal, self._actions = self.context.read(
                lambda s: (summary_approval_proposal(s, meeting_id), follow_ups_for(s, meeting_id))
            )
        proposal = self._proposal
        self.proposal_label.setVisible(proposal is not None)
        self.add_approval.setVisible(proposal is not None)
        if proposal is not None:
            text = _tr("Proposed: “Approval of the summary of the previous meeting” ({date}).")
            if not proposal.summary_written:
                text += " " + _tr("Its summary is not written yet.")
            self.proposal_label.setText(
                text.format(date=format_date(proposal.previous_meeting_date))
            )
        self.heading.setText(
            self.tr("Follow-up: %n open action(s) of earlier meetings", "", len(self._actions))
        )
        self.list.clear()
        for row in self._actions:
            item = QListWidgetItem(action_text(row), self.list)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setToolTip(row.description)
        self._update_buttons()

    def _current(self) -> ActionRow | None:
        row = self.list.currentRow()
        return self._actions[row] if 0 <= row < len(self._actions) else None

    def _update_buttons(self) -> None:
        current = self._current()
        self.take_up_button.setEnabled(current is not None and current.follow_up_item_id is None)

    def add_summary_approval(self) -> Any:
        if self.meeting_id:
            return push_or_show(
                self, self.context, add_summary_approval(self.context, self.meeting_id)
            )
        return None

    def take_up(self) -> Any:
        row = self._current()
        if row is None or row.follow_up_item_id is not None or not self.meeting_id:
            return None
        return push_or_show(
            self,
            self.context,
            take_up_action(self.context, row.id, self.meeting_id, row.description),
        )
