"""What every paper shares: dates, month names, the header block, texts in the paper's language."""

from __future__ import annotations

from datetime import date
from typing import Any

from babel import Locale
from babel.dates import format_date
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import LANGUAGES, Document, DocumentKind, WorkingGroup, localized_value
from app.papers import labels
from app.papers.content import HeaderBlock, MissingText
from app.services.documents import full_symbol
from app.services.paper_settings import paper_settings
from app.services.working_group import get_working_group, group_text


class UnknownLanguage(ValueError):
    pass


def check_language(language: str) -> str:
    if language not in LANGUAGES:
        raise UnknownLanguage(
            f"“{language}” is not an OAS language: choose one of {', '.join(LANGUAGES)}."
        )
    return language


def language_name(code: str, in_language: str) -> str:
    """``code``'s name as written in ``in_language``: English, inglés, anglais, inglês."""
    return Locale.parse(in_language).languages[code]


def long_date(day: date, language: str) -> str:
    """15 September 2011 / 15 de septiembre de 2011 / 15 septembre 2011 / 15 de setembro de 2011."""
    if language == "en":
        return f"{day.day} {format_date(day, 'MMMM y', locale='en')}"
    return format_date(day, format="long", locale=language)


def day_span(first: date, last: date | None, language: str) -> str:
    """The day cell of the calendar: "15", "17–18", or "30 November – 1 December"."""
    if last is None or last == first:
        return str(first.day)
    if (last.year, last.month) == (first.year, first.month):
        return f"{first.day}–{last.day}"
    return f"{_day_and_month(first, language)} – {_day_and_month(last, language)}"


def _day_and_month(day: date, language: str) -> str:
    pattern = "d MMMM" if language in {"en", "fr"} else "d 'de' MMMM"
    return format_date(day, pattern, locale=language)


def date_span(first: date, last: date | None, language: str) -> str:
    """One day or several in words: "17–18 November 2011", "17–18 de noviembre de 2011"."""
    if last is None or last == first:
        return long_date(first, language)
    if (last.year, last.month) == (first.year, first.month):
        return f"{first.day}–{long_date(last, language)}"
    if last.year == first.year:
        return f"{_day_and_month(first, language)} – {long_date(last, language)}"
    return f"{long_date(first, language)} – {long_date(last, language)}"


def month_heading(year: int, month: int, language: str) -> str:
    """SEPTEMBER 2011 / SEPTIEMBRE 2011 / SETEMBRO 2011..., as in the seed's section IV."""
    return format_date(date(year, month, 1), "LLLL y", locale=language).upper()


class Texts:
    """Picks each text in the paper's language, remembering those printed from the original."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.missing: list[MissingText] = []

    def pick(self, row: Any, field: str, what: str) -> str:
        own = getattr(row, f"{field}_{self.language}", None)
        if own:
            return own
        original = localized_value(row, field)
        source = str(row.original_language)
        self.missing.append(MissingText(what, original, source))
        return f"{original} {self._mark(source)}"

    def group(self, group: WorkingGroup, field: str) -> str:
        """The group's name or parent body (``field``) in the paper's language, else the
        original marked as such; listed once however often the paper prints it."""
        return self.version(group_text(group, field, self.language), GROUP_TEXTS[field])

    def version(self, found: tuple[str, str], what: str) -> str:
        """``found`` (text, its language) as printed: itself when in the paper's language
        (or empty), else marked as the original and listed once as ``what``."""
        text, language = found
        if not text or language == self.language:
            return text
        missing = MissingText(what, text, language)
        if missing not in self.missing:
            self.missing.append(missing)
        return f"{text} {self._mark(language)}"

    def _mark(self, source: str) -> str:
        return labels.label(
            self.language, labels.ORIGINAL_MARK, language_name(source, self.language)
        )


#: How a missing version of the group's texts is listed (beside "agenda item 1", ...).
GROUP_TEXTS = {"name": "working group's name", "parent_body": "working group's parent body"}


def group_name(session: Session, texts: Texts) -> str:
    """The working group's name in the paper's language ("" without a group)."""
    group = get_working_group(session)
    return texts.group(group, "name") if group is not None else ""


def header_block(
    session: Session, texts: Texts, symbol: str, on: date, original_language: str = "en"
) -> HeaderBlock:
    """The organisation, then the group's parent body and name in the paper's language
    (a missing version goes on ``texts.missing``, its original printed and marked)."""
    language = texts.language
    group = get_working_group(session)
    settings = paper_settings(session)
    issuer = [labels.label(language, labels.ORGANIZATION)]
    if group is not None:
        lines = (texts.group(group, "parent_body"), texts.group(group, "name"))
        issuer += [line.upper() for line in lines if line]
    return HeaderBlock(
        issuer=tuple(issuer),
        series=settings.series,
        symbol=symbol,
        date=long_date(on, language),
        original=labels.label(
            language, labels.ORIGINAL, language_name(original_language, language)
        ),
    )


def registered_symbol(session: Session, kind: DocumentKind) -> str:
    """The full symbol of the latest revision of the one document of ``kind``, if there is one.

    The work plan and its calendar are registered as the group's work plan document; with
    none, or several, registered, the header shows no symbol rather than a wrong one.
    """
    documents = session.scalars(select(Document).where(Document.kind == kind).limit(2)).all()
    if len(documents) != 1:
        return ""
    document = documents[0]
    latest = document.revisions[-1] if document.revisions else None
    return full_symbol(document.base_symbol, latest)
