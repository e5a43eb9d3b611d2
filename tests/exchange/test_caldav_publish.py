"""Publishing to a real Radicale on loopback, read back over plain HTTP with vobject."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
import vobject
from sqlalchemy import select

from app.exchange import caldav_publish
from app.exchange.caldav_publish import CalDavSettings, PublishError, publish_calendar
from app.exchange.invitation_send import send_invitations
from app.exchange.mail_transport import SmtpSettings, SmtpTransport
from app.models import Meeting
from app.services import meetings
from tests.exchange.invitation_support import cancel, move, parsed, prepare
from tests.exchange.loopback import PASSWORD, USER, RadicaleServer, SmtpServer, free_port


@pytest.fixture(scope="module")
def radicale(tmp_path_factory) -> Iterator[RadicaleServer]:
    with RadicaleServer(tmp_path_factory.mktemp("radicale")) as server:
        yield server


@pytest.fixture
def calendar_url(radicale, request) -> str:
    # Each engine's run of a test gets its own calendar ("...[postgresql]" -> "po-...").
    name = request.node.name
    engine = name.rsplit("[", 1)[1][:2] if "[" in name else "xx"
    return radicale.make_calendar(f"{engine}-" + name.replace("_", "-")[:37])


def settings(url: str, password: str = PASSWORD) -> CalDavSettings:
    return CalDavSettings(url, USER, password)


def events_on_server(url: str) -> dict[str, object]:
    """Every resource of the collection by href, parsed by vobject (a second client)."""
    body = (
        '<?xml version="1.0"?><d:propfind xmlns:d="DAV:"><d:prop><d:getetag/></d:prop></d:propfind>'
    )
    listing = requests.request(
        "PROPFIND", url, data=body, headers={"Depth": "1"}, auth=(USER, PASSWORD), timeout=10
    )
    assert listing.status_code == 207
    import re

    hrefs = [h for h in re.findall(r"<[^>]*href>([^<]+)</", listing.text) if h.endswith(".ics")]
    base = url.split("/", 3)[:3]
    found = {}
    for href in hrefs:
        response = requests.get("/".join(base) + href, auth=(USER, PASSWORD), timeout=10)
        assert response.status_code == 200
        found[href] = vobject.readOne(response.text).vevent
    return found


def test_each_meeting_is_one_resource_named_by_its_uid(demo_workspace, calendar_url) -> None:
    report = publish_calendar(demo_workspace, settings(calendar_url))
    assert len(report.created) == 6

    on_server = events_on_server(calendar_url)
    with demo_workspace.reading() as session:
        uids = set(session.scalars(select(Meeting.uid)))
    assert {event.uid.value for event in on_server.values()} == uids
    for href, event in on_server.items():
        assert href.endswith(f"{event.uid.value.replace('@', '%40')}.ics")
        assert "organizer" not in event.contents and "attendee" not in event.contents


def test_publishing_again_with_nothing_changed_sends_nothing(
    demo_workspace, calendar_url, monkeypatch
) -> None:
    publish_calendar(demo_workspace, settings(calendar_url))

    def no_connection(_settings):
        raise AssertionError("publishing unchanged meetings must not contact the server")

    monkeypatch.setattr(caldav_publish, "_client", no_connection)
    again = publish_calendar(demo_workspace, settings(calendar_url))
    assert (again.sent, again.unchanged) == (0, 6)


def test_a_change_updates_in_place_a_cancel_marks_and_a_delete_removes(
    demo_workspace, calendar_url
) -> None:
    publish_calendar(demo_workspace, settings(calendar_url))
    with demo_workspace.reading() as session:
        first, second = session.scalars(select(Meeting.id).order_by(Meeting.date).limit(2))
    move(demo_workspace, first)
    cancel(demo_workspace, second)

    report = publish_calendar(demo_workspace, settings(calendar_url))
    assert len(report.updated) == 2 and report.unchanged == 4
    on_server = events_on_server(calendar_url)
    assert len(on_server) == 6
    by_uid = {event.uid.value: event for event in on_server.values()}
    with demo_workspace.reading() as session:
        moved = session.get(Meeting, first)
        cancelled = session.get(Meeting, second)
        assert by_uid[moved.uid].dtstart.value.hour == 11
        assert by_uid[cancelled.uid].status.value == "CANCELLED"
    with demo_workspace.writing() as session:
        meetings.delete_meeting(session, first)
    removed = publish_calendar(demo_workspace, settings(calendar_url))
    assert len(removed.removed) == 1
    assert len(events_on_server(calendar_url)) == 5


def test_request_moved_cancel_replayed_leaves_one_cancelled_event(
    demo_workspace, calendar_url
) -> None:
    meeting_id = prepare(demo_workspace, addresses=2)
    with SmtpServer() as smtp:
        transport = lambda: SmtpTransport(  # noqa: E731
            SmtpSettings("127.0.0.1", smtp.port, "none", USER, PASSWORD)
        )
        for step in (None, move, cancel):
            if step is not None:
                step(demo_workspace, meeting_id)
            send_invitations(demo_workspace, meeting_id, transport())
            publish_calendar(demo_workspace, settings(calendar_url))
        to_one = [
            raw for _f, rcpt, raw in smtp.inbox.messages if rcpt == ["delegate1@mission1.example"]
        ]
    sent = [parsed(raw) for raw in to_one]
    assert [str(calendar["METHOD"]) for calendar in sent] == ["REQUEST", "REQUEST", "CANCEL"]
    sequences = [int(next(iter(calendar.walk("VEVENT")))["SEQUENCE"]) for calendar in sent]
    assert sequences[0] < sequences[1] < sequences[2]

    with demo_workspace.reading() as session:
        uid = session.get(Meeting, meeting_id).uid
    mine = [event for event in events_on_server(calendar_url).values() if event.uid.value == uid]
    assert len(mine) == 1
    assert mine[0].status.value == "CANCELLED"
    assert int(mine[0].sequence.value) == sequences[2]


def test_wrong_password_is_a_clear_refusal_and_nothing_is_recorded(
    demo_workspace, calendar_url
) -> None:
    with pytest.raises(PublishError, match="401"):
        publish_calendar(demo_workspace, settings(calendar_url, password="wrong"))
    report = publish_calendar(demo_workspace, settings(calendar_url))
    assert len(report.created) == 6


def test_another_users_calendar_is_forbidden(demo_workspace, radicale, request) -> None:
    url = radicale.make_calendar(f"theirs-{request.node.name.rsplit('[', 1)[-1][:2]}", user="other")
    with pytest.raises(PublishError, match="403"):
        publish_calendar(demo_workspace, settings(url))


class _Failing(http.server.BaseHTTPRequestHandler):
    calls = 0

    def do_PUT(self) -> None:
        type(self).calls += 1
        length = int(self.headers.get("Content-Length", 0))
        self.rfile.read(length)
        if type(self).calls == 3:
            self.send_response(500, "Internal Server Error")
        else:
            self.send_response(201, "Created")
            self.send_header("ETag", f'"{type(self).calls}"')
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args) -> None:
        return None


def test_a_server_error_halfway_keeps_what_was_published(demo_workspace) -> None:
    _Failing.calls = 0  # the test runs once per engine
    server = http.server.ThreadingHTTPServer(("127.0.0.1", free_port()), _Failing)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{server.server_address[1]}/cal/"
    try:
        with pytest.raises(PublishError, match="500") as caught:
            publish_calendar(demo_workspace, CalDavSettings(url))
        assert "2 of 6" in str(caught.value)
        again = publish_calendar(demo_workspace, CalDavSettings(url))
        assert (len(again.created), again.unchanged) == (4, 2)
    finally:
        server.shutdown()
        server.server_close()


def test_a_url_that_is_not_a_calendar_is_refused(demo_workspace, tmp_path: Path) -> None:
    with pytest.raises(PublishError, match="full URL"):
        publish_calendar(demo_workspace, CalDavSettings("calendar.example.org"))
