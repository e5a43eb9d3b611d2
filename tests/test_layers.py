"""The layer rules of DESIGN.md, kept by import-linter with the contracts in pyproject.toml."""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = ROOT / "pyproject.toml"
EXPECTED_CONTRACTS = {
    "The core never imports Qt or the UI",
    "Models import nothing else of ours",
    "Layers point down",
    "The window never touches the database directly: it asks the services",
    "The papers are made without a display: no Qt, no window, no command line",
    "Areas of the window do not import each other's insides",
    "The window's shared parts import no area and not the shell",
    "Areas do not import the window's shell",
    "The window takes enums and plain rows, never the ORM's classes",
}
AREAS = {
    "app.ui.calendar",
    "app.ui.agenda",
    "app.ui.documents",
    "app.ui.invitees",
    "app.ui.workplan",
    "app.ui.record",
    "app.ui.exchange",
}


def test_pyproject_declares_the_layer_contracts() -> None:
    config = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["tool"]["importlinter"]
    contracts = {c["name"]: c for c in config["contracts"]}
    assert set(contracts) >= EXPECTED_CONTRACTS
    core = contracts["The core never imports Qt or the UI"]
    assert set(core["source_modules"]) == {
        "app.models",
        "app.store",
        "app.services",
        "app.exchange",
        "app.messages",
    }
    assert set(core["forbidden_modules"]) >= {"PySide6", "app.ui"}
    messages = contracts[
        "The messages every layer marks for translation import nothing else of ours"
    ]
    assert set(messages["forbidden_modules"]) >= {
        "app.models", "app.store", "app.services", "app.exchange", "app.ui", "app.cli",
    }  # fmt: skip
    window = contracts["The window never touches the database directly: it asks the services"]
    assert (window["source_modules"], window["forbidden_modules"]) == (["app.ui"], ["sqlalchemy"])
    areas = contracts["Areas of the window do not import each other's insides"]
    assert set(areas["modules"]) == AREAS
    shared = contracts["The window's shared parts import no area and not the shell"]
    assert set(shared["forbidden_modules"]) == AREAS | {"app.ui.shell"}
    assert contracts["Layers point down"]["layers"] == [
        "app.cli",
        "app.ui",
        "app.exchange",
        "app.services",
        "app.store",
        "app.models",
    ]


def test_every_layer_contract_is_kept(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from importlinter.application.use_cases import lint_imports
    from importlinter.configuration import configure

    monkeypatch.chdir(ROOT)
    configure()
    passed = lint_imports(config_filename=str(PYPROJECT), cache_dir=None, no_logo=True)
    report = capsys.readouterr().out
    assert passed, report
    for name in EXPECTED_CONTRACTS:
        assert f"{name} KEPT" in report
    assert "0 broken" in report


def test_the_window_names_no_orm_class() -> None:
    """The window takes enums and plain rows from the services: it imports the vocabulary
    (``app.models.enums``, ``app.models.localized``), never the ORM's classes, and not
    through the ``app.models`` package either (import-linter sees only the package then)."""
    allowed = {"app.models.enums", "app.models.localized"}
    found = []
    for path in sorted((ROOT / "app" / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            found += [
                f"{path.relative_to(ROOT)}:{node.lineno} {name}"
                for name in names
                if name.startswith("app.models") and name not in allowed
            ]
    assert found == []
