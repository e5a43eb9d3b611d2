"""The work plan's mandates and the working group's own description."""

from __future__ import annotations

from datetime import date

import pytest

from app.models import Mandate, Officer, WorkingGroup
from app.services import documents, mandates
from app.services import working_group as group_service
from app.services.errors import NotFoundError, ValidationError
from app.store import Workspace
from tests.services.conftest import MakeMeeting
from tests.services.support import count

RESOLUTION = "AG/RES. 2629 (XLI-O/11)"


@pytest.fixture
def mandate_ids(workspace: Workspace) -> list[int]:
    with workspace.writing() as session:
        return [
            mandates.add_mandate(
                session,
                resolution=RESOLUTION,
                text=text,
                area_responsible=area,
                translations={"es": f"ES: {text}"} if index == 0 else None,
            ).id
            for index, (text, area) in enumerate(
                [
                    ("To convene MISPA III in Port of Spain.", "CHS"),
                    ("To establish a Working Group.", "CHS"),
                    ("To report to the General Assembly.", "Permanent Council (CHS)"),
                ]
            )
        ]


def test_mandates_are_listed_in_work_plan_order(workspace: Workspace, mandate_ids) -> None:
    with workspace.reading() as session:
        rows = mandates.list_mandates(session)
        spanish = mandates.list_mandates(session, language="es")
    assert [r.position for r in rows] == [1, 2, 3]
    assert [r.area_responsible for r in rows] == ["CHS", "CHS", "Permanent Council (CHS)"]
    assert rows[0].text == "To convene MISPA III in Port of Spain."
    assert spanish[0].text == "ES: To convene MISPA III in Port of Spain."
    assert spanish[1].text == "To establish a Working Group."
    assert {r.status for r in rows} == {"pending"}


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"resolution": ""}, "resolution"),
        ({"text": " "}, "text"),
        ({"status": "late"}, "status"),
        ({"due_date": "2011-11-17"}, "due_date"),
        ({"position": 1}, "position"),
    ],
)
def test_bad_mandate_edits_change_nothing(
    workspace: Workspace, mandate_ids, changes: dict, field: str
) -> None:
    with workspace.reading() as session:
        before = mandates.mandate_values(session.get(Mandate, mandate_ids[0]))
    with pytest.raises(ValidationError) as error, workspace.writing() as session:
        mandates.update_mandate(session, mandate_ids[0], {"notes": "edited", **changes})
    assert error.value.field == field
    with workspace.reading() as session:
        assert mandates.mandate_values(session.get(Mandate, mandate_ids[0])) == before


def test_update_mandate_and_restore(workspace: Workspace, mandate_ids) -> None:
    with workspace.reading() as session:
        before = mandates.mandate_values(session.get(Mandate, mandate_ids[1]))
    with workspace.writing() as session:
        mandates.update_mandate(
            session, mandate_ids[1], {"status": "fulfilled", "due_date": date(2011, 11, 17)}
        )
    with workspace.reading() as session:
        row = mandates.list_mandates(session)[1]
    assert (row.status, row.due_date) == ("fulfilled", date(2011, 11, 17))
    with workspace.writing() as session:
        mandates.update_mandate(session, mandate_ids[1], before)
    with workspace.reading() as session:
        assert mandates.mandate_values(session.get(Mandate, mandate_ids[1])) == before


def test_links_to_meetings_and_documents(
    workspace: Workspace, mandate_ids, make_meeting: MakeMeeting
) -> None:
    later, earlier = make_meeting(date(2011, 10, 13)), make_meeting(date(2011, 9, 15))
    with workspace.writing() as session:
        document = documents.create_document(
            session, base_symbol="GT/MISPA-III/doc.1/11", title="Work Plan"
        ).id
        mandates.set_links(
            session, mandate_ids[0], meeting_ids=[later, earlier], document_ids=[document]
        )
    with workspace.reading() as session:
        row = mandates.list_mandates(session)[0]
    assert row.meetings == ("15 Sep 2011", "13 Oct 2011")
    assert row.meeting_ids == (earlier, later)
    assert row.documents == ("GT/MISPA-III/doc.1/11",)
    # Only the meetings are replaced when only they are given.
    with workspace.writing() as session:
        mandates.set_links(session, mandate_ids[0], meeting_ids=[])
    with workspace.reading() as session:
        row = mandates.list_mandates(session)[0]
    assert (row.meetings, row.document_ids) == ((), (document,))
    with pytest.raises(NotFoundError), workspace.writing() as session:
        mandates.set_links(session, mandate_ids[0], meeting_ids=[999])


