"""Revision 0009_group_names upgrades a workspace written by the previous schema, data intact:
on SQLite (a file, backed up first) and on PostgreSQL. The group's name and parent body
become its English original; no other language version is made up."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import Connection, text

from app.store import HEAD_REVISION, backup_file, migrate, open_workspace
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

REVISION = "0009_group_names"
NEW_COLUMNS = [
    "original_language",
    *(f"{field}_{code}" for field in ("name", "parent_body") for code in ("en", "es", "fr", "pt")),
]
NAME = "Working Group to Prepare the Third Meeting of Ministers Responsible for Public Security"
PARENT = "Committee on Hemispheric Security (CHS) of the Permanent Council"


def test_the_revision_follows_the_previous_head() -> None:
    assert previous_revision(REVISION) == "0004_meeting_record"
    assert migrate.script_directory().get_revision(HEAD_REVISION) is not None


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
    assert not set(NEW_COLUMNS) & set(previous_tables["working_groups"])
    connection.close()
    before = contents(path)
    assert len(before["working_groups"]) == 1 and len(before["agenda_items"]) == 11

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
            f"SELECT name, parent_body, {', '.join(NEW_COLUMNS)} FROM working_groups"
        ).fetchall()
        name, parent = rows[0][:2]
        assert name.startswith("Working Group to Prepare the Third Meeting of Ministers")
        assert rows == [(name, parent, "en", name, None, None, None, parent, None, None, None)]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        with pytest.raises(sqlite3.IntegrityError):
            connection.execute("UPDATE working_groups SET original_language = 'de'")
    finally:
        connection.close()
    backups = list(tmp_path.glob(f"previous.before-upgrade-{previous}-*.chairdesk"))
    assert len(backups) == 1
    assert contents(backups[0]) == before


def test_an_upgraded_file_prints_in_spanish_only_once_the_group_has_a_spanish_name(
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
    # (Going back past 0009 also drops the mandates' versions of 0010: only the group's.)
    assert [m.what for m in spanish.missing if m.what.startswith("working group")] == [
        "working group's parent body",
        "working group's name",
    ]


@pytest.mark.postgresql
def test_a_previous_schema_database_on_the_server_is_upgraded_keeping_every_row(
    server_database,
) -> None:
    url = server_database()
    upgrade_server_to(url, previous_revision(REVISION))

    def add_group(connection: Connection) -> None:
        connection.execute(
            text(
                "INSERT INTO working_groups (name, short_name, parent_body, mandate_resolution, "
                "prepares, ministerial_city, ministerial_country, default_timezone, "
                "default_room, default_venue, notes, paper_size, paper_series, "
                "paper_template_name, organizer_name, organizer_email, quorum_rule, "
                "member_states_total, version) VALUES (:name, 'MISPA III Working Group', "
                ":parent, '', 'MISPA III', 'Port of Spain', '', 'America/New_York', '', '', "
                "'kept', 'a4', 'OEA/Ser.G', '', '', '', 'majority', 35, 1)"
            ),
            {"name": NAME, "parent": PARENT},
        )

    old_rows = (
        "SELECT id, name, short_name, parent_body, prepares, ministerial_city, notes, "
        "paper_series, quorum_rule, version FROM working_groups ORDER BY id"
    )
    on_server(url, add_group)
    before = server_rows(url, old_rows)

    open_workspace(url).close()  # upgrades to head

    assert server_rows(url, old_rows) == before
    new = server_rows(url, f"SELECT {', '.join(NEW_COLUMNS)} FROM working_groups")
    assert new == [("en", NAME, None, None, None, PARENT, None, None, None)]
    revision = on_server(
        url, lambda connection: connection.scalar(text("SELECT version_num FROM alembic_version"))
    )
    assert revision == HEAD_REVISION

    def refuses_an_unknown_language(connection: Connection) -> None:
        with pytest.raises(Exception, match="original_language"):
            connection.execute(text("UPDATE working_groups SET original_language = 'de'"))

    on_server(url, refuses_an_unknown_language)
