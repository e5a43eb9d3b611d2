"""What the services, the store and the exchange say reaches a Spanish window in Spanish:
a refused input in a dialog, a change someone else saved first, a broken spreadsheet or
calendar; the command line keeps saying it in English."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, QTime

from app.exchange.ics_import import import_calendar_file
from app.exchange.ics_read import CalendarFileError, parse_calendar
from app.exchange.import_plan import ImportRefused
from app.exchange.xlsx_import import ERROR, ImportPlan, RowResult
from app.exchange.xlsx_safety import WorkbookError, check_workbook_file
from app.messages import Messages, Number
from app.services import meetings, validate
from app.services.errors import ConflictError, ValidationError
from app.store import Workspace
from app.ui.calendar.series_dialog import SeriesDialog
from app.ui.common import language
from app.ui.common.dates import format_date
from app.ui.common.errors import describe, translated
from app.ui.common.submit_dialog import SubmitDialog
from app.ui.exchange.calendar_exchange_dialogs import ImportPreviewDialog
from app.ui.exchange.workbook_exchange_dialogs import PreviewModel
from tests.ui.meeting_support import OFFSCREEN_WARNING

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_WARNING)
ROOT = Path(__file__).resolve().parents[3]
BROKEN_CALENDAR = b"BEGIN:VEVENT\r\nSUMMARY:MISPA\r\nEND:VEVENT\r\n"


@pytest.fixture
def spanish(qapp):
    assert language.install_language("es")
    yield
    language.install_language("en")


def short_time(hour: int, minute: int) -> str:
    return QLocale().toString(QTime(hour, minute), QLocale.FormatType.ShortFormat)


def meeting_ending_before_it_starts(workspace: Workspace) -> None:
    with workspace.writing() as session:
        meetings.create_meeting(
            session,
            date=date(2011, 9, 15),
            start_time=time(10, 0),
            end_time=time(9, 30),
            timezone="America/New_York",
        )


class MeetingForm(SubmitDialog):
    """The smallest form whose OK asks the services for a meeting."""

    def values(self) -> dict:
        return {}


def test_a_refused_meeting_is_explained_in_spanish_inside_the_dialog(spanish, qtbot, workspace):
    dialog = MeetingForm(lambda _values: meeting_ending_before_it_starts(workspace))
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.message.text() == (
        f"La reunión debe terminar después de empezar ({short_time(10, 0)}); "
        f"{short_time(9, 30)} no es posterior."
    )
    with pytest.raises(ValidationError) as refused:
        meeting_ending_before_it_starts(workspace)
    title, text = describe(refused.value)
    assert (title, text) == ("Revise los datos introducidos", dialog.message.text())
    assert str(refused.value) == "The meeting must end after it starts (10:00); 09:30 is not later."


def test_dates_in_a_message_are_written_in_the_windows_language(spanish, workspace):
    with pytest.raises(ValidationError) as refused, workspace.writing() as session:
        meetings.create_meeting(
            session,
            date=date(2011, 9, 15),
            start_time=time(0, 0),
            end_time=time(23, 59),
            all_day=True,
            end_date=date(2011, 9, 14),
            timezone="America/New_York",
        )
    assert describe(refused.value)[1] == (
        "El último día (mié 14 sept 2011) no puede ser anterior al primero (jue 15 sept 2011)."
    )


def test_a_series_the_services_refuse_says_why_in_spanish(spanish, qtbot):
    dialog = SeriesDialog(first=date(2011, 10, 1))
    qtbot.addWidget(dialog)
    dialog.first_edit.setDate(QDate(2011, 10, 1))
    dialog.last_edit.setDate(QDate(2011, 9, 1))
    assert not dialog.ok_button.isEnabled()
    assert dialog.message_label.text() == "La serie debe terminar en su primera fecha o después."


def test_a_change_saved_first_by_someone_else_is_explained_in_spanish(spanish, workspace):
    with workspace.writing() as session:
        meeting = meetings.create_meeting(
            session,
            date=date(2011, 9, 15),
            start_time=time(10, 0),
            end_time=time(13, 0),
            timezone="America/New_York",
            title="1st meeting",
        )
        meeting_id, version = meeting.id, meeting.version
    with workspace.writing() as session:
        meetings.update_meeting(session, meeting_id, {"room": "Simón Bolívar"})
    with pytest.raises(ConflictError) as conflict, workspace.writing() as session:
        meetings.update_meeting(
            session, meeting_id, {"room": "Padilha Vidal"}, expected_version=version
        )
    title, text = describe(conflict.value)
    assert title == "Modificado en otra ventana"
    assert text == (
        "Otra persona modificó la reunión “1st meeting” después de que usted empezara a "
        "editarla, o la eliminó; su cambio no se guardó."
    )
    assert str(conflict.value).startswith("Someone else changed the meeting “1st meeting”")


def test_a_broken_spreadsheet_is_explained_in_spanish(spanish, tmp_path):
    path = tmp_path / "invitados.xlsx"
    path.write_text("Nombre;Correo\nAna;ana@example.org\n", encoding="utf-8")
    with pytest.raises(WorkbookError) as refused:
        check_workbook_file(path)
    title, text = describe(refused.value)
    assert title == "No se puede completar la acción"
    assert text.startswith("invitados.xlsx no es un libro de Excel (.xlsx).")
    assert str(refused.value).startswith("invitados.xlsx is not an Excel workbook (.xlsx).")


def test_rows_refused_by_an_import_are_listed_in_spanish(spanish, qapp):
    with pytest.raises(ValidationError) as bad_email:
        validate.email("email", "bob@")
    email = bad_email.value.explanation
    plan = ImportPlan("Delegations", True, "Sheet1", 1, ("name", "email"), ())
    plan.results = [RowResult(3, ERROR, "Bob", problem=email)]
    plan.counts = {ERROR: 1}
    assert PreviewModel(plan).details(plan.results[0]) == (
        "“bob@” no es una dirección de correo electrónico válida."
    )
    text = describe(ImportRefused(plan))[1]
    assert text == (
        "1 fila(s) del libro tienen errores, así que no se importó nada: Fila 3: “bob@” no es "
        "una dirección de correo electrónico válida. Corrija el libro y vuelva a importarlo."
    )
    assert plan.results[0].message == "Row 3: “bob@” is not a valid e-mail address."


def test_a_broken_calendar_is_explained_in_spanish(spanish):
    with pytest.raises(CalendarFileError) as refused:
        parse_calendar(BROKEN_CALENDAR, "agenda.ics")
    assert describe(refused.value)[1] == (
        "agenda.ics no es un archivo iCalendar: empieza por BEGIN:VEVENT en lugar de "
        "BEGIN:VCALENDAR. No se importó nada."
    )


def test_the_command_line_says_the_same_refusals_in_english(tmp_path, workspace_path):
    (tmp_path / "agenda.ics").write_bytes(BROKEN_CALENDAR)
    env = {**os.environ, "LANG": "es_ES.UTF-8", "LANGUAGE": "es", "LC_ALL": ""}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "app",
            "import",
            "ics",
            str(workspace_path),
            str(tmp_path / "agenda.ics"),
        ],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 1
    assert "agenda.ics is not an iCalendar file: it starts with BEGIN:VEVENT" in result.stderr


def test_the_calendar_preview_says_why_an_event_is_refused_in_spanish(spanish, qtbot, workspace):
    path = workspace.path.parent / "calendario.ics"
    path.write_bytes(
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\n"
        b"UID:late@example.org\r\nSUMMARY:Informal consultations\r\n"
        b"DTSTART;TZID=America/New_York:20111103T220000\r\n"
        b"DTEND;TZID=America/New_York:20111104T010000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    report = import_calendar_file(workspace, path, dry_run=True)
    assert report.refused[0].detail.startswith("it runs past midnight")
    dialog = ImportPreviewDialog(report, path.name)
    qtbot.addWidget(dialog)
    refused = dialog.tree.topLevelItem(dialog.tree.topLevelItemCount() - 1).child(0)
    assert refused.text(2).startswith("pasa de la medianoche; una reunión con horario empieza")


def test_an_undo_refused_by_someone_elses_change_names_the_row_in_spanish(spanish):
    assert translated(ConflictError("meeting", "1st meeting").row_name) == "la reunión"
    assert translated(ConflictError("agenda item").row_name) == "el tema del orden del día"


def test_counts_in_a_message_are_written_the_windows_way(spanish):
    message = Messages.tr("more than {limit} rows", limit=Number(1_048_576))
    assert str(message) == "more than 1,048,576 rows"
    assert translated(message) == "más de 1.048.576 filas"


def test_the_calendar_preview_says_when_each_event_is_in_spanish(spanish, qtbot, workspace):
    """The preview's When column: the window's dates, "todo el día", never ISO and English."""
    path = workspace.path.parent / "ministerial.ics"
    path.write_bytes(
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\n"
        b"UID:mispa3@example.org\r\nSUMMARY:MISPA III\r\n"
        b"DTSTART;VALUE=DATE:20111117\r\nDTEND;VALUE=DATE:20111119\r\nEND:VEVENT\r\n"
        b"BEGIN:VEVENT\r\nUID:late@example.org\r\nSUMMARY:Informal consultations\r\n"
        b"DTSTART;TZID=America/New_York:20111103T220000\r\n"
        b"DTEND;TZID=America/New_York:20111104T010000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    report = import_calendar_file(workspace, path, dry_run=True)
    assert str(report.created[0].when) == "2011-11-17 to 2011-11-18 (all day)"  # the CLI's
    dialog = ImportPreviewDialog(report, path.name)
    qtbot.addWidget(dialog)
    shown = [
        dialog.tree.topLevelItem(i).child(j).text(0)
        for i in range(dialog.tree.topLevelItemCount())
        for j in range(dialog.tree.topLevelItem(i).childCount())
    ]
    first, last = format_date(date(2011, 11, 17)), format_date(date(2011, 11, 18))
    assert f"del {first} al {last} (todo el día)" in shown
    assert any(text.startswith(f"de {format_date(date(2011, 11, 3))} ") for text in shown)
    assert not any("2011-11-17" in text or "all day" in text for text in shown)
