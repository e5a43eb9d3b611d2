"""Shortcuts a desktop user expects are there on every platform theme."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

from app.ui.common.actions import ICONS, QUIT, bindings, icon


def test_quit_has_a_shortcut_even_where_the_platform_defines_none(qapp):
    platform = QKeySequence.keyBindings(QUIT)
    expected = platform or [QKeySequence("Ctrl+Q")]
    assert [k.toString() for k in bindings(QUIT)] == [k.toString() for k in expected]
    assert bindings(QUIT), "File > Quit would have no keyboard shortcut"


def test_every_view_icon_is_found_in_the_installed_package(qapp):
    for name in ("chairdesk", "calendar", "agenda", "documents", "invitees", "workplan"):
        assert (ICONS / f"{name}.svg").is_file()
        assert not icon(name).isNull()
