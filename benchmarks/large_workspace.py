"""A large workspace for benchmarks: 100,000 invitees, 2,000 meetings, 20,000 agenda items.

Rows are written with SQLAlchemy Core ``executemany`` inserts, not one service call
each, so that building the fixture takes seconds; the values are the ones the
services would write (valid enums, ``search_text`` from ``search_text_of``, unique
meeting UIDs, dense agenda positions, ``version`` 1), so every service accepts the
rows afterwards. A file that already has the asked-for counts is reused.

    python benchmarks/large_workspace.py OUT.chairdesk
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import sys
import time
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock
from pathlib import Path
from typing import Any

LIST_NAME = "Large list"
TIMEZONES = (
    "America/New_York",
    "America/Port_of_Spain",
    "America/Mexico_City",
    "America/Bogota",
    "America/Sao_Paulo",
)
COUNTRIES = (
    "Antigua and Barbuda", "Argentina", "The Bahamas", "Barbados", "Belize", "Bolivia",
    "Brazil", "Canada", "Chile", "Colombia", "Costa Rica", "Dominica", "Dominican Republic",
    "Ecuador", "El Salvador", "Grenada", "Guatemala", "Guyana", "Haiti", "Honduras", "Jamaica",
    "Mexico", "Nicaragua", "Panama", "Paraguay", "Peru", "Saint Kitts and Nevis", "Saint Lucia",
    "Saint Vincent and the Grenadines", "Suriname", "Trinidad and Tobago", "United States",
    "Uruguay", "Venezuela", "Spain", "France", "Italy", "Japan", "Korea", "Germany",
)  # fmt: skip
FIRST_NAMES = (
    "Ana", "Carlos", "María", "José", "Luis", "Sofía", "Jean", "Marie", "John", "Sarah",
    "Pedro", "Lucía", "Miguel", "Camila", "André", "Beatriz", "Paul", "Claire", "Diego",
    "Valentina", "Rafael", "Isabel", "Kevin", "Aaliyah", "Ramón", "Émilie", "Thiago", "Renée",
)  # fmt: skip
LAST_NAMES = (
    "González", "Rodríguez", "Smith", "Johnson", "Silva", "Santos", "Pérez", "Martínez",
    "Dubois", "Lefèvre", "Williams", "Brown", "Ferreira", "Oliveira", "Gómez", "Díaz",
    "Charles", "Joseph", "Ramírez", "Torres", "Campbell", "Thompson", "Núñez", "Castillo",
    "Baptiste", "O'Brien", "Müller", "Nakamura",
)  # fmt: skip
ORGANIZATIONS = (
    "Permanent Mission of {country} to the OAS",
    "Ministry of Public Security of {country}",
    "National Police of {country}",
    "Ministry of Foreign Affairs of {country}",
    "Embassy of {country}",
)
OTHER_ORGANIZATIONS = (
    "Inter-American Development Bank",
    "UN Office on Drugs and Crime",
    "Pan American Health Organization",
    "Citizen Security Network",
    "Secretariat for Multidimensional Security",
)
CATEGORIES = (
    ("member_state", 60),
    ("permanent_observer", 10),
    ("international_organization", 10),
    ("civil_society", 12),
    ("secretariat", 5),
    ("other", 3),
)
STATUSES = (
    ("to_invite", 30),
    ("invited", 35),
    ("confirmed", 20),
    ("declined", 10),
    ("attended", 5),
)
ROLES = ("", "Head of delegation", "Alternate", "Adviser")
LANGUAGES = ("en", "es", "fr", "pt")
MEETING_STATUSES = (
    ("held", 70),
    ("planned", 15),
    ("confirmed", 8),
    ("postponed", 3),
    ("cancelled", 4),
)
FORMATS = ("in_person", "virtual", "hybrid")
ITEM_KINDS = ("election", "consideration", "approval", "information", "other")
ITEM_STATUSES = (
    ("pending", 40),
    ("considered", 30),
    ("approved", 20),
    ("deferred", 5),
    ("withdrawn", 5),
)
PILLARS = (
    None,
    "public_security_management",
    "prevention",
    "police_management",
    "citizen_participation",
    "international_cooperation",
)
TOPICS = (
    "Consideration of the draft work plan",
    "Presentation by the Secretariat on police management",
    "Review of the draft declaration",
    "Report on citizen participation in crime prevention",
    "Election of the vice chair",
    "Approval of the calendar of meetings",
    "Information on the preparation of the ministerial meeting",
    "Consideration of the list of invitees",
    "International cooperation on public security",
    "Other business",
)  # fmt: skip
DOCUMENT_COUNT = 12
BATCH = 5000


def _weighted(rng: random.Random, choices: Sequence[tuple[str, int]], k: int) -> list[str]:
    return rng.choices([c for c, _ in choices], weights=[w for _, w in choices], k=k)


def _batches(rows: list[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(rows), BATCH):
        yield rows[start : start + BATCH]


def _contacts(rng: random.Random, count: int) -> list[dict[str, Any]]:
    from app.services.contacts import search_text_of

    categories = _weighted(rng, CATEGORIES, count)
    rows = []
    for index in range(count):
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        country = rng.choice(COUNTRIES)
        category = categories[index]
        if category in ("member_state", "permanent_observer"):
            organization = rng.choice(ORGANIZATIONS).format(country=country)
        else:
            organization = rng.choice(OTHER_ORGANIZATIONS)
        name = f"{first} {last}"
        # The index keeps every address distinct, as real lists mostly are.
        email = f"{first[0]}.{last}{index}@example.org".lower().replace("'", "")
        email = email.encode("ascii", "ignore").decode()
        rows.append(
            {
                "honorific": rng.choice(("", "Mr.", "Ms.", "Ambassador", "Dr.")),
                "name": name,
                "title": rng.choice(("", "Counselor", "Minister", "First Secretary", "Director")),
                "organization": organization,
                "country": country,
                "category": category,
                "email": email,
                "phone": f"+1 202 {rng.randrange(200, 999)} {rng.randrange(1000, 9999)}",
                "preferred_language": rng.choice(LANGUAGES),
                "notes": "",
                "search_text": search_text_of(name, organization, country, email),
                "version": 1,
            }
        )
    return rows


def _meetings(rng: random.Random, count: int, group_id: int) -> list[dict[str, Any]]:
    first = date(2011, 9, 15)
    now = datetime(2011, 9, 1, 12, tzinfo=UTC)
    statuses = _weighted(rng, MEETING_STATUSES, count)
    days = sorted(first + timedelta(days=rng.randrange(0, 7 * 365)) for _ in range(count))
    rows = []
    for index, day in enumerate(days):
        start = clock(rng.choice((9, 10, 11, 14, 15)), rng.choice((0, 30)))
        end = clock(start.hour + rng.choice((1, 2, 3)), start.minute)
        rows.append(
            {
                "working_group_id": group_id,
                "number": index + 1,
                "date": day,
                "start_time": start,
                "end_time": end,
                "timezone": rng.choice(TIMEZONES),
                "room": f"Room {rng.choice(('A', 'B', 'C', 'Simón Bolívar', 'Padilha Vidal'))}",
                "venue": rng.choice(("OAS headquarters", "Main building", "")),
                "format": rng.choice(FORMATS),
                "status": statuses[index],
                "notes": "",
                "uid": f"large-{index:05d}@chairdesk",
                "sequence": 0,
                "created_at": now,
                "updated_at": now,
                "version": 1,
                "original_language": "en",
                "title_en": f"Meeting {index + 1} of the working group",
                "title_es": f"Reunión {index + 1} del grupo de trabajo" if index % 3 == 0 else None,
                "title_fr": None,
                "title_pt": None,
            }
        )
    return rows


def _items(rng: random.Random, count: int, meeting_ids: list[int]) -> list[dict[str, Any]]:
    owners = sorted(rng.choice(meeting_ids) for _ in range(count))
    statuses = _weighted(rng, ITEM_STATUSES, count)
    rows = []
    position = 0
    previous = None
    for index, meeting_id in enumerate(owners):
        position = position + 1 if meeting_id == previous else 1
        previous = meeting_id
        rows.append(
            {
                "meeting_id": meeting_id,
                "position": position,
                "kind": rng.choice(ITEM_KINDS),
                "pillar": rng.choice(PILLARS),
                "responsible": rng.choice(("", "Chair", "Secretariat", "Delegation of Chile")),
                "planned_start": None,
                "duration_minutes": rng.choice((None, 15, 20, 30, 45, 60)),
                "status": statuses[index],
                "decision": "",
                "notes": "",
                "deferred_from_id": None,
                "version": 1,
                "original_language": "en",
                "title_en": rng.choice(TOPICS),
                "title_es": None,
                "title_fr": None,
                "title_pt": None,
            }
        )
    return rows


def _documents(session: Any, rng: random.Random) -> None:
    """A few documents with revisions and language files, through the services."""
    from app.services.documents import add_revision, attach_file, create_document

    for number in range(1, DOCUMENT_COUNT + 1):
        document = create_document(
            session,
            base_symbol=f"MISPA/doc.{number}/11",
            title=f"Draft document {number} of the working group",
        )
        for rev in range(rng.randrange(1, 5)):
            revision = add_revision(
                session,
                document.id,
                circulated_on=date(2011, 9, 15) + timedelta(days=7 * rev),
                change_note="" if rev == 0 else f"Comments of delegations, round {rev}",
            )
            for language in ("en", "es"):
                content = f"{document.base_symbol} rev. {rev} ({language})\n".encode() * 200
                attach_file(
                    session,
                    revision.id,
                    language=language,
                    file_name=f"doc{number}-rev{rev}-{language}.docx",
                    content=content,
                )


def existing_counts(path: Path) -> dict[str, int] | None:
    """Contacts, meetings, agenda items and list entries of a built file, or None."""
    from app.store import HEAD_REVISION, WorkspaceError, inspect_file
    from app.store.probe import connect_read_only

    try:
        state = inspect_file(path)
    except WorkspaceError:
        return None
    if state.empty or state.revision != HEAD_REVISION:
        return None
    connection = connect_read_only(path)
    try:

        def one(sql: str, *args: Any) -> int:
            return connection.execute(sql, args).fetchone()[0]

        return {
            "invitees": one(
                "SELECT count(*) FROM list_entries JOIN invitee_lists l ON l.id = list_id "
                "WHERE l.name = ?",
                LIST_NAME,
            ),
            "contacts": one("SELECT count(*) FROM contacts"),
            "meetings": one("SELECT count(*) FROM meetings"),
            "items": one("SELECT count(*) FROM agenda_items"),
        }
    except sqlite3.DatabaseError:
        return None
    finally:
        connection.close()


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def build_large_workspace(
    path: Path | str, *, invitees: int = 100_000, meetings: int = 2_000, items: int = 20_000
) -> Path:
    """Build (or reuse) a workspace with ``invitees`` contacts on one list, and so on."""
    from sqlalchemy import select

    from app.models import AgendaItem, Contact, ListEntry, Meeting, StatusChange
    from app.services.invitees import create_list
    from app.services.working_group import save_working_group
    from app.store import open_workspace

    path = Path(path)
    wanted = {"invitees": invitees, "contacts": invitees, "meetings": meetings, "items": items}
    if path.exists() and existing_counts(path) == wanted:
        return path
    partial = path.with_name(path.name + ".building")
    _remove(partial)
    rng = random.Random(42)
    workspace = open_workspace(partial)
    try:
        with workspace.writing() as session:
            group = save_working_group(
                session,
                {
                    "name": "Technical Working Group for the preparation of MISPA III",
                    "short_name": "MISPA III working group",
                    "parent_body": "Committee on Hemispheric Security",
                    "prepares": "MISPA III",
                    "ministerial_city": "Port of Spain",
                    "ministerial_country": "Trinidad and Tobago",
                    "ministerial_start": date(2011, 11, 17),
                    "ministerial_end": date(2011, 11, 18),
                },
            )
            invitee_list = create_list(session, LIST_NAME, "Benchmark list")
            connection = session.connection()

            for batch in _batches(_contacts(rng, invitees)):
                connection.execute(Contact.__table__.insert(), batch)
            contact_ids = list(session.scalars(select(Contact.id).order_by(Contact.id)))
            changed_at = datetime(2011, 9, 1, 12, tzinfo=UTC)
            statuses = _weighted(rng, STATUSES, len(contact_ids))
            entries = [
                {
                    "list_id": invitee_list.id,
                    "contact_id": contact_id,
                    "role": rng.choice(ROLES),
                    "status": statuses[index],
                    "status_changed_at": changed_at,
                    "version": 1,
                }
                for index, contact_id in enumerate(contact_ids)
            ]
            for batch in _batches(entries):
                connection.execute(ListEntry.__table__.insert(), batch)
            changes = [
                {"entry_id": entry_id, "status": status, "changed_at": changed_at}
                for entry_id, status in session.execute(
                    select(ListEntry.id, ListEntry.status).where(
                        ListEntry.list_id == invitee_list.id
                    )
                )
            ]
            for batch in _batches(changes):
                connection.execute(StatusChange.__table__.insert(), batch)

            for batch in _batches(_meetings(rng, meetings, group.id)):
                connection.execute(Meeting.__table__.insert(), batch)
            meeting_ids = list(session.scalars(select(Meeting.id).order_by(Meeting.id)))
            if meeting_ids:
                for batch in _batches(_items(rng, items, meeting_ids)):
                    connection.execute(AgendaItem.__table__.insert(), batch)
            _documents(session, rng)
    finally:
        workspace.close()
    _remove(path)
    os.replace(partial, path)
    for suffix in ("-wal", "-shm"):
        Path(f"{partial}{suffix}").unlink(missing_ok=True)
    return path


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path, help="the .chairdesk file to write (or reuse)")
    parser.add_argument("--invitees", type=int, default=100_000)
    parser.add_argument("--meetings", type=int, default=2_000)
    parser.add_argument("--items", type=int, default=20_000)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    reused = args.output.exists() and existing_counts(args.output) == {
        "invitees": args.invitees,
        "contacts": args.invitees,
        "meetings": args.meetings,
        "items": args.items,
    }
    build_large_workspace(
        args.output, invitees=args.invitees, meetings=args.meetings, items=args.items
    )
    elapsed = time.perf_counter() - started
    verb = "reused" if reused else "built"
    print(
        f"{verb} {args.output} ({args.invitees:,} invitees, {args.meetings:,} meetings, "
        f"{args.items:,} agenda items) in {elapsed:.1f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
