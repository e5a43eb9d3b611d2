"""A second program editing a workspace, run by tests/store/test_concurrent_processes.py.

``python -m tests.store.concurrent_editor once URL MEETING_ID ROOM GO_FILE``
    reads the meeting's version (the edit dialog opens), waits until GO_FILE exists,
    saves ROOM against that version; prints "saved" or "conflict: MESSAGE".
``python -m tests.store.concurrent_editor append URL MEETING_IDS TAG COUNT``
    COUNT times, going round the meetings (ids separated by commas) from the TAG's own
    starting point: read a meeting's notes and version, append " TAG-n", save against
    that version, and on a conflict read again and retry (a person keeping theirs).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from app.models import Meeting
from app.services.errors import ConflictError
from app.services.meetings import update_meeting
from app.store import open_workspace


def once(url: str, meeting_id: int, room: str, go_file: Path) -> None:
    workspace = open_workspace(url, create=False)
    with workspace.reading() as session:
        opened_at = session.get(Meeting, meeting_id).version
    print("ready", flush=True)
    while not go_file.exists():
        time.sleep(0.01)
    try:
        with workspace.writing() as session:
            update_meeting(session, meeting_id, {"room": room}, expected_version=opened_at)
        print("saved", flush=True)
    except ConflictError as conflict:
        print(f"conflict: {conflict}", flush=True)
    workspace.close()


def append(url: str, meeting_ids: list[int], tag: str, count: int) -> None:
    workspace = open_workspace(url, create=False)
    retries = 0
    start = int(tag.lstrip("p") or 0)
    for n in range(count):
        meeting_id = meeting_ids[(start + n) % len(meeting_ids)]
        while True:
            with workspace.reading() as session:
                meeting = session.get(Meeting, meeting_id)
                notes, version = meeting.notes, meeting.version
            try:
                with workspace.writing() as session:
                    update_meeting(
                        session,
                        meeting_id,
                        {"notes": f"{notes} {tag}-{n}".strip()},
                        expected_version=version,
                    )
                break
            except ConflictError:
                retries += 1
    print(f"done {retries} retries", flush=True)
    workspace.close()


if __name__ == "__main__":
    mode, url, meeting, *rest = sys.argv[1:]
    if mode == "once":
        once(url, int(meeting), rest[0], Path(rest[1]))
    else:
        append(url, [int(m) for m in meeting.split(",")], rest[0], int(rest[1]))
