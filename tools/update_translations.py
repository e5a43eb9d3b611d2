"""Extract the window's strings into the .ts files, then compile them into .qm files.

    python tools/update_translations.py          # after adding or changing a tr() string
    python tools/update_translations.py --check  # exit 1 if a .ts or .qm is out of date

Qt's own tools do the work: ``pyside6-lupdate`` reads every ``tr()``/``translate()`` call
in ``app/`` and merges the strings into ``resources/translations/chairdesk_LANG.ts``
(keeping the translations already made), ``pyside6-lrelease`` compiles each ``.ts`` into
the ``.qm`` that the window loads. Translators edit the ``.ts`` files (Qt Linguist, or any
XML editor); see the README's "Translations" section.

The module-level helpers ``tr(text)`` and ``_tr(text)`` that some modules define are read as
``tr``: their strings land in the empty context, which is what those helpers look up.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "app"
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("es", "fr", "pt")
#: Functions other than tr() and translate() whose first argument is a string to translate.
ALIASES = "tr+=_tr"


def tool(name: str) -> str:
    """The path of a PySide6 tool (``lupdate``/``lrelease``), beside this Python first."""
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    if beside.exists():
        return str(beside)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} not found: install PySide6-Essentials in this Python.")
    return found


def ts_path(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"chairdesk_{language}.ts"


def qm_path(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"chairdesk_{language}.qm"


def source_files() -> list[str]:
    return sorted(str(path.relative_to(ROOT)) for path in SOURCES.rglob("*.py"))


def extract(folder: Path = FOLDER) -> None:
    """Merge the strings of the code into ``folder``'s .ts files (made when missing)."""
    folder.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        subprocess.run(
            [
                tool("lupdate"),
                "-silent",
                "-locations", "none",
                "-no-obsolete",
                "-tr-function-alias", ALIASES,
                "-source-language", "en",
                "-target-language", language,
                *source_files(),
                "-ts", str(ts_path(language, folder)),
            ],
            cwd=ROOT,
            check=True,
        )  # fmt: skip


def compile_qm(folder: Path = FOLDER) -> None:
    """Compile each .ts of ``folder`` into its .qm (what the window loads)."""
    for language in LANGUAGES:
        subprocess.run(
            [
                tool("lrelease"),
                "-silent",
                str(ts_path(language, folder)),
                "-qm", str(qm_path(language, folder)),
            ],
            check=True,
        )  # fmt: skip


def stale_files() -> list[str]:
    """The .ts and .qm files that extracting and compiling again would change."""
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch)
        for language in LANGUAGES:
            shutil.copy(ts_path(language), ts_path(language, copy))
        extract(copy)
        compile_qm(copy)
        return [
            path.name
            for language in LANGUAGES
            for path in (ts_path(language), qm_path(language))
            if not path.exists() or path.read_bytes() != (copy / path.name).read_bytes()
        ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report out-of-date files")
    args = parser.parse_args(argv)
    if args.check:
        stale = stale_files()
        for name in stale:
            print(f"out of date: {name} (run python tools/update_translations.py)")
        return 1 if stale else 0
    extract()
    compile_qm()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
