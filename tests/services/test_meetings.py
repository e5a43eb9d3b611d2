"""Meetings: the rules a chair expects, and the SEQUENCE calendars rely on."""

from __future__ import annotations

from datetime import date, time

import pytest

from app.models import AgendaItem, Meeting, MeetingStatus
from app.services import agenda, meeting_rows, meetings
from app.services.errors import NotFoundError, ValidationError
from app.store import Workspace
from tests.services.conftest import MakeMeeting
from tests.services.support import count

NY = "America/New_York"


def test_create_meeting_keeps_what_was_entered(workspace: Workspace) -> None:
    with workspace.writing() as session:
        meeting = meetings.create_meeting(
            session,
            date=date(2011, 9, 15),
            start_time=time(10),
            end_time=time(13),
            timezone=NY,
            number=1,
            title="  First meeting of the Working Group ",
            translations={"es": "Primera reunión del Grupo de Trabajo"},
            room="Padilha Vidal Room",
            format="hybrid",
        )
        meeting_id = meeting.id
    with workspace.reading() as session:
        stored = session.get(Meeting, meeting_id)
        assert stored.title == "First meeting of the Working Group"
        assert stored.title_es == "Primera reunión del Grupo de Trabajo"
        assert (stored.start_time, stored.end_time, stored.timezone) == (time(10), time(13), NY)
        assert stored.room == "Padilha Vidal Room"
        assert stored.format == "hybrid"
        assert stored.status == MeetingStatus.PLANNED
        assert stored.sequence == 0
        assert stored.uid.endswith("@chairdesk")


def test_a_meeting_without_title_is_named_by_its_number(make_meeting: MakeMeeting, workspace):
    meeting_id = make_meeting(number=3)
    with workspace.reading() as session:
        assert session.get(Meeting, meeting_id).title == "Meeting 3"


def test_each_meeting_gets_its_own_uid(make_meeting: MakeMeeting, workspace) -> None:
    ids = [make_meeting(date(2011, 9, day)) for day in (15, 22, 29)]
    with workspace.reading() as session:
        uids = {session.get(Meeting, i).uid for i in ids}
    assert len(uids) == 3


def test_a_uid_cannot_be_used_twice(make_meeting: MakeMeeting, workspace) -> None:
    make_meeting(uid="abc@example.org")
    with pytest.raises(ValidationError) as error:
        make_meeting(date(2011, 9, 22), uid="abc@example.org")
    assert error.value.field == "uid"
    assert count(workspace, Meeting) == 1


@pytest.mark.parametrize("end", [time(9), time(10)], ids=["before", "equal"])
def test_end_before_start_is_refused_and_nothing_is_written(
    workspace: Workspace, make_meeting: MakeMeeting, end: time
) -> None:
    with pytest.raises(ValidationError) as error:
        make_meeting(start_time=time(10), end_time=end)
    assert error.value.field == "end_time"
    assert "end after it starts" in error.value.message
    assert count(workspace, Meeting) == 0


def test_unknown_time_zone_is_refused_and_nothing_is_written(
    workspace: Workspace, make_meeting: MakeMeeting
) -> None:
    with pytest.raises(ValidationError) as error:
        make_meeting(timezone="America/Atlantis")
    assert error.value.field == "timezone"
    assert "America/Atlantis" in error.value.message
    assert count(workspace, Meeting) == 0


def test_a_bad_edit_leaves_the_meeting_as_it_was(
    workspace: Workspace, make_meeting: MakeMeeting
) -> None:
    meeting_id = make_meeting(room="Room A")
    with pytest.raises(ValidationError) as error, workspace.writing() as session:
        meetings.update_meeting(session, meeting_id, {"room": "Room B", "end_time": time(8)})
    assert error.value.field == "end_time"
    with workspace.reading() as session:
        meeting = session.get(Meeting, meeting_id)
        assert (meeting.room, meeting.end_time, meeting.sequence) == ("Room A", time(13), 0)


def test_unknown_fields_are_refused(workspace: Workspace, make_meeting: MakeMeeting) -> None:
    meeting_id = make_meeting()
    with pytest.raises(ValidationError) as error, workspace.writing() as session:
        meetings.update_meeting(session, meeting_id, {"uid": "new"})
    assert error.value.field == "uid"


def _sequence_after(workspace: Workspace, meeting_id: int, changes: dict) -> int:
    with workspace.writing() as session:
        meetings.update_meeting(session, meeting_id, changes)
    with workspace.reading() as session:
        return session.get(Meeting, meeting_id).sequence


