"""VTIMEZONEs in the yearly-rule form: one STANDARD and one DAYLIGHT that say what zoneinfo says."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar, Timezone

from app.exchange.ics_vtimezone import transitions_in, vtimezone
from tests.exchange.vobject_support import read_with_vobject


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


def calendar_with(zone: str, moments: list[datetime]) -> str:
    """A calendar with one event per wall-clock moment in ``zone`` and the zone's VTIMEZONE."""
    events = "".join(
        f"BEGIN:VEVENT\r\nUID:{index}@test\r\nDTSTAMP:20110101T000000Z\r\n"
        f"DTSTART;TZID={zone}:{moment:%Y%m%dT%H%M%S}\r\nSUMMARY:m\r\nEND:VEVENT\r\n"
        for index, moment in enumerate(moments)
    )
    years = {moment.year for moment in moments}
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
        + vtimezone(zone, years).to_ical().decode()
        + events
        + "END:VCALENDAR\r\n"
    )


def instants_by_icalendar(text: str, moments: list[datetime]) -> list[datetime]:
    """UTC instants through icalendar's reading of the VTIMEZONE (not its zoneinfo lookup)."""
    (component,) = Calendar.from_ical(text).walk("VTIMEZONE")
    zone = component.to_tz(lookup_tzid=False)
    return [moment.replace(tzinfo=zone).astimezone(UTC) for moment in moments]


def instants_by_vobject(text: str) -> list[datetime]:
    calendar = read_with_vobject(text)
    events = sorted(calendar.vevent_list, key=lambda event: int(event.uid.value.split("@")[0]))
    return [event.dtstart.value.astimezone(UTC) for event in events]


@pytest.mark.parametrize(
    ("zone", "moment", "expected"),
    [
        # Brazil's 2011 daylight saving began on 16 October, not on the 2010s' usual date.
        ("America/Sao_Paulo", datetime(2011, 10, 20, 10), datetime(2011, 10, 20, 12, tzinfo=UTC)),
        # Mexico abolished daylight saving in 2022.
        ("America/Mexico_City", datetime(2023, 6, 15, 10), datetime(2023, 6, 15, 16, tzinfo=UTC)),
        # Chile kept summer time all of 2015.
        ("America/Santiago", datetime(2015, 6, 1, 10), datetime(2015, 6, 1, 13, tzinfo=UTC)),
        # Venezuela at -04:30 from December 2007 to May 2016.
        ("America/Caracas", datetime(2011, 9, 15, 10), datetime(2011, 9, 15, 14, 30, tzinfo=UTC)),
        ("America/Caracas", datetime(2016, 6, 1, 10), datetime(2016, 6, 1, 14, tzinfo=UTC)),
        # Paraguay moved its dates in 2010 and 2013 and stayed at -03 from October 2024.
        ("America/Asuncion", datetime(2013, 3, 30, 10), datetime(2013, 3, 30, 14, tzinfo=UTC)),
        ("America/Asuncion", datetime(2025, 7, 1, 10), datetime(2025, 7, 1, 13, tzinfo=UTC)),
    ],
)
def test_a_meeting_in_a_year_of_other_rules_resolves_to_tzdatas_instant(zone, moment, expected):
    """Exported with meetings of other years (2011 and 2018) in the same zone."""
    others = [datetime(2011, 9, 15, 10), datetime(2018, 12, 6, 10)]
    text = calendar_with(zone, [moment, *others])
    assert moment.replace(tzinfo=ZoneInfo(zone)).astimezone(UTC) == expected
    assert instants_by_icalendar(text, [moment])[0] == expected
    assert instants_by_vobject(text)[0] == expected


CHANGING_ZONES = (
    "America/Sao_Paulo",
    "America/Mexico_City",
    "America/Santiago",
    "America/Asuncion",
    "America/Caracas",
    "America/Havana",
    "America/New_York",
    "America/Port_of_Spain",
    "Europe/Madrid",
)


@pytest.mark.parametrize("zone", CHANGING_ZONES)
def test_every_day_of_twenty_years_gets_zoneinfos_instant_in_both_parsers(zone):
    """A meeting at 10:00 every eleventh day, and every two hours around each change."""
    reference = ZoneInfo(zone)
    moments = []
    day = datetime(2006, 1, 1, 10)
    while day.year < 2026:
        moments.append(day)
        day += timedelta(days=11)
    for year in range(2006, 2026):
        for change in transitions_in(reference, year):
            for hours in range(-12, 13, 2):
                moment = change.local + timedelta(hours=hours)
                moments.append(moment.replace(minute=0, second=0))
    expected = [moment.replace(tzinfo=reference).astimezone(UTC) for moment in moments]
    text = calendar_with(zone, moments)
    by_icalendar = instants_by_icalendar(text, moments)
    by_vobject = instants_by_vobject(text)
    # A wall-clock time that does not exist or exists twice (the hour of a change) is
    # read differently by each library; every other one must agree with zoneinfo.
    for moment, wanted, first, second in zip(
        moments, expected, by_icalendar, by_vobject, strict=True
    ):
        if _ambiguous(moment, reference):
            continue
        assert (first, second) == (wanted, wanted), moment


def _ambiguous(moment: datetime, zone: ZoneInfo) -> bool:
    early = moment.replace(tzinfo=zone, fold=0)
    late = moment.replace(tzinfo=zone, fold=1)
    return early.utcoffset() != late.utcoffset()


@pytest.mark.parametrize("zone", CHANGING_ZONES)
def test_the_component_stays_in_the_form_outlook_reads(zone):
    """[MS-OXCICAL] 2.1.3.1.1.19: STANDARD and DAYLIGHT with unique DTSTART years, yearly
    BYMONTH/BYDAY rules, no RDATE lists."""
    component = Timezone.from_ical(vtimezone(zone, range(2006, 2026)).to_ical())
    for kind in ("STANDARD", "DAYLIGHT"):
        subs = component.walk(kind)
        years = [sub["DTSTART"].dt.year for sub in subs]
        assert len(years) == len(set(years)), (kind, years)
        for sub in subs:
            assert "RDATE" not in sub
            if "RRULE" in sub:
                rule = sub["RRULE"]
                assert rule["FREQ"] == ["YEARLY"]
                assert set(rule) <= {"FREQ", "BYMONTH", "BYDAY", "UNTIL"}
