"""When and where an event's times fall: its zone, its start and length, and what is refused.

A TZID names an IANA zone, a Windows zone (Outlook) or a "globally unique" TZID ending
in an IANA name; UTC and floating times are placed by the calendar's X-WR-TIMEZONE or,
in the importer, by the meeting's own zone or the working group's. Dates no meeting
can have (year 1, year 9999) and events longer than a meeting can be are refused here,
before anything converts them between zones.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from icalendar import Event

from app.exchange.clean_text import clean_text, shortened
from app.exchange.ics_read import context_of
from app.exchange.windows_zones import pick_windows_zone, windows_zones
from app.messages import ExplainedError, Message, Messages
from app.services.meetings import MEETING_YEARS
from app.services.validate import known_timezones

#: The longest an event may last to become a meeting (a multi-day meeting included).
MAX_LENGTH = timedelta(days=31)
UTC_NAMES = frozenset({"UTC", "Etc/UTC", "Etc/UCT", "UCT", "Z", "Zulu", "Etc/Zulu", "GMT"})
UTC_NAMES |= {"Etc/GMT", "Universal", "Etc/Universal", "Greenwich", "Etc/Greenwich"}


def iana_zone(tzid: str) -> str | None:
    """The IANA zone a TZID names, or None (UTC, or a zone only the file describes).

    A Windows name gives its world default here; :func:`pick_windows_zone` chooses
    among its zones where the context is known.
    """
    cleaned = tzid.strip().strip('"').strip("/")
    candidates = [cleaned, *windows_zones(cleaned)[:1]]
    parts = cleaned.split("/")
    candidates += ["/".join(parts[start:]) for start in range(1, len(parts))]
    for candidate in candidates:
        if candidate in UTC_NAMES:
            return None
        if candidate in known_timezones():
            return candidate
    return None


@dataclass(frozen=True)
class Moment:
    """A start or an end as the file gives it.

    ``zone`` set: ``value`` is wall-clock time there. ``zone`` None: ``value`` is an
    instant (aware: UTC, or a zone described only by the file) or floating (naive).
    """

    value: datetime
    zone: str | None
    #: The Windows zone name the TZID gave, when it was one (``zone`` is then its default).
    windows: str = ""
    #: The calendar's own zone (X-WR-TIMEZONE), for placing a UTC time of a new meeting.
    hint: str = ""

    def wall_clock(self, target_zone: str) -> tuple[datetime, str]:
        """Naive wall-clock time and its IANA zone; ``target_zone`` places zone-less times."""
        if self.zone:
            return self.value, self.zone
        if self.value.tzinfo is None:
            return self.value, target_zone
        return self.value.astimezone(ZoneInfo(target_zone)).replace(tzinfo=None), target_zone

    def label(self) -> str:
        if self.zone:
            return f"{self.value:%Y-%m-%d %H:%M} {self.zone}"
        if self.value.tzinfo is None:
            return f"{self.value:%Y-%m-%d %H:%M} (floating)"
        return f"{self.value:%Y-%m-%d %H:%M %Z}".strip()


class EventRefused(ExplainedError):
    """Why one event cannot become a meeting (the rest of the file is still imported)."""

    @property
    def reason(self) -> str:
        return str(self)


#: "its ... is outside the years": one sentence for each date of an event that is checked.
OUTSIDE_YEARS = {
    "time": Messages.tr(
        "its time {date} is outside the years {first}–{last} a meeting can have. Correct the "
        "date in your calendar and export it again.",
        date="",
        first="",
        last="",
    ),
    "start": Messages.tr(
        "its start (DTSTART) {date} is outside the years {first}–{last} a meeting can have. "
        "Correct the date in your calendar and export it again.",
        date="",
        first="",
        last="",
    ),
    "end": Messages.tr(
        "its end (DTEND) {date} is outside the years {first}–{last} a meeting can have. "
        "Correct the date in your calendar and export it again.",
        date="",
        first="",
        last="",
    ),
    "date": Messages.tr(
        "its date {date} is outside the years {first}–{last} a meeting can have. Correct the "
        "date in your calendar and export it again.",
        date="",
        first="",
        last="",
    ),
}


def text_of(event: Event, name: str) -> str:
    """The property's text without control characters or escape sequences."""
    value = event.get(name)
    if isinstance(value, list):
        value = value[0] if value else ""
    return clean_text(str(value or "")).strip()


