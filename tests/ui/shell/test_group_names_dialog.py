"""The Working group dialog gives the group's name and parent body in the other languages
(under "In other languages…"), saved with the rest of the dialog as one undoable step."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.services.working_group import group_values
from app.store import backup_file
from app.ui.shell.working_group.dialog import WorkingGroupDialog
from app.ui.shell.working_group.identity import IdentitySection
from tests.ui.page_support import active_modal
from tests.ui.shell_support import OFFSCREEN_SIZE_HINTS, start

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_SIZE_HINTS)

NAME_ES = (
    "Grupo de Trabajo encargado de preparar la Tercera Reunión de Ministros en Materia de "
    "Seguridad Pública de las Américas"
)
BODY_FR = "Commission sur la sécurité continentale (CSC) du Conseil permanent"


@pytest.fixture
def window(qtbot, settings, tmp_path: Path, demo_template: Path):
    path = tmp_path / "MISPA III.chairdesk"
    backup_file(demo_template, path)
    return start(qtbot, settings, tmp_path / "data", str(path))


def group(window) -> dict:
    return window.context.read(group_values)


def open_identity(qtbot, window) -> tuple[WorkingGroupDialog, IdentitySection]:
    window.menus.working_group_action.trigger()
    dialog = active_modal(qtbot, WorkingGroupDialog)
    return dialog, dialog.section(IdentitySection)


def test_the_versions_are_shown_saved_and_undone_with_the_dialog(qtbot, window):
    dialog, identity = open_identity(qtbot, window)
    versions = identity.versions
    # Closed at first: the tab stays compact, and nothing is missing in the demo.
    assert versions.toggle.text() == "In other languages…"
    assert versions.isHidden()
    assert versions.summary.text() == ""
    versions.toggle.click()
    assert not versions.isHidden()
    assert versions.original() == "en"
    _label, name_es, body_es = versions.rows["es"]
    assert name_es.text() == NAME_ES
    assert body_es.text() == "Comisión de Seguridad Hemisférica (CSH) del Consejo Permanente"
    assert versions.rows["fr"][2].text() == BODY_FR
    # The original's own row is the fields above: not offered twice.
    assert all(widget.isHidden() for widget in versions.rows["en"])
    assert not any(widget.isHidden() for widget in versions.rows["pt"])

    name_es.setText("Grupo de Trabajo de la MISPA III")
    versions.rows["fr"][2].clear()
    assert versions.summary.text() == "Not yet in: French"
    assert dialog.ok_button.isEnabled()
    dialog.accept()

    saved = group(window)
    assert saved["name_es"] == "Grupo de Trabajo de la MISPA III"
    assert saved["parent_body_fr"] is None
    assert saved["name_fr"].startswith("Groupe de travail chargé de préparer")
    assert saved["name"].startswith("Working Group to Prepare the Third Meeting")

    window.context.undo_stack.undo()
    before = group(window)
    assert (before["name_es"], before["parent_body_fr"]) == (NAME_ES, BODY_FR)
    window.context.undo_stack.redo()
    assert group(window)["name_es"] == "Grupo de Trabajo de la MISPA III"


def test_a_group_written_in_spanish_offers_the_english_version_instead(qtbot, window):
    dialog, identity = open_identity(qtbot, window)
    versions = identity.versions
    english_name = identity.name_edit.text()
    versions.toggle.click()
    versions.language_combo.setCurrentIndex(versions.language_combo.findData("es"))
    assert all(widget.isHidden() for widget in versions.rows["es"])
    assert not any(widget.isHidden() for widget in versions.rows["en"])
    # The English text the fields held is the English version now.
    assert versions.rows["en"][1].text() == english_name
    identity.name_edit.setText(NAME_ES)
    identity.parent_body_edit.setText("Consejo Permanente")
    versions.rows["en"][2].setText("Permanent Council")
    dialog.accept()

    saved = group(window)
    assert str(saved["original_language"]) == "es"
    assert (saved["name"], saved["name_es"], saved["name_en"]) == (NAME_ES, NAME_ES, english_name)
    assert (saved["parent_body_es"], saved["parent_body_en"]) == (
        "Consejo Permanente",
        "Permanent Council",
    )
    window.context.undo_stack.undo()
    restored = group(window)
    assert str(restored["original_language"]) == "en"
    assert (restored["name"], restored["name_es"]) == (english_name, NAME_ES)


def test_a_new_group_says_which_languages_it_lacks(qtbot):
    dialog = WorkingGroupDialog(None)
    qtbot.addWidget(dialog)
    identity = dialog.section(IdentitySection)
    assert identity.versions.summary.text() == ""
    identity.name_edit.setText("Working Group on Hemispheric Security")
    assert identity.versions.summary.text() == "Not yet in: Spanish, French, Portuguese"
    identity.versions.rows["es"][1].setText("Grupo de Trabajo sobre Seguridad Hemisférica")
    assert identity.versions.summary.text() == "Not yet in: French, Portuguese"
    values = dialog.values()
    assert values["original_language"] == "en"
    assert values["name_es"] == "Grupo de Trabajo sobre Seguridad Hemisférica"
    assert values["name_fr"] == ""
