"""Titles in four languages: the side-by-side editor, its undoable save, and its action.

Every page whose rows have a title held in English, Spanish, French and Portuguese
(meetings, agenda items, documents; the text of mandates) offers "Titles in Four
Languages…": the four versions side by side, the original chosen with a radio button,
an empty box where a version is missing. Saving is one undoable edit. A mandate's
resolution title and area responsible, which the work plan paper prints, are given
there too, under its text.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from app.ui.common.dialog_parts import CheckedDialog, stack
from app.ui.common.errors import show_error
from app.ui.common.language import LANGUAGES, NATIVE_NAMES
from app.ui.common.page_support import open_dialog, page_action, push_or_show
from app.ui.common.row_refs import DOCUMENT, ITEM, MANDATE, MEETING, RowRef, row_refs
from app.ui.common.undo import ServiceCommand

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from app.services.session import Session
    from app.services.title_versions import TitleVersions
    from app.ui.common.context import AppContext

#: The services' name for each kind of row a RowRef names.
SERVICE_KINDS = {MEETING: "meeting", ITEM: "agenda_item", DOCUMENT: "document", MANDATE: "mandate"}


def _tr(text: str) -> str:
    # lupdate files a module-level tr() under the empty context (tools/update_translations.py).
    return QCoreApplication.translate("", text)


def read_title_versions(context: AppContext, ref: RowRef) -> TitleVersions:
    from app.services.title_versions import get_title_versions

    return context.read(lambda s: get_title_versions(s, SERVICE_KINDS[ref.kind], ref.id))


class EditTitleVersions(ServiceCommand):
    """Save the four versions of a title; undo puts the previous ones back."""

    def __init__(
        self,
        context: AppContext,
        ref: RowRef,
        original_language: str,
        versions: dict[str, str],
        expected_version: int | None,
        kinds: frozenset[str],
        others: dict[str, dict[str, str]] | None = None,
    ) -> None:
        from app.services.title_versions import set_title_versions

        kind = SERVICE_KINDS[ref.kind]
        expected = [expected_version]

        def do(session: Session) -> TitleVersions:
            before = set_title_versions(
                session,
                kind,
                ref.id,
                original_language,
                versions,
                expected_version=expected[0],
                others=others,
            )
            expected[0] = None  # a redo after undo follows the undo, not the first read
            return before

        def undo(session: Session, before: TitleVersions) -> None:
            set_title_versions(
                session,
                kind,
                ref.id,
                before.original_language,
                before.versions,
                others=before.others,
            )

        super().__init__(context, _tr("Edit the titles in four languages"), do, undo, kinds)


class TitleVersionsDialog(CheckedDialog):
    """The four versions of one title side by side; the original is chosen by its radio."""

    def __init__(self, parent: QWidget | None, versions: TitleVersions, *, long: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Titles in Four Languages"))
        intro = QLabel(
            self.tr(
                "The same title in each official language. Mark the language it was "
                "written in as the original; leave a box empty where there is no version yet."
            ),
            self,
        )
        intro.setWordWrap(True)
        grid = QGridLayout()
        self.original_group = QButtonGroup(self)
        self.edits: dict[str, QPlainTextEdit] = {}
        for column, code in enumerate(LANGUAGES):
            heading = QLabel(f"<b>{NATIVE_NAMES[code]}</b>", self)
            original = QRadioButton(self.tr("Original"), self)
            original.setChecked(code == versions.original_language)
            self.original_group.addButton(original, column)
            edit = QPlainTextEdit(versions.versions.get(code, ""), self)
            edit.setTabChangesFocus(True)
            edit.setPlaceholderText(self.tr("No version yet"))
            edit.setMinimumWidth(self.fontMetrics().averageCharWidth() * 28)
            lines = 8 if long else 3
            edit.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 12)
            edit.textChanged.connect(self.show_problem)
            self.edits[code] = edit
            grid.addWidget(heading, 0, column)
            grid.addWidget(original, 1, column)
            grid.addWidget(edit, 2, column)
        # A mandate's resolution title and area responsible, under its text: the papers
        # print them in their language too, the original's column being the original.
        self.other_edits: dict[str, dict[str, QLineEdit]] = {}
        headings = {
            "resolution_title": self.tr("Title of the resolution"),
            "area_responsible": self.tr("Area responsible"),
        }
        row = 3
        for name, by_language in versions.others.items():
            grid.addWidget(QLabel(f"<b>{headings.get(name, name)}</b>", self), row, 0, 1, 4)
            self.other_edits[name] = {}
            for column, code in enumerate(LANGUAGES):
                line = QLineEdit(by_language.get(code, ""), self)
                line.setCursorPosition(0)
                line.setPlaceholderText(self.tr("No version yet"))
                line.setAccessibleName(f"{headings.get(name, name)} – {NATIVE_NAMES[code]}")
                self.other_edits[name][code] = line
                grid.addWidget(line, row + 1, column)
            row += 2
        self.original_group.idToggled.connect(lambda _id, _on: self.show_problem())
        self.make_buttons()
        stack(self, intro, grid, self.message_label, self.buttons)
        self.show_problem()

    def original_language(self) -> str:
        return LANGUAGES[max(self.original_group.checkedId(), 0)]

    def versions(self) -> dict[str, str]:
        return {code: " ".join(edit.toPlainText().split()) for code, edit in self.edits.items()}

    def others(self) -> dict[str, dict[str, str]]:
        """The mandate's resolution title and area responsible in each language."""
        return {
            name: {code: " ".join(line.text().split()) for code, line in lines.items()}
            for name, lines in self.other_edits.items()
        }

    def problem(self) -> str:
        if not self.versions()[self.original_language()]:
            return self.tr("Write the title in its original language, or mark another original.")
        return ""


def title_versions_action(
    owner: QWidget,
    context: AppContext,
    kind: str,
    selected: Callable[[], int | None],
    kinds: frozenset[str],
    *,
    long: bool = False,
) -> QAction:
    """The page action that opens the editor for the row ``selected()`` returns (an id)."""

    def edit() -> Any:
        row_id = selected()
        if row_id is None or context.workspace is None:
            return None
        ref = row_refs(context).ref(kind, row_id)
        try:
            versions = read_title_versions(context, ref)
        except Exception as exc:
            show_error(owner, exc)
            return None
        dialog = TitleVersionsDialog(owner, versions, long=long)

        def save() -> None:
            command = EditTitleVersions(
                context,
                ref,
                dialog.original_language(),
                dialog.versions(),
                versions.row_version,
                kinds,
                dialog.others(),
            )
            push_or_show(owner, context, command)

        return open_dialog(dialog, save)

    return page_action(
        owner,
        QCoreApplication.translate("TitleVersionsDialog", "Titles in Four &Languages…"),
        edit,
        QCoreApplication.translate(
            "TitleVersionsDialog",
            "See and edit the title in English, Spanish, French and Portuguese side by side",
        ),
    )
