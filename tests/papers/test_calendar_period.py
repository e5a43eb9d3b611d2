"""The calendar of activities for a period, and the dates of all-day meetings on the papers."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.papers.agenda import agenda_paper
from app.papers.content import NumberedItem
from tests.papers.support import paper_text, run

SEPTEMBER = ("15", "22", "29")


def _calendar_days(path: Path) -> list[str]:
    from docx import Document

    return [row.cells[0].text for row in Document(str(path)).tables[-1].rows]


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_a_period_keeps_only_its_meetings_and_the_paper_says_which(
    suffix: str, demo_file: Path, tmp_path: Path, capsys
) -> None:
    out = tmp_path / f"calendar{suffix}"
    argv = ["print", "calendar", str(demo_file), str(out), "--from", "2011-09-20"]
    code, _, err = run([*argv, "--to", "2011-10-13", "--language", "es"], capsys)
    assert (code, err) == (0, ""), err
    text = paper_text(out)
    assert "Del 20 de septiembre de 2011 al 13 de octubre de 2011" in text
    assert "SEPTIEMBRE 2011" in text and "OCTUBRE 2011" in text
    assert "NOVIEMBRE 2011" not in text
    if suffix == ".docx":
        assert _calendar_days(out) == [
            "FECHA", "SEPTIEMBRE 2011", "22", "29", "OCTUBRE 2011", "13",
        ]  # fmt: skip


def test_one_bound_runs_to_the_last_meeting_and_a_multi_day_meeting_counts_by_any_day(
    demo_file: Path, tmp_path: Path, capsys
) -> None:
    out = tmp_path / "calendar.docx"
    code, _, err = run(
        ["print", "calendar", str(demo_file), str(out), "--from", "2011-11-18"], capsys
    )
    assert (code, err) == (0, "")
    # MISPA III takes 17-18 November: its second day is in the period.
    assert _calendar_days(out) == ["DATE", "NOVEMBER 2011", "17–18"]
    assert "From 18 November 2011 to 18 November 2011" in paper_text(out)
    out = tmp_path / "until.pdf"
    assert (
        run(["print", "calendar", str(demo_file), str(out), "--to", "2011-09-30"], capsys)[0] == 0
    )
    text = paper_text(out)
    assert "From 15 September 2011 to 30 September 2011" in text
    assert "OCTOBER" not in text


def test_without_a_period_the_paper_names_the_span_of_all_meetings(
    demo_file: Path, tmp_path: Path, capsys
) -> None:
    out = tmp_path / "calendar.pdf"
    assert (
        run(
            ["print", "calendar", str(demo_file), str(out), "--language", "fr"],
            capsys,
        )[0]
        == 0
    )
    assert "Du 15 septembre 2011 au 18 novembre 2011" in paper_text(out)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--from", "2011-02-30"], "--from 2011-02-30: not a date"),
        (["--to", "15/09/2011"], "--to 15/09/2011: not a date"),
        (["--from", "2011-10-01", "--to", "2011-09-01"], "comes after --to 2011-09-01"),
    ],
)
def test_an_impossible_period_is_bad_usage_and_writes_nothing(
    options: list[str], message: str, demo_file: Path, tmp_path: Path, capsys
) -> None:
    out = tmp_path / "calendar.pdf"
    code, stdout, err = run(["print", "calendar", str(demo_file), str(out), *options], capsys)
    assert code == 2
    assert stdout == ""
    assert message in err
    assert len(err.strip().splitlines()) == 1
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.chairdesk"]


def test_a_period_is_for_the_calendar_only(demo_file: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "agenda.pdf"
    argv = ["print", "agenda", str(demo_file), str(out), "--meeting", "1", "--from", "2011-09-01"]
    code, _, err = run(argv, capsys)
    assert code == 2
    assert "calendar only" in err
    assert not out.exists()


def _mispa_iii(session) -> int:
    from app.services.meeting_rows import list_meetings

    return next(m.id for m in list_meetings(session) if m.all_day)


def test_the_all_day_ministerial_prints_its_two_days_and_no_clock_times(
    demo_workspace, tmp_path: Path
) -> None:
    from app.papers.make import save_paper
    from app.services import agenda
    from app.services.paper_settings import paper_settings

    with demo_workspace.writing() as session:
        meeting_id = _mispa_iii(session)
        agenda.add_item(session, meeting_id, title="Opening session", duration_minutes=45)
        agenda.add_item(session, meeting_id, title="Dialogue of ministers")
    with demo_workspace.reading() as session:
        paper = agenda_paper(session, meeting_id, "en")
        settings = paper_settings(session)
        spanish = agenda_paper(session, meeting_id, "es")
    assert "17–18 November 2011" in paper.subtitle
    assert "17–18 de noviembre de 2011" in spanish.subtitle
    items = [block for block in paper.blocks if isinstance(block, NumberedItem)]
    assert items[0].details == ("45 minutes",)
    assert items[1].details == ()
    for suffix in (".pdf", ".docx"):
        out = tmp_path / f"mispa-iii{suffix}"
        save_paper(paper, settings, out)
        text = paper_text(out)
        assert "17–18 November 2011" in text
        assert "00:00" not in text and "23:59" not in text
