"""Reading back what the services wrote, as another window would."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from app.store import Workspace


def count(workspace: Workspace, model: Any, *where: Any) -> int:
    """How many rows of ``model`` a fresh session sees: what another window would see."""
    with workspace.reading() as session:
        return session.scalar(select(func.count()).select_from(model).where(*where)) or 0
