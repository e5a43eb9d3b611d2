"""UI fixtures: an AppContext over a private demo workspace, with settings in a temp file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from app.store import Workspace
from app.ui.common.context import AppContext


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def app_context(qapp, settings: QSettings, demo_workspace: Workspace) -> Iterator[AppContext]:
    context = AppContext(settings)
    context.set_workspace(demo_workspace)
    yield context
    context.undo_stack.clear()
    context.workspace = None  # the demo_workspace fixture closes the file
