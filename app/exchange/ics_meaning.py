"""What an event means for a meeting: its title, agenda, place, status, format and times.

The export writes the group's short name before each title, the agenda as a numbered
list, "room, venue" in LOCATION and Chairdesk's five statuses through three calendar
words; Outlook marks a cancellation with "Canceled: " before the title. These
functions read all that back, so that re-importing an export (or Outlook's copy of
it) finds the meeting unchanged.
"""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

from app.exchange.ics_events import Occurrence
from app.exchange.ics_export import CALENDAR_STATUS, FORMAT_CATEGORY, STATUS_MEANING
from app.models import Meeting, MeetingFormat, MeetingStatus

MAX_LOCATION_PART = 300
AGENDA_LINE = re.compile(r"^\s*(\d{1,3})[.)]\s+(\S.*?)\s*$")
#: How Outlook marks a cancelled meeting's title, in the OAS languages.
CANCELLED_PREFIXES = (
    "Canceled:",
    "Cancelled:",
    "Cancelado:",
    "Cancelada:",
    "Annulé :",
    "Annulé:",
)


def cancel_prefix(summary: str) -> str:
    """The "Canceled: " Outlook put before a cancelled meeting's title, or ""."""
    for prefix in CANCELLED_PREFIXES:
        if summary[: len(prefix)].casefold() == prefix.casefold():
            return summary[: len(prefix)]
    return ""


def is_cancellation(occurrence: Occurrence) -> bool:
    """An Outlook cancellation: METHOD:CANCEL, or the title it prefixes with "Canceled: "."""
    return occurrence.method == "CANCEL" or bool(cancel_prefix(occurrence.summary.strip()))


def title_of(occurrence: Occurrence, short_name: str) -> str:
    """The meeting title in the SUMMARY, without the group prefix the export adds.

    The prefix is the working group's short name, or (in a workspace of another
    group) the one the export also put first in CATEGORIES. Outlook's "Canceled: "
    is taken off too: the meeting keeps its title and becomes cancelled.
    """
    summary = occurrence.summary.strip()
    summary = summary[len(cancel_prefix(summary)) :].strip()
    for name in (short_name, *occurrence.categories[:1]):
        prefix = f"{name.strip()}: "
        if name.strip() and summary.startswith(prefix):
            return summary[len(prefix) :].strip()
    return summary


def agenda_in(description: str) -> list[str] | None:
    """The items of a numbered list ("1. ...\\n2. ..."), or None when it is not one."""
    lines = [line for line in description.splitlines() if line.strip()]
    items = []
    for expected, line in enumerate(lines, start=1):
        match = AGENDA_LINE.match(line)
        if match is None or int(match.group(1)) != expected:
            return None
        items.append(match.group(2))
    return items or None


def split_location(location: str) -> tuple[str, str]:
    """Room and venue from a LOCATION; a long one is cut at a comma ("room, venue")."""
    if len(location) <= MAX_LOCATION_PART:
        return location, ""
    cut = location.rfind(", ", 0, MAX_LOCATION_PART + 1)
    if cut <= 0:
        return location, ""  # too long either way: the service refuses it with a reason
    return location[:cut], location[cut + 2 :]


def status_of(occurrence: Occurrence, current: MeetingStatus | None) -> MeetingStatus:
    """The meeting status the event stands for, keeping ``current`` where it agrees.

    A calendar knows three statuses, Chairdesk five: CONFIRMED is "confirmed" or
    "held", TENTATIVE "planned" or "postponed". X-CHAIRDESK-STATUS (written by the
    export) or the meeting's current status decides between them.
    """
    if is_cancellation(occurrence):
        return MeetingStatus.CANCELLED
    meaning = STATUS_MEANING.get(occurrence.status)
    if meaning is None:
        return current or MeetingStatus.PLANNED
    try:
        named: MeetingStatus | None = MeetingStatus(occurrence.chairdesk_status)
    except ValueError:
        named = None
    if named is not None and CALENDAR_STATUS[named] == occurrence.status:
        return named
    if current is not None and CALENDAR_STATUS[current] == occurrence.status:
        return current
    return meaning


def format_of(occurrence: Occurrence, current: MeetingFormat | None) -> MeetingFormat:
    labels = {label.casefold(): kind for kind, label in FORMAT_CATEGORY.items()}
    for category in occurrence.categories:
        kind = labels.get(category.strip().casefold())
        if kind is not None:
            return kind
    return current or MeetingFormat.IN_PERSON


def same_instants_in(
    meeting: Meeting, start: datetime, end: datetime, zone: str
) -> tuple[datetime, datetime, str]:
    """The file's times in the meeting's stored zone, when that changes no instant.

    An event at the meeting's very instants keeps the meeting's date, times and zone
    whatever zone the file wrote them in (Outlook re-saves "America/Port_of_Spain" as
    "SA Western Standard Time"); one moved in time, but in a zone that gives the same
    instants as the stored one, is moved within the stored zone.
    """
    stored_zone = ZoneInfo(meeting.timezone)
    file_zone = ZoneInfo(zone)
    stored = (
        datetime.combine(meeting.date, meeting.start_time, stored_zone),
        datetime.combine(meeting.date, meeting.end_time, stored_zone),
    )
    wanted = (start.replace(tzinfo=file_zone), end.replace(tzinfo=file_zone))
    if wanted == stored:
        return stored[0].replace(tzinfo=None), stored[1].replace(tzinfo=None), meeting.timezone
    moved = tuple(moment.astimezone(stored_zone) for moment in wanted)
    same_clock = all(
        moment.utcoffset() == original.utcoffset()
        for moment, original in zip(moved, wanted, strict=True)
    )
    if same_clock:
        return moved[0].replace(tzinfo=None), moved[1].replace(tzinfo=None), meeting.timezone
    return start, end, zone
