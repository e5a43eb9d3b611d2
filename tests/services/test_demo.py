"""The demo workspace says what the seed documents say.

Expected titles, mandates and member states are read from the seed files themselves
(beside the repository in ../shared/seeds), so a typo in the demo data cannot hide.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from app.services import (
    agenda_rows,
    document_rows,
    invitees,
    mandates,
    meeting_rows,
)
from app.services import working_group as group_service
from app.services.demo import load_demo
from app.services.errors import ValidationError
from app.store import Workspace

SEEDS = Path(__file__).resolve().parents[2] / ".." / "shared" / "seeds"
WORK_PLAN_SEED = SEEDS / "000_2981effa2178f000.txt"
MEMBER_STATES_SEED = SEEDS / "003_a6eef9236b6291c3.txt"
MONTHS = {"SEPTEMBER": 9, "OCTOBER": 10}
SEED_DATES = [
    date(2011, 9, 15),
    date(2011, 9, 22),
    date(2011, 9, 29),
    date(2011, 10, 13),
    date(2011, 10, 27),
]


def seed_text(path: Path) -> str:
    if not path.exists():
        pytest.skip(f"the seed documents are not beside the repository ({path} is missing)")
    return path.read_text(encoding="utf-8")


def normalized(text: str) -> str:
    return " ".join(text.split())


def seed_calendar() -> dict[date, list[str]]:
    """Section IV of the work plan: each meeting date and its topics, in order."""
    text = seed_text(WORK_PLAN_SEED)
    calendar: dict[date, list[str]] = {}
    month = day = None
    for line in text[text.index("IV. CALENDAR") :].splitlines():
        stripped = line.strip()
        heading = re.fullmatch(r"([A-Z]+)\s+2011", stripped)
        if heading and heading.group(1) in MONTHS:
            month = MONTHS[heading.group(1)]
        elif re.fullmatch(r"\d{1,2}", stripped):
            day = date(2011, month, int(stripped))
            calendar[day] = []
        elif stripped.startswith("·") and day is not None:
            calendar[day].append(normalized(stripped.lstrip("·")))
    return calendar


def seed_mandates() -> list[str]:
    """The bullets of the work plan (section III), in order."""
    text = seed_text(WORK_PLAN_SEED)
    plan = text[text.index("III. WORK PLAN") : text.index("IV. CALENDAR")]
    return [
        normalized(line.strip().lstrip("·"))
        for line in plan.splitlines()
        if line.strip().startswith("·")
    ]


def seed_member_states() -> list[str]:
    """Seed 003's "Beneficiary Countries": each name twice, plus one image caption."""
    text = seed_text(MEMBER_STATES_SEED)
    block = text[text.index("Beneficiary Countries") : text.index("\nTeam\n")]
    names = [line.strip() for line in block.splitlines()[1:] if line.strip()]
    return list(dict.fromkeys(name for name in names if not name.endswith(" flag")))


def test_the_seed_parsers_read_what_the_seed_says() -> None:
    calendar = seed_calendar()
    assert list(calendar) == SEED_DATES
    assert calendar[date(2011, 9, 15)][0] == "Election of the Vice Chair(s) of the Working Group"
    assert len(seed_mandates()) == 7
    assert len(seed_member_states()) == 35


def test_the_five_meetings_with_their_agenda_in_the_seeds_order_and_wording(
    demo_workspace: Workspace,
) -> None:
    calendar = seed_calendar()
    with demo_workspace.reading() as session:
        every = meeting_rows.list_meetings(session)
        # The working group's sessions; the ministerial itself (MISPA III, 17-18 November
        # 2011, all day, seed 000) is in the calendar beside them.
        rows = [row for row in every if not row.all_day]
        shown = {
            row.date: [item.title for item in agenda_rows.list_items(session, row.id)]
            for row in rows
        }
    ministerial = [row for row in every if row.all_day]
    assert [(row.date, row.end_date) for row in ministerial] == [
        (date(2011, 11, 17), date(2011, 11, 18))
    ]
    assert [row.date for row in rows] == SEED_DATES
    assert shown == calendar
    assert all(row.timezone == "America/New_York" for row in rows)
    assert all(row.end_time > row.start_time for row in rows)
    assert meeting_rows.overlapping_ids(rows) == set()
    assert [row.number for row in rows] == [1, 2, 3, 4, 5]


def test_the_mandates_with_their_areas_responsible(demo_workspace: Workspace) -> None:
    expected = [text.replace("Secreatriat", "Secretariat") for text in seed_mandates()]
    area_column = normalized(
        seed_text(WORK_PLAN_SEED).split("the MISPA process.", 1)[1].split("IV. CALENDAR")[0]
    )
    with demo_workspace.reading() as session:
        rows = mandates.list_mandates(session)
    assert [normalized(row.text) for row in rows] == expected
    assert {row.resolution for row in rows} == {"AG/RES. 2629 (XLI-O/11)"}
    assert [row.area_responsible for row in rows] == [
        "OAS General Secretariat",
        "Secretariat for Multidimensional Security (Department of Public Security)",
        "Secretariat for Multidimensional Security (Department of Public Security)",
        "CHS",
        "CHS",
        "CHS + Secretariat for Multidimensional Security",
        "Permanent Council (CHS)",
    ]
    for row in rows:
        assert row.area_responsible in area_column


def test_the_35_member_state_delegations(demo_workspace: Workspace) -> None:
    with demo_workspace.reading() as session:
        invitee_list = invitees.find_list(session, "MISPA III - list of invitees")
        assert invitee_list is not None
        rows = invitees.entry_rows(session, invitee_list.id)
    column = {name: index for index, name in enumerate(invitees.ENTRY_COLUMNS)}
    countries = [row[column["country"]] for row in rows]
    assert sorted(countries) == sorted(seed_member_states())
    assert len(rows) == 35
    assert {row[column["category"]] for row in rows} == {"member_state"}
    for row in rows:
        name, country = row[column["name"]], row[column["country"]]
        assert name.startswith("Delegation of ") and name.endswith(country)


def test_the_working_group_its_chair_and_the_documents_the_seed_cites(
    demo_workspace: Workspace,
) -> None:
    with demo_workspace.reading() as session:
        group = group_service.get_working_group(session)
        officers = [(o.role, o.name, o.representing) for o in group.officers]
        symbols = {
            row.base_symbol: row.latest_symbol for row in document_rows.list_documents(session)
        }
    assert group.mandate_resolution == "AG/RES. 2629 (XLI-O/11)"
    assert (group.ministerial_city, group.ministerial_start) == (
        "Port of Spain",
        date(2011, 11, 17),
    )
    assert officers == [
        ("chair", "Colonel Mitchell", "Alternate Representative of Trinidad and Tobago to the OAS")
    ]
    assert symbols["MISPA/doc.7/08"] == "MISPA/doc.7/08 rev. 4"
    assert symbols["MISPA II/doc.8/09"] == "MISPA II/doc.8/09 rev. 4"
    assert "MISPA/RE/doc.4/09" in symbols
    assert len(symbols) == 9


def test_the_demo_goes_only_into_an_empty_workspace(demo_workspace: Workspace) -> None:
    with pytest.raises(ValidationError) as error, demo_workspace.writing() as session:
        load_demo(session)
    assert error.value.field == "workspace"
    with demo_workspace.reading() as session:
        assert len(meeting_rows.list_meetings(session)) == 6
