"""The exchange tests run on both engines: a file and a PostgreSQL server database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.store import Workspace, open_workspace
from tests.conftest import ENGINES, workspace_on


@pytest.fixture(params=ENGINES)
def workspace(request: pytest.FixtureRequest, workspace_path: Path) -> Iterator[Workspace]:
    yield from workspace_on(request, "pg_empty_template", lambda: open_workspace(workspace_path))


@pytest.fixture
def demo_workspace(any_demo_workspace: Workspace) -> Workspace:
    return any_demo_workspace
