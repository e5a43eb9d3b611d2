"""VTIMEZONE components that give tzdata's instants in every year of the exported meetings.

A zone's rules change: Brazil moved its daylight-saving dates almost every year and
abolished it in 2019, Mexico abolished it in 2022, Chile and Paraguay moved theirs,
Venezuela changed its offset twice. One yearly rule applied to every year puts
meetings an hour off, so the zone is described period by period over the years
the meetings cover (and the year before, whose last change is still in force on
1 January):

- a run of years with the same daylight-saving rule: one STANDARD and one DAYLIGHT,
  each with ``DTSTART`` at the rule's first onset and ``RRULE:FREQ=YEARLY;BYMONTH=
  ..;BYDAY=..``, ended with ``UNTIL`` (UTC) at its last onset when a later period
  follows;
- a run of years without a change: one STANDARD without a rule from 1 January;
- a year whose changes follow no yearly pattern (Brazil 2019, Venezuela 2007): one
  sub-component per change, without a rule.

Why this form: Microsoft's [MS-OXCICAL] (section 2.1.3.1.1.19.2, "Component:
STANDARD", and its DAYLIGHT twin) lets an importer read every STANDARD and DAYLIGHT
"that have unique years in their DTSTART", which is how Outlook keeps one rule per
year (a ``TZRULE`` with its ``wYear``); it parses RRULEs of the ``BYMONTH``/``BYDAY``
form, and long RDATE lists are what it shifts by an hour. So each period starts in
its own year, with at most one STANDARD and one DAYLIGHT starting in any year, and
every rule is a yearly BYMONTH/BYDAY one. RFC 5545 readers (icalendar, vobject,
libical, CalDAV servers) read the same component exactly: the observance in force
is the one with the latest onset, and UNTIL stops a rule where the next begins.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from icalendar import Timezone, TimezoneDaylight, TimezoneStandard

WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_DAY = timedelta(days=1)
_SECOND = timedelta(seconds=1)


@dataclass(frozen=True)
class Transition:
    """One change of UTC offset, as the wall-clock moment before the change."""

    local: datetime  # naive, in the offset before the change, whole seconds
    offset_from: timedelta
    offset_to: timedelta
    name: str  # abbreviation after the change, e.g. "EDT"
    daylight: bool = False  # daylight-saving time after the change

    @property
    def utc(self) -> datetime:
        return (self.local - self.offset_from).replace(tzinfo=UTC)


@dataclass(frozen=True)
class YearlyRule:
    """``month``'s ``nth`` ``weekday`` (nth -1 = the last) at ``hour:minute:second`` local."""

    month: int
    weekday: int  # Monday = 0
    nth: int
    hour: int
    minute: int
    offset_from: timedelta
    offset_to: timedelta
    name: str
    second: int = 0
    daylight: bool = False

    @property
    def byday(self) -> str:
        return f"{self.nth}{WEEKDAYS[self.weekday]}"

    def onset(self, year: int) -> datetime:
        """The wall-clock moment the rule takes effect in ``year``."""
        weeks = calendar.Calendar().monthdatescalendar(year, self.month)
        days = [
            day
            for week in weeks
            for day in week
            if day.month == self.month and day.weekday() == self.weekday
        ]
        day = days[self.nth - 1] if self.nth > 0 else days[-1]
        return datetime(day.year, day.month, day.day, self.hour, self.minute, self.second)


@dataclass(frozen=True)
class Period:
    """Consecutive years the zone keeps one way: fixed, a yearly rule pair, or one-off changes."""

    first_year: int
    last_year: int
    #: Standard then daylight rule, for a daylight-saving period.
    rules: tuple[YearlyRule, ...] = ()
    #: The changes of an irregular year.
    changes: tuple[Transition, ...] = ()
    #: Offset and name of a fixed period.
    offset: timedelta = timedelta(0)
    name: str = ""


def _state(zone: ZoneInfo, instant: datetime) -> tuple[timedelta, bool, str]:
    local = instant.astimezone(zone)
    return (
        local.utcoffset() or timedelta(0),
        bool(local.dst()),
        local.tzname() or "",
    )


def _offset(zone: ZoneInfo, instant: datetime) -> timedelta:
    return instant.astimezone(zone).utcoffset() or timedelta(0)


def transitions_in(zone: ZoneInfo, year: int) -> list[Transition]:
    """The offset changes of ``zone`` in ``year``, found by day and then to the second."""
    found = []
    moment = datetime(year, 1, 1, tzinfo=UTC)
    end = datetime(year + 1, 1, 1, tzinfo=UTC)
    before = _offset(zone, moment)
    while moment < end:
        following = moment + _DAY
        after = _offset(zone, following)
        if after != before:
            low, high = 0, 86400  # seconds after ``moment``; offset(low) == before
            while high - low > 1:
                middle = (low + high) // 2
                if _offset(zone, moment + timedelta(seconds=middle)) == before:
                    low = middle
                else:
                    high = middle
            change = moment + timedelta(seconds=high)
            offset_to, daylight, name = _state(zone, change)
            found.append(
                Transition(
                    local=(change + before).replace(tzinfo=None),
                    offset_from=before,
                    offset_to=offset_to,
                    name=name,
                    daylight=daylight,
                )
            )
        moment, before = following, after
    return found


def _is_last(moment: datetime) -> bool:
    return moment.day + 7 > calendar.monthrange(moment.year, moment.month)[1]


def _bydays(moment: datetime) -> frozenset[int]:
    """The BYDAY ordinals that name ``moment``'s day: its week of the month, -1 if the last."""
    nth = (moment.day - 1) // 7 + 1
    return frozenset({nth, -1} if _is_last(moment) else {nth})


