"""The work plan prints each mandate's resolution title and area responsible in the paper's
language; a missing version is listed with the other missing texts, never silent."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.store import open_workspace
from tests.papers.support import paper_text, run

AREA_EN = "OAS General Secretariat"
AREA_ES = "Secretaría General de la OEA"
TITLE = {
    "es": "SEGUIMIENTO DE LAS REUNIONES DE MINISTROS EN MATERIA DE SEGURIDAD PÚBLICA DE LAS"
    " AMÉRICAS",
    "fr": "SUIVI DES RÉUNIONS DES MINISTRES RESPONSABLES DE LA SÉCURITÉ PUBLIQUE DES AMÉRIQUES",
    "pt": "SEGUIMENTO DAS REUNIÕES DE MINISTROS EM MATÉRIA DE SEGURANÇA PÚBLICA DAS AMÉRICAS",
}
AREA = {
    "es": AREA_ES,
    "fr": "Secrétariat général de l'OEA",
    "pt": "Secretaria-Geral da OEA",
}


def _rows(path: Path) -> list[list[str]]:
    from docx import Document

    return [[cell.text for cell in row.cells] for row in Document(str(path)).tables[-1].rows]


def _print(demo_file: Path, out: Path, capsys, *extra: str) -> tuple[int, str, str]:
    return run(["print", "workplan", str(demo_file), str(out), *extra], capsys)


def _change_first_mandate(path: Path, changes: dict[str, str]) -> None:
    from app.services.mandates import list_mandates, update_mandate

    workspace = open_workspace(path, create=False)
    try:
        with workspace.writing() as session:
            update_mandate(session, list_mandates(session)[0].id, changes)
    finally:
        workspace.close()


@pytest.mark.parametrize("language", ["es", "fr", "pt"])
def test_the_resolution_title_and_area_are_in_the_papers_language(
    language: str, demo_file: Path, tmp_path: Path, capsys
) -> None:
    word = tmp_path / f"workplan-{language}.docx"
    pdf = tmp_path / f"workplan-{language}.pdf"
    for out in (word, pdf):
        assert _print(demo_file, out, capsys, "--language", language)[::2] == (0, "")
    first = _rows(word)[1]
    assert first[0] == f"AG/RES. 2629 (XLI-O/11)\n{TITLE[language]}"
    assert first[2] == AREA[language]
    text = paper_text(pdf)
    assert TITLE[language] in text and AREA[language] in text
    assert "FOLLOW-UP TO THE MEETINGS" not in text and AREA_EN not in text


def test_a_mandate_without_a_spanish_area_refuses_the_spanish_work_plan_and_lists_it(
    demo_file: Path, tmp_path: Path, capsys
) -> None:
    _change_first_mandate(demo_file, {"area_responsible_es": ""})
    out = tmp_path / "workplan-es.pdf"
    code, stdout, err = _print(demo_file, out, capsys, "--language", "es")
    assert code == 1
    assert stdout == ""
    assert "Traceback" not in err
    assert "1 texts have no version in “es”" in err
    assert "--use-original" in err
    assert f"area responsible of mandate 1 (AG/RES. 2629 (XLI-O/11)): {AREA_EN}" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.chairdesk"]
    # Its other languages are whole.
    code, _, err = _print(demo_file, tmp_path / "workplan-fr.pdf", capsys, "--language", "fr")
    assert (code, err) == (0, "")


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_with_use_original_the_original_area_is_printed_marked_as_such(
    suffix: str, demo_file: Path, tmp_path: Path, capsys
) -> None:
    _change_first_mandate(demo_file, {"area_responsible_es": ""})
    out = tmp_path / f"workplan-es{suffix}"
    code, stdout, err = _print(demo_file, out, capsys, "--language", "es", "--use-original")
    assert (code, err) == (0, "")
    assert "1 texts printed from the original" in stdout
    assert f"{AREA_EN} (original en inglés)" in paper_text(out)
    if suffix == ".docx":
        assert _rows(out)[1][2] == f"{AREA_EN} (original en inglés)"
        assert _rows(out)[2][2] != AREA_EN


def test_a_missing_resolution_title_is_listed_once_for_its_mandates(demo_file: Path) -> None:
    from app.papers.workplan import workplan_paper
    from app.services.mandates import list_mandates, update_mandate

    workspace = open_workspace(demo_file, create=False)
    try:
        with workspace.writing() as session:
            for row in list_mandates(session):
                update_mandate(session, row.id, {"resolution_title_pt": ""})
        with workspace.reading() as session:
            paper = workplan_paper(session, "pt")
    finally:
        workspace.close()
    assert [(m.what, m.original_language) for m in paper.missing] == [
        ("resolution title of AG/RES. 2629 (XLI-O/11)", "en")
    ]
