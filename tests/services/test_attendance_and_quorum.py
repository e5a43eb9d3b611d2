"""Attendance and quorum: only member states count, each once; outcomes without quorum ask."""

from __future__ import annotations

from datetime import date

import pytest

from app.models import AgendaItem, Attendance, ContactCategory, ItemStatus, QuorumRule
from app.services import agenda, agenda_rows, attendance, contacts, quorum
from app.services import working_group as group_service
from app.services.errors import ValidationError
from app.services.quorum import QuorumNotMetError, QuorumState
from app.store import Workspace
from tests.services.support import count

STATES = [f"State {n:02d}" for n in range(1, 36)]


@pytest.fixture
def meeting_id(make_meeting) -> int:
    return make_meeting()


@pytest.fixture
def people(workspace: Workspace) -> dict[str, int]:
    """35 member-state delegations, a second contact of State 01, an observer, the secretariat."""
    with workspace.writing() as session:
        group_service.save_working_group(session, {"name": "Working Group"})
        ids = {
            name: contacts.add_contact(
                session, name=f"Delegation of {name}", country=name, category="member_state"
            ).id
            for name in STATES
        }
        ids["alternate"] = contacts.add_contact(
            session, name="Alternate of State 01", country="State 01", category="member_state"
        ).id
        ids["observer"] = contacts.add_contact(
            session, name="Observer", organization="Holy See", category="permanent_observer"
        ).id
        ids["secretariat"] = contacts.add_contact(
            session, name="Department of Public Security", category="secretariat"
        ).id
    return ids


def line(workspace: Workspace, meeting_id: int) -> quorum.QuorumLine:
    with workspace.reading() as session:
        return quorum.quorum_of_meeting(session, meeting_id)


def mark(workspace: Workspace, meeting_id: int, ids: list[int], present: bool = True) -> None:
    with workspace.writing() as session:
        attendance.set_present(session, meeting_id, dict.fromkeys(ids, present))


def test_the_default_rule_is_a_majority_of_the_35_oas_member_states(workspace, people) -> None:
    with workspace.reading() as session:
        settings = quorum.quorum_settings(session)
    assert (settings.rule, settings.member_states_total, settings.required) == (
        QuorumRule.MAJORITY,
        35,
        18,
    )


def test_quorum_counts_member_states_only_and_each_state_once(
    workspace, people, meeting_id
) -> None:
    mark(workspace, meeting_id, [people[name] for name in STATES[:17]])
    mark(workspace, meeting_id, [people["alternate"], people["observer"], people["secretariat"]])
    result = line(workspace, meeting_id)
    assert (result.present, result.others_present, result.required) == (17, 2, 18)
    assert result.state == QuorumState.NOT_MET
    assert result.sentence() == "17 member states present, quorum 18: no"

    mark(workspace, meeting_id, [people[STATES[17]], people[STATES[18]]])
    assert line(workspace, meeting_id).sentence() == "19 member states present, quorum 18: yes"


def test_a_fixed_quorum_and_no_quorum(workspace, people, meeting_id) -> None:
    mark(workspace, meeting_id, [people[name] for name in STATES[:10]])
    with workspace.writing() as session:
        quorum.set_quorum_rule(session, "fixed", fixed_number=10)
    assert line(workspace, meeting_id).state == QuorumState.MET
    with workspace.writing() as session:
        quorum.set_quorum_rule(session, QuorumRule.NONE)
    result = line(workspace, meeting_id)
    assert (result.state, result.required, result.has_quorum) == (QuorumState.NO_RULE, None, True)


