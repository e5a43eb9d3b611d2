"""iCalendar export of the large workspace's 2,000 meetings against bare icalendar.

Both sides run in this one process on the same meetings. The baseline gets its
data already in memory and builds only summary, DTSTART/DTEND with TZID, UID and
description per event with ``icalendar.Event.add``, then serialises the calendar;
Chairdesk's export reads the workspace, writes more (SEQUENCE, DTSTAMP, CREATED,
LAST-MODIFIED, LOCATION, CATEGORIES, STATUS, TRANSP, the VTIMEZONEs) and returns
the file's bytes. Target: Chairdesk within 1.15x of the baseline.

    python benchmarks/bench_ics.py [--workspace PATH] [--rounds N]
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import date, datetime
from datetime import time as clock
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.large_workspace import build_large_workspace

TARGET = 1.15
DEFAULT_WORKSPACE = Path(tempfile.gettempdir()) / "chairdesk-bench" / "large.chairdesk"


def baseline_rows(path: Path) -> list[tuple[str, str, datetime, datetime, str]]:
    """(uid, summary, start, end, description) per meeting, read before timing starts."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        agendas: dict[int, list[str]] = {}
        for meeting_id, language, en, es, fr, pt in connection.execute(
            "SELECT meeting_id, original_language, title_en, title_es, title_fr, title_pt "
            "FROM agenda_items ORDER BY meeting_id, position"
        ):
            title = {"en": en, "es": es, "fr": fr, "pt": pt}[language]
            agendas.setdefault(meeting_id, []).append(title)
        rows = []
        for meeting_id, uid, language, en, es, fr, pt, day, start, end, zone in connection.execute(
            "SELECT id, uid, original_language, title_en, title_es, title_fr, title_pt, "
            "date, start_time, end_time, timezone FROM meetings ORDER BY date, start_time, id"
        ):
            tz = ZoneInfo(zone)
            on = date.fromisoformat(day)
            rows.append(
                (
                    uid,
                    {"en": en, "es": es, "fr": fr, "pt": pt}[language],
                    datetime.combine(on, clock.fromisoformat(start), tz),
                    datetime.combine(on, clock.fromisoformat(end), tz),
                    "\n".join(
                        f"{number}. {title}"
                        for number, title in enumerate(agendas.get(meeting_id, ()), start=1)
                    ),
                )
            )
        return rows
    finally:
        connection.close()


def bare_icalendar(rows: list[tuple[str, str, datetime, datetime, str]]) -> bytes:
    from icalendar import Calendar, Event

    calendar = Calendar()
    calendar.add("prodid", "-//Benchmark//EN")
    calendar.add("version", "2.0")
    for uid, summary, start, end, description in rows:
        event = Event()
        event.add("uid", uid)
        event.add("summary", summary)
        event.add("dtstart", start)
        event.add("dtend", end)
        event.add("description", description)
        calendar.add_component(event)
    return calendar.to_ical()


def chairdesk_export(path: Path) -> Callable[[], bytes]:
    from app.exchange.ics_export import export_calendar
    from app.store import open_workspace

    workspace = open_workspace(path, create=False)

    def run() -> bytes:
        with workspace.reading() as session:
            return export_calendar(session).data

    return run


def timed(works: Sequence[Callable[[], bytes]], rounds: int) -> list[tuple[float, int]]:
    """Median seconds of each of ``works`` and the size it made.

    The runs alternate, so that a change in the machine's load touches both sides alike.
    """
    times: list[list[float]] = [[] for _ in works]
    sizes = [0] * len(works)
    for _ in range(rounds):
        for index, work in enumerate(works):
            started = time.perf_counter()
            sizes[index] = len(work())
            times[index].append(time.perf_counter() - started)
    return [(statistics.median(found), size) for found, size in zip(times, sizes, strict=True)]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workspace", type=Path, default=DEFAULT_WORKSPACE)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    args.workspace.parent.mkdir(parents=True, exist_ok=True)
    path = build_large_workspace(args.workspace)
    rows = baseline_rows(path)
    export = chairdesk_export(path)
    # Warm both (imports, zone data, SQLite page cache) before measuring.
    bare_icalendar(rows[:50])
    export()
    (bare_seconds, bare_size), (ours_seconds, ours_size) = timed(
        [lambda: bare_icalendar(rows), export], args.rounds
    )
    ratio = ours_seconds / bare_seconds
    print(f"ics export of {len(rows):,} meetings (median of {args.rounds} alternating runs)")
    print(f"  bare icalendar (5 fields, data in memory): {bare_seconds:.3f} s, {bare_size:,} bytes")
    print(f"  chairdesk export (reads the workspace):    {ours_seconds:.3f} s, {ours_size:,} bytes")
    verdict = "ok" if ratio <= TARGET else "OVER TARGET"
    print(f"  ratio: {ratio:.2f}x (target <= {TARGET}x) {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
