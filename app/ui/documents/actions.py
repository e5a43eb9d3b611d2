"""The documents page's actions: documents, their revisions and files."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QKeySequence,
)
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.services import documents
from app.services.errors import ServiceError
from app.ui.common.conflicts import push_resolving
from app.ui.common.context import DOCUMENTS
from app.ui.common.errors import show_error
from app.ui.common.page_support import (
    confirmed,
    page_action,
    page_toolbar,
    push_or_show,
)
from app.ui.common.row_refs import DOCUMENT
from app.ui.common.title_versions import title_versions_action
from app.ui.common.undo import push
from app.ui.documents import commands
from app.ui.documents.document_dialog import DocumentDialog
from app.ui.documents.documents_model import language_labels
from app.ui.documents.revision_dialog import RevisionDialog, guess_language
from app.ui.documents.revision_files import open_revision_file, save_revision_file_as

if TYPE_CHECKING:
    from PySide6.QtWidgets import QSplitter, QTableView, QTreeView

    from app.services.document_rows import DocumentRow, FileRow, RevisionRow
    from app.ui.common.context import AppContext
    from app.ui.documents.revisions_model import RevisionsModel


class DocumentActions(QWidget):
    """What the documents page's actions do to documents, revisions and files.

    The page supplies the context, its views and the revision history's model, and its
    selection (``selected_document``, ``selected_revision``, ``selected_file`` and
    ``select_document``, ``select_revision``).
    """

    context: AppContext
    documents_view: QTableView
    history_view: QTreeView
    history_model: RevisionsModel
    splitter: QSplitter

    # The page defines these (its selection and its reload).
    selected_document: Callable[[], DocumentRow | None]
    search_row: Callable[[], QHBoxLayout]
    select_document: Callable[[int], None]
    selected_revision: Callable[[], RevisionRow | None]
    select_revision: Callable[[int], None]
    selected_file: Callable[[], FileRow | None]

    def _build_actions(self) -> None:
        self.new_action = page_action(
            self,
            self.tr("&New document…"),
            self.new_document,
            self.tr("Add a document to the register"),
        )
        self.edit_action = page_action(
            self,
            self.tr("&Edit…"),
            self.edit_document,
            self.tr("Change the selected document's symbol, title, kind or status"),
        )
        self.delete_action = page_action(
            self,
            self.tr("&Delete"),
            self.delete_document,
            self.tr("Delete the selected document with its revisions and files"),
            shortcuts=(QKeySequence(QKeySequence.StandardKey.Delete),),
        )
        self.add_revision_action = page_action(
            self,
            self.tr("Add &revision…"),
            lambda: self.add_revision_files([]),
            self.tr("Add the next revision of the selected document, with its files"),
        )
        self.attach_action = page_action(
            self,
            self.tr("&Attach file…"),
            self.attach_file,
            self.tr("Attach a file in another language to the selected revision"),
        )
        self.open_action = page_action(
            self,
            self.tr("&Open"),
            self.open_file,
            self.tr("Open the selected file with the system's application"),
        )
        self.save_action = page_action(
            self,
            self.tr("&Save as…"),
            self.save_file_as,
            self.tr("Save the selected file to a folder"),
        )
        self.titles_action = title_versions_action(
            self, self.context, DOCUMENT, self._selected_document_id, frozenset({DOCUMENTS})
        )
        toolbar = page_toolbar(
            self,
            self.tr("Documents"),
            (self.new_action, self.edit_action, self.delete_action),
            (self.add_revision_action, self.attach_action),
            (self.open_action, self.save_action),
        )
        self.toolbar = toolbar

        self.documents_view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.documents_view.addActions(
            [self.edit_action, self.titles_action, self.delete_action, self.add_revision_action]
        )
        self.history_view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.history_view.addActions([self.open_action, self.save_action, self.attach_action])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.addWidget(toolbar)
        layout.addLayout(self.search_row())
        layout.addWidget(self.splitter, 1)

    def _update_actions(self, *_args: Any) -> None:
        has_document = self.selected_document() is not None
        for made in (
            self.edit_action,
            self.titles_action,
            self.delete_action,
            self.add_revision_action,
        ):
            made.setEnabled(has_document)
        self.new_action.setEnabled(self.context.workspace is not None)
        self.attach_action.setEnabled(self.selected_revision() is not None)
        has_file = self.selected_file() is not None
        self.open_action.setEnabled(has_file)
        self.save_action.setEnabled(has_file)

    # -- documents -------------------------------------------------------------------
    def _selected_document_id(self) -> int | None:
        document = self.selected_document()
        return document.id if document is not None else None

    def _document_values(self, document_id: int) -> dict[str, Any]:
        return self.context.read(lambda s: documents.read_document_values(s, document_id))

    def new_document(self) -> None:
        dialog = DocumentDialog(
            lambda values: push(self.context, commands.create_document(self.context, values)),
            self,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.select_document(dialog.result_value)

    def edit_document(self) -> None:
        document = self.selected_document()
        if document is None:
            return
        from app.services.versions import version_of

        try:
            values, opened_at = self.context.read(
                lambda s: (
                    documents.read_document_values(s, document.id),
                    version_of(s, "document", document.id),
                )
            )
        except ServiceError as error:
            show_error(self, error)
            return

        def submit(changes: dict[str, Any]) -> Any:
            return push_resolving(
                self,
                self.context,
                lambda version: commands.update_document(
                    self.context, document.id, changes, changes["base_symbol"], version
                ),
                opened_at,
                changes,
            )

        DocumentDialog(submit, self, values=values).exec()

    def delete_document(self) -> None:
        document = self.selected_document()
        if document is None:
            return
        if not confirmed(
            self,
            self.tr("Delete document"),
            self.tr(
                "Delete {symbol} with its {count} revision(s) and their files? "
                "Agenda items and mandates will no longer refer to it. "
                "You can undo this with Edit ▸ Undo."
            ).format(symbol=document.base_symbol, count=document.revision_count),
        ):
            return
        push_or_show(
            self,
            self.context,
            commands.delete_document(self.context, document.id, document.base_symbol),
            (ServiceError,),
        )

    # -- revisions -------------------------------------------------------------------
    def add_revision_files(self, paths: list[Path]) -> None:
        """Add a revision of the selected document with these files (possibly none), after
        the user confirms the number, date, note and each file's language."""
        document = self.selected_document()
        if document is None:
            QMessageBox.information(
                self,
                self.tr("Add revision"),
                self.tr("Select the document in the register first, then add its revision."),
            )
            return
        history = self.history_model.revisions()
        next_revision = max((r.revision for r in history), default=-1) + 1
        original = self._document_values(document.id)["title_language"]

        def submit(values: dict[str, Any]) -> int:
            files = tuple(
                commands.NewFile(language, path.name, path.read_bytes())
                for path, language in values["files"]
            )
            revision = commands.NewRevision(
                revision=values["revision"],
                addendum=values["addendum"],
                corrigendum=values["corrigendum"],
                circulated_on=values["circulated_on"],
                change_note=values["change_note"],
                files=files,
            )
            return push(
                self.context,
                commands.add_revision(self.context, document.id, revision, dialog.symbol()),
            )

        dialog = RevisionDialog(
            submit,
            self,
            base_symbol=document.base_symbol,
            title=document.title,
            next_revision=next_revision,
            default_language=str(original),
            files=[Path(p) for p in paths],
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.select_revision(dialog.result_value)

    def attach_file(self) -> None:
        revision = self.selected_revision()
        document = self.selected_document()
        if revision is None or document is None:
            return
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Attach a file to {symbol}").format(symbol=revision.symbol)
        )
        if not name:
            return
        path = Path(name)
        labels = language_labels()
        codes = list(labels)
        original = str(self._document_values(document.id)["title_language"])
        guess = guess_language(path.name, original)
        label, chosen = QInputDialog.getItem(
            self,
            self.tr("Language of the file"),
            self.tr("{name} is in:").format(name=path.name),
            list(labels.values()),
            codes.index(guess),
            False,
        )
        if not chosen:
            return
        language = codes[list(labels.values()).index(label)]
        shown = next((f for f in revision.files if f.language == language), None)
        if shown is not None:
            answer = QMessageBox.question(
                self,
                self.tr("Replace file"),
                self.tr("{symbol} has a {language} file already. Replace it with {name}?").format(
                    symbol=revision.symbol, language=label, name=path.name
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            file = commands.NewFile(str(language), path.name, path.read_bytes())
            push(
                self.context,
                commands.attach_file(self.context, revision.id, file, revision.symbol, shown),
            )
        except (ServiceError, OSError) as error:
            show_error(self, error)

    # -- files -----------------------------------------------------------------------
    def open_file(self) -> None:
        file = self.selected_file()
        if file is not None:
            open_revision_file(self, self.context, file.id, file.file_name)

    def save_file_as(self) -> None:
        file = self.selected_file()
        if file is not None:
            save_revision_file_as(self, self.context, file.id, file.file_name)