def _same_change(one: Transition, other: Transition) -> bool:
    """Whether two changes (in different years) follow one yearly rule, BYDAY aside."""
    return (
        one.local.month == other.local.month
        and one.local.weekday() == other.local.weekday()
        and one.local.time() == other.local.time()
        and (one.offset_from, one.offset_to, one.name, one.daylight)
        == (other.offset_from, other.offset_to, other.name, other.daylight)
    )


def _rule(changes: list[Transition]) -> YearlyRule | None:
    """The yearly rule every one of ``changes`` (one a year) follows, or None."""
    first = changes[0]
    if not all(_same_change(first, other) for other in changes[1:]):
        return None
    common = frozenset.intersection(*(_bydays(change.local) for change in changes))
    if not common:
        return None
    positive = [nth for nth in common if nth > 0]
    # "Last Sunday" is what a 4th-or-5th-week rule means; where a year makes the 4th
    # Sunday also the last, the other years of the run decide.
    nth = -1 if -1 in common and (not positive or positive[0] >= 4) else positive[0]
    local = first.local
    return YearlyRule(
        month=local.month,
        weekday=local.weekday(),
        nth=nth,
        hour=local.hour,
        minute=local.minute,
        second=local.second,
        offset_from=first.offset_from,
        offset_to=first.offset_to,
        name=first.name,
        daylight=first.daylight,
    )


def _is_pair(changes: list[Transition]) -> bool:
    """Two changes that go there and back again within the year (daylight saving)."""
    return (
        len(changes) == 2
        and changes[0].offset_to == changes[1].offset_from
        and changes[1].offset_to == changes[0].offset_from
        and changes[0].daylight != changes[1].daylight
    )


def _by_kind(changes: list[Transition]) -> tuple[Transition, Transition]:
    """(to standard, to daylight) of a pair."""
    first, second = changes
    return (second, first) if first.daylight else (first, second)


def _pair_rules(years: list[list[Transition]]) -> tuple[YearlyRule, ...] | None:
    standard = _rule([_by_kind(changes)[0] for changes in years])
    daylight = _rule([_by_kind(changes)[1] for changes in years])
    if standard is None or daylight is None:
        return None
    return (standard, daylight)


def _periods(zone: ZoneInfo, first: int, last: int) -> list[Period]:
    """The periods of ``zone`` from ``first`` to ``last`` (years), in order."""
    periods: list[Period] = []
    run: list[list[Transition]] = []  # the changes of each year of the open pair period
    for year in range(first, last + 1):
        changes = transitions_in(zone, year)
        previous = periods[-1] if periods else None
        if _is_pair(changes):
            if previous is not None and previous.rules and previous.last_year == year - 1:
                rules = _pair_rules([*run, changes])
                if rules is not None:
                    run.append(changes)
                    periods[-1] = replace(previous, last_year=year, rules=rules)
                    continue
            run = [changes]
            rules = _pair_rules(run)
            assert rules is not None  # one year always has its own rule
            periods.append(Period(year, year, rules=rules))
            continue
        run = []
        if changes:
            periods.append(Period(year, year, changes=tuple(changes)))
            continue
        offset, _daylight, name = _state(zone, datetime(year, 7, 1, tzinfo=UTC))
        if (
            previous is not None
            and not previous.rules
            and not previous.changes
            and (previous.offset, previous.name) == (offset, name)
        ):
            periods[-1] = replace(previous, last_year=year)
        else:
            periods.append(Period(year, year, offset=offset, name=name))
    return periods


def _observance(
    daylight: bool,
    start: datetime,
    offset_from: timedelta,
    offset_to: timedelta,
    name: str,
) -> TimezoneStandard | TimezoneDaylight:
    component = TimezoneDaylight() if daylight else TimezoneStandard()
    component.add("dtstart", start)
    component.add("tzoffsetfrom", offset_from)
    component.add("tzoffsetto", offset_to)
    if name:
        component.add("tzname", name)
    return component


def _rule_observance(
    rule: YearlyRule, period: Period, final: bool
) -> TimezoneStandard | TimezoneDaylight:
    component = _observance(
        rule.daylight,
        rule.onset(period.first_year),
        rule.offset_from,
        rule.offset_to,
        rule.name,
    )
    recurrence: dict[str, object] = {"freq": "yearly", "bymonth": rule.month, "byday": rule.byday}
    if not final:
        last_onset = rule.onset(period.last_year) - rule.offset_from
        recurrence["until"] = last_onset.replace(tzinfo=UTC)
    component.add("rrule", recurrence)
    return component


def _sub_components(period: Period, final: bool) -> list[TimezoneStandard | TimezoneDaylight]:
    if period.rules:
        return [_rule_observance(rule, period, final) for rule in period.rules]
    if period.changes:
        return [
            _observance(
                change.daylight, change.local, change.offset_from, change.offset_to, change.name
            )
            for change in period.changes
        ]
    start = datetime(period.first_year, 1, 1)
    return [_observance(False, start, period.offset, period.offset, period.name)]


@lru_cache(maxsize=256)
def zone_periods(zone_name: str, years: tuple[int, ...]) -> tuple[Period, ...]:
    """The periods of ``zone_name`` covering ``years`` (sorted) and the year before them."""
    return tuple(_periods(ZoneInfo(zone_name), min(years) - 1, max(years)))


def vtimezone(zone_name: str, years: Iterable[int]) -> Timezone:
    """A VTIMEZONE for ``zone_name`` that is exact for meetings held in ``years``."""
    chosen = tuple(sorted(set(years)))
    periods = zone_periods(zone_name, chosen)
    component = Timezone()
    component.add("tzid", zone_name)
    for index, period in enumerate(periods):
        final = index == len(periods) - 1
        for sub in _sub_components(period, final):
            component.add_component(sub)
    return component
