"""The list of invitees by category: member states in the alphabetical order of the paper's
language (country names in that language), then permanent observers, international
organisations, civil society and the secretariat."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from itertools import groupby

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Contact, ContactCategory, DocumentKind, InviteeList, ListEntry
from app.papers import labels
from app.papers.common import Texts, check_language, header_block, registered_symbol
from app.papers.content import Heading, Paper, Paragraph, Row, Table
from app.papers.countries import country_name, sort_key
from app.services.errors import ValidationError
from app.services.invitees import find_list

CATEGORY_ORDER = (
    (ContactCategory.MEMBER_STATE, labels.MEMBER_STATES),
    (ContactCategory.PERMANENT_OBSERVER, labels.PERMANENT_OBSERVERS),
    (ContactCategory.INTERNATIONAL_ORGANIZATION, labels.INTERNATIONAL_ORGANIZATIONS),
    (ContactCategory.CIVIL_SOCIETY, labels.CIVIL_SOCIETY),
    (ContactCategory.SECRETARIAT, labels.SECRETARIAT),
    (ContactCategory.OTHER, labels.OTHERS),
)
RANK = {category: rank for rank, (category, _) in enumerate(CATEGORY_ORDER)}
HEADINGS = dict(CATEGORY_ORDER)

#: (category, country, name, title, organization) of each person listed.
Person = tuple[ContactCategory, str, str, str, str]


def choose_list(session: Session, name: str | None) -> InviteeList:
    """The list called ``name``; with no name, the workspace's only list."""
    if name:
        found = find_list(session, name)
        if found is None:
            names = session.scalars(select(InviteeList.name).order_by(InviteeList.name)).all()
            raise ValidationError(
                "list", f"There is no invitee list called “{name}”. Lists: {'; '.join(names)}."
            )
        return found
    lists = session.scalars(select(InviteeList).order_by(InviteeList.name).limit(2)).all()
    if len(lists) != 1:
        raise ValidationError(
            "list",
            "Name the invitee list to print (--list NAME)."
            if lists
            else "This workspace has no invitee list yet.",
        )
    return lists[0]


def listed_people(session: Session, list_id: int) -> Iterator[Person]:
    query = (
        select(Contact.category, Contact.country, Contact.name, Contact.title, Contact.organization)
        .join(ListEntry, ListEntry.contact_id == Contact.id)
        .where(ListEntry.list_id == list_id)
    )
    for row in session.execute(query.execution_options(yield_per=1000)):
        yield tuple(row)  # type: ignore[misc]


def people_paper(
    session: Session,
    people: Iterable[Person],
    language: str,
    *,
    kind: str,
    title: str,
    subtitle: tuple[str, ...],
    symbol: str,
    issued: date,
    texts: Texts | None = None,
) -> Paper:
    """The paper of a list of people, by category, in the order of ``language``; ``texts``
    holds what the caller printed from the original (the header adds the group's)."""
    check_language(language)
    texts = texts or Texts(language)

    def order(person: Person) -> tuple[int, tuple[str, str], tuple[str, str]]:
        category, country, name, _, organization = person
        if category == ContactCategory.MEMBER_STATE:
            return RANK[category], sort_key(country_name(country, language)), sort_key(name)
        return RANK[category], sort_key(organization or name), sort_key(name)

    paper = Paper(
        kind=kind,
        language=language,
        header=header_block(session, texts, symbol, issued),
        title=title,
        subtitle=subtitle,
    )
    common = (labels.NAME, labels.POSITION, labels.ORGANIZATION_COLUMN)
    for category, group in groupby(sorted(people, key=order), key=lambda p: p[0]):
        paper.blocks.append(Heading(labels.label(language, HEADINGS[category]), level=2))
        if category == ContactCategory.MEMBER_STATE:
            columns = tuple(labels.label(language, c) for c in (labels.MEMBER_STATE, *common))
            rows: Iterable[Row] = (
                (country_name(country, language), name, title_, organization)
                for _, country, name, title_, organization in group
            )
            paper.blocks.append(Table(columns, (0.22, 0.26, 0.2, 0.32), list(rows)))
        else:
            columns = tuple(labels.label(language, c) for c in common)
            rows = [(name, title_, organization) for _, _, name, title_, organization in group]
            paper.blocks.append(Table(columns, (0.32, 0.28, 0.4), rows))
    if not paper.blocks:
        paper.blocks.append(Paragraph(labels.label(language, labels.NO_ENTRIES)))
    paper.missing = texts.missing
    return paper


def invitees_paper(
    session: Session, language: str, *, list_name: str | None = None, issued: date | None = None
) -> Paper:
    chosen = choose_list(session, list_name)
    return people_paper(
        session,
        listed_people(session, chosen.id),
        language,
        kind="invitees",
        title=labels.label(language, labels.INVITEES),
        subtitle=(chosen.name,),
        symbol=registered_symbol(session, DocumentKind.INVITEE_LIST),
        issued=issued or date.today(),
    )