@dataclass(frozen=True)
class Placing:
    """What places an event's times: the calendar's zone and the event's location."""

    calendar_zone: str = ""
    location: str = ""

    def moment(self, value: datetime, tzid: str | None) -> Moment:
        check_year(value, "time")
        hint = self.calendar_zone
        if tzid:
            zone = iana_zone(tzid)
            windows = tzid.strip().strip('"') if windows_zones(tzid) else ""
            if windows:
                zone = pick_windows_zone(windows, [hint], [self.location]) or zone
            if zone:
                return Moment(value.replace(tzinfo=None), zone, windows=windows, hint=hint)
            if value.tzinfo is None:
                raise EventRefused(
                    Messages.tr(
                        "its time zone “{zone}” is neither a known zone nor described in the "
                        "file. Export it again from your calendar with its time zones included.",
                        zone=shortened(tzid, 60),
                    )
                )
        elif value.tzinfo is None and hint:
            # A floating time in a calendar that names its zone (X-WR-TIMEZONE).
            return Moment(value, hint, hint=hint)
        return Moment(value, None, hint=hint)


def placing_of(event: Event) -> Placing:
    context = context_of(event)
    zone = iana_zone(context.zone) if context.zone else None
    return Placing(zone or "", text_of(event, "LOCATION"))


def check_year(value: date, what: str) -> None:
    """Refuse a date (DTSTART, EXDATE, RDATE, RECURRENCE-ID...) no meeting can have:
    converting year 1 or 9999 between zones overflows, and a meeting stored there
    would break every later export. ``what`` is a key of :data:`OUTSIDE_YEARS`."""
    if value.year not in MEETING_YEARS:
        shown = f"{value.year:04d}-{value.month:02d}-{value.day:02d}"
        template = OUTSIDE_YEARS[what].template
        raise EventRefused(
            Message(
                template,
                {"date": shown, "first": MEETING_YEARS.start, "last": MEETING_YEARS.stop - 1},
            )
        )


def start_and_length(event: Event) -> tuple[datetime, str | None, timedelta]:
    """DTSTART (as given), its TZID and the event's length; refuses what a meeting cannot be."""
    start_prop = event.get("DTSTART")
    if start_prop is None:
        raise EventRefused(Messages.tr("it has no start time (DTSTART)."))
    start = start_prop.dt
    check_year(start, "start")
    if not isinstance(start, datetime):
        return _all_day_length(event, start)
    if "DTEND" in event:
        end = event["DTEND"].dt
        check_year(end, "end")
        if not isinstance(end, datetime):
            raise EventRefused(Messages.tr("its end (DTEND) is a date without a time."))
        if (end.tzinfo is None) != (start.tzinfo is None):
            end = end.replace(tzinfo=start.tzinfo)
        length = end - start
    elif "DURATION" in event:
        length = event["DURATION"].dt
    else:
        raise EventRefused(Messages.tr("it has no end time (neither DTEND nor DURATION)."))
    if not isinstance(length, timedelta) or length <= timedelta(0):
        raise EventRefused(Messages.tr("it ends before it starts, or lasts no time at all."))
    if length > MAX_LENGTH:
        raise EventRefused(_too_long(length))
    return start, start_prop.params.get("TZID"), length


def _all_day_length(event: Event, first: date) -> tuple[datetime, str | None, timedelta]:
    """An all-day event: its first day at midnight (floating), no TZID, and whole days.

    DTEND is the day after the last (RFC 5545 3.6.1); without DTEND or DURATION the
    event takes one day.
    """
    length = timedelta(days=1)
    if "DTEND" in event:
        end = event["DTEND"].dt
        check_year(end, "end")
        end_day = end.date() if isinstance(end, datetime) else end
        length = timedelta(days=(end_day - first).days)
    elif "DURATION" in event:
        length = event["DURATION"].dt
        if not isinstance(length, timedelta) or length % timedelta(days=1):
            raise EventRefused(
                Messages.tr("it is an all-day event whose DURATION is not a number of days.")
            )
    if length <= timedelta(0):
        raise EventRefused(Messages.tr("it ends before it starts, or lasts no time at all."))
    if length > MAX_LENGTH:
        raise EventRefused(_too_long(length))
    return datetime.combine(first, time(0)), None, length


def _too_long(length: timedelta) -> Message:
    return Messages.tr(
        "it lasts {days} days; a meeting lasts at most {limit} days. Correct its end in your "
        "calendar and export it again.",
        days=length.days,
        limit=MAX_LENGTH.days,
    )


def is_all_day(event: Event) -> bool:
    start = event.get("DTSTART")
    return start is not None and not isinstance(start.dt, datetime)


def days_of(start: datetime, length: timedelta) -> tuple[date, date]:
    """First and last (inclusive) day of an all-day event starting at ``start``."""
    return start.date(), (start + length).date() - timedelta(days=1)
