"""File > Export/Import > Calendar (.ics): off the UI thread, with a preview before writing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from app.exchange.ics_import import EventResult, ImportReport
from app.services.meeting_rows import list_meetings
from app.ui.common.context import MEETINGS
from app.ui.common.operations import BackgroundOperation
from app.ui.exchange import exchange_files
from app.ui.exchange.calendar_exchange import (
    add_calendar_actions,
    export_calendar_to,
    import_calendar_from,
)
from app.ui.exchange.calendar_exchange_dialogs import ExportChoiceDialog, ImportPreviewDialog

#: Showing a dialog on the offscreen platform logs this; it is not a problem of ours.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)")

NEW_EVENT = (
    "BEGIN:VEVENT\r\nUID:new@example.org\r\nSUMMARY:Informal consultations\r\n"
    "DTSTART;TZID=America/New_York:20111103T150000\r\n"
    "DTEND;TZID=America/New_York:20111103T170000\r\nEND:VEVENT\r\n"
)
WEEKLY_EVENT = (
    "BEGIN:VEVENT\r\nUID:weekly@example.org\r\nSUMMARY:Weekly coordination\r\n"
    "DTSTART;TZID=America/New_York:20111103T100000\r\n"
    "DTEND;TZID=America/New_York:20111103T110000\r\n"
    "RRULE:FREQ=WEEKLY\r\nEND:VEVENT\r\n"
)


@pytest.fixture
def parent(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def messages(app_context) -> list[str]:
    shown: list[str] = []
    app_context.status_message.connect(shown.append)
    return shown


def meeting_count(context) -> int:
    return len(context.read(list_meetings))


def write_calendar(folder: Path, *events: str) -> Path:
    path = folder / "incoming.ics"
    path.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n"
        + "".join(events)
        + "END:VCALENDAR\r\n",
        encoding="utf-8",
    )
    return path


def test_export_runs_off_the_ui_thread_and_writes_the_file(
    qtbot, parent, app_context, messages, tmp_path
):
    target = tmp_path / "out" / "calendar.ics"
    target.parent.mkdir()
    operation = export_calendar_to(parent, app_context, target)
    with qtbot.waitSignal(operation.finished, timeout=10000):
        pass
    qtbot.waitUntil(target.exists)
    assert len(Calendar.from_ical(target.read_bytes()).walk("VEVENT")) == 6
    assert messages == ["Exported 6 meeting(s) to calendar.ics."]


def test_export_of_the_chosen_meetings_only(qtbot, parent, app_context, tmp_path):
    target = tmp_path / "two.ics"
    operation = export_calendar_to(parent, app_context, target, [1, 2])
    with qtbot.waitSignal(operation.finished, timeout=10000):
        pass
    assert len(Calendar.from_ical(target.read_bytes()).walk("VEVENT")) == 2


def test_a_cancelled_export_writes_no_file(
    qtbot, parent, app_context, messages, tmp_path, monkeypatch
):
    def cancelled_at_once(*args):
        operation = BackgroundOperation(*args)
        operation.progress.cancel()  # as if Cancel was pressed before the first event
        operation.start()
        return operation

    monkeypatch.setattr(exchange_files, "run_in_background", cancelled_at_once)
    folder = tmp_path / "out"
    folder.mkdir()
    operation = export_calendar_to(parent, app_context, folder / "calendar.ics")
    with qtbot.waitSignal(operation.finished, timeout=10000):
        pass
    assert list(folder.iterdir()) == []
    assert messages == ["Export cancelled; no file was written."]


def test_the_export_choice_offers_all_or_the_ticked_meetings(qtbot, app_context):
    rows = app_context.read(list_meetings)
    dialog = ExportChoiceDialog(rows, current_id=3)
    qtbot.addWidget(dialog)
    assert dialog.all_button.text() == "All meetings (6)"
    assert dialog.meeting_ids() is None
    dialog.chosen_button.setChecked(True)
    assert dialog.meeting_ids() == [3]  # the meeting being worked on is ticked
    dialog.choose_meetings([])
    assert not dialog.ok_button.isEnabled()
    dialog.choose_meetings([2, 4])
    assert dialog.ok_button.isEnabled() and dialog.meeting_ids() == [2, 4]


def test_the_preview_shows_the_counts(qtbot):
    report = ImportReport(
        created=[EventResult("a", "New meeting", "2011-11-03 15:00–17:00 America/New_York")],
        unchanged=[EventResult(f"u{n}", f"Meeting {n}", "") for n in range(3)],
        refused=[EventResult("d", "Ministerial", "2011-11-17", "it is an all-day event.")],
        dry_run=True,
    )
    dialog = ImportPreviewDialog(report, "incoming.ics")
    qtbot.addWidget(dialog)
    assert dialog.counts() == {"created": 1, "updated": 0, "unchanged": 3, "refused": 1}
    assert dialog.summary_label.text().startswith("1 meeting(s) will be created, 0 updated, 3")
    headings = [
        dialog.tree.topLevelItem(row).text(0) for row in range(dialog.tree.topLevelItemCount())
    ]
    assert headings == [
        "Will be created (1)",
        "Left as they are (3)",
        "Cannot be imported (1)",
    ]
    assert dialog.import_button.isEnabled()


def test_import_previews_then_writes_and_tells_the_views(
    qtbot, parent, app_context, messages, tmp_path
):
    changed: list[frozenset] = []
    app_context.data_changed.connect(changed.append)
    source = write_calendar(tmp_path, NEW_EVENT)
    flow = import_calendar_from(parent, app_context, source)
    with qtbot.waitSignal(flow.preview_shown, timeout=10000):
        pass
    assert flow.preview.counts() == {"created": 1, "updated": 0, "unchanged": 0, "refused": 0}
    assert meeting_count(app_context) == 6  # the preview wrote nothing
    with qtbot.waitSignal(flow.finished, timeout=10000) as finished:
        flow.preview.accept()
    assert len(finished.args[0].created) == 1
    assert meeting_count(app_context) == 7
    assert any(MEETINGS in kinds for kinds in changed)
    assert messages[-1].startswith("Imported incoming.ics: created 1")


def test_cancelling_the_preview_changes_nothing(qtbot, parent, app_context, tmp_path):
    flow = import_calendar_from(parent, app_context, write_calendar(tmp_path, NEW_EVENT))
    with qtbot.waitSignal(flow.preview_shown, timeout=10000):
        pass
    with qtbot.waitSignal(flow.finished, timeout=10000) as finished:
        flow.preview.reject()
    assert finished.args == [None]
    assert meeting_count(app_context) == 6


def test_recurring_events_ask_for_a_range_first(qtbot, parent, app_context, tmp_path):
    flow = import_calendar_from(parent, app_context, write_calendar(tmp_path, WEEKLY_EVENT))
    with qtbot.waitSignal(flow.range_asked, timeout=10000):
        pass
    flow.range_dialog.date_edit.setDate(QDate(2011, 11, 24))
    assert flow.range_dialog.until() == date(2011, 11, 24)
    with qtbot.waitSignal(flow.preview_shown, timeout=10000):
        flow.range_dialog.accept()
    assert flow.preview.counts()["created"] == 4  # 3, 10, 17 and 24 November
    with qtbot.waitSignal(flow.finished, timeout=10000):
        flow.preview.accept()
    assert meeting_count(app_context) == 10


def test_leaving_recurring_events_out_shows_them_as_not_imported(
    qtbot, parent, app_context, tmp_path
):
    flow = import_calendar_from(parent, app_context, write_calendar(tmp_path, WEEKLY_EVENT))
    with qtbot.waitSignal(flow.range_asked, timeout=10000):
        pass
    with qtbot.waitSignal(flow.preview_shown, timeout=10000):
        flow.range_dialog.reject()
    assert flow.preview.counts()["refused"] == 1
    assert not flow.preview.import_button.isEnabled()


def test_a_bad_file_is_explained_and_nothing_changes(
    qtbot, parent, app_context, tmp_path, monkeypatch
):
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, _title, text, *rest: warnings.append(text)
    )
    source = tmp_path / "broken.ics"
    source.write_bytes(b"\x00\x01 not a calendar")
    flow = import_calendar_from(parent, app_context, source)
    with qtbot.waitSignal(flow.finished, timeout=10000):
        pass
    assert len(warnings) == 1 and "broken.ics is not an iCalendar file" in warnings[0]
    assert meeting_count(app_context) == 6


def test_the_menus_get_a_calendar_entry(qtbot, app_context):
    window = QMainWindow()
    qtbot.addWidget(window)
    export_menu = window.menuBar().addMenu("Export")
    import_menu = window.menuBar().addMenu("Import")
    add_calendar_actions(window, app_context, export_menu, import_menu)
    assert [action.text() for action in export_menu.actions()] == ["Calendar (.ics)…"]
    assert [action.text() for action in import_menu.actions()] == ["Calendar (.ics)…"]