@pytest.mark.parametrize(
    ("rule", "number", "total", "field"),
    [
        ("fixed", None, None, "quorum_number"),
        ("fixed", 40, None, "quorum_number"),
        ("fixed", 0, None, "quorum_number"),
        ("majority", None, 0, "member_states_total"),
        ("most", None, None, "quorum_rule"),
    ],
)
def test_a_bad_quorum_rule_is_refused_and_nothing_changes(
    workspace, people, rule, number, total, field
) -> None:
    with pytest.raises(ValidationError) as error, workspace.writing() as session:
        quorum.set_quorum_rule(session, rule, fixed_number=number, member_states_total=total)
    assert error.value.field == field
    with workspace.reading() as session:
        assert quorum.quorum_settings(session).rule == QuorumRule.MAJORITY


def test_the_sheet_shows_member_states_apart_from_everyone_else(
    workspace, people, meeting_id
) -> None:
    with workspace.reading() as session:
        sheet = attendance.attendance_of_meeting(session, meeting_id)
    assert len(sheet.member_states) == 36
    assert [row.category for row in sheet.others] == [
        ContactCategory.PERMANENT_OBSERVER,
        ContactCategory.SECRETARIAT,
    ]
    assert sheet.others[0].delegation == "Holy See"
    assert not any(row.counts_toward_quorum for row in sheet.others)
    assert sheet.quorum.state == QuorumState.NOT_TAKEN


def test_all_member_states_present_then_the_exceptions(workspace, people, meeting_id) -> None:
    with workspace.writing() as session:
        before = attendance.mark_all_member_states_present(session, meeting_id)
        attendance.set_present(session, meeting_id, {people["State 35"]: False})
    assert set(before.values()) == {False}
    assert line(workspace, meeting_id).present == 34
    with workspace.reading() as session:
        sheet = attendance.attendance_of_meeting(session, meeting_id, present_only=True)
    assert len(sheet.member_states) == 35  # 34 states, State 01 by two contacts
    assert sheet.others == ()
    with workspace.writing() as session:  # the undo
        attendance.set_present(session, meeting_id, before)
    assert line(workspace, meeting_id).present == 0


def test_the_representative_and_credentials_are_kept_per_meeting(
    workspace, people, meeting_id, make_meeting
) -> None:
    other = make_meeting(date(2011, 9, 22))
    with workspace.writing() as session:
        values = attendance.set_attendance(
            session,
            meeting_id,
            people["State 02"],
            {
                "present": True,
                "representative_name": "  Ambassador A. Example ",
                "representative_title": "Permanent Representative",
                "credentials_received": True,
            },
        )
    assert values["representative_name"] == "Ambassador A. Example"
    with workspace.reading() as session:
        row = next(
            r
            for r in attendance.attendance_of_meeting(session, meeting_id).member_states
            if r.contact_id == people["State 02"]
        )
        assert (row.present, row.representative_title, row.credentials_received) == (
            True,
            "Permanent Representative",
            True,
        )
        assert attendance.attendance_values(session, other, people["State 02"])["present"] is False


def test_a_bad_attendance_value_is_refused(workspace, people, meeting_id) -> None:
    with pytest.raises(ValidationError) as error, workspace.writing() as session:
        attendance.set_attendance(session, meeting_id, people["State 02"], {"present": "yes"})
    assert error.value.field == "present"
    with pytest.raises(ValidationError) as error, workspace.writing() as session:
        attendance.set_attendance(
            session, meeting_id, people["State 02"], {"representative_name": "x" * 301}
        )
    assert error.value.field == "representative_name"
    assert count(workspace, Attendance) == 0


@pytest.fixture
def item_id(workspace, meeting_id) -> int:
    with workspace.writing() as session:
        return agenda.add_item(session, meeting_id, title="Work plan").id


