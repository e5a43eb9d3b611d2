"""A title shown in the window's language, or in its original language marked as such.

Titles are held in four languages (``app.models.localized``); the services give each row
its title in the language asked for and say which language they gave (``title_language``).
When that is not the window's language, the title has no version in it yet: the window
shows the original with the language's code after it, in italics, and says why in the
tooltip, so that a reader never takes an English title for a finished translation.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont

from app.ui.common.language import current_language

#: The roles a marked title answers differently from its model.
MARKED_ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.FontRole,
)


def is_original_shown(title_language: str) -> bool:
    """Whether a title in ``title_language`` is its original standing in for a version in
    the window's language."""
    return bool(title_language) and title_language != current_language()


def marked_title(title: str, title_language: str) -> str:
    """``title``, followed by its language's code when it stands in for a translation."""
    if not title or not is_original_shown(title_language):
        return title
    return QCoreApplication.translate("TitleMarks", "{title} ⟨{code}⟩").format(
        title=title, code=title_language.upper()
    )


def original_note(title_language: str) -> str:
    """The tooltip line that explains the mark."""
    return QCoreApplication.translate(
        "TitleMarks",
        "Original ({code}): there is no version in this language yet. "
        "Add one with Titles in Four Languages.",
    ).format(code=title_language.upper())


def marked_data(title: str, title_language: str, role: int, usual: Any = None) -> Any:
    """What a title cell shows for ``role`` when its original stands in, given what it
    ``usual``-ly shows for that role (its tooltip, its font); None when not marked."""
    if not title or not is_original_shown(title_language):
        return None
    if role == Qt.ItemDataRole.DisplayRole:
        return marked_title(title, title_language)
    if role == Qt.ItemDataRole.ToolTipRole:
        return f"{usual or title}\n\n{original_note(title_language)}"
    if role == Qt.ItemDataRole.FontRole:
        font = QFont(usual) if isinstance(usual, QFont) else QFont()
        font.setItalic(True)
        return font
    return None
