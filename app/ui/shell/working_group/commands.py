"""Saving the group's settings as one undoable step."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from app.ui.common.context import MEETINGS, WORKING_GROUP
from app.ui.common.undo import ServiceCommand

if TYPE_CHECKING:
    from app.services.session import Session
    from app.ui.common.context import AppContext


class SaveWorkingGroup(ServiceCommand):
    """Save the values; undo puts the previous ones back (or removes a group just described)."""

    def __init__(self, context: AppContext, values: Mapping[str, Any]) -> None:
        super().__init__(
            context,
            QCoreApplication.translate("SaveWorkingGroup", "Change the working group"),
            self._save,
            self._restore,
            {WORKING_GROUP, MEETINGS},
        )
        self.values = dict(values)
        self.before: dict[str, Any] | None = None

    def _save(self, session: Session) -> None:
        from app.services.working_group import group_values, save_group

        self.before = group_values(session)
        save_group(session, self.values)

    def _restore(self, session: Session, _result: object) -> None:
        from app.services.working_group import delete_working_group, save_group

        if self.before is None:
            delete_working_group(session)
        else:
            save_group(session, self.before)
