"""The meeting package: manifest hashes equal the stored files; two runs give the same bytes."""

from __future__ import annotations

import csv
import hashlib
import io
import zipfile
from pathlib import Path

from tests.papers.support import run


def test_the_package_holds_the_agenda_and_every_considered_revision_with_a_true_manifest(
    demo_file: Path, tmp_path: Path, capsys
) -> None:
    first, second = tmp_path / "one.zip", tmp_path / "two.zip"
    for out in (first, second):
        code, _, err = run(["package", str(demo_file), "--meeting", "2", str(out)], capsys)
        assert (code, err) == (0, "")
    assert first.read_bytes() == second.read_bytes()

    with zipfile.ZipFile(first) as archive:
        names = archive.namelist()
        manifest = list(csv.DictReader(io.StringIO(archive.read("manifest.csv").decode())))
        missing = list(csv.DictReader(io.StringIO(archive.read("missing.csv").decode())))
        for row in manifest:
            data = archive.read(row["file"])
            assert hashlib.sha256(data).hexdigest() == row["sha256"]
            assert len(data) == int(row["size"])
        # The demo's titles exist in the four languages: the agenda in each.
        for code in ("en", "es", "fr", "pt"):
            assert archive.read(f"agenda-2011-09-22-{code}.pdf").startswith(b"%PDF")
    assert {row["file"] for row in manifest} | {"manifest.csv", "missing.csv"} == set(names)
    symbols = {row["symbol"] for row in manifest}
    # Meeting 2 (22 September) considered the revisions current on that day.
    assert "GT/MISPA-III/doc.2/11 rev. 1" in symbols
    assert "MISPA/RE/doc.4/09" in symbols
    assert "GT-MISPA-III-doc.2-11_rev.1-en.txt" in names
    # The demo's files exist in English only: every other language version is listed.
    assert {
        "symbol": "GT/MISPA-III/doc.2/11 rev. 1",
        "language": "es",
        "reason": "no file in this language",
    } in missing
    assert ("MISPA/RE/doc.4/09", "pt") in {(row["symbol"], row["language"]) for row in missing}
    assert not [row for row in missing if row["symbol"].startswith("agenda")]


def test_an_agenda_language_with_missing_titles_is_listed_not_packaged(
    demo_file: Path, tmp_path: Path, capsys
) -> None:
    from tests.papers.support import remove_versions_in_file

    assert remove_versions_in_file(demo_file, "fr") == 7
    out = tmp_path / "p.zip"
    assert run(["package", str(demo_file), "--meeting", "1", str(out)], capsys)[0] == 0
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
        missing = list(csv.DictReader(io.StringIO(archive.read("missing.csv").decode())))
    assert "agenda-2011-09-15-fr.pdf" not in names
    assert "agenda-2011-09-15-es.pdf" in names
    assert {
        "symbol": "agenda 2011-09-15",
        "language": "fr",
        "reason": "7 titles have no translation",
    } in missing


def test_the_package_stored_hashes_equal_the_workspaces(
    demo_file: Path, tmp_path: Path, capsys
) -> None:
    from sqlalchemy import select

    from app.models import RevisionFile
    from app.store import open_workspace

    out = tmp_path / "p.zip"
    assert run(["package", str(demo_file), "--meeting", "1", str(out)], capsys)[0] == 0
    workspace = open_workspace(demo_file)
    with workspace.reading() as session:
        stored = set(session.scalars(select(RevisionFile.sha256)))
    workspace.close()
    with zipfile.ZipFile(out) as archive:
        manifest = csv.DictReader(io.StringIO(archive.read("manifest.csv").decode()))
        hashes = {row["sha256"] for row in manifest if not row["file"].startswith("agenda-")}
    assert hashes and hashes <= stored


def test_an_unknown_meeting_is_one_line_and_no_file(
    demo_file: Path, tmp_path: Path, capsys
) -> None:
    out = tmp_path / "p.zip"
    code, stdout, err = run(["package", str(demo_file), "--meeting", "99", str(out)], capsys)
    assert code == 1 and stdout == ""
    assert len(err.splitlines()) == 1 and "meeting" in err
    assert not out.exists()
