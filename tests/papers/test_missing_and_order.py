"""Missing translations are never silent; member states follow the paper's alphabet."""

from __future__ import annotations

from pathlib import Path

from app.papers import labels
from app.papers.countries import collation_key, country_name
from tests.papers.support import remove_versions_in_file, run


def test_a_missing_translation_lists_the_titles_exits_1_and_writes_nothing(
    demo_file: Path, tmp_path: Path, capsys
) -> None:
    # The demo has every French version: take away those of the first meeting's titles.
    assert remove_versions_in_file(demo_file, "fr") == 7
    out = tmp_path / "agenda-fr.pdf"
    code, stdout, err = run(
        ["print", "agenda", str(demo_file), str(out), "--meeting", "1", "--language", "fr"], capsys
    )
    assert code == 1
    assert stdout == ""
    assert "Traceback" not in err
    assert "7 texts have no version in “fr”" in err
    assert "--use-original" in err
    assert "agenda item 1: Election of the Vice Chair(s) of the Working Group" in err
    assert "meeting title: First meeting of the Working Group" in err
    assert list(tmp_path.iterdir()) == [demo_file] or not out.exists()
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_with_use_original_the_originals_are_marked_in_the_papers_language(
    demo_file: Path, tmp_path: Path, capsys
) -> None:
    from tests.papers.support import paper_text

    # The items lose their Spanish versions; the meeting's title keeps its own.
    assert remove_versions_in_file(demo_file, "es", meeting=False) == 6
    out = tmp_path / "agenda-es.docx"
    code, stdout, _ = run(
        [
            "print",
            "agenda",
            str(demo_file),
            str(out),
            "--meeting",
            "1",
            "--language",
            "es",
            "--use-original",
        ],
        capsys,
    )
    assert code == 0
    assert "6 texts printed from the original" in stdout
    text = paper_text(out)
    assert "Election of the Vice Chair(s) of the Working Group (original en inglés)" in text
    # The meeting title has a Spanish version: printed as it is, unmarked.
    assert "Primera reunión del Grupo de Trabajo" in text
    assert "Primera reunión del Grupo de Trabajo (original" not in text


def test_a_fully_translated_paper_needs_no_use_original(
    demo_file: Path, tmp_path: Path, capsys
) -> None:
    out = tmp_path / "invitees-pt.pdf"
    code, _, err = run(["print", "invitees", str(demo_file), str(out), "--language", "pt"], capsys)
    assert (code, err) == (0, "")


def _member_states(path: Path) -> list[str]:
    from docx import Document

    table = Document(str(path)).tables[1]
    return [row.cells[0].text for row in table.rows[1:]]


def test_member_states_are_in_the_alphabetical_order_of_the_papers_language(
    demo_file: Path, tmp_path: Path, capsys
) -> None:
    states = {}
    for language in ("en", "es", "fr", "pt"):
        out = tmp_path / f"invitees-{language}.docx"
        assert (
            run(["print", "invitees", str(demo_file), str(out), "--language", language], capsys)[0]
            == 0
        )
        states[language] = _member_states(out)
        assert len(states[language]) == 35
        assert states[language] == sorted(states[language], key=collation_key)
    # The seed's English names, "The Bahamas" under T; Spanish reorders and translates.
    assert states["en"].index("The Bahamas") > states["en"].index("Suriname")
    assert states["es"][states["es"].index("Estados Unidos") + 1] == "Granada"
    assert "Haití" in states["es"] and "Haïti" in states["fr"]
    assert states["fr"][:3] == ["Antigua-et-Barbuda", "Argentine", "Bahamas"]
    assert states["fr"].index("États-Unis") < states["fr"].index("Grenade")


def test_country_names_come_from_the_long_forms_the_oas_uses() -> None:
    assert country_name("United States of America", "es") == "Estados Unidos"
    assert (
        country_name("Saint Vincent and the Grenadines", "fr") == "Saint-Vincent-et-les Grenadines"
    )
    assert country_name("The Bahamas", "pt") == "Bahamas"
    assert country_name("Atlantis", "es") == "Atlantis"


def test_every_paper_label_is_translated_in_spanish_french_and_portuguese() -> None:
    for language in ("es", "fr", "pt"):
        known = labels.translations(language)
        untranslated = [source for source in labels.ALL_LABELS if source not in known]
        assert untranslated == [], language
    assert labels.label("es", labels.DRAFT_AGENDA) == "Orden del día"
    assert labels.label("fr", labels.DRAFT_AGENDA) == "Ordre du jour"
    assert labels.label("pt", labels.DRAFT_AGENDA) == "Ordem do dia"
    assert labels.label("es", labels.MEMBER_STATES) == "Estados Miembros"
    assert labels.label("es", labels.PERMANENT_OBSERVERS) == "Observadores Permanentes"


def test_labels_are_marked_so_that_lupdate_puts_them_in_the_papers_context() -> None:
    source = Path(labels.__file__).read_text(encoding="utf-8")
    for text in labels.ALL_LABELS:
        assert f'QT_TRANSLATE_NOOP("Papers", "{text}")' in source
