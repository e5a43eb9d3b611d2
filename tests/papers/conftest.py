"""The demo workspace as a file the command line opens (copied once per test)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.store import backup_file


@pytest.fixture
def demo_file(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "demo.chairdesk"
    backup_file(demo_template, path)
    return path
