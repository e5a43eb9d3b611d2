"""Shared fixtures: a fresh workspace file per test, and the demo workspace."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from app.store import Workspace, open_workspace


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
