"""Shared fixtures: a fresh workspace per test, the demo workspace, and a PostgreSQL server.

The services and exchange tests run each test on both engines: on a fresh SQLite file
and on a fresh database of a real PostgreSQL server started for the run
(``tests/pg_server.py``). ``-m "not postgresql"`` leaves the server half out.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from app.store import Workspace, open_workspace

#: Parameters of the fixtures that run a test on each engine.
ENGINES = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param("postgresql", id="postgresql", marks=pytest.mark.postgresql),
]


@pytest.fixture
def workspace_path(tmp_path: Path) -> Path:
    return tmp_path / "test.chairdesk"


@pytest.fixture
def workspace(workspace_path: Path) -> Iterator[Workspace]:
    """An empty workspace, created through the migrations like a user's first start."""
    ws = open_workspace(workspace_path)
    yield ws
    ws.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo workspace, built once per run; tests copy it before changing it."""
    from app.services.demo import load_demo

    path = tmp_path_factory.mktemp("demo") / "template.chairdesk"
    ws = open_workspace(path)
    with ws.writing() as session:
        load_demo(session)
    ws.close()
    return path


@pytest.fixture
def demo_workspace(demo_template: Path, tmp_path: Path) -> Iterator[Workspace]:
    """A private copy of the demo workspace."""
    from app.store import backup_file

    path = tmp_path / "demo.chairdesk"
    backup_file(demo_template, path)
    ws = open_workspace(path)
    yield ws
    ws.close()


# --- PostgreSQL ---------------------------------------------------------------------------


@pytest.fixture(scope="session")
def pg_server() -> Iterator[object]:
    """A throwaway PostgreSQL server for the whole run (skips its tests when there is none)."""
    from tests.pg_server import start_server

    try:
        server = start_server()
    except RuntimeError as exc:
        pytest.skip(f"PostgreSQL half skipped: {exc}")
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def pg_empty_template(pg_server) -> object:
    """A database migrated to head once, emptied again before each test that uses it."""
    from tests.pg_server import ReusedDatabase

    database = ReusedDatabase(pg_server, pg_server.new_database(name=f"{pg_server.prefix}empty"))
    open_workspace(database.url).close()
    database.snapshot()
    return database


@pytest.fixture(scope="session")
def pg_demo_template(pg_server) -> object:
    """The demo workspace on the server, put back to the demo before each test that uses it."""
    from app.services.demo import load_demo
    from tests.pg_server import ReusedDatabase

    database = ReusedDatabase(pg_server, pg_server.new_database(name=f"{pg_server.prefix}demo"))
    ws = open_workspace(database.url)
    with ws.writing() as session:
        load_demo(session)
    ws.close()
    database.snapshot()
    return database


@pytest.fixture
def server_database(pg_server) -> Iterator[Callable[[str | None], str]]:
    """Make fresh databases (copies of a template, or empty) and drop them after the test."""
    made: list[str] = []

    def make(template: str | None = None) -> str:
        made.append(pg_server.new_database(template=template))
        return pg_server.url(made[-1])

    yield make
    for name in made:
        pg_server.drop_database(name)


def workspace_on(
    request: pytest.FixtureRequest, template: str, file_maker: Callable[[], Workspace]
) -> Iterator[Workspace]:
    """A workspace on the engine of ``request.param``, from a template, closed after the test.

    On PostgreSQL the template is a :class:`tests.pg_server.ReusedDatabase`, reset first.
    """
    if request.param == "postgresql":
        database = request.getfixturevalue(template)
        database.reset()
        ws = open_workspace(database.url, create=False)
    else:
        ws = file_maker()
    yield ws
    ws.close()


@pytest.fixture(params=ENGINES)
def any_demo_workspace(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Workspace]:
    """A private copy of the demo workspace, on each engine in turn."""

    def on_file() -> Workspace:
        from app.store import backup_file

        path = tmp_path / "demo.chairdesk"
        backup_file(request.getfixturevalue("demo_template"), path)
        return open_workspace(path)

    yield from workspace_on(request, "pg_demo_template", on_file)
