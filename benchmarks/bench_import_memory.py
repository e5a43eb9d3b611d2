"""Peak memory of importing a 1,048,576-row invitee workbook, beside python-calamine.

Chairdesk reads the sheet as a stream, checks each row as it comes and writes new
invitees in batches inside the one transaction, so its peak memory should not grow
with the sheet (target: under ~300 MB at any size; the import used to take 2.6 GB).
The bare library, python-calamine, only reads the same file (``iter_rows`` over the
loaded sheet, nothing kept): it builds the whole grid before the first row.

Each side runs in its own fresh process (peak resident set size from
``getrusage``); the workbook is built once, with openpyxl write-only, and reused.

    python benchmarks/bench_import_memory.py [--rows N] [--workbook PATH]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

MEMORY_TARGET_MB = 300
DEFAULT_ROWS = 1_048_576
FOLDER = Path(tempfile.gettempdir()) / "chairdesk-bench"


def build_workbook(path: Path, rows: int) -> None:
    import openpyxl

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Invitees")
    sheet.append(
        ["Name", "Title", "Delegation/Organisation", "Country", "Category", "E-mail", "Phone",
         "Status", "Role"]
    )  # fmt: skip
    for i in range(rows - 1):
        sheet.append(
            [f"Person {i} Pérez", "Alternate Representative", f"Delegation {i % 35}",
             f"Country {i % 35}", "Member state", f"p{i}@example.org", f"+1 202 555 {i:07d}",
             "Invited", "Delegate"]
        )  # fmt: skip
    book.save(path)


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def worker(side: str, workbook: Path) -> None:
    started = time.perf_counter()
    cpu = time.process_time()
    if side == "calamine":
        from python_calamine import CalamineWorkbook

        book = CalamineWorkbook.from_path(str(workbook))
        count = sum(1 for _ in book.get_sheet_by_index(0).iter_rows()) - 1
    else:
        from app.exchange.xlsx_import import import_workbook
        from app.store import open_workspace

        target = FOLDER / "import-memory.chairdesk"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        workspace = open_workspace(target)
        plan = import_workbook(workspace, workbook, "Imported")
        workspace.close()
        count = plan.count("create")
    print(
        json.dumps(
            {
                "side": side,
                "rows": count,
                "seconds": time.perf_counter() - started,
                "cpu": time.process_time() - cpu,
                "peak_mb": _peak_mb(),
            }
        )
    )


def measure(side: str, workbook: Path) -> dict:
    done = subprocess.run(
        [sys.executable, __file__, "--worker", side, "--workbook", str(workbook)],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=DEFAULT_ROWS)
    parser.add_argument("--workbook", type=Path)
    parser.add_argument("--worker", choices=("calamine", "chairdesk"))
    options = parser.parse_args()
    FOLDER.mkdir(parents=True, exist_ok=True)
    workbook = options.workbook or FOLDER / f"invitees-{options.rows}.xlsx"
    if options.worker:
        worker(options.worker, workbook)
        return
    if not workbook.exists():
        print(f"Building {workbook} ({options.rows:,} rows)…", flush=True)
        build_workbook(workbook, options.rows)
    bare = measure("calamine", workbook)
    ours = measure("chairdesk", workbook)
    print(f"Workbook: {workbook} ({workbook.stat().st_size / 1e6:.0f} MB, {ours['rows']:,} rows)")
    print(f"{'':28}{'peak MB':>10}{'wall s':>10}{'cpu s':>10}")
    for label, result in (("python-calamine (read only)", bare), ("Chairdesk import", ours)):
        print(
            f"{label:28}{result['peak_mb']:>10.0f}{result['seconds']:>10.1f}{result['cpu']:>10.1f}"
        )
    print(
        f"Ratios Chairdesk / calamine: memory {ours['peak_mb'] / bare['peak_mb']:.2f}x, "
        f"CPU time {ours['cpu'] / bare['cpu']:.2f}x"
    )
    verdict = "within" if ours["peak_mb"] <= MEMORY_TARGET_MB else "OVER"
    print(f"Peak memory {ours['peak_mb']:.0f} MB: {verdict} the {MEMORY_TARGET_MB} MB target.")


if __name__ == "__main__":
    main()
