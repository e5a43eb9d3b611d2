"""VTIMEZONE components in the yearly-rule form that Outlook reads.

Outlook reads one STANDARD and one DAYLIGHT rule per zone and shifts events by an
hour when it is given the long RDATE lists that ``icalendar``'s
``add_missing_timezones`` writes. So each zone is described the way Outlook and
Google write it themselves: one STANDARD and one DAYLIGHT sub-component, each with
``RRULE:FREQ=YEARLY;BYMONTH=..;BYDAY=..``, derived from the zone's transitions (via
``zoneinfo``) in the years the exported meetings cover. A zone without daylight
saving time in those years gets a single STANDARD without a rule.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from icalendar import Timezone, TimezoneDaylight, TimezoneStandard

#: Year of the sub-components' DTSTART, as Google and Apple write it: the yearly
#: rule then applies to every meeting, whatever its year.
RULE_EPOCH = 1970
WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


@dataclass(frozen=True)
class Transition:
    """One change of UTC offset, as a wall-clock moment before the change."""

    local: datetime  # naive, in the offset before the change
    offset_from: timedelta
    offset_to: timedelta
    name: str  # abbreviation after the change, e.g. "EDT"


@dataclass(frozen=True)
class YearlyRule:
    """``month``'s ``nth`` ``weekday`` (nth -1 = the last) at ``hour:minute`` local time."""

    month: int
    weekday: int  # Monday = 0
    nth: int
    hour: int
    minute: int
    offset_from: timedelta
    offset_to: timedelta
    name: str

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
        return datetime(day.year, day.month, day.day, self.hour, self.minute)


@dataclass(frozen=True)
class ZoneRules:
    """What a VTIMEZONE says: a DST pair of yearly rules, or one fixed offset."""

    daylight: YearlyRule | None
    standard: YearlyRule | None
    fixed_offset: timedelta
    fixed_name: str


def _offset(zone: ZoneInfo, instant: datetime) -> timedelta:
    return instant.astimezone(zone).utcoffset() or timedelta(0)


def transitions_in(zone: ZoneInfo, year: int) -> list[Transition]:
    """The offset changes of ``zone`` in ``year``, found by day and then to the second."""
    found = []
    start = datetime(year, 1, 1, tzinfo=UTC)
    end = datetime(year + 1, 1, 1, tzinfo=UTC)
    day = timedelta(days=1)
    moment, before = start, _offset(zone, start)
    while moment < end:
        following = moment + day
        after = _offset(zone, following)
        if after != before:
            low, high = moment, following  # offset(low) == before, offset(high) == after
            while high - low > timedelta(seconds=1):
                middle = low + (high - low) / 2
                if _offset(zone, middle) == before:
                    low = middle
                else:
                    high = middle
            found.append(
                Transition(
                    local=(high + before).replace(tzinfo=None),
                    offset_from=before,
                    offset_to=after,
                    name=high.astimezone(zone).tzname() or "",
                )
            )
        moment, before = following, after
    return found


def _is_last(moment: datetime) -> bool:
    return moment.day + 7 > calendar.monthrange(moment.year, moment.month)[1]


def _rule_from(transition: Transition, others: list[Transition]) -> YearlyRule:
    """The yearly rule behind ``transition``, checked against the same change in other years.

    A date such as 25 March is both the 4th and the last Sunday; the other years tell
    which one the zone means. With no other year, "last" wins from the 4th week on,
    as in every current zone rule.
    """
    local = transition.local
    nth = (local.day - 1) // 7 + 1

    def holds(use_last: bool) -> bool:
        return all(
            (_is_last(other.local) if use_last else (other.local.day - 1) // 7 + 1 == nth)
            for other in others
        )

    use_last = _is_last(local) and holds(True) and (nth >= 4 or not holds(False))
    return YearlyRule(
        month=local.month,
        weekday=local.weekday(),
        nth=-1 if use_last else nth,
        hour=local.hour,
        minute=local.minute,
        offset_from=transition.offset_from,
        offset_to=transition.offset_to,
        name=transition.name,
    )


@lru_cache(maxsize=64)
def zone_rules(zone_name: str, years: tuple[int, ...]) -> ZoneRules:
    """The rules of ``zone_name`` for ``years`` (sorted); the latest year with DST wins.

    Where a zone changed its rules within ``years``, Outlook can hold only one rule
    pair anyway, so the most recent one is written.
    """
    zone = ZoneInfo(zone_name)
    by_year = {year: transitions_in(zone, year) for year in years}
    pairs = {
        year: found
        for year, found in by_year.items()
        if len(found) == 2 and found[0].offset_to != found[1].offset_to
    }
    latest = max(years)
    middle = datetime(latest, 7, 1, tzinfo=UTC)
    fixed_offset = _offset(zone, middle)
    fixed_name = middle.astimezone(zone).tzname() or zone_name
    if not pairs:
        return ZoneRules(None, None, fixed_offset, fixed_name)
    chosen = max(pairs)

    def same_change(kind: Transition) -> list[Transition]:
        return [
            other
            for year, found in pairs.items()
            if year != chosen
            for other in found
            if other.offset_to == kind.offset_to
            and other.local.month == kind.local.month
            and other.local.weekday() == kind.local.weekday()
            and other.local.time() == kind.local.time()
        ]

    first, second = pairs[chosen]
    to_daylight, to_standard = (
        (first, second) if first.offset_to > first.offset_from else (second, first)
    )
    return ZoneRules(
        daylight=_rule_from(to_daylight, same_change(to_daylight)),
        standard=_rule_from(to_standard, same_change(to_standard)),
        fixed_offset=fixed_offset,
        fixed_name=fixed_name,
    )


def _observance(
    component: TimezoneStandard | TimezoneDaylight, rule: YearlyRule
) -> TimezoneStandard | TimezoneDaylight:
    component.add("dtstart", rule.onset(RULE_EPOCH))
    component.add("rrule", {"freq": "yearly", "bymonth": rule.month, "byday": rule.byday})
    component.add("tzoffsetfrom", rule.offset_from)
    component.add("tzoffsetto", rule.offset_to)
    if rule.name:
        component.add("tzname", rule.name)
    return component


def vtimezone(zone_name: str, years: Iterable[int]) -> Timezone:
    """A VTIMEZONE for ``zone_name`` valid for meetings held in ``years``."""
    rules = zone_rules(zone_name, tuple(sorted(set(years))))
    component = Timezone()
    component.add("tzid", zone_name)
    if rules.daylight is None or rules.standard is None:
        standard = TimezoneStandard()
        standard.add("dtstart", datetime(RULE_EPOCH, 1, 1))
        standard.add("tzoffsetfrom", rules.fixed_offset)
        standard.add("tzoffsetto", rules.fixed_offset)
        standard.add("tzname", rules.fixed_name)
        component.add_component(standard)
        return component
    component.add_component(_observance(TimezoneStandard(), rules.standard))
    component.add_component(_observance(TimezoneDaylight(), rules.daylight))
    return component
