"""Undoing "Add mandate" after a colleague worked on the new mandate takes nothing of theirs."""

from __future__ import annotations

import pytest

from app.services import mandates
from app.ui.workplan.mandate_dialog import MandateDialog
from app.ui.workplan.workplan_page import WorkPlanPage
from tests.ui.conflict_support import as_colleague
from tests.ui.meeting_support import OFFSCREEN_WARNING
from tests.ui.page_support import press_ok_on_exec, shown

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_WARNING)
RESOLUTION = "AG/RES. 2866 (XLI-O/11)"


def fill(dialog: MandateDialog) -> None:
    dialog.resolution.setCurrentText(RESOLUTION)
    dialog.text.setPlainText("To report on the follow-up of the Commitment.")


def added(context):
    rows = context.read(mandates.list_mandates)
    return [row for row in rows if row.resolution == RESOLUTION]


def test_undo_of_an_added_mandate_a_colleague_changed_is_refused(qtbot, app_context, monkeypatch):
    page = shown(qtbot, WorkPlanPage(app_context), 1200, 700)
    press_ok_on_exec(monkeypatch, MandateDialog, fill)
    page.add_action.trigger()
    [mandate] = added(app_context)
    as_colleague(
        app_context,
        lambda s: mandates.update_mandate(s, mandate.id, {"area_responsible": "CHS (colleague)"}),
    )
    with qtbot.waitSignal(app_context.error_reported) as reported:
        app_context.undo_stack.undo()
    assert "Cannot undo" in str(reported.args[0])
    assert [m.area_responsible for m in added(app_context)] == ["CHS (colleague)"]


def test_undo_of_an_added_mandate_nobody_touched_removes_it(qtbot, app_context, monkeypatch):
    page = shown(qtbot, WorkPlanPage(app_context), 1200, 700)
    press_ok_on_exec(monkeypatch, MandateDialog, fill)
    page.add_action.trigger()
    assert len(added(app_context)) == 1
    app_context.undo_stack.undo()
    assert added(app_context) == []
    app_context.undo_stack.redo()
    assert len(added(app_context)) == 1
