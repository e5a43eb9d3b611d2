"""The welcome view: each choice shows its whole description, in every language."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QCommandLinkButton

from app.ui.common import language
from app.ui.shell.welcome import WelcomeView


@pytest.mark.parametrize("code", ["en", "es", "fr", "pt"])
def test_no_choice_cuts_its_description_short(qtbot, code):
    """In French the MISPA III example's description takes three lines; Qt sized the
    button for two and cut the third off."""
    assert language.install_language(code)
    try:
        view = WelcomeView()
        qtbot.addWidget(view)
        view.resize(1000, 700)
        view.show()
        qtbot.waitExposed(view)
        buttons = view.findChildren(QCommandLinkButton)
        assert len(buttons) == 5
        for button in buttons:
            qtbot.waitUntil(
                lambda b=button: b.height() >= b.heightForWidth(b.width()), timeout=2000
            )
    finally:
        language.install_language("en")
