"""The group's settings for its papers: page size, series line, the secretariat's Word template."""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from defusedxml import ElementTree
from defusedxml.common import DefusedXmlException
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


#: What a template may hold once unpacked; a letterhead is far smaller (a zip bomb is not).
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
NOT_WORD, DAMAGED = "not Word", "damaged"


def _template_fault(content: bytes) -> str:
    """NOT_WORD, DAMAGED, or "" for a zip with sound members and well-formed main parts."""
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            names = set(archive.namelist())
            if "word/document.xml" not in names or "word/styles.xml" not in names:
                return NOT_WORD
            if sum(info.file_size for info in archive.infolist()) > MAX_UNPACKED_BYTES:
                return DAMAGED
            if archive.testzip() is not None:  # a member whose CRC is wrong
                return DAMAGED
            for part in ("word/document.xml", "word/styles.xml"):
                ElementTree.fromstring(archive.read(part))
    except (zipfile.BadZipFile, NotImplementedError):
        return NOT_WORD
    except (zipfile.LargeZipFile, EOFError, OSError, SyntaxError, DefusedXmlException, zlib.error):
        return DAMAGED  # SyntaxError: ElementTree's ParseError, malformed XML
    return ""


def check_template(name: str, content: bytes) -> None:
    """Refuse anything that is not a sound Word .docx/.dotx: a zip whose members are intact
    (CRC checked), holding word/document.xml and word/styles.xml that are well-formed XML."""
    if len(content) > MAX_TEMPLATE_BYTES:
        raise ValidationError(
            "paper_template",
            Messages.tr("{file} is larger than 20 MB: not a template.", file=name),
        )
    fault = _template_fault(content)
    if fault == NOT_WORD:
        raise ValidationError(
            "paper_template",
            Messages.tr(
                "{file} is not a Word document (.docx). Save the letterhead from Word as .docx "
                "or .dotx and choose that file.",
                file=name,
            ),
        )
    if fault == DAMAGED:
        raise ValidationError(
            "paper_template",
            Messages.tr(
                "{file} is damaged: part of it cannot be read. Open it in Word, save it again "
                "as .docx, and choose the saved copy.",
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


def paper_values(session: Session) -> dict[str, Any]:
    """The settings as the Working group dialog edits them (the template's bytes included,
    so that undoing a change puts the previous template back)."""
    settings = paper_settings(session)
    return {
        "size": settings.size,
        "series": settings.series,
        "template_name": settings.template_name,
        "template": settings.template,
    }


def save_paper_values(session: Session, values: Mapping[str, Any]) -> PaperSettings:
    """Save what ``paper_values`` gave, edited; a template is checked only when it changed."""
    template: bytes | None = values.get("template")
    current = paper_settings(session)
    if template is not None and template == current.template:
        template = None  # kept as it is: no need to check it again
        if values.get("template_name", current.template_name) != current.template_name:
            template = current.template
    return set_paper_settings(
        session,
        size=values.get("size"),
        series=values.get("series"),
        template_name=values.get("template_name"),
        template=template,
        clear_template="template" in values and values["template"] is None,
    )
