"""No dialog shows a stray "&": a label's mnemonic needs a buddy, or Qt prints the "&"."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QCheckBox, QDialog, QLabel, QPushButton, QRadioButton

from app.ui.agenda.agenda_item_dialog import ItemDialog, OutcomeDialog
from app.ui.calendar.meeting_dialog import MeetingDialog
from app.ui.calendar.status_dialogs import CancelDialog, PostponeDialog
from app.ui.documents.revision_dialog import RevisionDialog
from app.ui.shell.working_group.dialog import WorkingGroupDialog


def stray_ampersands(dialog: QDialog) -> list[str]:
    """Texts that would show a literal "&" (one not doubled, on a label without buddy)."""
    found = []
    for label in dialog.findChildren(QLabel):
        text = label.text().replace("&&", "")
        if "&" in text and label.buddy() is None and "<" not in text:
            found.append(label.text())
    buttons = [
        b for kind in (QPushButton, QCheckBox, QRadioButton) for b in dialog.findChildren(kind)
    ]
    for button in buttons:
        if button.text().count("&") - 2 * button.text().count("&&") > 1:
            found.append(button.text())
    return found


DIALOGS = {
    "meeting": lambda: MeetingDialog(None, default_timezone="America/New_York", next_number=6),
    "cancel": lambda: CancelDialog(None, [("Fifth meeting", date(2011, 10, 27))]),
    "postpone": lambda: PostponeDialog(None, "Fifth meeting", date(2011, 10, 27)),
    "item": lambda: ItemDialog(None),
    "outcome": lambda: OutcomeDialog(None, "Consideration of the agenda", "pending", ""),
    "revision": lambda: RevisionDialog(
        lambda _values: None,
        base_symbol="GT/MISPA-III/doc.2/11",
        title="Draft agenda",
        next_revision=3,
        default_language="en",
    ),
    "working group": lambda: WorkingGroupDialog(None),
}


@pytest.mark.parametrize("name", DIALOGS)
def test_no_label_shows_a_stray_ampersand(qtbot, name):
    dialog = DIALOGS[name]()
    qtbot.addWidget(dialog)
    assert stray_ampersands(dialog) == []
