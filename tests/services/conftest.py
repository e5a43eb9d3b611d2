"""Helpers shared by the service tests: an empty workspace on each engine, meetings in one call."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, time
from pathlib import Path
from typing import Any

import pytest

from app.services.meetings import create_meeting
from app.store import Workspace, backup_file, open_workspace
from tests.conftest import ENGINES, workspace_on

MakeMeeting = Callable[..., int]


@pytest.fixture(scope="session")
def empty_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("empty") / "empty.chairdesk"
    open_workspace(path).close()
    return path


@pytest.fixture(params=ENGINES)
def workspace(
    request: pytest.FixtureRequest, empty_template: Path, workspace_path: Path
) -> Iterator[Workspace]:
    """An empty workspace (a file, then a server database) copied from one migrated once."""

    def on_file() -> Workspace:
        backup_file(empty_template, workspace_path)
        return open_workspace(workspace_path)

    yield from workspace_on(request, "pg_empty_template", on_file)


@pytest.fixture
def demo_workspace(any_demo_workspace: Workspace) -> Workspace:
    return any_demo_workspace


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
