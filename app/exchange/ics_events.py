"""What the VEVENTs of a file ask for: one :class:`Occurrence` per meeting, or a refusal.

Times keep the file's wall clock and zone when the TZID names one (IANA, a Windows
name as Outlook writes, or a "globally unique" TZID ending in an IANA name); UTC
and floating times, and zones known only from the file's VTIMEZONE, are placed in
the matching meeting's zone or the working group's default when the importer knows
which (see :meth:`Moment.wall_clock`). Recurring events are expanded up to a date
the user confirmed, each occurrence with a UID derived from the series' UID and
its date, so importing the file again finds the same meetings.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from typing import Any

from dateutil.rrule import rrulestr
from icalendar import Event, vRecur

from app.exchange.clean_text import shortened
from app.exchange.ics_read import context_of
from app.exchange.ics_times import (
    EventRefused,
    Moment,
    check_year,
    days_of,
    iana_zone,
    is_all_day,
    placing_of,
    start_and_length,
    text_of,
)
from app.messages import Message, Messages
from app.services.meetings import MEETING_YEARS

#: Expanding one recurring event into more meetings than this is refused.
MAX_OCCURRENCES = 500


@dataclass(frozen=True)
class Occurrence:
    """One meeting the file asks for."""

    uid: str
    summary: str
    start: Moment
    end: Moment
    location: str = ""
    description: str = ""
    status: str = ""
    chairdesk_status: str = ""
    categories: tuple[str, ...] = ()
    sequence: int = 0
    #: The calendar's METHOD ("CANCEL" for an Outlook cancellation).
    method: str = ""
    #: First and last day (inclusive) of an all-day event; None for one with times.
    days: tuple[date, date] | None = None
    #: The zone an all-day event was exported from (X-CHAIRDESK-TIMEZONE), if a known one.
    day_zone: str = ""


@dataclass(frozen=True)
class Refusal:
    uid: str
    summary: str
    when: str
    reason: str
    #: Refused only because it repeats and no expansion range was given.
    needs_range: bool = False
    #: ``reason`` as a message the window translates.
    explanation: Message | None = None


@dataclass
class Reading:
    occurrences: list[Occurrence] = field(default_factory=list)
    refusals: list[Refusal] = field(default_factory=list)
    #: What the report says besides the events, in English (``explained_notes`` to translate).
    notes: list[str] = field(default_factory=list)
    explained_notes: list[Message] = field(default_factory=list)

    def note(self, message: Message) -> None:
        if message not in self.explained_notes:
            self.explained_notes.append(message)
            self.notes.append(str(message))


def _uid(event: Event) -> str:
    """The event's UID; an event without one gets a UID from what it says, stable on reimport."""
    uid = text_of(event, "UID")
    if uid:
        return uid
    start = event.get("DTSTART")
    seed = f"{text_of(event, 'SUMMARY')}|{start.to_ical().decode() if start else ''}"
    return f"{hashlib.sha256(seed.encode()).hexdigest()[:32]}@imported.chairdesk"


def sequence_of(event: Event) -> int:
    """The event's SEQUENCE (0 when missing or unreadable), bounded as the database holds it."""
    try:
        return min(max(0, int(event.get("SEQUENCE", 0))), MAX_SEQUENCE)
    except (TypeError, ValueError):
        return 0


#: SEQUENCE is a 32-bit integer in every calendar program.
MAX_SEQUENCE = 2**31 - 1


def _single(event: Event, uid: str) -> Occurrence:
    start, tzid, length = start_and_length(event)
    placing = placing_of(event)
    categories = tuple(str(category) for category in event.categories)
    return Occurrence(
        uid=uid,
        summary=text_of(event, "SUMMARY"),
        start=placing.moment(start, tzid),
        end=placing.moment(start + length, tzid),
        location=text_of(event, "LOCATION"),
        description=text_of(event, "DESCRIPTION"),
        status=text_of(event, "STATUS").upper(),
        chairdesk_status=text_of(event, "X-CHAIRDESK-STATUS").lower(),
        categories=categories,
        sequence=sequence_of(event),
        method=context_of(event).method,
        days=days_of(start, length) if is_all_day(event) else None,
        day_zone=iana_zone(text_of(event, "X-CHAIRDESK-TIMEZONE")) or "",
    )


