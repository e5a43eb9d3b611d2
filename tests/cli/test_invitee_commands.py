"""``chairdesk import invitees`` (alias ``import xlsx``), ``export csv``, and a closed pipe."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.test_ics_commands import run
from tests.exchange.test_xlsx_import import DEMO_LIST, list_rows, write_sheet

FILES = Path(__file__).parents[1] / "exchange" / "files"


@pytest.mark.parametrize("command", ["invitees", "xlsx"])
def test_import_invitees_reads_csv_and_ods_under_either_name(workspace, capsys, command):
    path = str(workspace.path)
    for name in ("lista_excel_es.csv", "invitados_a_mano.ods"):
        code, out, err = run(["import", command, path, str(FILES / name), "--list", name], capsys)
        assert (code, err) == (0, ""), err
        assert f"Imported into “{name}”." in out
    assert (
        "read as Windows-1252 (ANSI), semicolon-separated"
        in run(
            [
                "import",
                command,
                path,
                str(FILES / "lista_excel_es.csv"),
                "--list",
                "x",
                "--dry-run",
            ],
            capsys,
        )[1]
    )
    assert len(list_rows(workspace, "invitados_a_mano.ods")) == 6


def test_remove_missing_from_the_command_line(demo_workspace, tmp_path, capsys):
    before = list_rows(demo_workspace, DEMO_LIST)
    first = sorted(before)[0]
    path = write_sheet(
        tmp_path / "fewer.xlsx",
        [["Name", "Delegation/Organisation"]]
        + [[n, before[n]["organization"]] for n in sorted(before)[1:]],
    )
    argv = ["import", "invitees", str(demo_workspace.path), str(path), "--list", DEMO_LIST]
    code, out, _ = run([*argv, "--dry-run"], capsys)
    assert code == 0 and f"  {first} (" in out and "in the list, not in the workbook" in out
    code, out, _ = run([*argv, "--remove-missing"], capsys)
    assert code == 0 and "are removed from the list" in out
    assert first not in list_rows(demo_workspace, DEMO_LIST)


def test_export_csv_writes_the_list(demo_workspace, tmp_path, capsys):
    target = tmp_path / "lista.csv"
    code, out, err = run(
        [
            "export",
            "csv",
            str(demo_workspace.path),
            str(target),
            "--list",
            DEMO_LIST,
            "--semicolon",
        ],
        capsys,
    )
    assert (code, err) == (0, "")
    assert out.startswith("Wrote 35 invitees")
    assert target.read_text(encoding="utf-8-sig").startswith("Name;Title;")


def test_a_closed_pipe_after_the_import_reports_that_it_was_written(demo_template, tmp_path):
    """``chairdesk import xlsx ... | head -1`` said "error: Broken pipe", exit 1, yet wrote."""
    from app.store import backup_file

    workspace = tmp_path / "ws.chairdesk"
    backup_file(demo_template, workspace)
    source = FILES / "invitados_a_mano.xlsx"
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "app",
            "import",
            "xlsx",
            str(workspace),
            str(source),
            "--list",
            "Piped",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # the reader goes away before a line is written, as head does
    err = process.stderr.read().decode()
    code = process.wait(timeout=120)
    assert code == 0, err
    assert "The import was written." in err and "Traceback" not in err
    from app.store import open_workspace

    opened = open_workspace(workspace, create=False)
    try:
        assert len(list_rows(opened, "Piped")) == 6
    finally:
        opened.close()
