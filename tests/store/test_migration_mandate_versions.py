"""Revision 0010_mandate_versions upgrades a workspace written by the previous schema, data
intact: on SQLite (a file, backed up first) and on PostgreSQL. Each mandate's resolution
title and area responsible become its version in the mandate's original language; no other
language version is made up."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import Connection, text

from app.store import HEAD_REVISION, backup_file, open_workspace
from tests.store.migration_support import (
    contents,
    on_server,
    previous_revision,
    revision_of,
    run_alembic,
    server_rows,
    table_columns,
    upgrade_server_to,
)

REVISION = "0010_mandate_versions"
CODES = ("en", "es", "fr", "pt")
NEW_COLUMNS = [
    f"{field}_{code}" for field in ("resolution_title", "area_responsible") for code in CODES
]
TITLE = "Follow-Up to the Meetings of Ministers Responsible for Public Security in the Americas"
TITLE_ES = "Seguimiento de las Reuniones de Ministros en Materia de Seguridad Pública"


def _expected(original: str, title: str, area: str) -> tuple[object, ...]:
    """The new columns of one upgraded mandate: its texts in its original language only."""
    return tuple(
        (value or None) if code == original else None for value in (title, area) for code in CODES
    )


def test_the_revision_follows_the_previous_head() -> None:
    assert previous_revision(REVISION) == "0009_group_names"
    assert HEAD_REVISION == REVISION


def test_a_previous_schema_file_is_backed_up_and_upgraded_keeping_every_row(
    demo_template: Path, tmp_path: Path
) -> None:
    path = tmp_path / "previous.chairdesk"
    backup_file(demo_template, path)
    previous = previous_revision(REVISION)
    run_alembic(path, "downgrade", previous)
    assert revision_of(path) == previous
    connection = sqlite3.connect(path)
    previous_tables = table_columns(connection)
    assert not set(NEW_COLUMNS) & set(previous_tables["mandates"])
    # One mandate written in Spanish: its title and area are the Spanish versions.
    connection.execute(
        "UPDATE mandates SET original_language = 'es', resolution_title = ?, "
        "area_responsible = '' WHERE position = 2",
        (TITLE_ES,),
    )
    connection.commit()
    connection.close()
    before = contents(path)
    assert len(before["mandates"]) == 7

    workspace = open_workspace(path)
    try:
        assert any("upgraded" in warning for warning in workspace.warnings)
    finally:
        workspace.close()

    assert revision_of(path) == HEAD_REVISION
    # Only the old columns are compared: every row of every table is as it was.
    assert contents(path, previous_tables) == before
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute(
            "SELECT original_language, resolution_title, area_responsible, "
            f"{', '.join(NEW_COLUMNS)} FROM mandates ORDER BY position"
        ).fetchall()
        assert len(rows) == 7
        for original, title, area, *new in rows:
            assert tuple(new) == _expected(original, title, area)
        assert rows[0][:2] == ("en", TITLE) and rows[0][3] == TITLE
        assert rows[1][:3] == ("es", TITLE_ES, "")
        assert tuple(rows[1][3:]) == (None, TITLE_ES, None, None, None, None, None, None)
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        connection.close()
    backups = list(tmp_path.glob(f"previous.before-upgrade-{previous}-*.chairdesk"))
    assert len(backups) == 1
    assert contents(backups[0]) == before


def test_an_upgraded_file_prints_in_spanish_only_once_the_mandates_have_spanish_versions(
    demo_template: Path, tmp_path: Path
) -> None:
    """What the upgrade cannot know is asked for, not invented."""
    from app.papers.workplan import workplan_paper

    path = tmp_path / "previous.chairdesk"
    backup_file(demo_template, path)
    run_alembic(path, "downgrade", previous_revision(REVISION))
    workspace = open_workspace(path)
    try:
        with workspace.reading() as session:
            english = workplan_paper(session, "en")
            spanish = workplan_paper(session, "es")
    finally:
        workspace.close()
    assert english.missing == []
    missing = [m.what for m in spanish.missing]
    assert "resolution title of AG/RES. 2629 (XLI-O/11)" in missing
    assert "area responsible of mandate 1 (AG/RES. 2629 (XLI-O/11))" in missing
    assert len(missing) == 1 + 7


@pytest.mark.postgresql
def test_a_previous_schema_database_on_the_server_is_upgraded_keeping_every_row(
    server_database,
) -> None:
    url = server_database()
    upgrade_server_to(url, previous_revision(REVISION))

    def add_mandates(connection: Connection) -> None:
        for position, (language, title, area) in enumerate(
            [("en", TITLE, "OAS General Secretariat"), ("es", TITLE_ES, ""), ("en", "", "CHS")],
            start=1,
        ):
            connection.execute(
                text(
                    "INSERT INTO mandates (resolution, resolution_title, original_language, "
                    f"text_{language}, area_responsible, status, position, notes, version) "
                    "VALUES ('AG/RES. 2629 (XLI-O/11)', :title, :language, 'A mandate', "
                    ":area, 'pending', :position, 'kept', 1)"
                ),
                {"title": title, "language": language, "area": area, "position": position},
            )

    old_rows = (
        "SELECT id, resolution, resolution_title, original_language, text_en, text_es, "
        "area_responsible, status, position, notes, version FROM mandates ORDER BY id"
    )
    on_server(url, add_mandates)
    before = server_rows(url, old_rows)

    open_workspace(url).close()  # upgrades to head

    assert server_rows(url, old_rows) == before
    new = server_rows(url, f"SELECT {', '.join(NEW_COLUMNS)} FROM mandates ORDER BY id")
    assert new == [
        _expected("en", TITLE, "OAS General Secretariat"),
        _expected("es", TITLE_ES, ""),
        _expected("en", "", "CHS"),
    ]
    revision = on_server(
        url, lambda connection: connection.scalar(text("SELECT version_num FROM alembic_version"))
    )
    assert revision == HEAD_REVISION
