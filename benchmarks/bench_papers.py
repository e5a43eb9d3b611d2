"""The papers: a 20-item agenda to PDF and Word, and a 5,000-person list against the bare libraries.

(a) A 20-item agenda (times, durations, two documents per item) made from the workspace and
    written as PDF and as Word, each. Target: under 1 s each.
(b) The list of 5,000 invitees (the large workspace's generator, by category) as Chairdesk
    writes it (reads the workspace, sorts by the paper's alphabet, country names in the
    paper's language, header block, one table per category) against the bare library writing
    the same rows as one table (python-docx ``add_row``/``cell.text``; reportlab ``LongTable``
    of ``Paragraph`` cells with a repeated header row), rows pre-fetched with sqlite3 before
    its clock starts. Target: within 2x.
    Memory: each side's growth of peak resident memory during the work, at 1,000 and at 5,000
    rows; what ours adds per extra row must stay within 2x of what the bare library adds.

Every measurement runs in its own Python process; each side's best of N runs is reported.

    python benchmarks/bench_papers.py [--rounds N]
"""

from __future__ import annotations

import argparse
import io
import json
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import date
from datetime import time as clock
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

FOLDER = Path(tempfile.gettempdir()) / "chairdesk-bench-papers"
SIZES = (1_000, 5_000)
AGENDA_TARGET_S = 1.0
LIST_TARGET = 2.0
HEADER = ("Estado", "Nombre", "Cargo", "Delegación")


def workspace_path(size: int) -> Path:
    return FOLDER / f"list-{size}.chairdesk"


def build(size: int) -> Path:
    from app.services import agenda, documents, meeting_rows, meetings
    from app.store import open_workspace
    from benchmarks.large_workspace import LIST_NAME, build_large_workspace

    path = workspace_path(size)
    FOLDER.mkdir(parents=True, exist_ok=True)
    build_large_workspace(path, invitees=size, meetings=10, items=50)
    workspace = open_workspace(path)
    with workspace.writing() as session:
        if meeting_rows.list_meetings(session) and any(
            m.title == "Twenty items" for m in meeting_rows.list_meetings(session)
        ):
            workspace.close()
            return path
        meeting = meetings.create_meeting(
            session,
            date=date(2011, 9, 15),
            start_time=clock(9),
            end_time=clock(18),
            timezone="America/New_York",
            title="Twenty items",
        )
        docs = [
            documents.create_document(session, base_symbol=f"BENCH/doc.{n}/11", title=f"Doc {n}")
            for n in range(1, 5)
        ]
        for doc in docs:
            documents.add_revision(session, doc.id, revision=1, circulated_on=date(2011, 9, 1))
        for n in range(1, 21):
            item = agenda.add_item(
                session,
                meeting.id,
                title=f"Consideración del punto número {n} del orden del día",
                duration_minutes=20,
                notes="Nota de la Secretaría sobre el punto.",
            )
            for doc in docs[n % 3 : n % 3 + 2]:
                agenda.link_document(session, item.id, doc.id)
    workspace.close()
    _ = LIST_NAME
    return path


def _peak_kb() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def run_side(side: str, size: int) -> dict[str, Any]:
    """One measurement, in this (fresh) process."""
    from docx import Document  # noqa: F401 - every process imports the same modules
    from reportlab.platypus import LongTable  # noqa: F401

    from app.papers import docx_writer, pdf_writer  # noqa: F401
    from app.papers.agenda import agenda_paper
    from app.papers.invitees import invitees_paper
    from app.papers.make import write_paper
    from app.services.paper_settings import paper_settings
    from app.store import open_workspace
    from benchmarks.large_workspace import LIST_NAME

    path = workspace_path(size)
    fmt = side.rsplit("-", 1)[1]
    rows: list[tuple[str, ...]] = []
    if side.startswith("bare"):
        connection = sqlite3.connect(path)
        rows = [
            tuple(r)
            for r in connection.execute(
                "SELECT c.country, c.name, c.title, c.organization FROM list_entries e "
                "JOIN contacts c ON c.id = e.contact_id ORDER BY c.category, c.country, c.name"
            )
        ]
        connection.close()
    workspace = open_workspace(path)
    before = _peak_kb()
    started, cpu = time.perf_counter(), time.process_time()
    out = io.BytesIO()
    if side.startswith("agenda"):
        with workspace.reading() as session:
            from sqlalchemy import select

            from app.models import Meeting

            meeting_id = session.scalar(
                select(Meeting.id).where(Meeting.title_en == "Twenty items")
            )
            paper = agenda_paper(session, meeting_id, "es", annotated=True)
            write_paper(paper, paper_settings(session), f".{fmt}", out)
    elif side.startswith("ours"):
        with workspace.reading() as session:
            paper = invitees_paper(session, "es", list_name=LIST_NAME)
            write_paper(paper, paper_settings(session), f".{fmt}", out)
    elif fmt == "docx":
        bare_docx(rows, out)
    else:
        bare_pdf(rows, out)
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    workspace.close()
    return {"wall": elapsed, "cpu": cpu, "growth_kb": _peak_kb() - before, "bytes": out.tell()}


