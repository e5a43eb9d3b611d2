"""A 1024x700 laptop screen, in each of the window's languages: every page fits the window
(no page's minimum width forces the window wider than the screen, which would put the
right-hand columns and buttons off-screen)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from app.store import backup_file
from app.ui.common import language
from app.ui.shell.application import start_window
from tests.ui.shell_support import OFFSCREEN_SIZE_HINTS

pytestmark = [pytest.mark.slow, pytest.mark.qt_log_ignore(OFFSCREEN_SIZE_HINTS)]
SCREEN = (1024, 700)


@pytest.fixture
def in_language(request, qapp):
    assert language.install_language(request.param)
    yield request.param
    language.install_language("en")


@pytest.mark.parametrize("in_language", ["en", "es", "fr", "pt"], indirect=True)
def test_every_page_fits_a_1024_pixel_window(qtbot, in_language, settings, tmp_path, demo_template):
    demo = tmp_path / "demo.chairdesk"
    backup_file(demo_template, demo)
    window = start_window(str(demo), settings=settings, data_dir=tmp_path / "data")
    qtbot.addWidget(window)
    window.resize(*SCREEN)
    qtbot.waitUntil(lambda: window.context.workspace is not None and bool(window.pages))
    qtbot.waitUntil(lambda: not window.opener.busy)

    too_wide = {}
    for key in window.pages:
        window.show_view(key)
        QApplication.processEvents()
        page = window.pages[key]
        if window.minimumSizeHint().width() > SCREEN[0] or window.width() > SCREEN[0]:
            too_wide[key] = (page.minimumSizeHint().width(), window.width())
    assert too_wide == {}