@pytest.mark.parametrize(
    "changes",
    [
        {"start_time": time(11)},
        {"end_time": time(14)},
        {"date": date(2011, 9, 16)},
        {"timezone": "America/Port_of_Spain"},
        {"room": "Simón Bolívar Room"},
        {"venue": "Main building"},
        {"status": "confirmed"},
    ],
    ids=lambda changes: next(iter(changes)),
)
def test_sequence_goes_up_when_time_place_or_status_changes(
    workspace: Workspace, make_meeting: MakeMeeting, changes: dict
) -> None:
    meeting_id = make_meeting()
    assert _sequence_after(workspace, meeting_id, changes) == 1


@pytest.mark.parametrize(
    "changes",
    [{"notes": "Bring the draft"}, {"title": "Renamed"}, {"format": "virtual"}, {"room": ""}],
    ids=["notes", "title", "format", "same-room"],
)
def test_sequence_stays_when_nothing_a_calendar_shows_moves(
    workspace: Workspace, make_meeting: MakeMeeting, changes: dict
) -> None:
    meeting_id = make_meeting()
    assert _sequence_after(workspace, meeting_id, changes) == 0


def test_meeting_values_restore_an_edit(workspace: Workspace, make_meeting: MakeMeeting) -> None:
    meeting_id = make_meeting(title="Original", translations={"fr": "Original FR"})
    with workspace.reading() as session:
        before = meetings.meeting_values(session.get(Meeting, meeting_id))
    with workspace.writing() as session:
        meetings.update_meeting(
            session, meeting_id, {"title": "Changed", "room": "B", "start_time": time(9)}
        )
    with workspace.writing() as session:
        meetings.update_meeting(session, meeting_id, before)
    with workspace.reading() as session:
        after = meetings.meeting_values(session.get(Meeting, meeting_id))
    assert after == before


def test_cancel_and_postpone(workspace: Workspace, make_meeting: MakeMeeting) -> None:
    first, second, third = (make_meeting(date(2011, 9, d)) for d in (15, 22, 29))
    with workspace.writing() as session:
        meetings.cancel_meeting(session, first)
        meetings.postpone_meeting(session, second)
        meetings.postpone_meeting(session, third, date(2011, 10, 6))
    with workspace.reading() as session:
        cancelled, postponed, moved = (session.get(Meeting, i) for i in (first, second, third))
        assert (cancelled.status, cancelled.sequence) == (MeetingStatus.CANCELLED, 1)
        assert (postponed.status, postponed.sequence) == (MeetingStatus.POSTPONED, 1)
        assert (moved.status, moved.date, moved.sequence) == (
            MeetingStatus.PLANNED,
            date(2011, 10, 6),
            1,
        )


def test_delete_meeting_takes_its_agenda_with_it(
    workspace: Workspace, make_meeting: MakeMeeting
) -> None:
    meeting_id = make_meeting()
    with workspace.writing() as session:
        agenda.add_item(session, meeting_id, title="Election of the Vice Chair")
    with workspace.writing() as session:
        meetings.delete_meeting(session, meeting_id)
    assert count(workspace, Meeting) == 0
    assert count(workspace, AgendaItem) == 0
    with pytest.raises(NotFoundError), workspace.writing() as session:
        meetings.delete_meeting(session, meeting_id)


def test_series_dates_thursdays_without_the_unticked_ones() -> None:
    dates = meetings.series_dates(
        date(2011, 9, 15),
        date(2011, 10, 27),
        weekdays=[3],
        skip=[date(2011, 10, 6), date(2011, 10, 20)],
    )
    assert dates == [
        date(2011, 9, 15),
        date(2011, 9, 22),
        date(2011, 9, 29),
        date(2011, 10, 13),
        date(2011, 10, 27),
    ]


@pytest.mark.parametrize(
    ("first", "last", "weekdays", "field"),
    [
        (date(2011, 10, 27), date(2011, 9, 15), [3], "last_date"),
        (date(2011, 9, 15), date(2011, 10, 27), [], "weekdays"),
        (date(2011, 9, 15), date(2011, 10, 27), [7], "weekdays"),
        (date(2011, 1, 1), date(2016, 1, 1), [3], "last_date"),
    ],
    ids=["backwards", "no-day", "bad-day", "too-long"],
)
def test_series_dates_refuses_impossible_series(first, last, weekdays, field) -> None:
    with pytest.raises(ValidationError) as error:
        meetings.series_dates(first, last, weekdays)
    assert error.value.field == field


