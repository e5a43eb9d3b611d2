"""VTIMEZONEs in the yearly-rule form: one STANDARD and one DAYLIGHT that say what zoneinfo says."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar, Timezone

from app.exchange.ics_vtimezone import vtimezone


def rules(zone: str, years: list[int]) -> dict[str, list[dict]]:
    component = Timezone.from_ical(vtimezone(zone, years).to_ical())
    return {
        kind: [dict(sub["RRULE"]) for sub in component.walk(kind) if "RRULE" in sub]
        for kind in ("STANDARD", "DAYLIGHT")
    }


@pytest.mark.parametrize(
    ("zone", "years", "standard", "daylight"),
    [
        ("America/New_York", [2011], (11, "1SU"), (3, "2SU")),
        ("Europe/Madrid", [2011, 2026], (10, "-1SU"), (3, "-1SU")),
        ("Australia/Sydney", [2024], (4, "1SU"), (10, "1SU")),
    ],
)
def test_yearly_rules_follow_the_zone(zone, years, standard, daylight):
    found = rules(zone, years)
    assert len(found["STANDARD"]) == len(found["DAYLIGHT"]) == 1
    assert (found["STANDARD"][0]["BYMONTH"], found["STANDARD"][0]["BYDAY"]) == (
        [standard[0]],
        [standard[1]],
    )
    assert (found["DAYLIGHT"][0]["BYMONTH"], found["DAYLIGHT"][0]["BYDAY"]) == (
        [daylight[0]],
        [daylight[1]],
    )


@pytest.mark.parametrize(
    ("zone", "year"),
    [
        ("America/New_York", 2011),
        ("America/Sao_Paulo", 2011),
        ("Europe/Madrid", 2025),
        ("Australia/Sydney", 2024),
        ("America/Port_of_Spain", 2011),
        ("America/Bogota", 2011),
        ("Asia/Kolkata", 2024),
    ],
)
def test_a_calendar_reading_the_component_gets_zoneinfos_offsets_all_year(zone, year):
    """Parse the VTIMEZONE into a tzinfo as calendar programs do; compare each day and,
    around each change, each hour."""
    text = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
        + vtimezone(zone, [year]).to_ical()
        + b"END:VCALENDAR\r\n"
    )
    (component,) = Calendar.from_ical(text).walk("VTIMEZONE")
    from_file = component.to_tz(lookup_tzid=False)
    reference = ZoneInfo(zone)

    def offsets(moment: datetime) -> tuple:
        return moment.astimezone(from_file).utcoffset(), moment.astimezone(reference).utcoffset()

    day = datetime(year, 1, 1, tzinfo=UTC)
    while day.year == year:
        assert offsets(day)[0] == offsets(day)[1], day
        following = day + timedelta(days=1)
        if day.astimezone(reference).utcoffset() != following.astimezone(reference).utcoffset():
            for hour in range(-24, 48):  # hour by hour around the change
                moment = day + timedelta(hours=hour)
                assert offsets(moment)[0] == offsets(moment)[1], moment
        day = following


def test_a_zone_without_daylight_saving_is_one_fixed_standard():
    component = vtimezone("America/Bogota", [2011])
    (standard,) = component.walk("STANDARD")
    assert component.walk("DAYLIGHT") == []
    assert "RRULE" not in standard and "RDATE" not in standard
    assert standard["TZOFFSETFROM"].td == standard["TZOFFSETTO"].td == timedelta(hours=-5)
