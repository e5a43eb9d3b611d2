"""The Working group dialog: every section in a tab, OK saves them all as one undoable step."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QTabWidget, QWidget

from app.ui.common.dialog_parts import CheckedDialog, stack
from app.ui.shell.working_group.identity import IdentitySection
from app.ui.shell.working_group.officers import OfficersSection
from app.ui.shell.working_group.papers import PapersSection
from app.ui.shell.working_group.place import PlaceSection
from app.ui.shell.working_group.section import GroupSection

if TYPE_CHECKING:
    from app.ui.common.context import AppContext

#: The dialog's tabs, in order. Add a section here to add settings.
SECTIONS: tuple[type[GroupSection], ...] = (
    IdentitySection,
    OfficersSection,
    PlaceSection,
    PapersSection,
)


class WorkingGroupDialog(CheckedDialog):
    def __init__(self, values: Mapping[str, Any] | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Working Group") if values else self.tr("Describe the Working Group")
        )
        self.tabs = QTabWidget(self)
        self.sections = [section(self) for section in SECTIONS]
        for section in self.sections:
            section.set_values(values or {"default_timezone": "America/New_York"})
            self.tabs.addTab(section, section.title())
            section.edited.connect(self.show_problem)
        self.make_buttons()
        stack(self, self.tabs, self.message_label, self.buttons)
        self.resize(640, 480)
        self.show_problem()

    def section(self, kind: type[GroupSection]) -> GroupSection:
        return next(s for s in self.sections if isinstance(s, kind))

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for section in self.sections:
            values.update(section.values())
        return values

    def problem(self) -> str:
        return next((p for p in (s.problem() for s in self.sections) if p), "")


def edit_working_group(parent: QWidget, context: AppContext) -> WorkingGroupDialog | None:
    """Open the dialog on the open workspace's group; OK saves it (undoable)."""
    from app.services.working_group import group_values
    from app.ui.common.page_support import open_dialog, push_or_show
    from app.ui.shell.working_group.commands import SaveWorkingGroup

    if context.workspace is None:
        return None
    dialog = WorkingGroupDialog(context.read(group_values), parent)
    return open_dialog(
        dialog,
        lambda: push_or_show(parent, context, SaveWorkingGroup(context, dialog.values())),
    )
