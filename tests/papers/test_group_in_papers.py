"""The header block carries the parent body and the group's name in the paper's language, as
OAS papers do; a missing version of either is listed like a missing title, never silent."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.store import open_workspace
from tests.papers.support import paper_text, pdf_text, run
from tests.papers.test_demo_papers import GROUP, ORGANIZATION

NAME_EN = GROUP["en"][1]


def _header_lines(path: Path) -> list[str]:
    """The left cell of the Word header block: organisation, parent body, group."""
    from docx import Document

    return [p.text for p in Document(str(path)).tables[0].rows[0].cells[0].paragraphs]


def _first_page(path: Path) -> str:
    from pypdf import PdfReader

    return " ".join(PdfReader(path).pages[0].extract_text().split())


def _print(demo_file: Path, out: Path, capsys, *extra: str) -> tuple[int, str, str]:
    kind = out.stem.split("-")[0]
    argv = ["print", kind, str(demo_file), str(out), *extra]
    if kind == "agenda":
        argv += ["--meeting", "1"]
    return run(argv, capsys)


def _change_group(path: Path, values: dict[str, str]) -> None:
    from app.services.working_group import save_working_group

    workspace = open_workspace(path, create=False)
    try:
        with workspace.writing() as session:
            save_working_group(session, values)
    finally:
        workspace.close()


@pytest.mark.parametrize("language", ["es", "fr", "pt"])
def test_the_header_holds_the_body_and_the_group_in_the_papers_language(
    language: str, demo_file: Path, tmp_path: Path, capsys
) -> None:
    body, name = (line.upper() for line in GROUP[language])
    word = tmp_path / f"agenda-{language}.docx"
    pdf = tmp_path / f"workplan-{language}.pdf"
    for out in (word, pdf):
        code, _, err = _print(demo_file, out, capsys, "--language", language)
        assert (code, err) == (0, "")
    assert _header_lines(word) == [ORGANIZATION[language], body, name]
    first_page = _first_page(pdf)
    assert f"{ORGANIZATION[language]} {body} {name}" in first_page
    for english in GROUP["en"]:
        assert english.upper() not in first_page
    # The work plan names the group under its title too, in the same language.
    assert GROUP[language][1] in first_page


def test_a_group_without_a_spanish_name_refuses_the_spanish_paper_and_lists_it(
    demo_file: Path, tmp_path: Path, capsys
) -> None:
    _change_group(demo_file, {"name_es": ""})
    out = tmp_path / "workplan-es.pdf"
    code, stdout, err = _print(demo_file, out, capsys, "--language", "es")
    assert code == 1
    assert stdout == ""
    assert "Traceback" not in err
    assert "1 texts have no version in “es”" in err
    assert "--use-original" in err
    assert f"working group's name: {NAME_EN}" in err
    assert "parent body" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.chairdesk"]
    # Its other languages are whole.
    code, _, err = _print(demo_file, tmp_path / "workplan-fr.pdf", capsys, "--language", "fr")
    assert (code, err) == (0, "")


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_with_use_original_the_group_s_original_name_is_printed_marked_as_such(
    suffix: str, demo_file: Path, tmp_path: Path, capsys
) -> None:
    _change_group(demo_file, {"name_es": ""})
    out = tmp_path / f"workplan-es{suffix}"
    code, stdout, err = _print(demo_file, out, capsys, "--language", "es", "--use-original")
    assert (code, err) == (0, "")
    assert "1 texts printed from the original" in stdout
    text = paper_text(out)
    body = GROUP["es"][0].upper()
    # In the header (upper case, as the whole block) and under the title.
    assert f"{body} {NAME_EN.upper()} (ORIGINAL EN INGLÉS)" in text
    assert f"{NAME_EN} (original en inglés)" in text
    if suffix == ".docx":
        assert _header_lines(out)[2] == f"{NAME_EN.upper()} (ORIGINAL EN INGLÉS)"
    else:
        assert "Original: inglés" in pdf_text(out)


def test_a_missing_parent_body_is_listed_first_and_once_in_every_paper(demo_file: Path) -> None:
    from app.papers.make import KINDS, PaperRequest, build_paper

    _change_group(demo_file, {"parent_body_fr": "", "name_fr": ""})
    workspace = open_workspace(demo_file, create=False)
    try:
        with workspace.reading() as session:
            for kind in KINDS:
                paper = build_paper(session, PaperRequest(kind, "fr", meeting_id=1))
                assert [m.what for m in paper.missing] == [
                    "working group's parent body",
                    "working group's name",
                ], kind
                assert {m.original_language for m in paper.missing} == {"en"}
                assert build_paper(session, PaperRequest(kind, "en", meeting_id=1)).missing == []
    finally:
        workspace.close()
