"""A mandate's resolution title and area responsible in the four OAS languages: saved,
checked, read back for the window (and its undo) and for the papers, each falling back to
the original."""

from __future__ import annotations

import pytest

from app.services import mandates
from app.services.errors import ConflictError, ValidationError
from app.store import Workspace

TITLE = "Follow-Up to the Meetings of Ministers Responsible for Public Security in the Americas"
TITLE_ES = "Seguimiento de las Reuniones de Ministros en Materia de Seguridad Pública"
AREA = "OAS General Secretariat"
AREA_ES = "Secretaría General de la OEA"


def _add(workspace: Workspace, **values: str) -> int:
    with workspace.writing() as session:
        return mandates.add_mandate(
            session,
            resolution="AG/RES. 2629 (XLI-O/11)",
            text="To encourage member states",
            resolution_title=TITLE,
            area_responsible=AREA,
            **values,
        ).id


def _values(workspace: Workspace, mandate_id: int) -> dict:
    with workspace.reading() as session:
        return mandates.read_mandate_values(session, mandate_id)


def test_versions_are_saved_and_read_back_with_the_original_as_fallback(
    workspace: Workspace,
) -> None:
    mandate_id = _add(workspace, resolution_title_es=f" {TITLE_ES} ", area_responsible_fr="SG")
    values = _values(workspace, mandate_id)
    assert (values["resolution_title_en"], values["area_responsible_en"]) == (TITLE, AREA)
    assert (values["resolution_title_es"], values["area_responsible_fr"]) == (TITLE_ES, "SG")
    assert values["area_responsible_es"] is None
    with workspace.reading() as session:
        from app.models import Mandate

        mandate = session.get(Mandate, mandate_id)
        assert mandates.mandate_text(mandate, "resolution_title", "es") == (TITLE_ES, "es")
        assert mandates.mandate_text(mandate, "area_responsible", "es") == (AREA, "en")
        assert mandates.mandate_text(mandate, "area_responsible", "en") == (AREA, "en")

    # An empty version is removed, one not given is kept; the original's own is itself.
    with workspace.writing() as session:
        mandates.update_mandate(
            session, mandate_id, {"resolution_title_es": "", "resolution_title_en": "Other"}
        )
    values = _values(workspace, mandate_id)
    assert values["resolution_title_es"] is None
    assert values["area_responsible_fr"] == "SG"
    assert values["resolution_title_en"] == TITLE


def test_a_mandate_rewritten_in_spanish_takes_its_spanish_versions_as_the_original(
    workspace: Workspace,
) -> None:
    mandate_id = _add(
        workspace,
        resolution_title_es=TITLE_ES,
        area_responsible_es=AREA_ES,
        translations={"es": "Alentar a los Estados Miembros"},
    )
    with workspace.writing() as session:
        mandates.update_mandate(
            session,
            mandate_id,
            {"text": "Alentar a los Estados Miembros", "text_language": "es"},
        )
    values = _values(workspace, mandate_id)
    assert (values["resolution_title"], values["area_responsible"]) == (TITLE_ES, AREA_ES)
    assert (values["resolution_title_en"], values["area_responsible_en"]) == (TITLE, AREA)


@pytest.mark.parametrize(
    ("values", "field", "said"),
    [
        ({"resolution_title_es": "x" * 501}, "resolution_title_es", "Title of the resolution"),
        ({"area_responsible_pt": "x" * 301}, "area_responsible_pt", "Area responsible in"),
        ({"area_responsible_de": "SG"}, "area_responsible_de", "area_responsible_de"),
    ],
)
def test_bad_versions_change_nothing(
    workspace: Workspace, values: dict, field: str, said: str
) -> None:
    mandate_id = _add(workspace, area_responsible_es=AREA_ES)
    before = _values(workspace, mandate_id)
    with pytest.raises(ValidationError) as error, workspace.writing() as session:
        mandates.update_mandate(session, mandate_id, {"area_responsible_fr": "SG", **values})
    assert error.value.field == field
    assert said in str(error.value)
    assert _values(workspace, mandate_id) == before


def test_saving_the_values_read_before_puts_every_version_back_and_conflicts_are_refused(
    workspace: Workspace,
) -> None:
    """What the window's undo does; an edit begun before another's change is refused."""
    mandate_id = _add(workspace, area_responsible_es=AREA_ES)
    before = _values(workspace, mandate_id)
    with workspace.reading() as session:
        from app.models import Mandate

        version = session.get(Mandate, mandate_id).version
    with workspace.writing() as session:
        mandates.update_mandate(
            session,
            mandate_id,
            {"area_responsible_es": "Otra", "resolution_title_pt": "Seguimento"},
            expected_version=version,
        )
    with pytest.raises(ConflictError), workspace.writing() as session:
        mandates.update_mandate(
            session, mandate_id, {"area_responsible_es": "Vieja"}, expected_version=version
        )
    with workspace.writing() as session:
        mandates.update_mandate(session, mandate_id, before)
    assert _values(workspace, mandate_id) == before
