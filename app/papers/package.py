"""The meeting package: one zip with the agenda as PDF and every revision file it considers.

Files are named by symbol and language; ``manifest.csv`` gives each file's symbol, language,
size and SHA-256, and ``missing.csv`` the language versions that do not exist. The zip is made
from the workspace alone (entry dates are the meeting's date, entries in name order), so the
same workspace gives the same bytes.
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import LANGUAGES, Meeting, RevisionFile
from app.papers.agenda import agenda_paper
from app.papers.considered import considered_documents
from app.papers.pdf_writer import write_pdf
from app.services import validate
from app.services.documents import file_content
from app.services.paper_settings import paper_settings


@dataclass(frozen=True)
class PackedFile:
    name: str
    symbol: str
    language: str
    size: int
    sha256: str


@dataclass(frozen=True)
class MissingVersion:
    symbol: str
    language: str
    reason: str


@dataclass
class PackageReport:
    files: list[PackedFile] = field(default_factory=list)
    missing: list[MissingVersion] = field(default_factory=list)


def safe_name(symbol: str) -> str:
    """A symbol as a file name: GT/MISPA-III/doc.2/11 rev. 2 -> GT-MISPA-III-doc.2-11_rev.2."""
    return symbol.replace("/", "-").replace(". ", ".").replace(" ", "_")


def _agenda_pdfs(session: Session, meeting: Meeting, report: PackageReport) -> dict[str, bytes]:
    """The agenda in every language whose texts are all translated (else the original's)."""
    settings = paper_settings(session)
    papers = {code: agenda_paper(session, meeting.id, code) for code in LANGUAGES}
    complete = [code for code, paper in papers.items() if not paper.missing]
    chosen = complete or [str(meeting.original_language)]
    label = f"agenda {meeting.date.isoformat()}"
    for code, paper in papers.items():
        if code not in complete:
            report.missing.append(
                MissingVersion(label, code, f"{len(paper.missing)} titles have no translation")
            )
    pdfs = {}
    for code in chosen:
        out = io.BytesIO()
        write_pdf(papers[code], settings, out)
        pdfs[f"agenda-{meeting.date.isoformat()}-{code}.pdf"] = out.getvalue()
    return pdfs


def package_contents(session: Session, meeting_id: int) -> tuple[dict[str, bytes], PackageReport]:
    """Every file of the package (name -> bytes, manifest and missing list included)."""
    meeting = validate.get(session, Meeting, meeting_id, "meeting")
    report = PackageReport()
    contents: dict[str, bytes] = {}
    symbols: dict[str, tuple[str, str]] = {}
    for name, data in _agenda_pdfs(session, meeting, report).items():
        contents[name] = data
        symbols[name] = (f"agenda {meeting.date.isoformat()}", name.rsplit("-", 1)[1][:2])
    revisions: dict[int, str] = {}
    for link in considered_documents(session, meeting):
        if link.revision_id is None:
            report.missing.append(MissingVersion(link.symbol, "", "the document has no revision"))
        else:
            revisions.setdefault(link.revision_id, link.symbol)
    for revision_id, symbol in sorted(revisions.items(), key=lambda pair: pair[1]):
        files = {
            str(language): file_id
            for file_id, language in session.execute(
                select(RevisionFile.id, RevisionFile.language).where(
                    RevisionFile.revision_id == revision_id
                )
            )
        }
        for code in LANGUAGES:
            if code not in files:
                report.missing.append(MissingVersion(symbol, code, "no file in this language"))
                continue
            file_name, data = file_content(session, files[code])
            name = f"{safe_name(symbol)}-{code}{PurePosixPath(file_name).suffix.lower()}"
            contents[name] = data
            symbols[name] = (symbol, code)
    for name in sorted(contents):
        data = contents[name]
        symbol, code = symbols[name]
        report.files.append(
            PackedFile(name, symbol, code, len(data), hashlib.sha256(data).hexdigest())
        )
    contents["manifest.csv"] = _csv(
        ("file", "symbol", "language", "size", "sha256"),
        [(f.name, f.symbol, f.language, str(f.size), f.sha256) for f in report.files],
    )
    contents["missing.csv"] = _csv(
        ("symbol", "language", "reason"),
        [(m.symbol, m.language, m.reason) for m in report.missing],
    )
    return contents, report


def _csv(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


def package_bytes(session: Session, meeting_id: int) -> tuple[bytes, PackageReport]:
    meeting = validate.get(session, Meeting, meeting_id, "meeting")
    contents, report = package_contents(session, meeting_id)
    stamp = (max(meeting.date.year, 1980), meeting.date.month, meeting.date.day, 0, 0, 0)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name in sorted(contents):
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 3
            archive.writestr(info, contents[name], compresslevel=6)
    return out.getvalue(), report


def save_package(session: Session, meeting_id: int, path: Path) -> PackageReport:
    """Write the package to ``path`` whole or not at all."""
    data, report = package_bytes(session, meeting_id)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return report
