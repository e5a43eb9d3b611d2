"""Where a command finds a workspace: a ``.chairdesk`` file or a ``postgresql://`` URL."""

from __future__ import annotations

from pathlib import Path

from app.store.server import is_server_url


def workspace_location(text: str) -> Path | str:
    """argparse ``type`` for a WORKSPACE argument: a URL is kept as text (``Path`` would
    fold its ``//``), anything else is a file path."""
    return text if is_server_url(text) else Path(text)
