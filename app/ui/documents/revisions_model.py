"""A document's revision history as a tree: each revision, and under it its language files.

Built from ``revision_history``, which never loads file contents: the bytes are read
only when the user opens or saves a file.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from app.services.document_rows import FileRow, RevisionRow
from app.ui.common.dates import format_date
from app.ui.common.row_table import RIGHT_ALIGNED, header_label
from app.ui.documents.documents_model import language_labels

Index = QModelIndex | QPersistentModelIndex

SYMBOL, CIRCULATED, LANGUAGE, SIZE, CHANGE, CONSIDERED = range(6)
#: The revision's id on a revision row, the file's id on a file row.
ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: True on a file row.
IS_FILE_ROLE = Qt.ItemDataRole.UserRole + 2

#: internalId of a top-level (revision) index; a file index holds its revision's row + 1.
_TOP = 0


def format_size(size: int) -> str:
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


class RevisionsModel(QAbstractItemModel):
    """Revisions oldest first, each with its files as children."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RevisionRow] = []
        self._languages = language_labels()
        self._headers = (
            self.tr("Symbol / file"),
            self.tr("Circulated"),
            self.tr("Language"),
            self.tr("Size"),
            self.tr("What changed"),
            self.tr("Considered at"),
        )

    # -- contents --------------------------------------------------------------------
    def set_rows(self, rows: Sequence[RevisionRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def revisions(self) -> list[RevisionRow]:
        return list(self._rows)

    def revision_at(self, index: Index) -> RevisionRow | None:
        """The revision of a revision row, or the one a file row belongs to."""
        if not index.isValid():
            return None
        if index.internalId() == _TOP:
            return self._rows[index.row()]
        return self._rows[index.internalId() - 1]

    def file_at(self, index: Index) -> FileRow | None:
        if not index.isValid() or index.internalId() == _TOP:
            return None
        return self._rows[index.internalId() - 1].files[index.row()]

    def index_of_revision(self, revision_id: int) -> QModelIndex:
        for row, revision in enumerate(self._rows):
            if revision.id == revision_id:
                return self.index(row, 0)
        return QModelIndex()

    # -- Qt model --------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _TOP)
        if parent.internalId() == _TOP:
            return self.createIndex(row, column, parent.row() + 1)
        return QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not index.isValid() or index.internalId() == _TOP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _TOP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._rows)
        if parent.internalId() == _TOP and parent.column() == 0:
            return len(self._rows[parent.row()].files)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return header_label(self._headers, section, orientation, role)

    def _considered(self, revision: RevisionRow) -> list[str]:
        """Where the revision was considered: "15 sept 2011, tema 2" in the window's language."""
        return [
            self.tr("{date}, item {position}").format(date=format_date(day), position=position)
            for day, position in revision.considered_on
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        file = self.file_at(index)
        if file is not None:
            return self._file_data(file, index.column(), role)
        return self._revision_data(self._rows[index.row()], index.column(), role)

    def _revision_data(self, revision: RevisionRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == SYMBOL:
                return revision.symbol
            if column == CIRCULATED:
                return format_date(revision.circulated_on) or self.tr("not circulated")
            if column == LANGUAGE:
                return ", ".join(f.language.value.upper() for f in revision.files)
            if column == SIZE:
                return format_size(sum(f.size for f in revision.files)) if revision.files else ""
            if column == CHANGE:
                return revision.change_note.replace("\n", " ")
            if column == CONSIDERED:
                return "; ".join(self._considered(revision))
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == CHANGE and revision.change_note:
                return revision.change_note
            if column == CONSIDERED and revision.considered_on:
                return "\n".join(self._considered(revision))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == SIZE:
            return RIGHT_ALIGNED
        if role == ID_ROLE:
            return revision.id
        if role == IS_FILE_ROLE:
            return False
        return None

    def _file_data(self, file: FileRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == SYMBOL:
                return file.file_name
            if column == LANGUAGE:
                return self._languages.get(file.language, file.language)
            if column == SIZE:
                return format_size(file.size)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{name}\n{media_type}, {size} bytes\nSHA-256 {sha256}").format(
                name=file.file_name, media_type=file.media_type, size=file.size, sha256=file.sha256
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column == SIZE:
            return RIGHT_ALIGNED
        if role == ID_ROLE:
            return file.id
        if role == IS_FILE_ROLE:
            return True
        return None