def test_delete_mandate(workspace: Workspace, mandate_ids) -> None:
    with workspace.writing() as session:
        mandates.delete_mandate(session, mandate_ids[1])
    assert count(workspace, Mandate) == 2
    with workspace.writing() as session:
        added = mandates.add_mandate(session, resolution=RESOLUTION, text="New one")
        # The work plan stays numbered 1..n: the gap closed, the new one comes third.
        assert added.position == 3


GROUP = {
    "name": "Working Group to Prepare the Third Meeting of Ministers Responsible for "
    "Public Security in the Americas",
    "short_name": "MISPA III Working Group",
    "prepares": "MISPA III",
    "ministerial_city": "Port of Spain",
    "ministerial_start": date(2011, 11, 17),
    "ministerial_end": date(2011, 11, 18),
}


def test_save_working_group_creates_then_edits_one_group(workspace: Workspace) -> None:
    with workspace.writing() as session:
        group_service.save_working_group(session, GROUP)
    with workspace.writing() as session:
        group_service.save_working_group(session, {"ministerial_country": "Trinidad and Tobago"})
    with workspace.reading() as session:
        group = group_service.get_working_group(session)
        assert (group.short_name, group.ministerial_country) == (
            "MISPA III Working Group",
            "Trinidad and Tobago",
        )
        assert group.default_timezone == "America/New_York"
    assert count(workspace, WorkingGroup) == 1


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({**GROUP, "name": ""}, "name"),
        ({**GROUP, "ministerial_end": date(2011, 11, 16)}, "ministerial_end"),
        ({**GROUP, "default_timezone": "Port of Spain"}, "default_timezone"),
        ({**GROUP, "chair": "Colonel Mitchell"}, "chair"),
    ],
)
def test_bad_working_group_values_are_refused(
    workspace: Workspace, values: dict, field: str
) -> None:
    with pytest.raises(ValidationError) as error, workspace.writing() as session:
        group_service.save_working_group(session, values)
    assert error.value.field == field
    assert count(workspace, WorkingGroup) == 0


def test_officers_replace_the_previous_ones(workspace: Workspace) -> None:
    with pytest.raises(ValidationError) as error, workspace.writing() as session:
        group_service.set_officers(session, [{"role": "chair", "name": "Colonel Mitchell"}])
    assert error.value.field == "working_group"
    with workspace.writing() as session:
        group_service.save_working_group(session, GROUP)
        group_service.set_officers(
            session,
            [
                {
                    "role": "chair",
                    "name": "Colonel Mitchell",
                    "representing": "Alternate Representative of Trinidad and Tobago to the OAS",
                },
                {"role": "vice_chair", "name": "Vice Chair One"},
            ],
        )
    with workspace.writing() as session:
        group_service.set_officers(session, [{"role": "chair", "name": "New Chair"}])
    with workspace.reading() as session:
        names = [o.name for o in group_service.get_working_group(session).officers]
    assert names == ["New Chair"]
    assert count(workspace, Officer) == 1


def test_a_working_group_has_one_chair(workspace: Workspace) -> None:
    with workspace.writing() as session:
        group_service.save_working_group(session, GROUP)
    with pytest.raises(ValidationError) as error, workspace.writing() as session:
        group_service.set_officers(
            session, [{"role": "chair", "name": "A"}, {"role": "chair", "name": "B"}]
        )
    assert error.value.field == "role"
    assert count(workspace, Officer) == 0