def _when(event: Event) -> str:
    start = event.get("DTSTART")
    if start is None:
        return ""
    value = start.dt
    tzid = start.params.get("TZID")
    if isinstance(value, datetime):
        return f"{value:%Y-%m-%d %H:%M}" + (f" {tzid}" if tzid else "")
    return f"{value:%Y-%m-%d}"


def _aligned(value: date | datetime, start: datetime) -> datetime:
    """``value`` (an EXDATE, RDATE or RECURRENCE-ID) comparable with the series' ``start``."""
    check_year(value, "date")
    if not isinstance(value, datetime):
        value = datetime.combine(value, start.time())
    if start.tzinfo is None:
        return value.replace(tzinfo=None)
    if value.tzinfo is None:
        return value.replace(tzinfo=start.tzinfo)
    return value.astimezone(start.tzinfo)


def _within(moment: datetime, until: date | datetime | None, start: datetime) -> bool:
    """Whether ``moment`` is not after the rule's own UNTIL."""
    if until is None:
        return True
    if not isinstance(until, datetime):
        return moment.date() <= until
    return moment <= _aligned(until, start)


def _too_many(last_day: date) -> EventRefused:
    return EventRefused(
        Messages.tr(
            "it repeats more than {limit} times up to {date}. Choose an earlier date to expand "
            "it to.",
            limit=MAX_OCCURRENCES,
            date=last_day,
        )
    )


def _rule_dates(rule: vRecur, start: datetime, last_day: date) -> tuple[list[datetime], bool]:
    """Starts the rule makes up to ``last_day``, and whether it goes on after it.

    UNTIL is applied here rather than by dateutil, which refuses an UNTIL whose
    form (date, UTC, local) differs from DTSTART's, as files from the wild have.
    """
    untils = rule.get("UNTIL") or [None]
    until = untils[0] if isinstance(untils, list) else untils
    without_until = vRecur({key: value for key, value in rule.items() if key != "UNTIL"})
    try:
        moments = iter(rrulestr(without_until.to_ical().decode(), dtstart=start))
    except (ValueError, TypeError) as exc:
        raise EventRefused(
            Messages.tr("its repeat rule (RRULE) cannot be read: {reason}.", reason=exc)
        ) from None
    found: list[datetime] = []
    for moment in moments:
        if not _within(moment, until, start):
            return found, False
        if moment.date() > last_day:
            return found, True
        found.append(moment)
        if len(found) > MAX_OCCURRENCES:
            raise _too_many(last_day)
    return found, False


def _series(
    master: Event, overrides: list[Event], last_day: date, reading: Reading
) -> list[Occurrence]:
    """The occurrences of a recurring event up to ``last_day``, with its exceptions applied."""
    uid = _uid(master)
    first = _single(master, uid)
    placing = placing_of(master)
    start, tzid, length = start_and_length(master)
    moments: set[datetime] = set()
    continues = False
    for rule in master.rrules:
        found, more = _rule_dates(rule, start, last_day)
        moments.update(found)
        continues = continues or more
    if start.date() <= last_day:
        moments.add(start)
    for extra, _end in master.rdates:
        moment = _aligned(extra, start)
        if moment.date() <= last_day:
            moments.add(moment)
        else:
            continues = True
    moments -= {_aligned(excluded, start) for excluded in master.exdates}
    replaced = {}
    for override in overrides:
        original = _aligned(override["RECURRENCE-ID"].dt, start)
        if original.date() <= last_day:
            replaced[original] = override
            moments.add(original)
    if len(moments) > MAX_OCCURRENCES:
        raise _too_many(last_day)
    ordered = sorted(moments)
    same_day = len({moment.date() for moment in ordered}) < len(ordered)
    stamp = "%Y%m%dT%H%M%S" if same_day else "%Y%m%d"
    occurrences = []
    for moment in ordered:
        derived = f"{uid}-{moment:{stamp}}"
        if moment in replaced:
            occurrences.append(_single(replaced[moment], derived))
        else:
            occurrences.append(
                replace(
                    first,
                    uid=derived,
                    start=placing.moment(moment, tzid),
                    end=placing.moment(moment + length, tzid),
                    days=days_of(moment, length) if first.days else None,
                )
            )
    if continues:
        reading.note(
            Messages.tr(
                "“{title}” repeats after {date}; only the {count} occurrence(s) up to that date "
                "were imported.",
                title=first.summary or uid,
                date=last_day,
                count=len(occurrences),
            )
        )
    return occurrences


