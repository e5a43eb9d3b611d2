"""The agenda's planned times, durations and notes, as a chair sets them."""

from __future__ import annotations

from datetime import time

from app.papers.agenda import agenda_paper
from app.papers.content import NumberedItem
from app.services import agenda, agenda_rows


def _items(session, meeting_id: int, **options) -> list[NumberedItem]:
    paper = agenda_paper(session, meeting_id, "es", **options)
    return [block for block in paper.blocks if isinstance(block, NumberedItem)]


def test_times_follow_the_durations_and_only_the_annotated_agenda_has_the_notes(
    demo_workspace,
) -> None:
    with demo_workspace.writing() as session:
        first, second, third, *_ = agenda_rows.list_items(session, 1)
        agenda.update_item(session, first.id, {"duration_minutes": 30, "notes": "Por consenso."})
        agenda.update_item(session, second.id, {"duration_minutes": 45})
        # The demo's items have durations; without one, an item shows only its start.
        agenda.update_item(session, third.id, {"duration_minutes": None})
    with demo_workspace.reading() as session:
        plain = _items(session, 1)
        annotated = _items(session, 1, annotated=True)
    assert plain[0].details[0] == "10:00–10:30"
    assert plain[1].details[0] == "10:30–11:15"
    assert plain[2].details[0] == "11:15"
    assert "Notas: Por consenso." not in plain[0].details
    assert "Notas: Por consenso." in annotated[0].details
    assert plain[1].details[-1] == "Documentos: GT/MISPA-III/doc.1/11 rev. 1"


def test_a_planned_start_resets_the_clock(demo_workspace) -> None:
    with demo_workspace.writing() as session:
        items = agenda_rows.list_items(session, 1)
        agenda.update_item(
            session, items[3].id, {"planned_start": time(12), "duration_minutes": 15}
        )
        agenda.update_item(session, items[4].id, {"duration_minutes": None})
    with demo_workspace.reading() as session:
        numbered = _items(session, 1)
    assert numbered[3].details[0] == "12:00–12:15"
    assert numbered[4].details[0] == "12:15"
