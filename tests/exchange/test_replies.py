"""Delegates' replies update exactly their invitees' statuses, once, and never go backwards."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlalchemy import select

from app.exchange.replies import ReplyFileError, import_reply_files
from app.models import Contact, InvitationStatus, ListEntry, Meeting
from app.services.replies import tentative_replies
from tests.exchange.invitation_support import ORGANIZER, prepare


def reply_ics(
    uid: str,
    email: str,
    partstat: str,
    *,
    sequence: int = 0,
    stamp: str = "20110901T120000Z",
    method: str = "REPLY",
) -> str:
    return "\r\n".join(
        [
            "BEGIN:VCALENDAR",
            "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
            "VERSION:2.0",
            f"METHOD:{method}",
            "BEGIN:VEVENT",
            f"ATTENDEE;PARTSTAT={partstat};CN=Delegate:mailto:{email}",
            f"ORGANIZER:mailto:{ORGANIZER}",
            f"UID:{uid}",
            f"SEQUENCE:{sequence}",
            f"DTSTAMP:{stamp}",
            "DTSTART:20110915T140000Z",
            "SUMMARY:Accepted: First meeting",
            "END:VEVENT",
            "END:VCALENDAR",
            "",
        ]
    )


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8", newline="")
    return path


def as_eml(folder: Path, name: str, calendar: str) -> Path:
    message = EmailMessage()
    message["Subject"] = "Accepted: First meeting"
    message["From"] = "delegate@mission.example"
    message["To"] = ORGANIZER
    message.set_content("I will attend.")
    message.add_alternative(
        calendar.encode(), maintype="text", subtype="calendar", params={"method": "REPLY"}
    )
    path = folder / name
    path.write_bytes(message.as_bytes())
    return path


def statuses(workspace) -> dict[str, InvitationStatus]:
    with workspace.reading() as session:
        rows = session.execute(select(Contact.email, ListEntry.status).join(ListEntry.contact))
        return {email.lower(): status for email, status in rows if email}


@pytest.fixture
def meeting(demo_workspace) -> tuple[int, str]:
    meeting_id = prepare(demo_workspace, addresses=4)
    with demo_workspace.reading() as session:
        return meeting_id, session.get(Meeting, meeting_id).uid


def test_replies_set_exactly_their_attendees_and_again_change_nothing(
    demo_workspace, meeting, tmp_path
) -> None:
    _id, uid = meeting
    files = [
        write(tmp_path, "a.ics", reply_ics(uid, "delegate1@mission1.example", "ACCEPTED")),
        as_eml(tmp_path, "b.eml", reply_ics(uid, "Delegate2@Mission2.example", "DECLINED")),
        write(tmp_path, "c.ics", reply_ics(uid, "delegate3@mission3.example", "TENTATIVE")),
    ]
    before = statuses(demo_workspace)

    report = import_reply_files(demo_workspace, files)

    after = statuses(demo_workspace)
    assert after["delegate1@mission1.example"] == InvitationStatus.CONFIRMED
    assert after["delegate2@mission2.example"] == InvitationStatus.DECLINED
    assert after["delegate3@mission3.example"] == before["delegate3@mission3.example"]
    assert {k: v for k, v in after.items() if k[8] not in "12"} == {
        k: v for k, v in before.items() if k[8] not in "12"
    }
    assert len(report.changed) == 2 and len(report.tentative) == 1
    with demo_workspace.reading() as session:
        assert tentative_replies(session, _id) == ["delegate3@mission3.example"]

    again = import_reply_files(demo_workspace, files)
    assert again.changed == [] and len(again.unchanged) == 3
    assert statuses(demo_workspace) == after


def test_an_older_reply_is_ignored(demo_workspace, meeting, tmp_path) -> None:
    _id, uid = meeting
    newer = write(
        tmp_path, "new.ics", reply_ics(uid, "delegate1@mission1.example", "DECLINED", sequence=1)
    )
    older = write(
        tmp_path, "old.ics", reply_ics(uid, "delegate1@mission1.example", "ACCEPTED", sequence=0)
    )
    import_reply_files(demo_workspace, [newer])
    report = import_reply_files(demo_workspace, [older])
    assert len(report.older) == 1
    assert statuses(demo_workspace)["delegate1@mission1.example"] == InvitationStatus.DECLINED

    earlier_stamp = write(
        tmp_path,
        "stamp.ics",
        reply_ics(
            uid, "delegate1@mission1.example", "ACCEPTED", sequence=1, stamp="20110801T000000Z"
        ),
    )
    assert len(import_reply_files(demo_workspace, [earlier_stamp]).older) == 1
    assert statuses(demo_workspace)["delegate1@mission1.example"] == InvitationStatus.DECLINED


def test_unknown_meeting_and_unknown_attendee_are_reported(
    demo_workspace, meeting, tmp_path
) -> None:
    _id, uid = meeting
    files = [
        write(
            tmp_path, "x.ics", reply_ics("nope@elsewhere", "delegate1@mission1.example", "ACCEPTED")
        ),
        write(tmp_path, "y.ics", reply_ics(uid, "stranger@nowhere.example", "ACCEPTED")),
    ]
    before = statuses(demo_workspace)
    report = import_reply_files(demo_workspace, files)
    assert len(report.unmatched) == 2
    assert "does not hold" in report.unmatched[0] or "does not hold" in report.unmatched[1]
    assert any("stranger@nowhere.example" in line for line in report.unmatched)
    assert statuses(demo_workspace) == before


def test_a_malformed_file_applies_nothing_and_says_which(demo_workspace, meeting, tmp_path) -> None:
    _id, uid = meeting
    good = write(tmp_path, "good.ics", reply_ics(uid, "delegate1@mission1.example", "ACCEPTED"))
    request = write(
        tmp_path,
        "req.ics",
        reply_ics(uid, "delegate2@mission2.example", "ACCEPTED", method="REQUEST"),
    )
    broken = write(tmp_path, "broken.ics", "BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\n")
    mail = tmp_path / "note.eml"
    mail.write_text("Subject: hello\n\nsee you there\n", encoding="utf-8")
    before = statuses(demo_workspace)

    with pytest.raises(ReplyFileError) as caught:
        import_reply_files(demo_workspace, [good, request, broken, mail])

    message = str(caught.value)
    assert "req.ics is not a reply" in message
    assert "broken.ics" in message and "note.eml" in message
    assert "good.ics" not in message
    assert statuses(demo_workspace) == before


def test_dry_run_reports_and_writes_nothing(demo_workspace, meeting, tmp_path) -> None:
    _id, uid = meeting
    good = write(tmp_path, "good.ics", reply_ics(uid, "delegate1@mission1.example", "ACCEPTED"))
    before = statuses(demo_workspace)
    report = import_reply_files(demo_workspace, [good], dry_run=True)
    assert len(report.changed) == 1
    assert statuses(demo_workspace) == before


def test_a_tentative_answer_is_read_with_the_list_and_a_later_accept_replaces_it(
    demo_workspace, meeting, tmp_path
) -> None:
    from app.services.invitee_table import read_entry_table

    _id, uid = meeting
    with demo_workspace.reading() as session:
        entry = session.scalars(
            select(ListEntry)
            .join(ListEntry.contact)
            .where(Contact.email.ilike("delegate3@mission3.example"))
        ).one()
        list_id, entry_id = entry.list_id, entry.id
    tentative = write(tmp_path, "t.ics", reply_ics(uid, "delegate3@mission3.example", "TENTATIVE"))
    import_reply_files(demo_workspace, [tentative])

    with demo_workspace.reading() as session:
        assert read_entry_table(session, list_id).tentative == {entry_id}
        assert read_entry_table(session, list_id, limit=5).tentative == {entry_id}

    accepted = write(
        tmp_path,
        "a.ics",
        reply_ics(uid, "delegate3@mission3.example", "ACCEPTED", stamp="20110902T120000Z"),
    )
    import_reply_files(demo_workspace, [accepted])
    with demo_workspace.reading() as session:
        assert read_entry_table(session, list_id).tentative == frozenset()
