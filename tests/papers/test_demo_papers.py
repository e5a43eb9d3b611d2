"""Every paper of the demo, in the four languages and both formats, read back as text.

The demo holds a Spanish, French and Portuguese version of every title it prints, so no
paper of it needs --use-original: each is read back with its translated labels, a translated
title and the accents of its language.
"""

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
    "participants": {
        "en": "LIST OF PARTICIPANTS",
        "es": "LISTA DE PARTICIPANTES",
        "fr": "LISTE DES PARTICIPANTS",
        "pt": "LISTA DE PARTICIPANTES",
    },
    "summary": {
        "en": "SUMMARY OF THE MEETING",
        "es": "RESUMEN DE LA REUNIÓN",
        "fr": "RÉSUMÉ DE LA RÉUNION",
        "pt": "RESUMO DA REUNIÃO",
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
#: The header's parent body and group name, in the paper's language (upper case there).
GROUP = {
    "en": [
        "Committee on Hemispheric Security (CHS) of the Permanent Council",
        "Working Group to Prepare the Third Meeting of Ministers Responsible for Public Security"
        " in the Americas",
    ],
    "es": [
        "Comisión de Seguridad Hemisférica (CSH) del Consejo Permanente",
        "Grupo de Trabajo encargado de preparar la Tercera Reunión de Ministros en Materia de"
        " Seguridad Pública de las Américas",
    ],
    "fr": [
        "Commission sur la sécurité continentale (CSC) du Conseil permanent",
        "Groupe de travail chargé de préparer la Troisième Réunion des ministres responsables"
        " de la sécurité publique des Amériques",
    ],
    "pt": [
        "Comissão de Segurança Hemisférica (CSH) do Conselho Permanente",
        "Grupo de Trabalho Encarregado de Preparar a Terceira Reunião de Ministros em Matéria"
        " de Segurança Pública das Américas",
    ],
}
FIRST_MEETING = {
    "en": "First meeting of the Working Group",
    "es": "Primera reunión del Grupo de Trabajo",
    "fr": "Première réunion du Groupe de travail",
    "pt": "Primeira reunião do Grupo de Trabalho",
}
#: The seed's wording each paper must hold (in its language: the demo's versions of the
#: titles), and words of the paper's language with accents.
CONTENT = {
    "agenda": {
        "all": ["GT/MISPA-III/doc.1/11 rev. 1"],
        "en": ["15 September 2011", "Election of the Vice Chair(s) of the Working Group"],
        "es": [
            "15 de septiembre de 2011",
            "Elección de la Vicepresidencia del Grupo de Trabajo",
            "Consideración del proyecto de temario",
            "Documentos:",
        ],
        "fr": [
            "15 septembre 2011",
            "Élection de la vice-présidence du Groupe de travail",
            "Examen du projet de règlement intérieur",
        ],
        "pt": [
            "15 de setembro de 2011",
            "Eleição da Vice-Presidência do Grupo de Trabalho",
            "Consideração do projeto de calendário",
        ],
    },
    "calendar": {
        "all": [],
        "en": [
            "SEPTEMBER 2011",
            "OCTOBER 2011",
            "DATE",
            "TOPIC",
            "Consideration of documents for MISPA III",
            "Consideration of the outcome document",
        ],
        "es": [
            "SEPTIEMBRE 2011",
            "OCTUBRE 2011",
            "FECHA",
            "TEMA",
            "Consideración de los documentos para la MISPA III",
            "Tercera Reunión de Ministros en Materia de Seguridad Pública de las Américas",
        ],
        "fr": [
            "SEPTEMBRE 2011",
            "OCTOBRE 2011",
            "DATE",
            "THÈME",
            "Examen du document final",
            "Troisième Réunion des ministres responsables de la sécurité publique des Amériques",
        ],
        "pt": [
            "SETEMBRO 2011",
            "OUTUBRO 2011",
            "DATA",
            "TEMA",
            "Consideração dos documentos para a MISPA III",
            "Terceira Reunião de Ministros em Matéria de Segurança Pública das Américas",
        ],
    },
    "workplan": {
        "all": ["AG/RES. 2629 (XLI-O/11)"],
        # The resolution's title and the areas responsible, in the paper's language.
        "en": [
            "RESOLUTION",
            "MANDATE",
            "AREA RESPONSIBLE",
            "To encourage member states",
            "FOLLOW-UP TO THE MEETINGS OF MINISTERS RESPONSIBLE FOR PUBLIC SECURITY IN THE"
            " AMERICAS",
            "OAS General Secretariat",
            "Secretariat for Multidimensional Security (Department of Public Security)",
            "Permanent Council (CHS)",
        ],
        "es": [
            "RESOLUCIÓN",
            "MANDATO",
            "ÁREA RESPONSABLE",
            "Alentar a los Estados Miembros",
            "SEGUIMIENTO DE LAS REUNIONES DE MINISTROS EN MATERIA DE SEGURIDAD PÚBLICA DE LAS"
            " AMÉRICAS",
            "Secretaría General de la OEA",
            "Secretaría de Seguridad Multidimensional (Departamento de Seguridad Pública)",
            "Consejo Permanente (CSH)",
        ],
        "fr": [
            "RÉSOLUTION",
            "MANDAT",
            "SECTEUR RESPONSABLE",
            "Encourager les États membres",
            "SUIVI DES RÉUNIONS DES MINISTRES RESPONSABLES DE LA SÉCURITÉ PUBLIQUE DES AMÉRIQUES",
            "Secrétariat général de l'OEA",
            "Secrétariat à la sécurité multidimensionnelle (Département de la sécurité publique)",
            "Conseil permanent (CSC)",
        ],
        "pt": [
            "RESOLUÇÃO",
            "MANDATO",
            "ÁREA RESPONSÁVEL",
            "Incentivar os Estados membros",
            "SEGUIMENTO DAS REUNIÕES DE MINISTROS EM MATÉRIA DE SEGURANÇA PÚBLICA DAS AMÉRICAS",
            "Secretaria-Geral da OEA",
            "Secretaria de Segurança Multidimensional (Departamento de Segurança Pública)",
            "Conselho Permanente (CSH)",
        ],
    },
    "invitees": {
        "all": ["MISPA III - list of invitees"],
        "en": ["Member States", "Trinidad and Tobago", "United States of America"],
        "es": ["Estados Miembros", "Haití", "Estados Unidos", "Perú"],
        "fr": ["États membres", "Haïti", "États-Unis", "Pérou"],
        "pt": ["Estados membros", "Haiti", "Estados Unidos", "México"],
    },
    "participants": {
        "all": [],
        "en": ["Member States", FIRST_MEETING["en"]],
        "es": ["Estados Miembros", FIRST_MEETING["es"], "15 de septiembre de 2011"],
        "fr": ["États membres", FIRST_MEETING["fr"], "15 septembre 2011"],
        "pt": ["Estados membros", FIRST_MEETING["pt"], "15 de setembro de 2011"],
    },
    "summary": {
        "all": [],
        "en": [FIRST_MEETING["en"]],
        "es": [FIRST_MEETING["es"], "15 de septiembre de 2011"],
        "fr": [FIRST_MEETING["fr"], "15 septembre 2011"],
        "pt": [FIRST_MEETING["pt"], "15 de setembro de 2011"],
    },
}
CONTENT["annotated-agenda"] = CONTENT["agenda"]


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
@pytest.mark.parametrize("language", ["en", "es", "fr", "pt"])
@pytest.mark.parametrize("kind", list(TITLES))
def test_every_demo_paper_prints_in_every_language_without_use_original(
    kind: str, language: str, suffix: str, demo_file: Path, tmp_path: Path, capsys
) -> None:
    out = tmp_path / f"{kind}-{language}{suffix}"
    argv = ["print", kind, str(demo_file), str(out), "--language", language]
    if kind in {"agenda", "annotated-agenda", "participants", "summary"}:
        argv += ["--meeting", "1"]
    code, stdout, err = run(argv, capsys)
    assert (code, err) == (0, ""), err
    assert str(out) in stdout
    assert "printed from the original" not in stdout
    text = paper_text(out)
    assert "(original" not in text
    expected = [
        TITLES[kind][language],
        ORGANIZATION[language],
        ORIGINAL[language],
        *(line.upper() for line in GROUP[language]),
        "OEA/Ser.G",
        *CONTENT[kind]["all"],
        *CONTENT[kind][language],
    ]
    for wording in expected:
        assert wording in text, f"{wording!r} missing from the {language} {kind}{suffix}"
    if language != "en":
        assert set(text) & set("áéíóúãçêôèàÉÍÓÚ"), f"no accents in the {language} {kind}"


def test_the_calendar_holds_the_five_dates_of_the_seed_by_month(
    demo_file: Path, tmp_path: Path, capsys
) -> None:
    from docx import Document

    out = tmp_path / "calendar.docx"
    assert run(["print", "calendar", str(demo_file), str(out)], capsys)[0] == 0
    table = Document(str(out)).tables[-1]
    first_column = [row.cells[0].text for row in table.rows]
    assert first_column == [
        "DATE", "SEPTEMBER 2011", "15", "22", "29", "OCTOBER 2011", "13", "27",
        "NOVEMBER 2011", "17–18",  # the ministerial itself, two days
    ]  # fmt: skip
    topics_of_15 = [p.text for p in table.rows[2].cells[1].paragraphs]  # the English paper
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
