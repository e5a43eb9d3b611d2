"""Another person's change shows in this window within two seconds; a lost server is said so."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import QSettings

from app.services import meetings
from app.store import WorkspaceError, open_workspace
from app.ui.calendar.calendar_page import CalendarPage
from app.ui.common.change_watch import ChangeWatcher
from app.ui.common.context import AppContext
from tests.ui.meeting_support import OFFSCREEN_WARNING
from tests.ui.page_support import shown

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_WARNING)
NEW = "Informal consultations on the draft declaration"


def someone_adds_a_meeting(location: str) -> None:
    other = open_workspace(location, create=False)
    try:
        with other.writing(("meetings",)) as session:
            meetings.create_meeting(
                session,
                title=NEW,
                date=date(2011, 11, 3),
                start_time=time(10),
                end_time=time(13),
                timezone="America/New_York",
            )
    finally:
        other.close()


def titles(page) -> list[str]:
    return [row.title for row in page.model.rows()]


def test_a_meeting_added_in_another_window_appears_within_two_seconds(qtbot, app_context):
    watcher = ChangeWatcher(app_context)
    watcher._follow()  # the window makes its watcher before opening a workspace
    page = shown(qtbot, CalendarPage(app_context), 1000, 600)
    assert NEW not in titles(page)
    someone_adds_a_meeting(app_context.workspace.location)
    qtbot.waitUntil(lambda: NEW in titles(page), timeout=2000)


@pytest.fixture
def server_context(qapp, tmp_path, pg_server, pg_demo_template):
    pg_demo_template.reset()
    context = AppContext(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    context.set_workspace(open_workspace(pg_demo_template.url, create=False))
    yield context
    context.undo_stack.clear()
    context.set_workspace(None)


@pytest.mark.postgresql
def test_on_a_server_a_change_appears_and_a_lost_server_refuses_edits_then_returns(
    qtbot, server_context, pg_server
):
    watcher = ChangeWatcher(server_context)
    watcher._retry.setInterval(300)
    watcher._follow()  # the window makes its watcher before opening a workspace
    page = shown(qtbot, CalendarPage(server_context), 1000, 600)
    someone_adds_a_meeting(server_context.workspace.location)
    qtbot.waitUntil(lambda: NEW in titles(page), timeout=2000)

    with pg_server.admin() as admin:  # the server drops every connection to the workspace
        admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = %s AND pid <> pg_backend_pid()",
            (server_context.workspace.name,),
        )
    qtbot.waitUntil(lambda: server_context.offline, timeout=2000)
    assert NEW in titles(page)  # what is on screen stays readable
    with pytest.raises(WorkspaceError, match="cannot be reached"):
        server_context.write(lambda s: None, {"meetings"})
    qtbot.waitUntil(lambda: not server_context.offline, timeout=5000)
    server_context.write(lambda s: None, {"meetings"})
