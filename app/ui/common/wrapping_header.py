"""A table header whose titles wrap onto a second line when a column is narrowed, so a
narrow window cuts no title short ("gation / organiza") and the header grows only when
a title needs it."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHeaderView, QStyleOptionHeader, QWidget

#: Room beside a title for the section's margins and the sort indicator.
TITLE_PADDING = 30
WRAP = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap


def widest_word(metrics: QFontMetrics, text: str) -> int:
    """The width of the longest word of ``text``: the narrowest a wrapped title can be."""
    return max((metrics.horizontalAdvance(word) for word in text.split()), default=0)


class WrappingHeader(QHeaderView):
    """A horizontal header that wraps its titles at spaces and is as tall as its tallest."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        # What QTableView's own header has and a plain QHeaderView lacks: clicking a title
        # sorts, and the pressed section is drawn pressed.
        self.setSectionsClickable(True)
        self.setHighlightSections(True)
        self.sectionResized.connect(self._heights_changed)

    def title(self, section: int) -> str:
        model = self.model()
        if model is None:
            return ""
        return str(model.headerData(section, self.orientation()) or "")

    def narrowest(self, section: int) -> int:
        """The narrowest ``section`` can be with its title wrapped, no word cut."""
        return widest_word(self.fontMetrics(), self.title(section)) + TITLE_PADDING

    def _heights_changed(self, *_: object) -> None:
        # Qt caches the header's size hint; this is the public way to have it measured again.
        if self.count():
            self.headerDataChanged(self.orientation(), 0, self.count() - 1)

    def initStyleOptionForIndex(self, option: QStyleOptionHeader, logicalIndex: int) -> None:
        # The wrap flag goes on each section's drawing, not in the default alignment: a
        # saved header state with it in the alignment is refused by restoreState().
        super().initStyleOptionForIndex(option, logicalIndex)
        option.textAlignment = option.textAlignment | Qt.TextFlag.TextWordWrap  # type: ignore[operator]

    def sectionSizeFromContents(self, logicalIndex: int) -> QSize:
        size = super().sectionSizeFromContents(logicalIndex)
        # The text's room as the style draws it: the margins, less the sort arrow's room
        # on the sorted column.
        sorted_here = self.isSortIndicatorShown() and self.sortIndicatorSection() == logicalIndex
        width = max(self.sectionSize(logicalIndex) - (TITLE_PADDING if sorted_here else 12), 10)
        needed = self.fontMetrics().boundingRect(
            QRect(0, 0, width, 1000), int(WRAP), self.title(logicalIndex)
        )
        return QSize(size.width(), max(size.height(), needed.height() + 8))
