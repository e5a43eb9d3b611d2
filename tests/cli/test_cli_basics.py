"""``chairdesk --version``, ``--help`` and bad usage: the exit codes scripts rely on."""

from __future__ import annotations

import subprocess
import sys

import pytest

from app import __version__
from app.cli import main


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """The exit code, stdout and stderr of one in-process run."""
    try:
        code = main(argv)
    except SystemExit as exit_:
        code = exit_.code if isinstance(exit_.code, int) else 1
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["--version"], capsys)
    assert code == 0
    assert out.strip() == f"chairdesk {__version__}"
    assert err == ""


def test_help_names_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["--help"], capsys)
    assert code == 0
    assert out.startswith("usage: chairdesk")
    for command in ("demo", "check"):
        assert command in out


@pytest.mark.parametrize("command", ["demo", "check"])
def test_each_command_has_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run([command, "--help"], capsys)
    assert code == 0
    assert f"usage: chairdesk {command} " in out
    assert "workspace" in out


@pytest.mark.parametrize(
    "argv",
    [
        ["demo"],
        ["check"],
        ["check", "a.chairdesk", "b.chairdesk"],
        ["--no-such-option"],
        ["demo", "x.chairdesk", "--colour"],
    ],
    ids=["demo-without-file", "check-without-file", "two-files", "unknown-option", "extra-option"],
)
def test_bad_usage_exits_2_with_the_usage_line(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(argv, capsys)
    assert code == 2
    assert out == ""
    assert "usage: chairdesk" in err
    assert "Traceback" not in err


def test_python_dash_m_app_is_the_same_program() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "app", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"chairdesk {__version__}"
