"""Team mode beside SQLite, in the same run: the same work on a file and on a server.

    python benchmarks/bench_team.py [--workspace PATH] [--changes N]

Builds (or reuses) the large workspace (100,000 invitees), copies it with
``chairdesk copy`` to a PostgreSQL server started for the run on loopback TCP
(127.0.0.1, fsync on), then for each engine measures:

(a) choosing the 100,000-invitee list on the Invitees page: first rows painted
(b) a keystroke in its search box (median and worst over typing a word)
(c) a bulk status change of 5,000 entries (the service, versions checked, one commit)
(d) commit-to-seen latency: another process commits N changes; this one, polling its
    change notices as the window does, sees each (median and p95). The window's reload
    of the changed page comes on top (it is (a)'s figure for the invitee list).
Each line prints the server's figure, SQLite's, and the ratio server/SQLite.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.bench_invitees import PaintWatch, quiet_offscreen, until_painted, wait_loaded  # noqa: E402
from benchmarks.large_workspace import LIST_NAME, build_large_workspace  # noqa: E402

WRITER = """
import sys, time
from datetime import date, time as clock
from app.services.meetings import create_meeting, update_meeting
from app.store import open_workspace
ws = open_workspace(sys.argv[1], create=False)
with ws.writing(("meetings",)) as s:
    mid = create_meeting(s, date=date(2030, 1, 3), start_time=clock(10), end_time=clock(11),
                         timezone="America/New_York").id
print("ready", flush=True)
sys.stdin.readline()
for n in range(int(sys.argv[2])):
    with ws.writing(("meetings",)) as s:
        update_meeting(s, mid, {"notes": str(n)})
    print(repr(time.time()), flush=True)  # committed at
    time.sleep(0.05)
ws.close()
"""


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def line(label: str, server: float, file: float) -> str:
    ratio = server / file if file else float("nan")
    return f"  {label:<46} server {server:9.1f} ms   SQLite {file:9.1f} ms   ratio {ratio:5.2f}"


def page_figures(app, location: str) -> tuple[float, float, float]:
    """(a) and (b) on the real Invitees page: first rows painted, keystroke median/worst."""
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest

    from app.store import open_workspace
    from app.ui.common.context import AppContext
    from app.ui.invitees.invitees_page import InviteesPage

    settings = QSettings(str(Path(tempfile.mkdtemp()) / "b.ini"), QSettings.Format.IniFormat)
    context = AppContext(settings)
    context.set_workspace(open_workspace(location, create=False))
    page = InviteesPage(context)
    page.resize(1200, 760)
    page.show()
    wait_loaded(app, page)
    item = next(
        page.lists.topLevelItem(i)
        for i in range(page.lists.topLevelItemCount())
        if page.lists.topLevelItem(i).text(0) == LIST_NAME
    )
    watch = PaintWatch(page.view.viewport())
    firsts = []
    for _ in range(3):
        page.lists.setCurrentItem(None)
        app.processEvents()
        rect = page.lists.visualItemRect(item)
        firsts.append(
            until_painted(
                app,
                watch,
                lambda rect=rect: QTest.mouseClick(
                    page.lists.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
                ),
            )
        )
        wait_loaded(app, page)
    keys = []
    page.search_edit.setFocus()
    for letter in "trinidad":
        keys.append(until_painted(app, watch, lambda c=letter: QTest.keyClick(page.search_edit, c)))
    page.close()
    context.set_workspace(None)
    return statistics.median(firsts), statistics.median(keys), max(keys)


def bulk_status(location: str) -> float:
    """(c): 5,000 entries to "invited", versions read first, in one transaction."""
    from sqlalchemy import select

    from app.models import InviteeList, ListEntry
    from app.services import invitees
    from app.store import open_workspace

    workspace = open_workspace(location, create=False)
    try:
        with workspace.reading() as session:
            list_id = session.scalar(select(InviteeList.id).where(InviteeList.name == LIST_NAME))
            ids = list(
                session.scalars(
                    select(ListEntry.id).where(ListEntry.list_id == list_id).limit(5000)
                )
            )
            versions = invitees.entry_versions(session, ids)
        started = time.perf_counter()
        with workspace.writing(("invitees",)) as session:
            invitees.set_status(session, ids, "invited", expected_versions=versions)
        return (time.perf_counter() - started) * 1000
    finally:
        workspace.close()


def latency(location: str, changes: int) -> tuple[float, float]:
    """(d): another process commits; this one polls its notices as the window does."""
    from app.store import open_workspace
    from app.store.notices import listen

    workspace = open_workspace(location, create=False)
    notices = listen(workspace)
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, location, str(changes)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert writer.stdout is not None and writer.stdin is not None
    writer.stdout.readline()
    notices.poll()
    writer.stdin.write("go\n")
    writer.stdin.flush()
    seen: list[float] = []
    while len(seen) < changes:
        if notices.poll():
            seen.append(time.time())
        else:
            time.sleep(0.001)
    committed = [float(writer.stdout.readline()) for _ in range(changes)]
    writer.wait()
    notices.close()
    workspace.close()
    delays = [(s - c) * 1000 for s, c in zip(seen, committed, strict=True)]
    return statistics.median(delays), percentile(delays, 0.95)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--workspace",
        type=Path,
        default=Path(tempfile.gettempdir()) / "chairdesk-bench-team.chairdesk",
    )
    parser.add_argument("--changes", type=int, default=100)
    parser.add_argument("--port", type=int, default=55432)
    args = parser.parse_args(argv)
    build_large_workspace(args.workspace)

    from tests.pg_server import start_server

    server = start_server(args.port, durable=True)
    try:
        from app.store import open_workspace
        from app.store.copy import copy_workspace

        database = server.new_database()
        url = server.url(database)
        source = open_workspace(args.workspace, create=False)
        started = time.perf_counter()
        copy_workspace(source, url)
        source.close()
        print(f"chairdesk copy to the server: {time.perf_counter() - started:.1f} s")
        # The bulk change works on a copy of the file, so the reused workspace stays as built.
        scratch = Path(tempfile.mkdtemp()) / "scratch.chairdesk"
        from app.store import backup_file

        backup_file(args.workspace, scratch)

        from PySide6.QtCore import qInstallMessageHandler
        from PySide6.QtWidgets import QApplication

        qInstallMessageHandler(quiet_offscreen)
        app = QApplication.instance() or QApplication(sys.argv[:1])
        server_page = page_figures(app, url)
        file_page = page_figures(app, str(scratch))
        print("\n(a) choose the 100,000-invitee list, first rows painted (median of 3)")
        print(line("first rows painted", server_page[0], file_page[0]))
        print("(b) keystrokes typing 'trinidad' into the search box")
        print(line("median keystroke", server_page[1], file_page[1]))
        print(line("slowest keystroke", server_page[2], file_page[2]))
        print("(c) bulk status change of 5,000 entries (versions checked, one commit)")
        print(line("5,000 statuses", bulk_status(url), bulk_status(str(scratch))))
        print(f"(d) commit in another process to change seen here, {args.changes} changes")
        server_latency = latency(url, args.changes)
        file_latency = latency(str(scratch), args.changes)
        print(line("median", server_latency[0], file_latency[0]))
        print(line("95th percentile", server_latency[1], file_latency[1]))
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