def test_create_series_numbers_on_from_the_last_meeting(
    workspace: Workspace, make_meeting: MakeMeeting
) -> None:
    make_meeting(date(2011, 9, 8), number=1)
    dates = meetings.series_dates(date(2011, 9, 15), date(2011, 9, 29), [3])
    with workspace.writing() as session:
        created = meetings.create_series(
            session, dates=dates, start_time=time(10), end_time=time(13), timezone=NY
        )
        numbers = [m.number for m in created]
    assert numbers == [2, 3, 4]
    assert count(workspace, Meeting) == 4
    with pytest.raises(ValidationError) as error, workspace.writing() as session:
        meetings.create_series(
            session, dates=[], start_time=time(10), end_time=time(13), timezone=NY
        )
    assert error.value.field == "dates"


def test_a_series_with_a_bad_time_writes_no_meeting(workspace: Workspace) -> None:
    with pytest.raises(ValidationError), workspace.writing() as session:
        meetings.create_series(
            session,
            dates=[date(2011, 9, 15), date(2011, 9, 22)],
            start_time=time(10),
            end_time=time(9),
            timezone=NY,
        )
    assert count(workspace, Meeting) == 0


def test_list_meetings_in_date_order_with_item_counts_and_titles(
    workspace: Workspace, make_meeting: MakeMeeting
) -> None:
    late = make_meeting(date(2011, 10, 13), title="Fourth meeting")
    early = make_meeting(
        date(2011, 9, 15),
        title="Primera reunión",
        title_language="es",
        translations={"en": "First"},
    )
    with workspace.writing() as session:
        agenda.add_item(session, late, title="Documents for MISPA III")
        agenda.add_item(session, late, title="Outcome document")
    with workspace.reading() as session:
        rows = meeting_rows.list_meetings(session)
        french = meeting_rows.list_meetings(session, language="fr")
        english = meeting_rows.list_meetings(session, language="en")
        october = meeting_rows.list_meetings(session, first=date(2011, 10, 1))
    assert [r.id for r in rows] == [early, late]
    assert [r.item_count for r in rows] == [0, 2]
    assert [r.title for r in rows] == ["Primera reunión", "Fourth meeting"]
    assert [r.title for r in french] == ["Primera reunión", "Fourth meeting"]
    assert [r.title for r in english] == ["First", "Fourth meeting"]
    assert [r.id for r in october] == [late]
    assert rows[0].starts_at().utcoffset().total_seconds() == -4 * 3600


def test_overlapping_ids_compares_across_time_zones(
    workspace: Workspace, make_meeting: MakeMeeting
) -> None:
    day = date(2011, 9, 15)
    new_york = make_meeting(day, start_time=time(10), end_time=time(13))
    # 09:30-10:30 in Mexico City (UTC-5 in September 2011) is 10:30-11:30 in New York.
    mexico = make_meeting(
        day, start_time=time(9, 30), end_time=time(10, 30), timezone="America/Mexico_City"
    )
    # 10:00 in London is 05:00 in New York: same wall clock, no overlap.
    make_meeting(day, start_time=time(10), end_time=time(11), timezone="Europe/London")
    # Back to back is not an overlap.
    make_meeting(day, start_time=time(13), end_time=time(14))
    cancelled = make_meeting(day, start_time=time(11), end_time=time(12))
    with workspace.writing() as session:
        meetings.cancel_meeting(session, cancelled)
    with workspace.reading() as session:
        rows = meeting_rows.list_meetings(session)
    assert meeting_rows.overlapping_ids(rows) == {new_york, mexico}


def test_next_meeting_after_skips_cancelled_and_postponed(
    workspace: Workspace, make_meeting: MakeMeeting
) -> None:
    first, cancelled, postponed, fourth = (
        make_meeting(date(2011, 9, 15)),
        make_meeting(date(2011, 9, 22)),
        make_meeting(date(2011, 9, 29)),
        make_meeting(date(2011, 10, 13)),
    )
    with workspace.writing() as session:
        meetings.cancel_meeting(session, cancelled)
        meetings.postpone_meeting(session, postponed)
    with workspace.reading() as session:
        assert meeting_rows.next_meeting_after(session, session.get(Meeting, first)).id == fourth
        assert meeting_rows.next_meeting_after(session, session.get(Meeting, fourth)) is None
