"""Make a paper by its kind's name, and write it as .pdf or .docx."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO

from sqlalchemy.orm import Session

from app.papers.activities import calendar_paper
from app.papers.agenda import agenda_paper
from app.papers.content import MissingText, Paper
from app.papers.invitees import invitees_paper
from app.papers.record_papers import participants_paper, summary_paper
from app.papers.workplan import workplan_paper
from app.services.errors import ValidationError
from app.services.paper_settings import PaperSettings

KINDS = (
    "agenda",
    "annotated-agenda",
    "calendar",
    "workplan",
    "invitees",
    "participants",
    "summary",
)
FORMATS = (".pdf", ".docx")
#: The kinds that are about one meeting and need its id.
MEETING_KINDS = {"agenda", "annotated-agenda", "participants", "summary"}
#: The kinds with a builder.
BUILT_KINDS = KINDS


@dataclass(frozen=True)
class PaperRequest:
    kind: str
    language: str = "en"
    meeting_id: int | None = None
    list_name: str | None = None
    start: date | None = None
    end: date | None = None


class MissingTranslations(Exception):
    """Texts lack a version in the paper's language and printing the originals was not chosen."""

    def __init__(self, language: str, missing: list[MissingText]) -> None:
        self.language = language
        self.missing = missing
        lines = [f"  {m.what}: {m.original}" for m in missing]
        super().__init__(
            f"{len(missing)} texts have no version in “{language}”:\n" + "\n".join(lines)
        )


def build_paper(session: Session, request: PaperRequest) -> Paper:
    """The paper asked for; refuses a kind that needs a meeting when none is named."""
    kind = request.kind
    if kind not in KINDS:
        raise ValidationError("kind", f"“{kind}” is not a paper: choose one of {', '.join(KINDS)}.")
    if kind in MEETING_KINDS and request.meeting_id is None:
        raise ValidationError("meeting", f"Name the meeting of the {kind} (--meeting ID).")
    builders: dict[str, Callable[[], Paper]] = {
        "agenda": lambda: agenda_paper(session, request.meeting_id or 0, request.language),
        "annotated-agenda": lambda: agenda_paper(
            session, request.meeting_id or 0, request.language, annotated=True
        ),
        "calendar": lambda: calendar_paper(
            session, request.language, start=request.start, end=request.end
        ),
        "workplan": lambda: workplan_paper(session, request.language),
        "invitees": lambda: invitees_paper(session, request.language, list_name=request.list_name),
        "participants": lambda: participants_paper(
            session, request.meeting_id or 0, request.language
        ),
        "summary": lambda: summary_paper(session, request.meeting_id or 0, request.language),
    }
    if kind not in builders:
        raise ValidationError(
            "kind", f"The {kind} paper needs the meeting record, which this workspace lacks."
        )
    return builders[kind]()


def available_kinds() -> tuple[str, ...]:
    """The kinds this workspace's program can make (the record's papers need its services)."""
    return tuple(kind for kind in KINDS if kind in BUILT_KINDS)


def write_paper(paper: Paper, settings: PaperSettings, suffix: str, out: IO[bytes]) -> None:
    if suffix == ".pdf":
        from app.papers.pdf_writer import write_pdf

        write_pdf(paper, settings, out)
    elif suffix == ".docx":
        from app.papers.docx_writer import write_docx

        write_docx(paper, settings, out)
    else:
        raise ValidationError("output", f"Write the paper as .pdf or .docx, not “{suffix}”.")


def save_paper(
    paper: Paper, settings: PaperSettings, path: Path, *, use_original: bool = False
) -> None:
    """Write ``paper`` to ``path`` whole or not at all (a temporary file renamed into place).

    Texts lacking a version in the paper's language refuse the paper unless ``use_original``.
    """
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ValidationError("output", f"Name the file .pdf or .docx, not “{path.name}”.")
    if paper.missing and not use_original:
        raise MissingTranslations(paper.language, paper.missing)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            write_paper(paper, settings, suffix, out)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


@dataclass(frozen=True)
class PaperPdf:
    """A paper made as PDF in memory: what the preview shows and Save as PDF writes."""

    title: str
    language: str
    pdf: bytes
    missing: tuple[MissingText, ...]


def paper_as_pdf(session: Session, request: PaperRequest) -> PaperPdf:
    """The paper as PDF bytes, originals marked where translations are missing."""
    import io

    from app.papers.pdf_writer import write_pdf
    from app.services.paper_settings import paper_settings

    paper = build_paper(session, request)
    out = io.BytesIO()
    write_pdf(paper, paper_settings(session), out)
    return PaperPdf(paper.title, paper.language, out.getvalue(), tuple(paper.missing))


def save_bytes(data: bytes, path: Path) -> None:
    """Write ``data`` to ``path`` whole or not at all."""
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
