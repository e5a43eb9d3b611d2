"""The working group's name and parent body in the four OAS languages: saved, checked, read
back for the window (and its undo) and for the papers, each falling back to the original."""

from __future__ import annotations

import pytest

from app.models import WorkingGroup
from app.services import working_group as group_service
from app.services.errors import ValidationError
from app.store import Workspace

NAME = "Working Group to Prepare the Third Meeting of Ministers Responsible for Public Security"
PARENT = "Committee on Hemispheric Security (CHS) of the Permanent Council"
NAME_ES = "Grupo de Trabajo encargado de preparar la Tercera Reunión de Ministros"
PARENT_ES = "Comisión de Seguridad Hemisférica (CSH) del Consejo Permanente"
PARENT_FR = "Commission sur la sécurité continentale (CSC) du Conseil permanent"


def _saved(workspace: Workspace, values: dict) -> WorkingGroup:
    with workspace.writing() as session:
        group_service.save_working_group(session, values)
    with workspace.reading() as session:
        group = group_service.get_working_group(session)
        session.expunge(group)
    return group


def test_versions_are_saved_and_read_back_with_the_original_as_fallback(
    workspace: Workspace,
) -> None:
    group = _saved(
        workspace,
        {
            "name": NAME,
            "parent_body": PARENT,
            "name_es": f"  {NAME_ES} ",
            "parent_body_es": PARENT_ES,
            "parent_body_fr": PARENT_FR,
        },
    )
    assert str(group.original_language) == "en"
    assert (group.name_en, group.parent_body_en) == (NAME, PARENT)
    assert group_service.group_text(group, "name", "es") == (NAME_ES, "es")
    assert group_service.group_text(group, "parent_body", "fr") == (PARENT_FR, "fr")
    # No French name, no Portuguese at all: the original, in its language.
    assert group_service.group_text(group, "name", "fr") == (NAME, "en")
    assert group_service.group_text(group, "parent_body", "pt") == (PARENT, "en")
    assert group_service.group_text(group, "name", "en") == (NAME, "en")

    with workspace.reading() as session:
        values = group_service.group_values(session)
    assert values is not None
    assert (values["name_es"], values["name_fr"], values["parent_body_es"]) == (
        NAME_ES,
        None,
        PARENT_ES,
    )

    # An empty version is removed; one not given is kept.
    group = _saved(workspace, {"name_es": " ", "parent_body_fr": "Conseil permanent"})
    assert group.name_es is None
    assert (group.parent_body_es, group.parent_body_fr) == (PARENT_ES, "Conseil permanent")


def test_the_original_language_s_own_version_is_the_name_itself(workspace: Workspace) -> None:
    _saved(workspace, {"name": NAME, "parent_body": PARENT, "name_es": NAME_ES})
    # Written in Spanish now: the English text stays as the English version.
    group = _saved(
        workspace,
        {"name": NAME_ES, "parent_body": PARENT_ES, "original_language": "es", "name_en": NAME},
    )
    assert str(group.original_language) == "es"
    assert (group.name_es, group.parent_body_es) == (NAME_ES, PARENT_ES)
    assert (group.name_en, group.parent_body_en) == (NAME, PARENT)
    assert group_service.group_text(group, "name", "es") == (NAME_ES, "es")
    assert group_service.group_text(group, "name", "en") == (NAME, "en")
    assert group_service.group_text(group, "parent_body", "fr") == (PARENT_ES, "es")
    # Whatever is given for the original's own version, the name is it.
    group = _saved(workspace, {"name_es": "Otro nombre"})
    assert group.name_es == NAME_ES


def test_a_group_saved_before_the_versions_existed_reads_its_original(
    workspace: Workspace,
) -> None:
    """A group made without the service (as a migrated or a hand-made one): no versions."""
    with workspace.writing() as session:
        session.add(WorkingGroup(name=NAME, parent_body=PARENT))
    with workspace.reading() as session:
        group = group_service.get_working_group(session)
        assert group_service.group_text(group, "name", "en") == (NAME, "en")
        assert group_service.group_text(group, "name", "es") == (NAME, "en")


@pytest.mark.parametrize(
    ("values", "field", "said"),
    [
        ({"name_es": "x" * 501}, "name_es", "Name in Spanish"),
        ({"parent_body_pt": "x" * 301}, "parent_body_pt", "Parent body in Portuguese"),
        ({"original_language": "de"}, "original_language", "Original language"),
        ({"name_de": "Arbeitsgruppe"}, "name_de", "name_de"),
    ],
)
def test_bad_versions_change_nothing(
    workspace: Workspace, values: dict, field: str, said: str
) -> None:
    _saved(workspace, {"name": NAME, "name_es": NAME_ES})
    with workspace.reading() as session:
        before = group_service.group_values(session)
    with pytest.raises(ValidationError) as error, workspace.writing() as session:
        group_service.save_working_group(session, {"name_fr": "Groupe de travail", **values})
    assert error.value.field == field
    assert said in str(error.value)
    with workspace.reading() as session:
        assert group_service.group_values(session) == before


def test_saving_the_values_read_before_puts_every_version_back(workspace: Workspace) -> None:
    """What the window's undo does."""
    _saved(workspace, {"name": NAME, "parent_body": PARENT, "name_es": NAME_ES})
    with workspace.reading() as session:
        before = group_service.group_values(session)
    _saved(
        workspace,
        {"name": NAME_ES, "original_language": "es", "name_en": NAME, "parent_body_fr": "CP"},
    )
    with workspace.writing() as session:
        assert before is not None
        group_service.save_group(session, before)
    with workspace.reading() as session:
        assert group_service.group_values(session) == before
