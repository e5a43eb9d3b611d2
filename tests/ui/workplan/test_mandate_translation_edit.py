"""Editing a mandate's text in a window whose language the mandate has no version in."""

from __future__ import annotations

from app.models import Mandate
from app.services.mandates import list_mandates, mandate_values
from app.ui.common.undo import push
from app.ui.workplan.commands import edit_mandate


def test_typing_the_first_spanish_version_of_a_mandate_adds_it_and_undo_removes_it(
    app_context,
):
    from tests.papers.support import remove_version

    first_id = app_context.read(lambda s: list_mandates(s)[0].id)
    with app_context.workspace.writing() as session:  # the demo's Spanish version, taken away
        remove_version(session, "mandate", first_id, "es")
    mandate = app_context.read(lambda s: list_mandates(s, language="es")[0])
    assert mandate.text_language == "en"  # no Spanish version yet: the original is shown
    push(
        app_context,
        edit_mandate(app_context, mandate.id, "text", "Apoyar al Grupo.", language="es"),
    )
    shown = app_context.read(lambda s: list_mandates(s, language="es")[0])
    assert (shown.text, shown.text_language) == ("Apoyar al Grupo.", "es")
    app_context.undo_stack.undo()
    back = app_context.read(lambda s: mandate_values(s.get(Mandate, mandate.id)))
    assert "es" not in back["translations"]
    assert back["text"] == mandate.text
