"""The papers of a held meeting, from its record: participants and summary."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.services.summary import summary_of_meeting
from app.store import open_workspace
from tests.papers.support import paper_text, run


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_the_list_of_participants_holds_who_attended_by_category(
    suffix: str, demo_file: Path, tmp_path: Path, capsys
) -> None:
    out = tmp_path / f"participants{suffix}"
    argv = ["print", "participants", str(demo_file), str(out), "--meeting", "1"]
    code, _, err = run([*argv, "--language", "es", "--use-original"], capsys)
    assert (code, err) == (0, "")
    text = paper_text(out)
    assert "LISTA DE PARTICIPANTES" in text
    assert "Estados Miembros" in text
    assert "Primera reunión del Grupo de Trabajo" in text


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_the_summary_paper_holds_the_summary_of_the_record(
    suffix: str, demo_file: Path, tmp_path: Path, capsys
) -> None:
    out = tmp_path / f"summary{suffix}"
    argv = ["print", "summary", str(demo_file), str(out), "--meeting", "1", "--use-original"]
    code, _, err = run(argv, capsys)
    assert (code, err) == (0, "")
    workspace = open_workspace(demo_file)
    with workspace.reading() as session:
        paragraphs = summary_of_meeting(session, 1, language="en").paragraphs
    workspace.close()
    text = paper_text(out)
    assert "SUMMARY OF THE MEETING" in text
    assert paragraphs
    assert " ".join(paragraphs[0].split())[:60] in text
