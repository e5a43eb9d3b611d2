"""The print preview's calendar: every meeting by default, or the period the chair chooses."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from app.ui.exchange import paper_output
from app.ui.exchange.paper_dialog import PaperDialog


def _pdf_text(pdf: bytes) -> str:
    import io

    from pypdf import PdfReader

    pages = PdfReader(io.BytesIO(pdf)).pages
    return " ".join(" ".join(page.extract_text() for page in pages).split())


def test_the_calendar_covers_every_meeting_until_a_period_is_chosen(
    qtbot, app_context, tmp_path: Path
) -> None:
    from docx import Document

    app_context.set_current_meeting(0)
    dialog = PaperDialog(None, app_context, "calendar")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=20000)
    chooser = dialog.period_chooser
    assert chooser.isEnabled() and not chooser.limit_box.isChecked()
    # The fields start on the span of the meetings: the first and the ministerial's last day.
    assert chooser.start_edit.date().toPython() == date(2011, 9, 15)
    assert chooser.end_edit.date().toPython() == date(2011, 11, 18)
    text = _pdf_text(dialog.preview.made.pdf)
    assert "From 15 September 2011 to 18 November 2011" in text
    assert "NOVEMBER 2011" in text

    with qtbot.waitSignal(dialog.preview_shown, timeout=20000):
        chooser.set_period(date(2011, 9, 20), date(2011, 10, 13))
    text = _pdf_text(dialog.preview.made.pdf)
    assert "From 20 September 2011 to 13 October 2011" in text
    assert "NOVEMBER 2011" not in text and "OCTOBER 2011" in text

    target = tmp_path / "calendar.docx"
    operation = paper_output.save_as(dialog, ".docx", target)
    with qtbot.waitSignal(operation.finished, timeout=20000):
        pass
    days = [row.cells[0].text for row in Document(str(target)).tables[-1].rows]
    assert days == ["DATE", "SEPTEMBER 2011", "22", "29", "OCTOBER 2011", "13"]


def test_the_last_day_cannot_come_before_the_first(qtbot, app_context) -> None:
    app_context.set_current_meeting(0)
    dialog = PaperDialog(None, app_context, "calendar")
    qtbot.addWidget(dialog)
    chooser = dialog.period_chooser
    chooser.limit_box.setChecked(True)
    chooser.start_edit.setDate(date(2011, 10, 20))
    chooser.end_edit.setDate(date(2011, 10, 1))
    start, end = chooser.period()
    assert start == date(2011, 10, 20) and end is not None and end >= start


def test_the_period_is_only_for_the_calendar(qtbot, app_context) -> None:
    app_context.set_current_meeting(1)
    dialog = PaperDialog(None, app_context, "agenda")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=20000)
    assert not dialog.period_chooser.isEnabled()
    dialog.period_chooser.limit_box.setChecked(True)
    assert dialog.request().start is None
