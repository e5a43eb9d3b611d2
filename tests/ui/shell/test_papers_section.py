"""The Papers tab of the Working group dialog: size, series line and a Word template that is
checked when chosen; what it saves is what the papers are made with, and undo puts it back."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.papers.make import PaperRequest, build_paper, save_paper
from app.services.paper_settings import paper_settings
from app.store import backup_file
from app.ui.shell.working_group.dialog import WorkingGroupDialog
from app.ui.shell.working_group.papers import PapersSection
from tests.papers.test_paper_settings import LETTERHEAD, letterhead_template
from tests.ui.page_support import active_modal
from tests.ui.shell_support import OFFSCREEN_SIZE_HINTS, start

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_SIZE_HINTS)


@pytest.fixture
def window(qtbot, settings, tmp_path: Path, demo_template: Path):
    path = tmp_path / "MISPA III.chairdesk"
    backup_file(demo_template, path)
    return start(qtbot, settings, tmp_path / "data", str(path))


def _open(qtbot, window) -> tuple[WorkingGroupDialog, PapersSection]:
    window.menus.working_group_action.trigger()
    dialog = active_modal(qtbot, WorkingGroupDialog)
    section = dialog.section(PapersSection)
    assert isinstance(section, PapersSection)
    return dialog, section


def _paper(window, tmp_path: Path, suffix: str) -> Path:
    out = tmp_path / f"agenda{suffix}"
    with window.context.workspace.reading() as session:
        paper = build_paper(session, PaperRequest("agenda", meeting_id=1))
        save_paper(paper, paper_settings(session), out)
    return out


def test_the_papers_tab_sets_size_series_and_template_undoably(
    qtbot, window, tmp_path: Path, monkeypatch
) -> None:
    from docx import Document
    from pypdf import PdfReader

    dialog, section = _open(qtbot, window)
    assert section.size_combo.currentData() == "a4"
    assert section.series_edit.text() == "OEA/Ser.G"
    assert "built-in styles" in section.template_label.text()
    assert not section.built_in_button.isEnabled()

    template = tmp_path / "letterhead.docx"
    template.write_bytes(letterhead_template())
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(template), ""))
    )
    section.choose_button.click()
    assert section.template_label.text().startswith("letterhead.docx (")
    assert section.built_in_button.isEnabled()
    section.size_combo.setCurrentIndex(section.size_combo.findData("letter"))
    section.series_edit.setText("OEA/Ser.G CP/CSH")
    dialog.accept()

    pdf = PdfReader(_paper(window, tmp_path, ".pdf"))
    assert (
        round(float(pdf.pages[0].mediabox.width)),
        round(float(pdf.pages[0].mediabox.height)),
    ) == (612, 792)
    assert "OEA/Ser.G CP/CSH" in pdf.pages[0].extract_text()
    word = Document(str(_paper(window, tmp_path, ".docx")))
    assert round(word.sections[0].page_width.inches, 2) == 8.5
    assert word.sections[0].header.paragraphs[0].text == LETTERHEAD

    window.context.undo_stack.undo()
    with window.context.workspace.reading() as session:
        restored = paper_settings(session)
    assert (restored.size, restored.series, restored.template) == ("a4", "OEA/Ser.G", None)

    window.context.undo_stack.redo()
    dialog, section = _open(qtbot, window)
    assert section.template_label.text().startswith("letterhead.docx (")
    section.built_in_button.click()
    dialog.accept()
    with window.context.workspace.reading() as session:
        assert paper_settings(session).template is None
        assert paper_settings(session).size == "letter"


def _damaged_docx() -> bytes:
    data = bytearray(letterhead_template())
    at = data.find(b"word/document.xml") + 200
    data[at : at + 60] = b"x" * 60
    return bytes(data)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("agenda.pdf", b"%PDF-1.4", "is not a Word template"),
        ("renamed.docx", b"PK\x03\x04 not really a zip", "is not a Word document"),
        ("damaged.docx", None, "is damaged"),
        ("huge.docx", b"0" * (20 * 1024 * 1024 + 1), "larger than 20 MB"),
    ],
)
def test_a_bad_template_is_refused_with_a_message_and_the_setting_kept(
    qtbot, window, tmp_path: Path, monkeypatch, name: str, content: bytes | None, message: str
) -> None:
    dialog, section = _open(qtbot, window)
    good = tmp_path / "letterhead.docx"
    good.write_bytes(letterhead_template())
    assert section.load_template(good) == ""
    bad = tmp_path / name
    bad.write_bytes(content if content is not None else _damaged_docx())
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _parent, _title, text: warnings.append(text))
    )
    section.choose_template(bad)
    assert len(warnings) == 1 and message in warnings[0]
    assert "keep the template they had" in warnings[0]
    assert section.template_label.text().startswith("letterhead.docx (")
    assert section.values()["papers"]["template"] == good.read_bytes()
    dialog.reject()


def test_the_template_survives_an_edit_of_the_other_settings(qtbot, window, tmp_path: Path) -> None:
    with window.context.workspace.writing() as session:
        from app.services.paper_settings import set_paper_settings

        # Made once: a .docx made a second later differs in its zip's time stamps.
        template = letterhead_template()
        set_paper_settings(session, template_name="letterhead.docx", template=template)
    dialog, section = _open(qtbot, window)
    section.series_edit.setText("OEA/Ser.G/CP")
    dialog.accept()
    with window.context.workspace.reading() as session:
        settings = paper_settings(session)
    assert settings.template_name == "letterhead.docx"
    assert settings.template == template
    assert io.BytesIO(settings.template).read(2) == b"PK"
