"""The documents page: the register of documents and the selected one's revision history.

Files dropped from a file manager become a new revision of the selected document (or
of the one they are dropped on). Listing never loads file contents; a file's bytes are
read only when the user opens it or saves it, off the UI thread.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QSettings, Qt, QTimer
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMessageBox,
    QSplitter,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.models import Document
from app.services import documents, validate
from app.services.documents import DocumentRow, FileRow, RevisionRow
from app.services.errors import ServiceError
from app.store.workspace import SUFFIX as WORKSPACE_SUFFIX
from app.ui.common.context import AGENDA, DOCUMENTS, MEETINGS, AppContext
from app.ui.common.delegates.roomy_rows import RoomyRowDelegate
from app.ui.common.errors import show_error
from app.ui.common.page_support import (
    Layout,
    confirmed,
    current_record,
    fit_columns,
    page_action,
    page_toolbar,
    push_or_show,
    read_list,
    restore_layout,
    save_layout,
    select_row,
    set_up_record_table,
)
from app.ui.common.undo import push
from app.ui.documents import commands, documents_model, revisions_model
from app.ui.documents.document_dialog import DocumentDialog
from app.ui.documents.documents_model import DocumentsModel, language_labels
from app.ui.documents.revision_dialog import RevisionDialog, guess_language
from app.ui.documents.revision_files import open_revision_file, save_revision_file_as
from app.ui.documents.revisions_model import RevisionsModel

SHOWN_KINDS = frozenset({DOCUMENTS, AGENDA, MEETINGS})


def _dropped_files(event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> list[Path]:
    """Local files dropped on the page; none when a workspace is among them, so that the
    drop goes on to the main window, which opens it."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    if any(path.suffix.lower() == WORKSPACE_SUFFIX for path in paths):
        return []
    return paths


class DocumentsPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = DocumentsModel(self)
        self.history_model = RevisionsModel(self)
        self._build_views()
        self._build_actions()
        self.setAcceptDrops(True)
        context.workspace_changed.connect(self.reload)
        context.data_changed.connect(self._on_data_changed)
        self.reload()

    # -- construction ----------------------------------------------------------------
    def _build_views(self) -> None:
        self.documents_view = QTableView(self)
        self.documents_view.setObjectName("documentsRegister")
        set_up_record_table(
            self.documents_view,
            self.model,
            QAbstractItemView.SelectionMode.SingleSelection,
            self.edit_document,
        )
        self.documents_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.documents_view.setSortingEnabled(True)
        self.documents_view.sortByColumn(documents_model.SYMBOL, Qt.SortOrder.AscendingOrder)
        fit_columns(
            self.documents_view.horizontalHeader(),
            documents_model.TITLE,
            {
                documents_model.SYMBOL: 190,
                documents_model.STATUS: 160,
                documents_model.LATEST: 200,
                documents_model.CIRCULATED: 105,
                documents_model.REVISIONS: 80,
            },
        )
        self.documents_view.selectionModel().currentRowChanged.connect(self._show_history)

        self.history_view = QTreeView(self)
        self.history_view.setObjectName("revisionHistory")
        self.history_view.setModel(self.history_model)
        self.history_view.setAlternatingRowColors(True)
        self.history_view.setUniformRowHeights(True)
        self.history_view.setItemDelegate(RoomyRowDelegate(self.history_view))
        self.history_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        history_header = self.history_view.header()
        history_header.setStretchLastSection(True)
        for column, width in (
            (revisions_model.SYMBOL, 290),
            (revisions_model.CIRCULATED, 105),
            (revisions_model.LANGUAGE, 90),
            (revisions_model.SIZE, 80),
            (revisions_model.CHANGE, 380),
        ):
            history_header.resizeSection(column, width)
        self.history_view.activated.connect(lambda _index: self.open_file())
        self.history_view.selectionModel().currentChanged.connect(self._update_actions)

        self.history_title = QLabel(self)
        self.history_title.setTextFormat(Qt.TextFormat.PlainText)
        self.history_title.setWordWrap(True)
        font = self.history_title.font()
        font.setBold(True)
        self.history_title.setFont(font)
        self.drop_hint = QLabel(
            self.tr("Drop files here to add them as a new revision of the selected document."),
            self,
        )
        self.drop_hint.setEnabled(False)

        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 6, 0, 0)
        lower_layout.addWidget(self.history_title)
        lower_layout.addWidget(self.history_view, 1)
        lower_layout.addWidget(self.drop_hint)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("documentsSplitter")
        self.splitter.addWidget(self.documents_view)
        self.splitter.addWidget(lower)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

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
            [self.edit_action, self.delete_action, self.add_revision_action]
        )
        self.history_view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.history_view.addActions([self.open_action, self.save_action, self.attach_action])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.addWidget(toolbar)
        layout.addWidget(self.splitter, 1)

    # -- loading ---------------------------------------------------------------------
    def _on_data_changed(self, kinds: frozenset[str]) -> None:
        if kinds & SHOWN_KINDS:
            self.reload()

    def reload(self) -> None:
        """Reload the register, keeping the selected document and revision."""
        selected = self.selected_document()
        revision = self.selected_revision()
        rows = read_list(self.context, documents.list_documents)
        self.model.set_rows(rows)
        row = self.model.row_of(selected.id) if selected else -1
        if row < 0 and rows:
            row = 0
        if row >= 0:
            self.select_document(self.model.document_at(row).id)
        else:
            self._show_history(QModelIndex())
        if revision is not None:
            self.select_revision(revision.id)
        self._update_actions()

    def _show_history(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        document = self.model.document_at(current.row()) if current.isValid() else None
        if document is None or self.context.workspace is None:
            self.history_model.set_rows([])
            self.history_title.setText(self.tr("Select a document to see its revisions."))
        else:
            history = self.context.read(lambda s: documents.revision_history(s, document.id))
            self.history_model.set_rows(history)
            self.history_view.expandAll()
            self.history_title.setText(
                self.tr("Revision history of {symbol} — {title}").format(
                    symbol=document.base_symbol, title=document.title
                )
            )
            if history:
                last = self.history_model.index(len(history) - 1, 0)
                self.history_view.setCurrentIndex(last)
        self._update_actions()

    def _update_actions(self, *_args: Any) -> None:
        has_document = self.selected_document() is not None
        for made in (self.edit_action, self.delete_action, self.add_revision_action):
            made.setEnabled(has_document)
        self.new_action.setEnabled(self.context.workspace is not None)
        self.attach_action.setEnabled(self.selected_revision() is not None)
        has_file = self.selected_file() is not None
        self.open_action.setEnabled(has_file)
        self.save_action.setEnabled(has_file)

    # -- selection -------------------------------------------------------------------
    def selected_document(self) -> DocumentRow | None:
        return current_record(self.documents_view, self.model)

    def select_document(self, document_id: int) -> None:
        select_row(self.documents_view, self.model.row_of(document_id))

    def selected_revision(self) -> RevisionRow | None:
        return self.history_model.revision_at(self.history_view.currentIndex())

    def select_revision(self, revision_id: int) -> None:
        index = self.history_model.index_of_revision(revision_id)
        if index.isValid():
            self.history_view.setCurrentIndex(index)

    def selected_file(self) -> FileRow | None:
        """The file row chosen, or the file of a revision row: in the language the window
        shows, else the first one."""
        index = self.history_view.currentIndex()
        file = self.history_model.file_at(index)
        if file is not None:
            return file
        revision = self.history_model.revision_at(index)
        if revision is None or not revision.files:
            return None
        wanted = self.context.language
        return next((f for f in revision.files if f.language == wanted), revision.files[0])

    # -- documents -------------------------------------------------------------------
    def _document_values(self, document_id: int) -> dict[str, Any]:
        return self.context.read(
            lambda s: documents.document_values(validate.get(s, Document, document_id, "document"))
        )

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
        dialog = DocumentDialog(
            lambda values: push(
                self.context,
                commands.update_document(self.context, document.id, values, values["base_symbol"]),
            ),
            self,
            values=self._document_values(document.id),
        )
        dialog.exec()

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
        if any(f.language == language for f in revision.files):
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
                self.context, commands.attach_file(self.context, revision.id, file, revision.symbol)
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

    # -- drag and drop ---------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_files(event) and self.context.workspace is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if _dropped_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = _dropped_files(event)
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        viewport = self.documents_view.viewport()
        position = viewport.mapFrom(self, event.position().toPoint())
        if viewport.rect().contains(position):
            target = self.documents_view.indexAt(position)
            if target.isValid():
                self.select_document(self.model.document_at(target.row()).id)
        # After the drop returns: a modal dialog inside dropEvent would hold the file
        # manager's drag open until it closes.
        QTimer.singleShot(0, lambda: self.add_revision_files(paths))

    # -- state -----------------------------------------------------------------------
    def _layout(self) -> Layout:
        return {
            "splitter": self.splitter,
            "documentsHeader": self.documents_view.horizontalHeader(),
            "historyHeader": self.history_view.header(),
        }

    def save_state(self, settings: QSettings) -> None:
        save_layout(settings, "DocumentsPage", self._layout())

    def restore_state(self, settings: QSettings) -> None:
        restore_layout(settings, "DocumentsPage", self._layout())
