"""The quorum rule of the working group and whether a meeting has its quorum.

Only member states count toward a quorum; observers, international and civil-society
organisations and the secretariat never do. A state represented by several contacts
(head of delegation and alternate) counts once.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.messages import Messages
from app.models import Attendance, Contact, ContactCategory, QuorumRule
from app.services import validate
from app.services.errors import ValidationError
from app.services.working_group import get_working_group

OAS_MEMBER_STATES = 35


class QuorumState(StrEnum):
    MET = "met"
    NOT_MET = "not_met"
    #: No one has been marked present yet: attendance was not taken.
    NOT_TAKEN = "not_taken"
    #: The group's rule is that no quorum is needed.
    NO_RULE = "no_rule"


@dataclass(frozen=True)
class QuorumSettings:
    """The group's rule: ``majority`` of ``member_states_total``, a ``fixed`` number, or none."""

    rule: QuorumRule
    fixed_number: int | None
    member_states_total: int

    @property
    def required(self) -> int | None:
        """Member states needed for a quorum; ``None`` when no quorum is needed."""
        if self.rule == QuorumRule.NONE:
            return None
        if self.rule == QuorumRule.FIXED:
            return self.fixed_number
        return self.member_states_total // 2 + 1


@dataclass(frozen=True)
class QuorumLine:
    """What the meeting shows live: "19 member states present, quorum 18: yes".

    ``present`` counts member states present (each state once); ``others_present``
    counts everyone else present; ``required`` is ``None`` when the rule needs no quorum.
    """

    meeting_id: int
    present: int
    others_present: int
    required: int | None
    state: QuorumState

    @property
    def has_quorum(self) -> bool:
        """Whether decisions may be taken without a warning (no rule, or the quorum is met)."""
        return self.state in (QuorumState.MET, QuorumState.NO_RULE)

    def sentence(self) -> str:
        """The line in English, for the command line and the summary (the window uses tr())."""
        states = f"{self.present} member state{'s' if self.present != 1 else ''} present"
        if self.required is None:
            return f"{states}, no quorum required"
        if self.state == QuorumState.NOT_TAKEN:
            return f"attendance not taken yet, quorum {self.required}"
        answer = "yes" if self.state == QuorumState.MET else "no"
        return f"{states}, quorum {self.required}: {answer}"


def quorum_settings(session: Session) -> QuorumSettings:
    """The group's rule; the default (no group described yet) is a majority of 35."""
    group = get_working_group(session)
    if group is None:
        return QuorumSettings(QuorumRule.MAJORITY, None, OAS_MEMBER_STATES)
    return QuorumSettings(group.quorum_rule, group.quorum_number, group.member_states_total)


def set_quorum_rule(
    session: Session,
    rule: QuorumRule | str,
    *,
    fixed_number: int | None = None,
    member_states_total: int | None = None,
) -> QuorumSettings:
    """Change the group's quorum rule; returns the new settings.

    ``fixed_number`` is needed for the ``fixed`` rule (and kept, unused, otherwise);
    ``member_states_total`` (the parent body's member states) defaults to what it was.
    """
    group = get_working_group(session)
    if group is None:
        raise ValidationError("working_group", Messages.tr("Describe the working group first."))
    rule = validate.choice("quorum_rule", rule, QuorumRule)
    total = validate.positive_int("member_states_total", member_states_total)
    total = total or group.member_states_total
    number = validate.positive_int("quorum_number", fixed_number)
    if rule == QuorumRule.FIXED and number is None:
        raise ValidationError(
            "quorum_number",
            Messages.tr("Give the number of member states a meeting needs for its quorum."),
        )
    if number is not None and number > total:
        raise ValidationError(
            "quorum_number",
            Messages.tr(
                "The quorum ({quorum}) cannot be more than the member states of the parent "
                "body ({total}).",
                quorum=number,
                total=total,
            ),
        )
    group.quorum_rule, group.quorum_number, group.member_states_total = rule, number, total
    session.flush()
    return quorum_settings(session)


def member_state_key(country: str, organization: str, name: str) -> str:
    """Which state a contact stands for: its country, else its delegation, else its name."""
    return (country or organization or name).strip().casefold()


def _present_rows(session: Session, meeting_id: int) -> list[Any]:
    return list(
        session.execute(
            select(Contact.category, Contact.country, Contact.organization, Contact.name)
            .join(Attendance, Attendance.contact_id == Contact.id)
            .where(Attendance.meeting_id == meeting_id, Attendance.present.is_(True))
        )
    )


def quorum_of_meeting(session: Session, meeting_id: int) -> QuorumLine:
    """The live quorum line of a meeting."""
    rows = _present_rows(session, meeting_id)
    states = {
        member_state_key(country, organization, name)
        for category, country, organization, name in rows
        if category == ContactCategory.MEMBER_STATE
    }
    others = sum(1 for row in rows if row[0] != ContactCategory.MEMBER_STATE)
    settings = quorum_settings(session)
    required = settings.required
    if required is None:
        state = QuorumState.NO_RULE
    elif not rows:
        state = QuorumState.NOT_TAKEN
    else:
        state = QuorumState.MET if len(states) >= required else QuorumState.NOT_MET
    return QuorumLine(meeting_id, len(states), others, required, state)


class QuorumNotMetError(ValidationError):
    """An outcome is being recorded while the meeting has no quorum; ask the chair first."""

    def __init__(self, line: QuorumLine) -> None:
        super().__init__(
            "quorum",
            Messages.tr(
                "The meeting has no quorum (1 member state present, quorum {required}: no). "
                "Record this outcome anyway? It will be marked as recorded without quorum.",
                required=line.required,
            )
            if line.present == 1
            else Messages.tr(
                "The meeting has no quorum ({present} member states present, quorum "
                "{required}: no). Record this outcome anyway? It will be marked as recorded "
                "without quorum.",
                present=line.present,
                required=line.required,
            ),
        )
        self.line = line
