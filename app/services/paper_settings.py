"""The group's settings for its papers: page size, series line, the secretariat's Word template."""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.messages import Messages
from app.models import WorkingGroup
from app.services import validate
from app.services.errors import ValidationError
from app.services.working_group import get_working_group

PAPER_SIZES = ("a4", "letter")
DEFAULT_SERIES = "OEA/Ser.G"
#: A letterhead template is a few hundred kilobytes; this is generous.
MAX_TEMPLATE_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class PaperSettings:
    size: str = "a4"
    series: str = DEFAULT_SERIES
    template_name: str = ""
    #: The .docx template's bytes, or None for the built-in styles.
    template: bytes | None = None


def paper_settings(session: Session) -> PaperSettings:
    """The settings with the template's bytes (loaded only here: the column is deferred)."""
    group = get_working_group(session)
    if group is None:
        return PaperSettings()
    template = session.scalar(
        select(WorkingGroup.paper_template).where(WorkingGroup.id == group.id)
    )
    return PaperSettings(group.paper_size, group.paper_series, group.paper_template_name, template)


def check_template(name: str, content: bytes) -> None:
    """Refuse anything that is not a Word .docx (a zip holding word/document.xml)."""
    if len(content) > MAX_TEMPLATE_BYTES:
        raise ValidationError(
            "paper_template",
            Messages.tr("{file} is larger than 20 MB: not a template.", file=name),
        )
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            names = set(archive.namelist())
    except zipfile.BadZipFile:
        names = set()
    if "word/document.xml" not in names or "word/styles.xml" not in names:
        raise ValidationError(
            "paper_template",
            Messages.tr(
                "{file} is not a Word document (.docx). Save the letterhead from Word as .docx "
                "or .dotx and choose that file.",
                file=name,
            ),
        )


def set_paper_settings(
    session: Session,
    *,
    size: str | None = None,
    series: str | None = None,
    template_name: str | None = None,
    template: bytes | None = None,
    clear_template: bool = False,
) -> PaperSettings:
    """Change what is given; a template is checked before it is kept."""
    group = get_working_group(session)
    if group is None:
        raise ValidationError("working_group", Messages.tr("Describe the working group first."))
    if size is not None:
        if size not in PAPER_SIZES:
            raise ValidationError(
                "paper_size", Messages.tr("Choose A4 or Letter, not “{size}”.", size=size)
            )
        group.paper_size = size
    if series is not None:
        group.paper_series = validate.text("paper_series", series, max_length=100)
    if clear_template:
        group.paper_template, group.paper_template_name = None, ""
    elif template is not None:
        name = validate.text("paper_template", template_name or "template.docx", max_length=300)
        check_template(name, template)
        group.paper_template, group.paper_template_name = template, name
    session.flush()
    return paper_settings(session)
