"""The working group: the body whose preparation one workspace holds."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, ForeignKey, Integer, LargeBinary, String, Text, text
from sqlalchemy.orm import Mapped, deferred, mapped_column, relationship

from app.models.base import Base, str_enum
from app.models.enums import Language, OfficerRole, QuorumRule


class WorkingGroup(Base):
    __tablename__ = "working_groups"
    __table_args__ = (
        CheckConstraint(
            "ministerial_end IS NULL OR ministerial_start IS NULL "
            "OR ministerial_end >= ministerial_start",
            name="ministerial_dates_ordered",
        ),
        CheckConstraint("quorum_number IS NULL OR quorum_number > 0", name="quorum_positive"),
        CheckConstraint("member_states_total > 0", name="member_states_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(500))
    short_name: Mapped[str] = mapped_column(String(100), default="")
    parent_body: Mapped[str] = mapped_column(String(300), default="")
    #: The language ``name`` and ``parent_body`` are written in: they are the original, and
    #: ``name_xx`` / ``parent_body_xx`` their versions, as titles are (app/models/localized.py).
    #: The original's own column repeats it (the service keeps them equal); papers read it
    #: through ``services.working_group.group_text``, which falls back to the original.
    original_language: Mapped[Language] = mapped_column(
        str_enum(Language, "original_language"),
        default=Language.EN,
        server_default=Language.EN.value,
    )
    name_en: Mapped[str | None] = mapped_column(String(500))
    name_es: Mapped[str | None] = mapped_column(String(500))
    name_fr: Mapped[str | None] = mapped_column(String(500))
    name_pt: Mapped[str | None] = mapped_column(String(500))
    parent_body_en: Mapped[str | None] = mapped_column(String(300))
    parent_body_es: Mapped[str | None] = mapped_column(String(300))
    parent_body_fr: Mapped[str | None] = mapped_column(String(300))
    parent_body_pt: Mapped[str | None] = mapped_column(String(300))
    mandate_resolution: Mapped[str] = mapped_column(String(200), default="")
    #: The ministerial meeting the group prepares, e.g. "MISPA III".
    prepares: Mapped[str] = mapped_column(String(300), default="")
    ministerial_city: Mapped[str] = mapped_column(String(200), default="")
    ministerial_country: Mapped[str] = mapped_column(String(200), default="")
    ministerial_start: Mapped[date | None]
    ministerial_end: Mapped[date | None]
    default_timezone: Mapped[str] = mapped_column(String(64), default="America/New_York")
    #: Where the group usually meets: new meetings start with these.
    default_room: Mapped[str] = mapped_column(String(300), default="")
    default_venue: Mapped[str] = mapped_column(String(300), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    #: The papers' page size: "a4" or "letter".
    paper_size: Mapped[str] = mapped_column(String(10), default="a4", server_default="a4")
    #: The series line of the papers' header block, e.g. "OEA/Ser.G".
    paper_series: Mapped[str] = mapped_column(
        String(100), default="OEA/Ser.G", server_default="OEA/Ser.G"
    )
    #: The secretariat's own Word template (.docx) for the papers, if any; loaded when used.
    paper_template_name: Mapped[str] = mapped_column(
        String(300), default="", server_default=text("''")
    )
    paper_template: Mapped[bytes | None] = deferred(mapped_column(LargeBinary))
    #: The secretariat as invitations' ORGANIZER: replies go to this address.
    organizer_name: Mapped[str] = mapped_column(String(300), default="")
    organizer_email: Mapped[str] = mapped_column(String(320), default="")
    #: How a meeting's quorum is reckoned; only member states count toward it.
    quorum_rule: Mapped[QuorumRule] = mapped_column(
        str_enum(QuorumRule, "quorum_rule"),
        default=QuorumRule.MAJORITY,
        server_default=QuorumRule.MAJORITY.value,
    )
    #: The number of member states needed, when the rule is a fixed number.
    quorum_number: Mapped[int | None]
    #: How many member states the parent body has (35 for the OAS): a majority is reckoned on it.
    member_states_total: Mapped[int] = mapped_column(default=35, server_default=text("35"))
    version: Mapped[int] = mapped_column(Integer)

    officers: Mapped[list[Officer]] = relationship(
        back_populates="working_group",
        cascade="all, delete-orphan",
        order_by="Officer.position",
    )

    __mapper_args__ = {"version_id_col": version}


class Officer(Base):
    """The chair or a vice chair, with whom they represent."""

    __tablename__ = "officers"

    id: Mapped[int] = mapped_column(primary_key=True)
    working_group_id: Mapped[int] = mapped_column(
        ForeignKey("working_groups.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[OfficerRole] = mapped_column(str_enum(OfficerRole, "role"))
    name: Mapped[str] = mapped_column(String(300))
    #: e.g. "Alternate Representative of Trinidad and Tobago to the OAS".
    representing: Mapped[str] = mapped_column(String(500), default="")
    elected_on: Mapped[date | None]
    position: Mapped[int] = mapped_column(default=0)

    working_group: Mapped[WorkingGroup] = relationship(back_populates="officers")
