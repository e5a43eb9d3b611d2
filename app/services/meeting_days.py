"""The days a meeting takes: a time on one day, or whole days (all-day, one or several).

An all-day meeting (the ministerial itself: MISPA III, 17-18 November 2011) has no
times of its own; it is stored with 00:00-23:59 so that every meeting has a start
and an end time, and ``end_date`` holds its last day when it takes several. A
meeting with times starts and ends on the same day.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.messages import Messages
from app.models import Meeting, MeetingStatus
from app.services import validate
from app.services.errors import ValidationError

#: The stored times of an all-day meeting.
ALL_DAY_START = time(0, 0)
ALL_DAY_END = time(23, 59)
#: The most days one meeting may take.
MAX_DAYS = 31


def validated_days(values: Mapping[str, Any], day: date) -> dict[str, Any]:
    """``all_day``, ``end_date``, ``start_time``, ``end_time`` checked for a meeting on ``day``."""
    all_day = bool(values.get("all_day"))
    end_date = values.get("end_date")
    if end_date is not None:
        end_date = validate.a_date("end_date", end_date)
        if end_date < day:
            raise ValidationError(
                "end_date",
                Messages.tr(
                    "The last day ({end}) cannot come before the first ({start}).",
                    end=end_date,
                    start=day,
                ),
            )
        if end_date == day:
            end_date = None
    if not all_day:
        if end_date is not None:
            raise ValidationError(
                "end_date",
                Messages.tr(
                    "A meeting with times starts and ends on the same day; make it all-day to "
                    "have it take several days."
                ),
            )
        start = validate.a_time("start_time", values.get("start_time"))
        end = validate.a_time("end_time", values.get("end_time"))
        if end <= start:
            raise ValidationError(
                "end_time",
                Messages.tr(
                    "The meeting must end after it starts ({start}); {end} is not later.",
                    start=start,
                    end=end,
                ),
            )
        return {"all_day": False, "end_date": None, "start_time": start, "end_time": end}
    if end_date is not None and (end_date - day).days + 1 > MAX_DAYS:
        raise ValidationError(
            "end_date",
            Messages.tr(
                "A meeting takes at most {limit} days; {start} to {end} is {days}.",
                limit=MAX_DAYS,
                start=day,
                end=end_date,
                days=(end_date - day).days + 1,
            ),
        )
    return {
        "all_day": True,
        "end_date": end_date,
        "start_time": ALL_DAY_START,
        "end_time": ALL_DAY_END,
    }


def last_day(day: date, end_date: date | None) -> date:
    return end_date or day


def span(
    day: date,
    start_time: time,
    end_time: time,
    zone: str,
    all_day: bool = False,
    end_date: date | None = None,
) -> tuple[datetime, datetime]:
    """The meeting's start and end as aware moments; an all-day one ends at the next midnight."""
    tz = ZoneInfo(zone)
    if all_day:
        following = last_day(day, end_date) + timedelta(days=1)
        return datetime.combine(day, time(0), tz), datetime.combine(following, time(0), tz)
    return datetime.combine(day, start_time, tz), datetime.combine(day, end_time, tz)


def calendar_span(session: Session) -> tuple[date, date] | None:
    """The first and last day of the meetings that are not cancelled; None without any."""
    first, last_start, last_end = session.execute(
        select(func.min(Meeting.date), func.max(Meeting.date), func.max(Meeting.end_date)).where(
            Meeting.status != MeetingStatus.CANCELLED
        )
    ).one()
    if first is None:
        return None
    return first, max(day for day in (last_start, last_end) if day is not None)
