"""Chairdesk: prepare an intergovernmental meeting."""

from __future__ import annotations

from typing import Any


def __getattr__(name: str) -> Any:
    # Looked up on first use: importlib.metadata costs 15-50 ms before the window paints.
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("chairdesk")
        except PackageNotFoundError:  # running from a checkout that was not installed
            return "0.0.0+unknown"
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
