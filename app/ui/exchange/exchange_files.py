"""The steps File > Export and File > Import share, whatever the format.

Each format remembers the folder it last used, asks for a file with the native
dialog, runs the work off the UI thread, and reports the outcome: a status message
on success or cancel, a dialog naming the action on failure.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QWidget

from app.ui.common.context import AppContext
from app.ui.common.errors import show_error
from app.ui.common.operations import BackgroundOperation, Cancelled, Progress, run_in_background


def last_folder(context: AppContext, key: str) -> str:
    return str(context.setting(key, "") or "")


def remember_folder(context: AppContext, key: str, path: Path) -> None:
    context.settings.setValue(key, str(path.parent))


def ask_save_path(
    parent: QWidget,
    context: AppContext,
    folder_key: str,
    title: str,
    file_filter: str,
    suffixes: Sequence[str],
) -> Path | None:
    """The file to write, with the format's suffix added when the name lacks one."""
    assert context.workspace is not None
    folder = last_folder(context, folder_key)
    suggested = f"{context.workspace.name}{suffixes[0]}"
    target, _ = QFileDialog.getSaveFileName(
        parent, title, str(Path(folder) / suggested) if folder else suggested, file_filter
    )
    if not target:
        return None
    path = Path(target)
    if path.suffix.lower() not in suffixes:
        path = path.with_name(path.name + suffixes[0])
    remember_folder(context, folder_key, path)
    return path


def ask_open_path(
    parent: QWidget, context: AppContext, folder_key: str, title: str, file_filter: str
) -> Path | None:
    source, _ = QFileDialog.getOpenFileName(
        parent, title, last_folder(context, folder_key), file_filter
    )
    if not source:
        return None
    path = Path(source)
    remember_folder(context, folder_key, path)
    return path


def report_failure(
    parent: QWidget, context: AppContext, error: BaseException, *, title: str, cancelled: str
) -> None:
    """A cancel is a status message; anything else a dialog titled with the action."""
    if isinstance(error, Cancelled):
        context.status_message.emit(cancelled)
    else:
        show_error(parent, error, title)


def export_in_background(
    parent: QWidget,
    context: AppContext,
    label: str,
    work: Callable[[Progress], Any],
    done_message: Callable[[Any], str],
    failure_title: str,
    cancelled: str,
) -> BackgroundOperation:
    """Run an export; the file is replaced only once complete, so a cancel writes nothing."""
    return run_in_background(
        parent,
        label,
        work,
        lambda result: context.status_message.emit(done_message(result)),
        lambda error: report_failure(
            parent, context, error, title=failure_title, cancelled=cancelled
        ),
    )