def bare_docx(rows: list[tuple[str, ...]], out: io.BytesIO) -> None:
    from docx import Document

    document = Document()
    table = document.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    for cell, text in zip(
        table.rows[0].cells, ("Estado", "Nombre", "Cargo", "Delegación"), strict=True
    ):
        cell.text = text
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    document.save(out)


def bare_pdf(rows: list[tuple[str, ...]], out: io.BytesIO) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate

    style = getSampleStyleSheet()["Normal"]
    data = [[Paragraph(t, style) for t in ("Estado", "Nombre", "Cargo", "Delegación")]]
    data += [[Paragraph(t, style) for t in row] for row in rows]
    document = SimpleDocTemplate(out, pagesize=A4)
    document.build([LongTable(data, repeatRows=1)])


def measure(side: str, size: int, rounds: int) -> dict[str, float]:
    runs = []
    for _ in range(rounds):
        result = subprocess.run(
            [sys.executable, __file__, "--side", side, "--size", str(size)],
            check=True,
            capture_output=True,
            text=True,
        )
        runs.append(json.loads(result.stdout))
    return {
        "wall": min(r["wall"] for r in runs),
        "cpu": min(r["cpu"] for r in runs),
        "growth_kb": min(r["growth_kb"] for r in runs),
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--side")
    parser.add_argument("--size", type=int)
    options = parser.parse_args()
    if options.side:
        print(json.dumps(run_side(options.side, options.size)))
        return 0
    for size in SIZES:
        build(size)
    ok = True
    print("(a) 20-item annotated agenda (Spanish), made from the workspace and written:")
    for fmt in ("pdf", "docx"):
        agenda = measure(f"agenda-{fmt}", SIZES[0], options.rounds)
        passed = agenda["wall"] < AGENDA_TARGET_S
        ok &= passed
        print(
            f"    {fmt:5} {agenda['wall']:.3f} s wall, {agenda['cpu']:.3f} s CPU "
            f"(target < {AGENDA_TARGET_S} s) {'OK' if passed else 'SLOW'}"
        )
    print("(b) list of invitees vs the bare library writing the same table:")
    growth: dict[str, list[tuple[float, float]]] = {}
    for size in SIZES:
        for fmt in ("docx", "pdf"):
            ours = measure(f"ours-{fmt}", size, options.rounds)
            bare = measure(f"bare-{fmt}", size, options.rounds)
            ratio = ours["cpu"] / bare["cpu"]
            growth.setdefault(fmt, []).append((ours["growth_kb"], bare["growth_kb"]))
            passed = ratio <= LIST_TARGET or size != SIZES[-1]
            ok &= passed
            print(
                f"    {size:>5} rows {fmt:5} ours {ours['wall']:.2f} s wall/"
                f"{ours['cpu']:.2f} s CPU, "
                f"bare {bare['wall']:.2f}/{bare['cpu']:.2f} s: {ratio:.2f}x CPU (target <= "
                f"{LIST_TARGET}x); memory growth ours {ours['growth_kb'] / 1024:.1f} MB, "
                f"bare {bare['growth_kb'] / 1024:.1f} MB"
            )
    # What each side's memory grows by per row, from the smallest list to the largest: at
    # 1,000 rows the bare library's growth can be below a page of the peak and read as 0,
    # which makes a ratio at one size meaningless; the slope is what says "grows with the list".
    for fmt, points in growth.items():
        (ours_small, bare_small), (ours_large, bare_large) = points[0], points[-1]
        rows = SIZES[-1] - SIZES[0]
        ours_slope = max(ours_large - ours_small, 0) / rows
        bare_slope = max(bare_large - bare_small, 1) / rows
        slope = ours_slope / bare_slope
        steady = slope <= 2.0
        ok &= steady
        print(
            f"    {fmt}: memory per extra row ours {ours_slope:.2f} KB, bare {bare_slope:.2f} KB "
            f"({SIZES[0]}->{SIZES[-1]} rows): {slope:.2f}x "
            f"{'(within 2x of the bare library)' if steady else 'GROWS FASTER'}"
        )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
