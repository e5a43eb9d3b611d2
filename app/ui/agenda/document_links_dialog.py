"""Choose the documents an agenda item considers, and optionally which revision of each."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui.common import meeting_labels as labels
from app.ui.common.dialog_parts import ok_cancel_buttons
from app.ui.common.page_support import confirmed

if TYPE_CHECKING:
    from app.services.document_rows import DocumentRow, RevisionRow

DOCUMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SYMBOL, TITLE, REVISION = range(3)


class LinkDocumentsDialog(QDialog):
    """Tick documents; for a ticked one, the revision chooser offers its revisions.

    Revision histories are read only for ticked documents (``revisions_of``), so the
    dialog opens at once on a long register.
    """

    def __init__(
        self,
        parent: QWidget | None,
        item_title: str,
        documents: Sequence[DocumentRow],
        links: Mapping[int, int | None],
        revisions_of: Callable[[int], list[RevisionRow]],
        meeting_date: date | None = None,
    ) -> None:
        super().__init__(parent)
        #: Revisions circulated after this day are linked only if the chair says so.
        self._meeting_date = meeting_date
        self._revisions: dict[int, RevisionRow] = {}
        self.setWindowTitle(self.tr("Documents considered"))
        self._revisions_of = revisions_of
        self._pinned = dict(links)
        self._choosers: dict[int, QComboBox] = {}

        intro = QLabel(
            self.tr(
                "Tick the documents “{title}” considers. Choose a revision to record "
                "exactly which text was before the meeting."
            ).format(title=item_title),
            self,
        )
        intro.setWordWrap(True)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Filter by symbol or title"))
        self.filter_edit.setClearButtonEnabled(True)
        self.tree = QTreeWidget(self)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setHeaderLabels([self.tr("Symbol"), self.tr("Title"), self.tr("Revision")])
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(SYMBOL, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(REVISION, QHeaderView.ResizeMode.Interactive)
        self.tree.setColumnWidth(REVISION, self.fontMetrics().horizontalAdvance("X" * 30))
        # Rows as tall as a revision chooser, so ticking one does not make the list jump.
        row_height = QComboBox().sizeHint().height() + 2
        self.tree.blockSignals(True)
        for document in documents:
            item = QTreeWidgetItem(self.tree, [document.base_symbol, document.title, ""])
            item.setSizeHint(REVISION, QSize(0, row_height))
            item.setData(SYMBOL, DOCUMENT_ID_ROLE, document.id)
            item.setToolTip(TITLE, document.title)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            linked = document.id in self._pinned
            item.setCheckState(SYMBOL, Qt.CheckState.Checked if linked else Qt.CheckState.Unchecked)
            if linked:
                self._add_chooser(item)
        self.tree.blockSignals(False)
        self.tree.itemChanged.connect(self._item_changed)
        self.filter_edit.textChanged.connect(self._filter)

        self.buttons = ok_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.buttons)
        self.resize(760, 440)

    def _add_chooser(self, item: QTreeWidgetItem) -> None:
        document_id = item.data(SYMBOL, DOCUMENT_ID_ROLE)
        chooser = QComboBox(self.tree)
        chooser.addItem(self.tr("Any revision"), None)
        for revision in self._revisions_of(document_id):
            self._revisions[revision.id] = revision
            text = revision.symbol
            if revision.circulated_on is not None:
                text += f" ({labels.short_date(revision.circulated_on)})"
            chooser.addItem(text, revision.id)
        pinned = self._pinned.get(document_id)
        if pinned is not None:
            chooser.setCurrentIndex(max(chooser.findData(pinned), 0))
        self._choosers[document_id] = chooser
        self.tree.setItemWidget(item, REVISION, chooser)

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if column != SYMBOL:
            return
        document_id = item.data(SYMBOL, DOCUMENT_ID_ROLE)
        if item.checkState(SYMBOL) == Qt.CheckState.Checked:
            if document_id not in self._choosers:
                self._add_chooser(item)
        elif document_id in self._choosers:
            self.tree.removeItemWidget(item, REVISION)
            del self._choosers[document_id]

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            haystack = f"{item.text(SYMBOL)} {item.text(TITLE)}".casefold()
            item.setHidden(bool(needle) and needle not in haystack)

    def document_item(self, symbol: str) -> QTreeWidgetItem | None:
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            if item.text(SYMBOL) == symbol:
                return item
        return None

    def chooser(self, document_id: int) -> QComboBox | None:
        return self._choosers.get(document_id)

    def links(self) -> dict[int, int | None]:
        """The ticked documents, each with its chosen revision's id (None: any)."""
        return {
            document_id: chooser.currentData() for document_id, chooser in self._choosers.items()
        }

    def late_revisions(self) -> list[RevisionRow]:
        """Chosen revisions that were circulated after the meeting's date, newly chosen."""
        if self._meeting_date is None:
            return []
        late = []
        for document_id, revision_id in self.links().items():
            revision = self._revisions.get(revision_id) if revision_id is not None else None
            if revision is None or self._pinned.get(document_id) == revision_id:
                continue
            if revision.circulated_on is not None and revision.circulated_on > self._meeting_date:
                late.append(revision)
        return late

    def accept(self) -> None:
        """Ask before linking a revision the meeting cannot have had before it."""
        late = self.late_revisions()
        if late and self._meeting_date is not None:
            question = self.tr(
                "{symbols} was circulated after the meeting of {date}. "
                "Record it as considered at that meeting anyway?"
            ).format(
                symbols=", ".join(
                    f"{r.symbol} ({labels.short_date(r.circulated_on)})"  # type: ignore[arg-type]
                    for r in late
                ),
                date=labels.long_date(self._meeting_date),
            )
            if not confirmed(self, self.tr("Revision circulated after the meeting"), question):
                return
        super().accept()