def _is_recurring(event: Event) -> bool:
    return "RRULE" in event or "RDATE" in event


def _refuse(
    reading: Reading, uid: str, event: Event, reason: Message, *, needs_range: bool = False
) -> None:
    summary, when = text_of(event, "SUMMARY"), _when(event)
    reading.refusals.append(Refusal(uid, summary, when, str(reason), needs_range, reason))


def _guarded(
    reading: Reading,
    uid: str,
    event: Event,
    convert: Callable[..., list[Occurrence]],
    *args: Any,
) -> list[Occurrence]:
    """``convert(*args)``, or nothing and a refusal saying why the event cannot be a meeting."""
    try:
        return convert(*args)
    except EventRefused as refused:
        _refuse(reading, uid, event, refused.explanation)
    except (ValueError, OverflowError) as exc:  # icalendar's InvalidCalendar among them
        _refuse(
            reading,
            uid,
            event,
            Messages.tr(
                "it cannot be read ({reason}); correct it in your calendar and export it again.",
                reason=shortened(str(exc), 200),
            ),
        )
    return []


def read_occurrences(events: Iterable[Event], expand_until: date | None) -> Reading:
    """The meetings ``events`` ask for, in file order, and what had to be refused."""
    reading = Reading()
    masters: dict[str, list[Event]] = {}
    overrides: dict[str, list[Event]] = {}
    order: list[str] = []
    for event in events:
        note = context_of(event).note
        if note is not None:
            reading.note(note)
        uid = _uid(event)
        if uid not in masters and uid not in overrides:
            order.append(uid)
        target = overrides if "RECURRENCE-ID" in event else masters
        target.setdefault(uid, []).append(event)
    for uid in order:
        found, changed = _newest_first(masters.get(uid, [])), overrides.get(uid, [])
        if len(found) > 1:
            reading.note(
                Messages.tr(
                    "“{title}” is in the file {count} times with the same UID; the newest version "
                    "(SEQUENCE {sequence}) was read and the older ones skipped.",
                    title=shortened(text_of(found[0], "SUMMARY") or uid, 80),
                    count=len(found),
                    sequence=sequence_of(found[0]),
                )
            )
        master = found[0] if found else None
        if master is not None and _is_recurring(master):
            if expand_until is None:
                why = (
                    Messages.tr(
                        "it is a recurring event (and {count} changed occurrence(s)). Choose a "
                        "date up to which to turn its occurrences into meetings (on the command "
                        "line: --expand-until YYYY-MM-DD).",
                        count=len(changed),
                    )
                    if changed
                    else Messages.tr(
                        "it is a recurring event. Choose a date up to which to turn its "
                        "occurrences into meetings (on the command line: --expand-until "
                        "YYYY-MM-DD)."
                    )
                )
                _refuse(reading, uid, master, why, needs_range=True)
            else:
                reading.occurrences += _guarded(
                    reading, uid, master, _series, master, changed, expand_until, reading
                )
            continue
        if master is not None:
            reading.occurrences += _guarded(reading, uid, master, _one, master, uid)
        for override in changed:
            derived = f"{uid}-{override['RECURRENCE-ID'].dt:%Y%m%d}"
            reading.occurrences += _guarded(reading, derived, override, _one, override, derived)
    return reading


def _newest_first(versions: list[Event]) -> list[Event]:
    """Versions of one event, the newest first: highest SEQUENCE, then latest DTSTAMP,
    then the later in the file (an organiser's calendar appends its updates)."""

    def stamp(event: Event) -> float:
        value = getattr(event.get("DTSTAMP"), "dt", None)
        if isinstance(value, datetime) and value.year in MEETING_YEARS:
            aware = value if value.tzinfo else value.replace(tzinfo=UTC)
            return aware.timestamp()
        return 0.0

    ranked = sorted(
        enumerate(versions),
        key=lambda pair: (sequence_of(pair[1]), stamp(pair[1]), pair[0]),
        reverse=True,
    )
    return [event for _index, event in ranked]


def _one(event: Event, uid: str) -> list[Occurrence]:
    return [_single(event, uid)]
