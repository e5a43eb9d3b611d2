"""File > Export > Workbook and File > Import > Invitee list: off the UI thread, previewed."""

from __future__ import annotations

import threading
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QRunnable, QThreadPool
from PySide6.QtWidgets import QMainWindow, QWidget

from app.exchange import xlsx_export
from app.exchange.xlsx_export import export_workbook
from app.services import invitees
from app.ui.common.context import INVITEES, AppContext
from app.ui.exchange.workbook_exchange import (
    WorkbookImport,
    add_workbook_actions,
    export_workbook_to,
)
from app.ui.exchange.workbook_exchange_dialogs import PreviewModel, SheetChoiceDialog

DEMO_LIST = "MISPA III - list of invitees"


@pytest.fixture
def parent(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def entries(context: AppContext) -> list[tuple]:
    def read(session):
        return invitees.entry_rows(session, invitees.find_list(session, DEMO_LIST).id)

    return context.read(read)


def edited_workbook(context: AppContext, tmp_path: Path, **cells: str) -> Path:
    """The demo's invitee sheet exported, with ``cells`` (e.g. H7="Confirmed") changed."""
    exported = tmp_path / "exported.xlsx"
    export_workbook(context.workspace, exported, ["invitees"])
    book = openpyxl.load_workbook(exported)
    for ref, value in cells.items():
        book[DEMO_LIST][ref] = value
    book.save(tmp_path / "edited.xlsx")
    return tmp_path / "edited.xlsx"


def previewed(qtbot, parent: QWidget, context: AppContext, path: Path) -> WorkbookImport:
    flow = WorkbookImport(parent, context, path, DEMO_LIST)
    with qtbot.waitSignal(flow.preview_shown, timeout=20000):
        flow.start()
    return flow


def test_export_writes_the_workbook_off_the_ui_thread(
    qtbot, parent, app_context, tmp_path, monkeypatch
) -> None:
    threads: list[threading.Thread] = []
    original = xlsx_export.export_workbook

    def spy(*args, **kwargs):
        threads.append(threading.current_thread())
        return original(*args, **kwargs)

    monkeypatch.setattr(xlsx_export, "export_workbook", spy)
    target = tmp_path / "mispa.xlsx"
    with qtbot.waitSignal(app_context.status_message, timeout=20000) as message:
        export_workbook_to(parent, app_context, target, ["invitees", "mandates"])
    assert message.args == ["Exported 2 sheet(s), 42 row(s), to mispa.xlsx."]
    assert threads and threads[0] is not threading.main_thread()
    assert openpyxl.load_workbook(target).sheetnames == [DEMO_LIST, "Mandates"]


def test_a_cancelled_export_writes_no_file(qtbot, parent, app_context, tmp_path) -> None:
    target = tmp_path / "never.xlsx"
    gate = threading.Event()
    pool = QThreadPool.globalInstance()
    previous = pool.maxThreadCount()
    pool.setMaxThreadCount(1)
    blocker = _Blocker(gate)
    pool.start(blocker)
    try:
        with qtbot.waitSignal(app_context.status_message, timeout=20000) as message:
            operation = export_workbook_to(parent, app_context, target)
            operation.dialog.canceled.emit()  # the user presses Cancel
            gate.set()
    finally:
        gate.set()
        pool.waitForDone()
        pool.setMaxThreadCount(previous)
    assert message.args == ["Export cancelled; no file was written."]
    assert [p.name for p in tmp_path.iterdir() if "never.xlsx" in p.name] == []


class _Blocker(QRunnable):
    """Holds the only pool thread until ``gate`` opens, so a cancel lands before the work."""

    def __init__(self, gate: threading.Event) -> None:
        super().__init__()
        self.gate = gate

    def run(self) -> None:
        self.gate.wait(20)


def test_sheet_choice_needs_at_least_one_sheet(qtbot) -> None:
    dialog = SheetChoiceDialog()
    qtbot.addWidget(dialog)
    assert dialog.sheets() == ["invitees", "meetings", "agenda", "documents", "mandates"]
    dialog.choose([])
    assert not dialog.ok_button.isEnabled()
    dialog.choose(["agenda"])
    assert dialog.ok_button.isEnabled() and dialog.sheets() == ["agenda"]


def test_preview_shows_the_counts_and_apply_writes_the_edit(
    qtbot, parent, app_context, tmp_path, qtmodeltester
) -> None:
    path = edited_workbook(app_context, tmp_path, H7="Confirmed")
    flow = previewed(qtbot, parent, app_context, path)
    preview = flow.preview
    assert "0 to add, 1 to update, 34 unchanged, 0 with errors" in preview.summary_label.text()
    qtmodeltester.check(preview.model)
    first = [preview.model.index(0, c).data() for c in range(4)]
    assert first[:2] == [7, "Update"]
    assert first[3] == "Status: “To invite” → “Confirmed”"
    assert preview.apply_button.isEnabled()
    longest = max(len(r.name) for r in flow.plan.results)
    name_width = preview.table.columnWidth(PreviewModel.NAME)
    assert name_width >= preview.table.fontMetrics().averageCharWidth() * longest * 0.8

    changes: list[frozenset] = []
    app_context.data_changed.connect(changes.append)
    with qtbot.waitSignal(flow.finished, timeout=20000) as done:
        preview.accept()
    assert done.args[0] is not None
    assert INVITEES in changes[-1]
    statuses = {row[2]: row[9] for row in entries(app_context)}
    assert statuses[first[2]] == "confirmed"
    assert sum(1 for s in statuses.values() if s == "confirmed") == 1


def test_rows_with_errors_cannot_be_applied(qtbot, parent, app_context, tmp_path) -> None:
    path = edited_workbook(app_context, tmp_path, F7="bob@")
    preview = previewed(qtbot, parent, app_context, path).preview
    assert "1 with errors" in preview.summary_label.text()
    assert "Nothing can be imported" in preview.notes_label.text()
    assert not preview.apply_button.isEnabled()
    row = [preview.model.index(0, c).data() for c in range(4)]
    assert row[:2] == [7, "Error"]
    assert row[3] == "“bob@” is not a valid e-mail address."


def test_closing_the_preview_changes_nothing(qtbot, parent, app_context, tmp_path) -> None:
    path = edited_workbook(app_context, tmp_path, H7="Confirmed")
    before = entries(app_context)
    flow = previewed(qtbot, parent, app_context, path)
    with qtbot.waitSignal(flow.finished, timeout=20000) as done:
        flow.preview.reject()
    assert done.args == [None]
    assert entries(app_context) == before


def test_cancelling_the_import_leaves_the_workspace_unchanged(
    qtbot, parent, app_context, tmp_path
) -> None:
    path = edited_workbook(app_context, tmp_path, H7="Confirmed", F8="new@example.org")
    before = entries(app_context)
    flow = previewed(qtbot, parent, app_context, path)
    gate = threading.Event()
    pool = QThreadPool.globalInstance()
    previous = pool.maxThreadCount()
    pool.setMaxThreadCount(1)
    pool.start(_Blocker(gate))
    try:
        with qtbot.waitSignal(flow.finished, timeout=20000) as done:
            flow.preview.accept()
            flow.operation.dialog.canceled.emit()  # the user presses Cancel
            gate.set()
    finally:
        gate.set()
        pool.waitForDone()
        pool.setMaxThreadCount(previous)
    assert done.args == [None]
    assert entries(app_context) == before


def test_a_bad_file_is_reported_and_nothing_is_written(
    qtbot, parent, app_context, tmp_path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _parent, _title, text: shown.append(text))
    )
    path = tmp_path / "list.xlsx"
    path.write_text("Name,E-mail\n", encoding="utf-8")
    before = entries(app_context)
    flow = WorkbookImport(parent, app_context, path, DEMO_LIST)
    with qtbot.waitSignal(flow.finished, timeout=20000) as done:
        flow.start()
    assert done.args == [None]
    assert shown and shown[0].startswith("list.xlsx is not an Excel workbook")
    assert entries(app_context) == before


def test_the_menu_entries(qtbot, app_context) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    export_menu = window.menuBar().addMenu("Export")
    import_menu = window.menuBar().addMenu("Import")
    add_workbook_actions(window, app_context, export_menu, import_menu)
    assert [a.text() for a in export_menu.actions()] == ["Workbook (.xlsx)…"]
    assert [a.text() for a in import_menu.actions()] == ["Invitee list from workbook (.xlsx)…"]
