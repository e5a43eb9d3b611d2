"""A cancelled or postponed meeting keeps the chair's reason; titles carry the group's name."""

from __future__ import annotations

from datetime import date, time

import pytest

from app.models import MeetingStatus
from app.services import meeting_rows, meetings, working_group
from app.services.errors import ValidationError
from app.store import Workspace
from tests.services.conftest import MakeMeeting


def test_cancel_and_postpone_keep_the_reason(
    workspace: Workspace, make_meeting: MakeMeeting
) -> None:
    first, second = make_meeting(date(2011, 9, 15)), make_meeting(date(2011, 9, 22))
    with workspace.writing() as session:
        meetings.cancel_meeting(session, first, "The Permanent Council meets that day.")
        meetings.postpone_meeting(session, second, date(2011, 9, 29), "Documents not ready.")
    with workspace.reading() as session:
        rows = {row.id: row for row in meeting_rows.list_meetings(session)}
    assert rows[first].status == MeetingStatus.CANCELLED
    assert rows[first].status_reason == "The Permanent Council meets that day."
    assert (rows[second].date, rows[second].status_reason) == (
        date(2011, 9, 29),
        "Documents not ready.",
    )


def test_new_meetings_and_series_are_titled_with_the_group_name(workspace: Workspace) -> None:
    with workspace.writing() as session:
        working_group.save_working_group(
            session, {"name": "Working Group to Prepare MISPA III", "short_name": "GT/MISPA-III"}
        )
        one = meetings.create_meeting(
            session,
            date=date(2011, 9, 15),
            start_time=time(10),
            end_time=time(13),
            timezone="America/New_York",
            number=7,
        )
        series = meetings.create_series(
            session,
            dates=[date(2011, 10, 6), date(2011, 10, 13)],
            start_time=time(10),
            end_time=time(13),
            timezone="America/New_York",
            title_pattern="{group}: {number}th meeting",
        )
        assert one.title == "GT/MISPA-III – meeting 7"
        titles = [m.title for m in series]
    assert titles == ["GT/MISPA-III: 8th meeting", "GT/MISPA-III: 9th meeting"]


def test_a_title_pattern_with_an_unknown_field_is_refused(workspace: Workspace) -> None:
    with workspace.writing() as session, pytest.raises(ValidationError) as refused:
        meetings.create_series(
            session,
            dates=[date(2011, 10, 6)],
            start_time=time(10),
            end_time=time(13),
            timezone="America/New_York",
            title_pattern="Meeting {room}",
        )
    assert refused.value.field == "title_pattern"
    assert "{number}, {date} and {group}" in refused.value.message
