"""Helpers shared by the service tests: meetings made in one call, counts read afresh."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time
from typing import Any

import pytest

from app.services.meetings import create_meeting
from app.store import Workspace

MakeMeeting = Callable[..., int]


@pytest.fixture
def make_meeting(workspace: Workspace) -> MakeMeeting:
    """Create a meeting (10:00-13:00 New York unless told otherwise) and return its id."""

    def make(day: date = date(2011, 9, 15), **values: Any) -> int:
        values = {
            "start_time": time(10),
            "end_time": time(13),
            "timezone": "America/New_York",
            **values,
        }
        with workspace.writing() as session:
            return create_meeting(session, date=day, **values).id

    return make
