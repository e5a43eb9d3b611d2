"""A pseudo-translated window: every string ~40% longer and full of accents, as a
translation may well be. At 1280x800 no label, button or check box of the main window,
its pages or its dialogs may be narrower than its text: a cut-off "Guardar como" is found
here, not by a Spanish user.

The pseudo translation is made from the real .ts files (so it covers every string) and
compiled with lrelease into a temporary folder; nothing of it is shipped.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QWidget,
)

from app.services.title_versions import TitleVersions
from app.store import backup_file
from app.ui.agenda.agenda_item_dialog import ItemDialog, OutcomeDialog
from app.ui.calendar.meeting_dialog import MeetingDialog
from app.ui.calendar.series_dialog import SeriesDialog
from app.ui.calendar.status_dialogs import CancelDialog, PostponeDialog
from app.ui.common.title_versions import TitleVersionsDialog
from app.ui.documents.document_dialog import DocumentDialog
from app.ui.documents.revision_dialog import RevisionDialog
from app.ui.invitees.contact_dialog import ContactDialog
from app.ui.invitees.list_dialog import ListDialog
from app.ui.shell.application import start_window
from app.ui.shell.preferences_dialog import PreferencesDialog
from app.ui.shell.settings import Settings
from app.ui.workplan.mandate_dialog import MandateDialog
from tests.ui.shell_support import OFFSCREEN_SIZE_HINTS

pytestmark = [pytest.mark.slow, pytest.mark.qt_log_ignore(OFFSCREEN_SIZE_HINTS)]
ROOT = Path(__file__).resolve().parents[2]
KEPT = re.compile(r"(\{\w*\}|%n|%\d|<[^>]+>|&(?:nbsp|amp|lt|gt|quot|#\d+);|\(\*[^)]*\)|\*\.\w+)")
ACCENTED = str.maketrans("aeiouyAEIOUYcnsz", "áéîõüýÁÉÎÕÜÝçñšž")
#: Labels whose text the window elides itself, or that hold data rather than a string.
NOT_CHECKED = {"warning_label", "placeholder"}


def pseudo(text: str) -> str:
    """``text`` with accents and ~40% longer; arguments, tags and file patterns kept."""
    parts = KEPT.split(text)
    accented = "".join(p if i % 2 else p.translate(ACCENTED) for i, p in enumerate(parts))
    visible = len(KEPT.sub("", text))
    if not visible:
        return text
    lines = accented.split("\n")
    lines[0] += " " + "ŵ" * max(1, round(visible * 0.4) - 1)
    return "\n".join(lines)


@pytest.fixture
def pseudo_language(qapp, tmp_path):
    """Install the pseudo translation for the test, and remove it after."""
    tree = ET.parse(ROOT / "resources" / "translations" / "chairdesk_es.ts")
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        text = pseudo(message.findtext("source") or "")
        forms = translation.findall("numerusform")
        for form in forms:  # plural messages (%n) keep their forms
            form.text = text
        if not forms:
            translation.text = text
        translation.attrib.pop("type", None)
    ts, qm = tmp_path / "pseudo.ts", tmp_path / "pseudo.qm"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def clipped(top: QWidget, where: str) -> list[str]:
    """The visible labels, buttons and check boxes of ``top`` narrower than their text."""
    found = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisible() or widget.objectName() in NOT_CHECKED:
            continue
        if isinstance(widget, QLabel):
            if widget.wordWrap() or not widget.text() or not widget.pixmap().isNull():
                continue
        elif not isinstance(widget, QAbstractButton) or not widget.text():
            continue
        needed = widget.sizeHint().width()
        if widget.width() < needed:
            text = widget.text().replace("\n", " ")[:60]
            found.append(f"{where}: {type(widget).__name__} “{text}” {widget.width()} < {needed}")
    return found


def test_a_pseudo_translated_window_cuts_no_label_or_button_at_1280x800(
    qtbot, pseudo_language, settings, tmp_path, demo_template
):
    demo = tmp_path / "demo.chairdesk"
    backup_file(demo_template, demo)
    window = start_window(str(demo), settings=settings, data_dir=tmp_path / "data")
    qtbot.addWidget(window)
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.context.workspace is not None and bool(window.pages))
    qtbot.waitUntil(lambda: not window.opener.busy)
    assert window.menuBar().actions()[0].text().startswith("&Fîlé")

    problems = clipped(window, "window")
    for key in window.pages:
        window.show_view(key)
        QApplication.processEvents()
        problems += clipped(window, key)

    dialogs = {
        "meeting": lambda p: MeetingDialog(p),
        "postpone": lambda p: PostponeDialog(p, "Primera reunión", date(2011, 9, 15)),
        "cancel": lambda p: CancelDialog(p, [("Primera reunión", date(2011, 9, 15))]),
        "series": lambda p: SeriesDialog(p),
        "item": lambda p: ItemDialog(p),
        "outcome": lambda p: OutcomeDialog(p, "Election", "pending", ""),
        "document": lambda p: DocumentDialog(lambda values: None, p),
        "revision": lambda p: RevisionDialog(
            lambda values: None,
            p,
            base_symbol="GT/MISPA-III/doc.1/11",
            title="Draft work plan",
            next_revision=2,
            default_language="en",
        ),
        "mandate": lambda p: MandateDialog(lambda values: None, p),
        "contact": lambda p: ContactDialog(p),
        "list": lambda p: ListDialog(p),
        "preferences": lambda p: PreferencesDialog(Settings(settings).preferences, p),
        "titles": lambda p: TitleVersionsDialog(
            p, TitleVersions("en", {"en": "Election of the Vice Chair(s)"}), long=False
        ),
    }
    for name, make in dialogs.items():
        dialog = make(window)
        dialog.show()
        qtbot.waitExposed(dialog)
        problems += clipped(dialog, name)
        assert dialog.width() <= 1280, f"the {name} dialog is wider than the screen"
        dialog.close()
        dialog.deleteLater()
    assert problems == []


def test_the_check_finds_a_button_narrower_than_its_text(qtbot):
    from PySide6.QtWidgets import QPushButton

    holder = QWidget()
    qtbot.addWidget(holder)
    button = QPushButton(pseudo("Save a Copy…"), holder)
    button.setFixedWidth(40)
    holder.show()
    qtbot.waitExposed(holder)
    assert len(clipped(holder, "holder")) == 1
