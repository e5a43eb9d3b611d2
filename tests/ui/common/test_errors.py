"""An error a person can fix is shown as such, never as a crash to report."""

from __future__ import annotations

from app.exchange.ics_read import CalendarFileError
from app.exchange.xlsx_safety import WorkbookError
from app.ui.common.errors import describe


def test_a_file_the_user_chose_badly_is_explained_not_reported_as_a_bug(qapp):
    for error in (
        CalendarFileError("broken.ics is not an iCalendar file. Export it again."),
        WorkbookError("list.xlsx is password-protected: save it without a password."),
    ):
        title, message = describe(error)
        assert message == str(error)
        assert "report" not in message
        assert title != "Something went wrong"
