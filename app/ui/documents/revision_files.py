"""Getting a revision's file out of the workspace: open it with the desktop's
application, or save it where the user chooses. Its bytes are read only here,
off the UI thread."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.services import documents
from app.ui.common.context import AppContext
from app.ui.common.errors import show_error
from app.ui.common.operations import run_in_background

SAVE_FOLDER_KEY = "DocumentsPage/saveFolder"


def tr(text: str) -> str:
    # lupdate files a module-level tr() under the empty context (tools/update_translations.py).
    return QCoreApplication.translate("", text)


def _read(context: AppContext, file_id: int) -> tuple[str, bytes]:
    return context.read(lambda s: documents.file_content(s, file_id))


def open_revision_file(parent: QWidget, context: AppContext, file_id: int, name: str) -> None:
    """Write the file to a new temporary folder under its own name and open it there.

    The folder is left for the system's temp cleaner: the application that opens it
    may keep using it after Chairdesk closes.
    """

    def work(_progress: Any) -> Path:
        stored_name, content = _read(context, file_id)
        path = Path(tempfile.mkdtemp(prefix="chairdesk-")) / Path(stored_name).name
        path.write_bytes(content)
        return path

    def opened(path: Path) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            QMessageBox.information(
                parent,
                tr("Open file"),
                tr(
                    "No application is set up to open {name}. It was written to {path}; "
                    "open it from there or use Save as."
                ).format(name=path.name, path=path),
            )
        else:
            context.status_message.emit(tr("Opened {name}").format(name=path.name))

    run_in_background(
        parent,
        tr("Opening {name}…").format(name=name),
        work,
        opened,
        lambda error: show_error(parent, error),
    )


def save_revision_file_as(parent: QWidget, context: AppContext, file_id: int, name: str) -> None:
    """Ask where, then write the file there (complete, or not at all)."""
    folder = str(context.settings.value(SAVE_FOLDER_KEY, "") or "")
    suggested = str(Path(folder) / name) if folder else name
    target, _ = QFileDialog.getSaveFileName(
        parent, tr("Save {name} as").format(name=name), suggested
    )
    if not target:
        return
    destination = Path(target)
    context.settings.setValue(SAVE_FOLDER_KEY, str(destination.parent))

    def work(_progress: Any) -> Path:
        _name, content = _read(context, file_id)
        partial = destination.with_name(destination.name + ".partial")
        partial.write_bytes(content)
        os.replace(partial, destination)
        return destination

    run_in_background(
        parent,
        tr("Saving {name}…").format(name=destination.name),
        work,
        lambda path: context.status_message.emit(tr("Saved {path}").format(path=path)),
        lambda error: show_error(parent, error),
    )
