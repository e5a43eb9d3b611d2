"""The working group: the body whose preparation one workspace holds."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, ForeignKey, Integer, LargeBinary, String, Text, text
from sqlalchemy.orm import Mapped, deferred, mapped_column, relationship

from app.models.base import Base, str_enum
from app.models.enums import OfficerRole


class WorkingGroup(Base):
    __tablename__ = "working_groups"
    __table_args__ = (
        CheckConstraint(
            "ministerial_end IS NULL OR ministerial_start IS NULL "
            "OR ministerial_end >= ministerial_start",
            name="ministerial_dates_ordered",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(500))
    short_name: Mapped[str] = mapped_column(String(100), default="")
    parent_body: Mapped[str] = mapped_column(String(300), default="")
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
