"""``chairdesk invite``, ``import replies`` and ``publish`` as a user runs them."""

from __future__ import annotations

import email
from collections.abc import Iterator
from email.policy import default
from pathlib import Path

import pytest
from sqlalchemy import select

from app.cli import main
from app.exchange import credentials
from app.models import Meeting
from tests.exchange.invitation_support import calendar_part, prepare
from tests.exchange.loopback import PASSWORD, USER, RadicaleServer, SmtpServer, memory_keyring
from tests.exchange.test_replies import reply_ics


@pytest.fixture(autouse=True)
def keyring_in_memory() -> Iterator[None]:
    yield from memory_keyring()


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        code = main([str(part) for part in argv])
    except SystemExit as exit_:
        code = exit_.code if isinstance(exit_.code, int) else 1
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def ready(demo_workspace) -> tuple[Path, int]:
    meeting_id = prepare(demo_workspace, addresses=3)
    path = demo_workspace.path
    demo_workspace.close()
    return path, meeting_id


def test_invite_to_eml_files_one_per_recipient_and_never_twice(ready, tmp_path, capsys) -> None:
    path, meeting_id = ready
    folder = tmp_path / "eml"
    folder.mkdir()

    code, out, err = run(["invite", path, "--meeting", meeting_id, "--eml-dir", folder], capsys)

    assert (code, err) == (0, "")
    assert "sent 3 of 3" in out and "32 invitee(s) have no e-mail" in out
    files = sorted(folder.glob("*.eml"))
    assert len(files) == 3
    message = email.message_from_bytes(files[0].read_bytes(), policy=default)
    assert message["X-Unsent"] == "1"
    part, data = calendar_part(files[0].read_bytes())
    assert part.get_param("method") == "REQUEST" and b"METHOD:REQUEST" in data

    code, out, _err = run(["invite", path, "--meeting", meeting_id, "--eml-dir", folder], capsys)
    assert code == 0 and "3 address(es) already had it" in out
    assert len(list(folder.glob("*.eml"))) == 3


def test_invite_by_smtp_with_the_password_from_the_keyring(ready, capsys) -> None:
    path, meeting_id = ready
    with SmtpServer() as smtp:
        credentials.set_password(credentials.SMTP, USER, "127.0.0.1", PASSWORD)
        argv = ["invite", path, "--meeting", meeting_id, "--smtp", f"127.0.0.1:{smtp.port}"]
        argv += ["--smtp-user", USER, "--plain"]
        code, out, err = run([*argv, "--dry-run"], capsys)
        assert code == 0 and "would send 3" in out and smtp.inbox.messages == []

        code, out, err = run(argv, capsys)
        assert (code, err) == (0, "") and "sent 3 of 3" in out
        assert len(smtp.inbox.messages) == 3

        credentials.set_password(credentials.SMTP, USER, "127.0.0.1", "wrong")
        with_new = ["invite", path, "--meeting", meeting_id, "--smtp", f"127.0.0.1:{smtp.port}"]
        code, out, err = run([*with_new, "--smtp-user", USER, "--plain"], capsys)
        # Nothing left to send: the server is not even asked.
        assert code == 0 and "already had it" in out


def test_a_refused_login_is_one_line_and_exit_1(ready, capsys) -> None:
    path, meeting_id = ready
    with SmtpServer() as smtp:
        credentials.set_password(credentials.SMTP, USER, "127.0.0.1", "wrong")
        argv = ["invite", path, "--meeting", meeting_id, "--smtp", f"127.0.0.1:{smtp.port}"]
        code, _out, err = run([*argv, "--smtp-user", USER, "--plain"], capsys)
    assert code == 1
    assert err.startswith("chairdesk: error: The mail server") and "refused the login" in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_no_password_anywhere_says_how_to_give_one(ready, capsys, monkeypatch) -> None:
    path, meeting_id = ready
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    argv = ["invite", path, "--meeting", meeting_id, "--smtp", "127.0.0.1:1", "--smtp-user", "x"]
    code, _out, err = run(argv, capsys)
    assert code == 1 and "No password for x on 127.0.0.1 in the system keyring" in err


def test_import_replies_reports_and_a_bad_file_changes_nothing(ready, tmp_path, capsys) -> None:
    path, meeting_id = ready
    from app.store import open_workspace

    workspace = open_workspace(path)
    with workspace.reading() as session:
        uid = session.get(Meeting, meeting_id).uid
    workspace.close()
    good = tmp_path / "yes.ics"
    good.write_text(reply_ics(uid, "delegate1@mission1.example", "ACCEPTED"), newline="")
    bad = tmp_path / "bad.ics"
    bad.write_text("not a calendar", encoding="utf-8")

    code, _out, err = run(["import", "replies", path, good, bad], capsys)
    assert code == 1 and "bad.ics" in err and "Nothing was imported" in err

    code, out, err = run(["import", "replies", path, good], capsys)
    assert code == 0 and "Changed:" in out and "1 changed" in out
    code, out, err = run(["import", "replies", path, good], capsys)
    assert code == 0 and "0 changed" in out and "Already applied" in out


def test_publish_to_caldav(ready, tmp_path, capsys) -> None:
    path, _meeting_id = ready
    with RadicaleServer(tmp_path) as radicale:
        url = radicale.make_calendar("cli")
        credentials.set_password(credentials.CALDAV, USER, url, PASSWORD)
        code, out, err = run(["publish", path, url, "--user", USER], capsys)
        assert (code, err) == (0, "") and "5 new" in out
        code, out, err = run(["publish", path, url, "--user", USER], capsys)
        assert code == 0 and "0 new, 0 updated, 0 removed, 5 unchanged" in out


def test_unknown_meeting_is_a_clear_error(ready, tmp_path, capsys) -> None:
    path, _meeting_id = ready
    folder = tmp_path / "eml"
    folder.mkdir()
    code, _out, err = run(["invite", path, "--meeting", 999, "--eml-dir", folder], capsys)
    assert code == 1 and "999" in err


def test_invite_a_selection_of_meetings(ready, tmp_path, capsys) -> None:
    path, meeting_id = ready
    folder = tmp_path / "eml"
    folder.mkdir()
    from app.store import open_workspace

    workspace = open_workspace(path)
    with workspace.reading() as session:
        other = session.scalar(select(Meeting.id).where(Meeting.id != meeting_id).limit(1))
    workspace.close()
    argv = ["invite", path, "--meeting", meeting_id, "--meeting", other, "--eml-dir", folder]
    code, out, _err = run(argv, capsys)
    assert code == 0 and out.count("sent 3 of 3") == 2
    assert len(list(folder.glob("*.eml"))) == 6
