"""What the window calls the meeting and agenda vocabularies, translatable.

The stored values are English identifiers (``in_person``); people read these labels.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QLocale

from app.ui.common.dates import format_date, format_long_date, qdate

if TYPE_CHECKING:
    from app.services.meeting_rows import MeetingRow

# Keyed by the stored values (the StrEnums of app.models.enums compare equal to them),
# so that showing a label does not import the ORM at start-up.


def _tr(text: str) -> str:
    # lupdate files a module-level tr() under the empty context (tools/update_translations.py).
    return QCoreApplication.translate("", text)


def meeting_statuses() -> dict[str, str]:
    return {
        "planned": _tr("Planned"),
        "confirmed": _tr("Confirmed"),
        "held": _tr("Held"),
        "postponed": _tr("Postponed"),
        "cancelled": _tr("Cancelled"),
    }


def meeting_formats() -> dict[str, str]:
    return {
        "in_person": _tr("In person"),
        "virtual": _tr("Virtual"),
        "hybrid": _tr("Hybrid"),
    }


def item_kinds() -> dict[str, str]:
    return {
        "consideration": _tr("Consideration"),
        "approval": _tr("Approval"),
        "election": _tr("Election"),
        "information": _tr("Information"),
        "other": _tr("Other"),
    }


def item_statuses() -> dict[str, str]:
    return {
        "pending": _tr("Pending"),
        "considered": _tr("Considered"),
        "approved": _tr("Approved"),
        "deferred": _tr("Deferred"),
        "withdrawn": _tr("Withdrawn"),
    }


def pillars() -> dict[str, str]:
    return {
        "public_security_management": _tr("Public security management"),
        "prevention": _tr("Prevention"),
        "police_management": _tr("Police management"),
        "citizen_participation": _tr("Citizen participation"),
        "international_cooperation": _tr("International cooperation"),
    }


def languages() -> dict[str, str]:
    return {
        "en": _tr("English"),
        "es": _tr("Spanish"),
        "fr": _tr("French"),
        "pt": _tr("Portuguese"),
    }


def label(labels: dict[str, str], value: str | None) -> str:
    """The label of ``value``; an unknown value is shown as stored rather than hidden."""
    if value is None:
        return ""
    return labels.get(str(value), str(value))


def long_date(day: date) -> str:
    """``Thursday 15 September 2011`` in the user's language (see ``common.dates``)."""
    return format_long_date(day)


def short_date(day: date) -> str:
    """``Thu 15 Sep 2011`` in the user's language: the window's one date style."""
    return format_date(day)


def zone_abbreviation(day: date, at: time, zone: str) -> str:
    """The zone's abbreviation on that day (``EDT``), or its UTC offset when it has none."""
    moment = datetime.combine(day, at, ZoneInfo(zone))
    name = moment.tzname() or ""
    if name and not name.startswith(("+", "-")):
        return name
    return utc_offset(day, at, zone)


def utc_offset(day: date, at: time, zone: str) -> str:
    """``UTC−04:00`` for the zone's offset at that moment."""
    offset = datetime.combine(day, at, ZoneInfo(zone)).utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    sign = "+" if minutes >= 0 else "−"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{rest:02d}"


def time_span(day: date, start: time, end: time, zone: str) -> str:
    """``10:00–13:00 EDT``."""
    return f"{start:%H:%M}–{end:%H:%M} {zone_abbreviation(day, start, zone)}"


def meeting_dates(row: MeetingRow) -> str:
    """``Thu 15 Sep 2011``; ``17–18 Nov 2011`` (``30 Nov – 2 Dec 2011``) for several days."""
    if row.end_date is None or row.end_date == row.date:
        return short_date(row.date)
    locale = QLocale()
    last = locale.toString(qdate(row.end_date), "d MMM yyyy")
    if (row.date.year, row.date.month) == (row.end_date.year, row.end_date.month):
        return _tr("{first}–{last}").format(first=row.date.day, last=last)
    same_year = row.date.year == row.end_date.year
    first = locale.toString(qdate(row.date), "d MMM" if same_year else "d MMM yyyy")
    return _tr("{first} – {last}").format(first=first, last=last)


def meeting_time(row: MeetingRow) -> str:
    """``10:00–13:00 EDT``, or ``All day`` (``All day, 2 days``) for an all-day meeting."""
    if not row.all_day:
        return time_span(row.date, row.start_time, row.end_time, row.timezone)
    days = (row.last_date - row.date).days + 1
    if days == 1:
        return _tr("All day")
    return _tr("All day, {count} days").format(count=days)
