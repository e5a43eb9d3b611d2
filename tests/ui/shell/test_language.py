"""The window's language: the system's at first start, the one chosen in Preferences
after, applied at once; titles follow it, an original standing in for a missing version
is marked; dates and numbers follow it too; the command line stays in English."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QTableView

from app.models import DocumentKind, DocumentStatus
from app.services.document_rows import DocumentRow
from app.store import backup_file
from app.ui.agenda.agenda_model import AgendaModel
from app.ui.common import language
from app.ui.common.meeting_labels import long_date
from app.ui.documents.documents_model import TITLE, DocumentsModel
from app.ui.shell.application import current_window, start_window, switch_language
from app.ui.shell.main_window import MainWindow
from app.ui.shell.preferences_dialog import PreferencesDialog
from app.ui.shell.settings import Settings
from tests.ui.shell_support import OFFSCREEN_SIZE_HINTS

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_SIZE_HINTS)
ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(autouse=True)
def english_after(qapp):
    yield
    language.install_language("en")


@pytest.fixture
def demo_path(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "MISPA III.chairdesk"
    backup_file(demo_template, path)
    return path


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def table_texts(window: MainWindow, page: str, column: int) -> list[str]:
    window.show_view(page)
    table = next(t for t in window.pages[page].findChildren(QTableView) if t.model().rowCount() > 0)
    model = table.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def system_language_under(locale: str) -> str:
    """What Chairdesk picks at first start on a system set to ``locale``."""
    env = {**os.environ, "LANG": locale, "LC_ALL": "", "LC_MESSAGES": "", "LANGUAGE": ""}
    code = "from app.ui.common.language import chosen_language; print(chosen_language(''))"
    return subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.strip()


@pytest.mark.parametrize(
    ("locale", "expected"),
    [("es_ES.UTF-8", "es"), ("fr_FR.UTF-8", "fr"), ("pt_BR.UTF-8", "pt"), ("de_DE.UTF-8", "en")],
)
def test_the_first_start_follows_the_system_locale_when_chairdesk_speaks_it(locale, expected):
    assert system_language_under(locale) == expected


def test_a_chosen_language_wins_over_the_system():
    assert language.chosen_language("fr") == "fr"
    assert language.chosen_language("xx") == language.system_language()


@pytest.mark.parametrize(
    ("code", "file_menu", "cancel", "day"),
    [
        ("es", "&Archivo", "Cancelar", "jueves, 15 de septiembre de 2011"),
        ("fr", "&Fichier", "Annuler", "jeudi 15 septembre 2011"),
        ("pt", "&Arquivo", "Cancelar", "quinta-feira, 15 de setembro de 2011"),
        ("en", "&File", "Cancel", "Thursday 15 September 2011"),
    ],
)
def test_a_language_brings_its_translations_qt_buttons_and_dates(code, file_menu, cancel, day):
    assert language.install_language(code)
    assert QCoreApplication.translate("MainMenus", "&File") == file_menu
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == cancel
    assert long_date(date(2011, 9, 15)) == day


def test_preferences_keep_the_choice_and_ask_for_the_new_language(qtbot, settings):
    dialog = PreferencesDialog(Settings(settings).preferences)
    qtbot.addWidget(dialog)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("pt"))
    dialog.accept()
    assert Settings(settings).preferences.language == "pt"


def test_switching_the_language_changes_the_window_text_and_the_titles(
    qtbot, settings, tmp_path, demo_path
):
    # Not given to qtbot: switching deletes it, and qtbot would close it again.
    window = start_window(str(demo_path), settings=settings, data_dir=tmp_path / "data")
    qtbot.waitUntil(lambda: window.context.workspace is not None and bool(window.pages))
    qtbot.waitUntil(lambda: not window.opener.busy)
    english_titles = table_texts(window, "calendar", 3)
    assert "&File" in menu_titles(window)
    assert "First meeting of the Working Group" in english_titles

    spanish = switch_language(window, "es")
    qtbot.addWidget(spanish)
    qtbot.waitUntil(lambda: spanish.context.workspace is not None and bool(spanish.pages))
    qtbot.waitUntil(lambda: not spanish.opener.busy)
    assert current_window() is spanish
    assert "&Archivo" in menu_titles(spanish)
    views = [spanish.navigation.item(i) for i in range(2)]
    # The name shows beside the icon, or in its tooltip when the window is narrow.
    assert [view.text() or view.toolTip() for view in views] == ["Calendario", "Orden del día"]
    titles = table_texts(spanish, "calendar", 3)
    assert "Primera reunión del Grupo de Trabajo" in titles
    # The demo's agenda items have Spanish versions: shown as they are, none marked as the
    # original (a title without one is marked: see the next test).
    items = table_texts(spanish, "agenda", AgendaModel.TITLE)
    assert items and not any(item.startswith("⟨EN⟩ ") for item in items)
    assert all(item.startswith("Consideración") or item.startswith("Elección") for item in items)
    assert spanish.context.workspace.path == demo_path


def test_a_title_without_a_version_in_the_window_language_is_marked_as_the_original(qapp):
    language.install_language("es")
    model = DocumentsModel()
    row = dict(
        base_symbol="GT/MISPA-III/doc.2/11",
        kind=DocumentKind.AGENDA,
        status=DocumentStatus.DRAFT,
        latest_symbol="GT/MISPA-III/doc.2/11",
        latest_circulated_on=None,
        revision_count=0,
    )
    model.set_rows(
        [
            DocumentRow(id=1, title="Draft agenda", title_language="en", **row),
            DocumentRow(id=2, title="Proyecto de calendario", title_language="es", **row),
        ]
    )
    untranslated, translated = (model.index(r, TITLE) for r in range(2))
    assert untranslated.data() == "⟨EN⟩ Draft agenda"
    assert untranslated.data(Qt.ItemDataRole.FontRole).italic()
    assert "Original (EN)" in untranslated.data(Qt.ItemDataRole.ToolTipRole)
    assert translated.data() == "Proyecto de calendario"
    assert translated.data(Qt.ItemDataRole.FontRole) is None


def test_the_command_line_stays_in_english(tmp_path):
    env = {**os.environ, "LANG": "es_ES.UTF-8"}
    result = subprocess.run(
        [sys.executable, "-m", "app", "check", str(tmp_path / "missing.chairdesk")],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1
    assert result.stderr.isascii() or "No " not in result.stderr
    assert QApplication.instance() is not None


def test_the_stores_warnings_are_said_in_the_window_language(tmp_path, monkeypatch):
    """The store writes its warnings in English; the window says them in Spanish."""
    import io

    from app.store import HEAD_REVISION, migrate, open_workspace
    from app.store import workspace as workspace_module
    from app.ui.shell.store_warnings import translated_warning
    from tests.store.migration_support import run_alembic

    path = tmp_path / "old.chairdesk"
    open_workspace(path).close()
    run_alembic(
        path, "downgrade", migrate.script_directory().get_revision(HEAD_REVISION).down_revision
    )
    share = tmp_path
    mounts = f"/dev/sda1 / ext4 rw 0 0\n//server/oas {share.resolve()} cifs rw 0 0\n"
    monkeypatch.setattr(
        workspace_module, "open", lambda *a, **k: io.StringIO(mounts), raising=False
    )
    upgraded = open_workspace(path)
    upgraded.close()
    assert len(upgraded.warnings) == 2

    language.install_language("es")
    said = [translated_warning(warning) for warning in upgraded.warnings]
    assert said[0].startswith("Este espacio de trabajo se actualizó al formato actual")
    assert said[1].startswith("old.chairdesk está en un recurso compartido de red")
