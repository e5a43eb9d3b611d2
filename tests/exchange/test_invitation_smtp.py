"""Invitations through a real SMTP server on loopback (aiosmtpd), read back by vobject."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import vobject
from sqlalchemy import select

from app.exchange.invitation_send import send_invitations
from app.exchange.mail_transport import DeliveryError, SmtpSettings, SmtpTransport
from app.models import Contact, InvitationStatus, ListEntry, Meeting
from app.store import Workspace
from tests.exchange.invitation_support import ORGANIZER, calendar_part, cancel, move, prepare
from tests.exchange.loopback import PASSWORD, USER, SmtpServer


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    with SmtpServer() as server:
        yield server


def transport(server: SmtpServer, password: str = PASSWORD) -> SmtpTransport:
    return SmtpTransport(
        SmtpSettings("127.0.0.1", server.port, security="none", user=USER, password=password)
    )


def vevent_of(raw: bytes):
    part, data = calendar_part(raw)
    calendar = vobject.readOne(data.decode("utf-8"))
    return part, calendar, calendar.vevent


def statuses(workspace: Workspace) -> dict[str, InvitationStatus]:
    with workspace.reading() as session:
        rows = session.execute(
            select(Contact.email, ListEntry.status)
            .join(ListEntry.contact)
            .where(Contact.email != "")
        )
        return {email.lower(): status for email, status in rows}


def test_each_invitee_gets_one_request_an_outlook_reads(demo_workspace, smtp) -> None:
    meeting_id = prepare(demo_workspace, addresses=5)

    report = send_invitations(demo_workspace, meeting_id, transport(smtp))

    assert (report.sent, report.planned, report.method) == (5, 5, "REQUEST")
    assert len(report.without_email) == 30
    assert len(smtp.inbox.messages) == 5
    mail_from, rcpt, raw = smtp.inbox.messages[0]
    assert mail_from == ORGANIZER
    part, calendar, event = vevent_of(raw)
    assert part.get_param("method") == "REQUEST"
    assert calendar.method.value == "REQUEST"
    assert event.organizer.value == f"mailto:{ORGANIZER}"
    attendees = event.contents["attendee"]
    assert [a.value for a in attendees] == [f"mailto:{rcpt[0]}"]
    params = attendees[0].params
    assert params["PARTSTAT"] == ["NEEDS-ACTION"]
    assert params["RSVP"] == ["TRUE"]
    assert params["ROLE"] == ["REQ-PARTICIPANT"]
    assert params["CN"][0].startswith("Delegation of")
    with demo_workspace.reading() as session:
        meeting = session.get(Meeting, meeting_id)
        assert event.uid.value == meeting.uid
    assert event.sequence.value == "0"
    assert set(statuses(demo_workspace).values()) == {InvitationStatus.INVITED}


def test_message_is_text_html_and_calendar_in_the_invitees_language(demo_workspace, smtp) -> None:
    import email
    from email.policy import default

    meeting_id = prepare(demo_workspace, addresses=2)  # Antigua (en), Argentina (es)
    send_invitations(demo_workspace, meeting_id, transport(smtp))

    by_rcpt = {
        rcpt[0]: email.message_from_bytes(raw, policy=default)
        for _f, rcpt, raw in smtp.inbox.messages
    }
    spanish = by_rcpt["delegate2@mission2.example"]
    assert spanish.get_content_type() == "multipart/alternative"
    kinds = [part.get_content_type() for part in spanish.get_payload()]
    assert kinds == ["text/plain", "text/html", "text/calendar"]
    assert spanish["Subject"].strip().startswith("Invitación")
    assert "Estimado/a" in spanish.get_payload()[0].get_content()
    assert by_rcpt["delegate1@mission1.example"]["Subject"].strip().startswith("Invitation:")


def test_request_moved_then_cancel_rise_in_sequence_for_an_independent_parser(
    demo_workspace, smtp
) -> None:
    meeting_id = prepare(demo_workspace, addresses=3)
    send_invitations(demo_workspace, meeting_id, transport(smtp))
    move(demo_workspace, meeting_id)
    moved = send_invitations(demo_workspace, meeting_id, transport(smtp))
    cancel(demo_workspace, meeting_id)
    cancelled = send_invitations(demo_workspace, meeting_id, transport(smtp))

    assert (moved.sent, cancelled.sent, cancelled.method) == (3, 3, "CANCEL")
    to_first = [
        raw for _f, rcpt, raw in smtp.inbox.messages if rcpt == [smtp.inbox.messages[0][1][0]]
    ]
    seen = [vevent_of(raw) for raw in to_first]
    methods = [calendar.method.value for _p, calendar, _e in seen]
    sequences = [int(event.sequence.value) for _p, _c, event in seen]
    assert methods == ["REQUEST", "REQUEST", "CANCEL"]
    assert sequences == sorted(set(sequences)) and len(sequences) == 3
    assert seen[1][2].dtstart.value.hour == 11
    assert seen[2][2].status.value == "CANCELLED"
    assert len({event.uid.value for _p, _c, event in seen}) == 1


def test_sending_again_with_nothing_changed_sends_nothing(demo_workspace, smtp) -> None:
    meeting_id = prepare(demo_workspace, addresses=4)
    send_invitations(demo_workspace, meeting_id, transport(smtp))
    again = send_invitations(demo_workspace, meeting_id, transport(smtp))
    assert (again.sent, again.planned, again.already_sent) == (0, 0, 4)
    assert len(smtp.inbox.messages) == 4


def test_a_refused_login_sends_nothing_and_says_so(demo_workspace, smtp) -> None:
    meeting_id = prepare(demo_workspace, addresses=3)
    with pytest.raises(DeliveryError, match="refused the login"):
        send_invitations(demo_workspace, meeting_id, transport(smtp, password="wrong"))
    assert smtp.inbox.messages == []
    assert set(statuses(demo_workspace).values()) == {InvitationStatus.TO_INVITE}


def test_a_connection_dropped_halfway_keeps_what_was_sent_and_resumes(demo_workspace, smtp) -> None:
    meeting_id = prepare(demo_workspace, addresses=5)
    smtp.inbox.drop_at = 3

    first = send_invitations(demo_workspace, meeting_id, transport(smtp))
    assert first.sent == 2
    assert "dropped" in first.stopped and "send again" in first.stopped
    assert sum(s == InvitationStatus.INVITED for s in statuses(demo_workspace).values()) == 2

    second = send_invitations(demo_workspace, meeting_id, transport(smtp))
    assert (second.sent, second.already_sent) == (3, 2)
    received = [rcpt[0] for _f, rcpt, _raw in smtp.inbox.messages]
    assert len(received) == len(set(received)) == 5
    assert set(statuses(demo_workspace).values()) == {InvitationStatus.INVITED}


def test_stopping_by_the_user_resumes_without_duplicates(demo_workspace, smtp) -> None:
    meeting_id = prepare(demo_workspace, addresses=5)
    calls = iter([False, False, True])
    first = send_invitations(
        demo_workspace, meeting_id, transport(smtp), should_stop=lambda: next(calls, True)
    )
    assert first.sent == 2 and "Stopped" in first.stopped
    second = send_invitations(demo_workspace, meeting_id, transport(smtp))
    assert second.sent == 3
    received = [rcpt[0] for _f, rcpt, _raw in smtp.inbox.messages]
    assert len(received) == len(set(received)) == 5


def test_one_message_per_delegation(demo_workspace, smtp) -> None:
    from app.services import contacts, invitees

    meeting_id = prepare(demo_workspace, addresses=2)
    with demo_workspace.writing() as session:
        first = session.scalar(select(Contact).where(Contact.email == "Delegate1@Mission1.example"))
        entry = session.scalar(select(ListEntry).where(ListEntry.contact_id == first.id))
        alternate = contacts.add_contact(
            session,
            name="Alternate of Antigua",
            organization=first.organization,
            email="alternate@mission1.example",
        )
        invitees.add_entry(session, entry.list_id, alternate.id, role="Alternate")

    report = send_invitations(demo_workspace, meeting_id, transport(smtp), per_delegation=True)

    assert report.sent == 2
    rcpts = sorted(sorted(rcpt) for _f, rcpt, _raw in smtp.inbox.messages)
    assert ["alternate@mission1.example", "delegate1@mission1.example"] in rcpts
    _p, _c, event = vevent_of(next(raw for _f, rcpt, raw in smtp.inbox.messages if len(rcpt) == 2))
    assert len(event.contents["attendee"]) == 2


def test_an_address_the_server_refuses_is_reported_and_the_others_go(demo_workspace, smtp) -> None:
    meeting_id = prepare(demo_workspace, addresses=4)
    smtp.inbox.refuse = {"delegate2@mission2.example"}

    report = send_invitations(demo_workspace, meeting_id, transport(smtp))

    assert (report.sent, len(report.refused), report.stopped) == (3, 1, "")
    assert "delegate2@mission2.example" in report.refused[0] and "550" in report.refused[0]
    assert statuses(demo_workspace)["delegate2@mission2.example"] == InvitationStatus.TO_INVITE
    smtp.inbox.refuse = set()
    again = send_invitations(demo_workspace, meeting_id, transport(smtp))
    assert (again.sent, again.already_sent) == (1, 3)


def test_starttls_to_a_server_with_its_own_certificate(demo_workspace, tmp_path) -> None:
    import ssl
    import subprocess

    from aiosmtpd.controller import Controller

    from tests.exchange.loopback import Inbox, _check_login, free_port

    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-keyout", str(key), "-out", str(cert), "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1"],
        check=True, capture_output=True,
    )  # fmt: skip
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_context.load_cert_chain(cert, key)
    inbox, port = Inbox(), free_port()
    controller = Controller(
        inbox,
        hostname="127.0.0.1",
        port=port,
        tls_context=server_context,
        require_starttls=True,
        authenticator=_check_login,
    )
    controller.start()
    try:
        meeting_id = prepare(demo_workspace, addresses=2)
        settings = SmtpSettings("127.0.0.1", port, "starttls", USER, PASSWORD)
        untrusting = SmtpTransport(settings)
        with pytest.raises(DeliveryError, match="Could not connect"):
            send_invitations(demo_workspace, meeting_id, untrusting)
        trusting = SmtpTransport(settings, context=ssl.create_default_context(cafile=str(cert)))
        report = send_invitations(demo_workspace, meeting_id, trusting)
    finally:
        controller.stop()
    assert report.sent == 2 and len(inbox.messages) == 2
