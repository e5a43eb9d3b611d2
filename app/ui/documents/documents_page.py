"""The documents page: the register of documents and the selected one's revision history.

Files dropped from a file manager become a new revision of the selected document (or
of the one they are dropped on). Listing never loads file contents; a file's bytes are
read only when the user opens it or saves it, off the UI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QSettings, Qt, QTimer
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.services import document_rows
from app.services.decisions import revision_requests
from app.services.document_rows import DocumentRow, FileRow, RevisionRow
from app.store.workspace import SUFFIX as WORKSPACE_SUFFIX
from app.ui.common.context import AGENDA, DOCUMENTS, MEETINGS, AppContext
from app.ui.common.delegates.roomy_rows import RoomyRowDelegate
from app.ui.common.page_support import (
    Layout,
    current_record,
    fit_columns,
    read_list,
    restore_layout,
    save_layout,
    select_row,
    set_up_record_table,
)
from app.ui.common.readable_columns import ElidedTooltips, ReadableColumns
from app.ui.documents import documents_model, revisions_model
from app.ui.documents.actions import DocumentActions
from app.ui.documents.documents_model import DocumentsModel
from app.ui.documents.revision_requests import requests_text
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


class DocumentsPage(DocumentActions):
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
        self.columns = ReadableColumns(self.documents_view, documents_model.TITLE)
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
        self.history_tooltips = ElidedTooltips(self.history_view)
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
        self.requests_label = QLabel(self)
        self.requests_label.setObjectName("revisionRequests")
        self.requests_label.setTextFormat(Qt.TextFormat.PlainText)
        self.requests_label.setWordWrap(True)
        self.requests_label.setStyleSheet("color: #8a4b00;")
        lower_layout.addWidget(self.requests_label)
        lower_layout.addWidget(self.history_view, 1)
        lower_layout.addWidget(self.drop_hint)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("documentsSplitter")
        self.splitter.addWidget(self.documents_view)
        self.splitter.addWidget(lower)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

    # -- loading ---------------------------------------------------------------------
    def _on_data_changed(self, kinds: frozenset[str]) -> None:
        if kinds & SHOWN_KINDS:
            self.reload()

    def search_row(self) -> QHBoxLayout:
        """The search field over the register, and the count of documents it shows."""
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(
            self.tr("Search by symbol, title in any language, or what changed (Ctrl+F)")
        )
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._search)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.search_edit.setFocus)
        self.count_label = QLabel(self)
        row = QHBoxLayout()
        row.addWidget(self.search_edit, 1)
        row.addWidget(self.count_label)
        return row

    def _search(self, text: str) -> None:
        selected = self.selected_document()
        self.model.set_search(text)
        row = self.model.row_of(selected.id) if selected else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.select_document(self.model.document_at(row).id)
        else:
            self._show_history(QModelIndex())
        self._update_count()
        self._update_actions()

    def _update_count(self) -> None:
        total, shown = self.model.total_count(), self.model.rowCount()
        if shown == total:
            text = self.tr("{total} documents").format(total=total)
        else:
            text = self.tr("{shown} of {total} documents").format(shown=shown, total=total)
        self.count_label.setText(text)

    def reload(self) -> None:
        """Reload the register, keeping the selected document and revision."""
        selected = self.selected_document()
        revision = self.selected_revision()
        rows = read_list(self.context, document_rows.list_documents)
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
        self._update_count()
        self._update_actions()

    def _show_history(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        document = self.model.document_at(current.row()) if current.isValid() else None
        if document is None or self.context.workspace is None:
            self.history_model.set_rows([])
            self.requests_label.hide()
            self.history_title.setText(self.tr("Select a document to see its revisions."))
        else:
            history, requested = self.context.read(
                lambda s: (
                    document_rows.revision_history(s, document.id),
                    revision_requests(s, document.id),
                )
            )
            self.requests_label.setText(requests_text(requested))
            self.requests_label.setVisible(bool(requested))
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
