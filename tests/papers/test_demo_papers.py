"""Every paper of the demo, in the four languages and both formats, read back as text."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.papers.support import paper_text, run

TITLES = {
    "agenda": {
        "en": "DRAFT AGENDA",
        "es": "ORDEN DEL DÍA",
        "fr": "ORDRE DU JOUR",
        "pt": "ORDEM DO DIA",
    },
    "annotated-agenda": {
        "en": "ANNOTATED DRAFT AGENDA",
        "es": "ORDEN DEL DÍA ANOTADO",
        "fr": "ORDRE DU JOUR ANNOTÉ",
        "pt": "ORDEM DO DIA ANOTADA",
    },
    "calendar": {
        "en": "CALENDAR OF ACTIVITIES AND MEETINGS",
        "es": "CALENDARIO DE ACTIVIDADES Y REUNIONES",
        "fr": "CALENDRIER DES ACTIVITÉS ET DES RÉUNIONS",
        "pt": "CALENDÁRIO DE ATIVIDADES E REUNIÕES",
    },
    "workplan": {
        "en": "WORK PLAN",
        "es": "PLAN DE TRABAJO",
        "fr": "PLAN DE TRAVAIL",
        "pt": "PLANO DE TRABALHO",
    },
    "invitees": {
        "en": "LIST OF INVITEES",
        "es": "LISTA DE INVITADOS",
        "fr": "LISTE DES INVITÉS",
        "pt": "LISTA DE CONVIDADOS",
    },
}
ORGANIZATION = {
    "en": "ORGANIZATION OF AMERICAN STATES",
    "es": "ORGANIZACIÓN DE LOS ESTADOS AMERICANOS",
    "fr": "ORGANISATION DES ÉTATS AMÉRICAINS",
    "pt": "ORGANIZAÇÃO DOS ESTADOS AMERICANOS",
}
ORIGINAL = {
    "en": "Original: English",
    "es": "Original: inglés",
    "fr": "Original : anglais",
    "pt": "Original: inglês",
}
#: The seed's wording each paper must hold, and words of the paper's language with accents.
CONTENT = {
    "agenda": {
        "all": [
            "Election of the Vice Chair(s) of the Working Group",
            "GT/MISPA-III/doc.1/11 rev. 1",
        ],
        "en": ["15 September 2011", "First meeting of the Working Group"],
        "es": ["15 de septiembre de 2011", "Primera reunión del Grupo de Trabajo", "Documentos:"],
        "fr": ["15 septembre 2011", "(original en anglais)"],
        "pt": ["15 de setembro de 2011", "(original em inglês)"],
    },
    "calendar": {
        "all": [
            "Consideration of documents for MISPA III",
            "Consideration of the outcome document",
        ],
        "en": ["SEPTEMBER 2011", "OCTOBER 2011", "DATE", "TOPIC"],
        "es": ["SEPTIEMBRE 2011", "OCTUBRE 2011", "FECHA", "TEMA"],
        "fr": ["SEPTEMBRE 2011", "OCTOBRE 2011", "DATE", "THÈME"],
        "pt": ["SETEMBRO 2011", "OUTUBRO 2011", "DATA", "TEMA"],
    },
    "workplan": {
        "all": ["AG/RES. 2629 (XLI-O/11)", "OAS General Secretariat", "Permanent Council (CHS)"],
        "en": ["RESOLUTION", "MANDATE", "AREA RESPONSIBLE"],
        "es": ["RESOLUCIÓN", "MANDATO", "ÁREA RESPONSABLE"],
        "fr": ["RÉSOLUTION", "MANDAT", "SECTEUR RESPONSABLE"],
        "pt": ["RESOLUÇÃO", "MANDATO", "ÁREA RESPONSÁVEL"],
    },
    "invitees": {
        "all": ["MISPA III - list of invitees"],
        "en": ["Member States", "Trinidad and Tobago", "United States of America"],
        "es": ["Estados Miembros", "Haití", "Estados Unidos", "Perú"],
        "fr": ["États membres", "Haïti", "États-Unis", "Pérou"],
        "pt": ["Estados membros", "Haiti", "Estados Unidos", "México"],
    },
}
CONTENT["annotated-agenda"] = CONTENT["agenda"]


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
@pytest.mark.parametrize("language", ["en", "es", "fr", "pt"])
@pytest.mark.parametrize("kind", list(TITLES))
def test_every_demo_paper_reads_back_with_the_seed_wording_and_the_translated_labels(
    kind: str, language: str, suffix: str, demo_file: Path, tmp_path: Path, capsys
) -> None:
    out = tmp_path / f"{kind}-{language}{suffix}"
    argv = ["print", kind, str(demo_file), str(out), "--language", language, "--use-original"]
    if "agenda" in kind:
        argv += ["--meeting", "1"]
    code, stdout, err = run(argv, capsys)
    assert (code, err) == (0, ""), err
    assert str(out) in stdout
    text = paper_text(out)
    expected = [
        TITLES[kind][language],
        ORGANIZATION[language],
        ORIGINAL[language],
        "OEA/Ser.G",
        *CONTENT[kind]["all"],
        *CONTENT[kind][language],
    ]
    for wording in expected:
        assert wording in text, f"{wording!r} missing from the {language} {kind}{suffix}"


def test_the_calendar_holds_the_five_dates_of_the_seed_by_month(
    demo_file: Path, tmp_path: Path, capsys
) -> None:
    from docx import Document

    out = tmp_path / "calendar.docx"
    assert run(["print", "calendar", str(demo_file), str(out)], capsys)[0] == 0
    table = Document(str(out)).tables[-1]
    first_column = [row.cells[0].text for row in table.rows]
    assert first_column == ["DATE", "SEPTEMBER 2011", "15", "22", "29", "OCTOBER 2011", "13", "27"]
    topics_of_15 = [p.text for p in table.rows[2].cells[1].paragraphs]
    assert topics_of_15[0] == "Election of the Vice Chair(s) of the Working Group"
    assert len(topics_of_15) == 6
    assert {p.style.name for p in table.rows[2].cells[1].paragraphs} == {"List Bullet"}


def test_the_work_plan_names_the_resolution_once_then_one_row_per_mandate(
    demo_file: Path, tmp_path: Path, capsys
) -> None:
    from docx import Document

    out = tmp_path / "workplan.docx"
    assert run(["print", "workplan", str(demo_file), str(out)], capsys)[0] == 0
    table = Document(str(out)).tables[-1]
    rows = [[cell.text for cell in row.cells] for row in table.rows]
    assert rows[0] == ["RESOLUTION", "MANDATE", "AREA RESPONSIBLE"]
    assert len(rows) == 8  # seven mandates
    assert rows[1][0].startswith("AG/RES. 2629 (XLI-O/11)")
    assert all(row[0] == "" for row in rows[2:])
    assert rows[-1][2] == "Permanent Council (CHS)"
