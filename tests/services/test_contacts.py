"""Contacts: clean values, and a search box that finds people the way a secretary types."""

from __future__ import annotations

import pytest

from app.models import Contact, ListEntry
from app.services import contacts, invitees
from app.services.errors import NotFoundError, ValidationError
from app.store import Workspace
from tests.services.support import count

PEOPLE = [
    {
        "name": "María González",
        "organization": "Permanent Mission of Chile to the OAS",
        "country": "Chile",
        "email": "mgonzalez@minrel.gob.cl",
        "category": "member_state",
    },
    {
        "name": "Jean Baptiste",
        "organization": "Ministère de la Justice",
        "country": "Haiti",
        "email": "jbaptiste@justice.gouv.ht",
        "category": "member_state",
    },
    {
        "name": "Steven Griner",
        "organization": "Department of Public Security",
        "country": "",
        "email": "sgriner@oas.org",
        "category": "secretariat",
    },
    {
        "name": "Ana 100%_Real",
        "organization": "Citizen Security Network",
        "country": "Peru",
        "email": "",
        "category": "civil_society",
    },
]


@pytest.fixture
def people(workspace: Workspace) -> dict[str, int]:
    with workspace.writing() as session:
        return {p["name"]: contacts.add_contact(session, **p).id for p in PEOPLE}


def found(workspace: Workspace, text: str) -> list[str]:
    with workspace.reading() as session:
        return [c.name for c in contacts.search_contacts(session, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("gonz", ["María González"]),
        ("GONZÁLEZ", ["María González"]),
        ("maría", ["María González"]),
        ("mission of chile", ["María González"]),
        ("haiti", ["Jean Baptiste"]),
        ("@oas.org", ["Steven Griner"]),
        ("justice.gouv", ["Jean Baptiste"]),
        ("security", ["Ana 100%_Real", "Steven Griner"]),
        ("security peru", ["Ana 100%_Real"]),
        ("", ["Ana 100%_Real", "Jean Baptiste", "María González", "Steven Griner"]),
        ("100%", ["Ana 100%_Real"]),
        ("%", ["Ana 100%_Real"]),
        ("_", ["Ana 100%_Real"]),
        ("nobody", []),
    ],
)
def test_search_finds_part_of_name_organisation_country_or_email(
    workspace: Workspace, people: dict[str, int], text: str, expected: list[str]
) -> None:
    assert found(workspace, text) == expected


def test_search_has_a_limit(workspace: Workspace, people: dict[str, int]) -> None:
    with workspace.reading() as session:
        assert len(contacts.search_contacts(session, "", limit=2)) == 2


def test_search_text_follows_edits(workspace: Workspace, people: dict[str, int]) -> None:
    with workspace.writing() as session:
        contacts.update_contact(
            session, people["Jean Baptiste"], {"organization": "Embassy of Haiti in Canada"}
        )
    assert found(workspace, "embassy") == ["Jean Baptiste"]
    assert found(workspace, "ministère") == []


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"name": "  "}, "name"),
        ({"name": "X", "email": "not an address"}, "email"),
        ({"name": "X", "category": "friend"}, "category"),
        ({"name": "X", "preferred_language": "de"}, "preferred_language"),
        ({"name": "X" * 301}, "name"),
        ({"name": "X", "birthday": "today"}, "birthday"),
    ],
)
def test_bad_contacts_are_refused_and_nothing_is_written(
    workspace: Workspace, values: dict, field: str
) -> None:
    with pytest.raises(ValidationError) as error, workspace.writing() as session:
        contacts.add_contact(session, **values)
    assert error.value.field == field
    assert count(workspace, Contact) == 0


def test_values_are_trimmed_and_defaults_filled(workspace: Workspace) -> None:
    with workspace.writing() as session:
        contact_id = contacts.add_contact(
            session, name="  Colonel Mitchell ", email=" cm@example.tt "
        ).id
    with workspace.reading() as session:
        values = contacts.contact_values(session.get(Contact, contact_id))
    assert values["name"] == "Colonel Mitchell"
    assert values["email"] == "cm@example.tt"
    assert (values["category"], values["preferred_language"]) == ("other", "en")


def test_a_bad_edit_changes_nothing(workspace: Workspace, people: dict[str, int]) -> None:
    contact_id = people["Steven Griner"]
    with workspace.reading() as session:
        before = contacts.contact_values(session.get(Contact, contact_id))
    with pytest.raises(ValidationError), workspace.writing() as session:
        contacts.update_contact(session, contact_id, {"phone": "123", "email": "@@"})
    with workspace.reading() as session:
        assert contacts.contact_values(session.get(Contact, contact_id)) == before


def test_delete_contact_takes_it_off_every_list(
    workspace: Workspace, people: dict[str, int]
) -> None:
    with workspace.writing() as session:
        list_id = invitees.create_list(session, "MISPA III - list of invitees").id
        invitees.add_entry(session, list_id, people["María González"])
    with workspace.writing() as session:
        contacts.delete_contact(session, people["María González"])
    assert count(workspace, ListEntry) == 0
    assert count(workspace, Contact) == len(PEOPLE) - 1
    with pytest.raises(NotFoundError), workspace.writing() as session:
        contacts.delete_contact(session, people["María González"])


def test_clean_contact_is_what_import_uses() -> None:
    clean = contacts.clean_contact({"name": "Ana", "country": "Perú", "email": "A@X.PE"})
    assert clean["search_text"] == contacts.search_text_of("Ana", "", "Perú", "A@X.PE")
    assert "perú" in clean["search_text"]
    assert "a@x.pe" in clean["search_text"]
