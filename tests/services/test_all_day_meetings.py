"""All-day meetings, of one day or several: stored, validated, listed, ordered in time."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest

from app.services.errors import ValidationError
from app.services.meeting_rows import list_meetings, overlapping_ids
from app.services.meetings import create_meeting, read_meeting_values, update_meeting


def make(workspace, **values):
    with workspace.writing() as session:
        return create_meeting(session, timezone="America/Port_of_Spain", **values).id


def rows(workspace, **filters):
    with workspace.reading() as session:
        return {row.id: row for row in list_meetings(session, **filters)}


def test_a_two_day_all_day_meeting_is_stored_and_spans_both_days(workspace):
    meeting_id = make(workspace, date=date(2011, 11, 17), end_date=date(2011, 11, 18), all_day=True)
    row = rows(workspace)[meeting_id]
    assert (row.all_day, row.date, row.end_date, row.last_date) == (
        True,
        date(2011, 11, 17),
        date(2011, 11, 18),
        date(2011, 11, 18),
    )
    assert row.starts_at() == datetime(2011, 11, 17, 4, tzinfo=UTC)
    assert row.ends_at() == datetime(2011, 11, 19, 4, tzinfo=UTC)
    # Listing the second day alone still shows it.
    assert meeting_id in rows(workspace, first=date(2011, 11, 18), last=date(2011, 11, 18))


def test_an_all_day_meeting_needs_no_times_and_one_day_has_no_end_date(workspace):
    meeting_id = make(workspace, date=date(2011, 11, 17), end_date=date(2011, 11, 17), all_day=True)
    row = rows(workspace)[meeting_id]
    assert (row.all_day, row.end_date) == (True, None)


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"all_day": True, "end_date": date(2011, 11, 16)}, "end_date"),
        ({"all_day": True, "end_date": date(2011, 12, 31)}, "end_date"),
        (
            {"start_time": time(10), "end_time": time(12), "end_date": date(2011, 11, 18)},
            "end_date",
        ),
        ({}, "start_time"),
    ],
)
def test_impossible_days_are_refused_with_the_field(workspace, values, field):
    with pytest.raises(ValidationError) as caught, workspace.writing() as session:
        create_meeting(session, date=date(2011, 11, 17), timezone="America/Port_of_Spain", **values)
    assert caught.value.field == field


@pytest.mark.parametrize("day", [date(1, 1, 1), date(9999, 12, 31)])
def test_a_meeting_outside_the_years_a_calendar_can_hold_is_refused(workspace, day):
    with pytest.raises(ValidationError) as caught, workspace.writing() as session:
        create_meeting(session, date=day, start_time=time(10), end_time=time(11), timezone="UTC")
    assert caught.value.field == "date"


def test_turning_a_meeting_all_day_is_a_change_calendars_see(workspace):
    meeting_id = make(workspace, date=date(2011, 11, 17), start_time=time(9), end_time=time(17))
    with workspace.writing() as session:
        update_meeting(session, meeting_id, {"all_day": True, "end_date": date(2011, 11, 18)})
        values = read_meeting_values(session, meeting_id)
    row = rows(workspace)[meeting_id]
    assert (row.all_day, row.end_date, row.sequence) == (True, date(2011, 11, 18), 1)
    assert values["all_day"] is True and values["end_date"] == date(2011, 11, 18)
    with workspace.writing() as session:
        update_meeting(
            session,
            meeting_id,
            {"all_day": False, "end_date": None, "start_time": time(9), "end_time": time(12)},
        )
    row = rows(workspace)[meeting_id]
    assert (row.all_day, row.end_date, row.start_time, row.sequence) == (False, None, time(9), 2)


def test_a_session_during_the_ministerial_overlaps_it(workspace):
    ministerial = make(
        workspace, date=date(2011, 11, 17), end_date=date(2011, 11, 18), all_day=True
    )
    session_id = make(workspace, date=date(2011, 11, 18), start_time=time(15), end_time=time(16))
    later = make(workspace, date=date(2011, 11, 19), start_time=time(9), end_time=time(10))
    assert overlapping_ids(rows(workspace).values()) == {ministerial, session_id}
    assert later not in overlapping_ids(rows(workspace).values())
