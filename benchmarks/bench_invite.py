"""Invitations for one meeting to 1,000 invitees via loopback SMTP, against bare smtplib.

Both sides send to the same aiosmtpd server on 127.0.0.1, over one connection,
in this one process. The baseline sends the very messages Chairdesk sent (their
bytes captured from the server in a first, untimed run) with ``smtplib.sendmail``;
Chairdesk reads the meeting and its invitees, builds each message (iTIP calendar,
text and HTML in the invitee's language), sends it, and records it in the
workspace (one transaction per message, so that a stopped run resumes without
sending twice) and marks the entries invited.

    python benchmarks/bench_invite.py [--invitees N] [--rounds N]
"""

from __future__ import annotations

import argparse
import shutil
import smtplib
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from aiosmtpd.controller import Controller

from app.exchange.invitation_send import send_invitations
from app.exchange.mail_transport import SmtpSettings, SmtpTransport
from app.services import contacts, invitations, invitees, meetings
from app.services import working_group as group_service
from app.store import backup_file, open_workspace
from tests.exchange.loopback import free_port

LANGUAGES = ("en", "es", "fr", "pt")


class Counter:
    def __init__(self) -> None:
        self.messages: list[tuple[str, list[str], bytes]] = []
        self.keep = True

    async def handle_DATA(self, server: object, session: object, envelope: object) -> str:
        if self.keep:
            self.messages.append(
                (envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content)  # type: ignore[attr-defined]
            )
        return "250 OK"


def build(path: Path, count: int) -> int:
    from datetime import date
    from datetime import time as clock

    workspace = open_workspace(path)
    with workspace.writing() as session:
        group_service.save_working_group(
            session,
            {
                "name": "Working Group to Prepare MISPA III",
                "short_name": "MISPA III Working Group",
                "organizer_name": "MISPA III Secretariat",
                "organizer_email": "secretariat@oas.example",
            },
        )
        meeting = meetings.create_meeting(
            session,
            title="Fourth meeting of the Working Group",
            date=date(2011, 10, 13),
            start_time=clock(10, 0),
            end_time=clock(13, 0),
            timezone="America/New_York",
            room="Padilha Vidal Room",
            venue="OAS General Secretariat Building",
        )
        invitee_list = invitees.create_list(session, "MISPA III - list of invitees")
        for number in range(count):
            person = contacts.add_contact(
                session,
                name=f"Delegate {number:04d}",
                organization=f"Permanent Mission {number % 35}",
                email=f"delegate{number:04d}@mission{number % 35}.example",
                category="member_state",
                preferred_language=LANGUAGES[number % 4],
            )
            invitees.add_entry(session, invitee_list.id, person.id, role="Head of delegation")
        invitations.set_invited_lists(session, meeting.id, [invitee_list.id])
        meeting_id = meeting.id
    workspace.close()
    return meeting_id


def chairdesk_run(template: Path, folder: Path, meeting_id: int, port: int) -> float:
    path = folder / f"run-{time.monotonic_ns()}.chairdesk"
    backup_file(template, path)
    workspace = open_workspace(path)
    transport = SmtpTransport(SmtpSettings("127.0.0.1", port, "none"))
    try:
        start = time.perf_counter()
        report = send_invitations(workspace, meeting_id, transport)
        elapsed = time.perf_counter() - start
    finally:
        workspace.close()
    assert report.sent == report.planned and not report.stopped, report.lines()
    return elapsed


def bare_run(messages: list[tuple[str, list[str], bytes]], port: int) -> float:
    start = time.perf_counter()
    smtp = smtplib.SMTP("127.0.0.1", port)
    for sender, recipients, data in messages:
        smtp.sendmail(sender, recipients, data)
    smtp.quit()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--invitees", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3)
    options = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="chairdesk-bench-invite-"))
    try:
        template = folder / "template.chairdesk"
        meeting_id = build(template, options.invitees)
        counter = Counter()
        port = free_port()
        controller = Controller(counter, hostname="127.0.0.1", port=port)
        controller.start()
        try:
            chairdesk_run(template, folder, meeting_id, port)  # warm-up, captures the messages
            messages = list(counter.messages)
            counter.keep = False
            assert len(messages) == options.invitees
            ours, bare = [], []
            for _round in range(options.rounds):
                bare.append(bare_run(messages, port))
                ours.append(chairdesk_run(template, folder, meeting_id, port))
        finally:
            controller.stop()
    finally:
        shutil.rmtree(folder, ignore_errors=True)

    size = sum(len(data) for _s, _r, data in messages) / len(messages)
    best_ours, best_bare = min(ours), min(bare)
    print(f"invitations to {options.invitees} invitees, one meeting, loopback SMTP (aiosmtpd)")
    print(f"  average message size          {size / 1024:6.1f} KiB")
    print(
        f"  bare smtplib (same messages)  best {best_bare:6.2f} s  "
        f"median {statistics.median(bare):6.2f} s"
    )
    print(
        f"  chairdesk send_invitations    best {best_ours:6.2f} s  "
        f"median {statistics.median(ours):6.2f} s"
    )
    print(f"  ratio chairdesk / bare        {best_ours / best_bare:6.2f}x")
    per = (best_ours - best_bare) / options.invitees * 1000
    print(f"  chairdesk's own work          {per:6.2f} ms per invitee (build + record)")


if __name__ == "__main__":
    main()