def test_an_outcome_without_quorum_asks_and_then_is_flagged(
    workspace, people, meeting_id, item_id
) -> None:
    mark(workspace, meeting_id, [people[name] for name in STATES[:12]])
    with pytest.raises(QuorumNotMetError) as error, workspace.writing() as session:
        agenda.record_outcome(session, item_id, ItemStatus.APPROVED, "Approved.")
    assert error.value.field == "quorum"
    assert "12 member states present, quorum 18: no" in error.value.message
    assert count(workspace, AgendaItem, AgendaItem.status == ItemStatus.PENDING) == 1

    with workspace.writing() as session:
        agenda.record_outcome(
            session, item_id, ItemStatus.APPROVED, "Approved.", confirm_without_quorum=True
        )
    with workspace.reading() as session:
        row = agenda_rows.list_items(session, meeting_id)[0]
    assert (row.status, row.recorded_without_quorum) == (ItemStatus.APPROVED, True)

    with workspace.writing() as session:
        agenda.record_outcome(session, item_id, ItemStatus.PENDING)
        assert agenda_rows.list_items(session, meeting_id)[0].recorded_without_quorum is False


def test_an_outcome_with_quorum_or_before_attendance_is_not_flagged(
    workspace, people, meeting_id, item_id
) -> None:
    with workspace.writing() as session:
        agenda.record_outcome(session, item_id, ItemStatus.CONSIDERED)
    mark(workspace, meeting_id, [people[name] for name in STATES[:18]])
    with workspace.writing() as session:
        agenda.record_outcome(session, item_id, ItemStatus.APPROVED, "Approved.")
        assert agenda_rows.list_items(session, meeting_id)[0].recorded_without_quorum is False


def test_deferring_without_quorum_asks_too(
    workspace, people, meeting_id, item_id, make_meeting
) -> None:
    make_meeting(date(2011, 9, 22))
    mark(workspace, meeting_id, [people["State 01"]])
    with pytest.raises(QuorumNotMetError), workspace.writing() as session:
        agenda.defer_item_to_next_meeting(session, item_id)
    assert count(workspace, AgendaItem) == 1
    with workspace.writing() as session:
        agenda.defer_item_to_next_meeting(session, item_id, confirm_without_quorum=True)
    assert count(workspace, AgendaItem, AgendaItem.recorded_without_quorum.is_(True)) == 1


def test_the_sheet_lists_the_invited_lists_or_every_contact(workspace, people, meeting_id) -> None:
    from app.services import invitations, invitees

    with workspace.writing() as session:
        only = invitees.create_list(session, "Observers")
        invitees.add_entry(session, only.id, people["observer"])
        attendance.set_present(session, meeting_id, {people["State 05"]: True})
        invitations.set_invited_lists(session, meeting_id, [only.id])
    with workspace.reading() as session:
        sheet = attendance.attendance_of_meeting(session, meeting_id)
    # The observer's list, and State 05, marked before the list was named.
    assert {row.contact_id for row in sheet.rows} == {people["observer"], people["State 05"]}


def test_a_sheet_of_more_contacts_than_a_statement_takes_parameters(workspace, meeting_id) -> None:
    """A statement takes a limited number of parameters (32,766 in SQLite's default build,
    65,535 in PostgreSQL; a workspace may hold 100,000 contacts): the sheet must not pass the
    contacts' ids. The limit is lowered here so that 2,000 contacts go past it."""
    import sqlite3

    from sqlalchemy import func, insert, select

    from app.models import Contact

    with workspace.writing() as session:
        session.execute(
            insert(Contact),
            [
                {"name": f"Delegate {n}", "category": "civil_society", "version": 1}
                for n in range(2000)
            ],
        )
        attendance.set_present(
            session, meeting_id, {session.scalar(select(func.min(Contact.id))): True}
        )
    with workspace.reading() as session:
        raw = session.connection().connection.driver_connection
        if not hasattr(raw, "setlimit"):
            pytest.skip("lowering the parameter limit is SQLite's; PostgreSQL's is 65,535")
        raw.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 999)
        sheet = attendance.attendance_of_meeting(session, meeting_id)
        states = attendance.member_state_ids(session, meeting_id)
    assert len(sheet.others) == 2000
    assert sheet.quorum.others_present == 1
    assert states == []
