"""A revision is not saved by Enter with no file, unless the chair says it has none yet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.ui.documents.revision_dialog import RevisionDialog


def dialog_without_files(qtbot, submitted: list) -> RevisionDialog:
    dialog = RevisionDialog(
        submitted.append,
        base_symbol="GT/MISPA-III/doc.2/11",
        title="Draft agenda",
        next_revision=3,
        default_language="en",
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_enter_with_no_file_saves_nothing(qtbot):
    submitted: list = []
    dialog = dialog_without_files(qtbot, submitted)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    assert dialog.message.text() == "Add the revised files, or tick “No file yet”."
    qtbot.keyClick(dialog.revision, Qt.Key.Key_Return)
    assert submitted == []
    assert dialog.isVisible()


def test_no_file_yet_lets_the_revision_be_saved_without_files(qtbot):
    submitted: list = []
    dialog = dialog_without_files(qtbot, submitted)
    dialog.no_file_box.setChecked(True)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert len(submitted) == 1
    assert (submitted[0]["revision"], submitted[0]["files"]) == (3, [])
