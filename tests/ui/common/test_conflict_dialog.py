"""The conflict dialog reads as a person would want: fields by their names in the window's
language, and long values given the dialog's whole width."""

from __future__ import annotations

from datetime import time

import pytest

from app.services.errors import ConflictError
from app.ui.common import language
from app.ui.common.conflicts import ConflictDialog

LONG_NOTES = "Interpretation in the four official languages; " * 6


@pytest.fixture(autouse=True)
def english_after(qapp):
    yield
    language.install_language("en")


def conflict(what: str, current: dict) -> ConflictError:
    return ConflictError(what, "Fifth meeting", row_id=5, current=current, current_version=3)


def rows_of(dialog: ConflictDialog) -> list[list[str]]:
    table = dialog.table
    return [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]


def test_fields_are_named_in_words_not_as_stored(qtbot):
    theirs = {"room": "Padilha Vidal Room", "start_time": time(10), "all_day": False}
    mine = {"room": "Guerrero Room", "start_time": time(9, 30), "all_day": True}
    dialog = ConflictDialog(conflict("meeting", theirs), mine)
    qtbot.addWidget(dialog)
    assert [row[0] for row in rows_of(dialog)] == ["Room", "Start time", "All day"]
    assert rows_of(dialog)[2][1:] == ["Yes", "No"]
    assert "meeting “Fifth meeting”" in dialog.intro.text()


def test_a_contacts_title_is_their_position(qtbot):
    dialog = ConflictDialog(conflict("contact", {"title": "Minister"}), {"title": "Ambassador"})
    qtbot.addWidget(dialog)
    assert rows_of(dialog) == [["Title (position)", "Ambassador", "Minister"]]


def test_field_names_and_the_kind_of_row_follow_the_windows_language(qtbot):
    assert language.install_language("es")
    dialog = ConflictDialog(conflict("meeting", {"room": "Sala B"}), {"room": "Sala A"})
    qtbot.addWidget(dialog)
    assert rows_of(dialog) == [["Sala", "Sala A", "Sala B"]]
    assert "Otra persona guardó la reunión “Fifth meeting”" in dialog.intro.text()
    assert "room" not in dialog.intro.text()


def test_the_last_column_fills_the_dialog(qtbot):
    dialog = ConflictDialog(conflict("meeting", {"notes": LONG_NOTES}), {"notes": "Short"})
    qtbot.addWidget(dialog)
    dialog.resize(640, 320)
    dialog.show()
    qtbot.waitExposed(dialog)
    header = dialog.table.horizontalHeader()
    right = header.sectionPosition(2) + header.sectionSize(2)
    assert right == dialog.table.viewport().width()
    assert not dialog.table.horizontalScrollBar().isVisible()  # the long notes wrap
    dialog.resize(900, 320)
    qtbot.waitUntil(lambda: header.sectionPosition(2) + header.sectionSize(2) > right)
    assert header.sectionPosition(2) + header.sectionSize(2) == dialog.table.viewport().width()
