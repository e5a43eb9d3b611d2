"""An independent office suite (LibreOffice) converts each Word paper of the demo to PDF."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.papers.support import pdf_text, run

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
KINDS = ("agenda", "annotated-agenda", "calendar", "workplan", "invitees")
LANGUAGES = ("en", "es", "fr", "pt")

pytestmark = [
    pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed"),
    pytest.mark.slow,
]


def test_libreoffice_converts_every_word_paper_of_the_demo_to_pdf(
    demo_file: Path, tmp_path: Path, capsys
) -> None:
    papers = []
    for kind in KINDS:
        for language in LANGUAGES:
            out = tmp_path / f"{kind}-{language}.docx"
            argv = ["print", kind, str(demo_file), str(out), "--language", language]
            argv += ["--use-original", *(["--meeting", "1"] if "agenda" in kind else [])]
            assert run(argv, capsys)[0] == 0
            papers.append(out)
    converted = tmp_path / "converted"
    result = subprocess.run(
        [
            str(SOFFICE),
            f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(converted),
            *map(str, papers),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert "Error" not in result.stderr, result.stderr
    for paper in papers:
        pdf = converted / f"{paper.stem}.pdf"
        assert pdf.exists(), f"LibreOffice did not convert {paper.name}: {result.stdout}"
        text = " ".join(pdf_text(pdf).split())
        assert "OEA/Ser.G" in text
    assert "ORGANIZACIÓN DE LOS ESTADOS AMERICANOS" in " ".join(
        pdf_text(converted / "calendar-es.pdf").split()
    )
    assert "AG/RES. 2629 (XLI-O/11)" in pdf_text(converted / "workplan-fr.pdf")
