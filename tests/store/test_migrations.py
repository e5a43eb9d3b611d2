"""The migrations build exactly the schema the models describe, and upgrade old files safely."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import func, select, text

from app.models import AgendaItem, Base, ListEntry, Meeting
from app.store import HEAD_REVISION, backup_file, migrate, open_workspace
from app.store.workspace import make_engine
from tests.store.migration_support import revision_of, run_alembic

ROOT = Path(__file__).resolve().parents[2]


def test_upgrade_of_an_empty_file_matches_the_models(tmp_path: Path) -> None:
    """``alembic -x workspace=PATH upgrade head`` from the repository root, then compare."""
    from argparse import Namespace

    from alembic.config import Config

    path = tmp_path / "empty.chairdesk"
    config = Config(str(ROOT / "alembic.ini"), cmd_opts=Namespace(x=[f"workspace={path}"]))
    command.upgrade(config, "head")
    assert revision_of(path) == HEAD_REVISION
    engine = make_engine(path)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(
                connection, opts={"compare_type": True, "compare_server_default": True}
            )
            differences = compare_metadata(context, Base.metadata)
    finally:
        engine.dispose()
    assert differences == []


def test_the_program_knows_the_single_head_revision() -> None:
    heads = migrate.script_directory().get_heads()
    assert heads == [HEAD_REVISION]


def test_downgrade_to_base_and_upgrade_again_with_data(demo_template: Path, tmp_path: Path) -> None:
    from app.services.demo import load_demo

    path = tmp_path / "cycle.chairdesk"
    backup_file(demo_template, path)
    run_alembic(path, "downgrade", "base")
    connection = sqlite3.connect(path)
    left = {
        row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    }
    connection.close()
    assert left <= {"alembic_version"}

    run_alembic(path, "upgrade", "head")
    workspace = open_workspace(path)
    try:
        with workspace.writing() as session:
            load_demo(session)
        with workspace.reading() as session:
            assert session.scalar(select(func.count()).select_from(Meeting)) == 6
    finally:
        workspace.close()
    assert revision_of(path) == HEAD_REVISION


EXTRA_REVISION = '''"""test only: a note column on meetings (batch mode recreates the table)"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("meetings") as batch_op:
        batch_op.add_column(sa.Column("test_note", sa.String(50), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("meetings") as batch_op:
        batch_op.drop_column("test_note")
'''


@pytest.fixture
def newer_program(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Pretend this program's head is a second revision that rebuilds the meetings table."""
    folder = tmp_path / "migrations"
    shutil.copytree(
        migrate.migrations_folder(), folder, ignore=shutil.ignore_patterns("__pycache__")
    )
    (folder / "versions" / "0002_test_note.py").write_text(
        EXTRA_REVISION.replace("{head}", HEAD_REVISION), encoding="utf-8"
    )
    monkeypatch.setattr(migrate, "migrations_folder", lambda: folder)
    monkeypatch.setattr(migrate, "HEAD_REVISION", "0002")
    return folder


def test_an_older_file_is_backed_up_then_upgraded_keeping_its_data(
    demo_template: Path, tmp_path: Path, newer_program: Path
) -> None:
    path = tmp_path / "old.chairdesk"
    backup_file(demo_template, path)

    workspace = open_workspace(path)
    try:
        assert any("upgraded" in warning for warning in workspace.warnings)
        with workspace.reading() as session:
            # The meetings table was dropped and rebuilt: its agenda items must survive.
            assert session.scalar(select(func.count()).select_from(Meeting)) == 6
            assert session.scalar(select(func.count()).select_from(AgendaItem)) == 11
            assert session.scalar(select(func.count()).select_from(ListEntry)) == 35
            columns = {row[1] for row in session.execute(text("PRAGMA table_info(meetings)"))}
            assert "test_note" in columns
            assert session.execute(text("PRAGMA foreign_key_check")).fetchall() == []
    finally:
        workspace.close()
    assert revision_of(path) == "0002"

    backups = list(tmp_path.glob(f"old.before-upgrade-{HEAD_REVISION}-*.chairdesk"))
    assert len(backups) == 1
    assert revision_of(backups[0]) == HEAD_REVISION
    old = sqlite3.connect(backups[0])
    try:
        assert old.execute("SELECT count(*) FROM agenda_items").fetchone()[0] == 11
        columns = {row[1] for row in old.execute("PRAGMA table_info(meetings)")}
        assert "test_note" not in columns
    finally:
        old.close()


def test_a_failed_upgrade_leaves_the_file_at_its_old_revision(
    demo_template: Path, tmp_path: Path, newer_program: Path
) -> None:
    broken = EXTRA_REVISION.replace(
        'batch_op.add_column(sa.Column("test_note", sa.String(50), nullable=True))',
        'batch_op.add_column(sa.Column("test_note", sa.String(50), nullable=True))\n'
        '    op.execute("SELECT * FROM no_such_table")',
    )
    (newer_program / "versions" / "0002_test_note.py").write_text(
        broken.replace("{head}", HEAD_REVISION), encoding="utf-8"
    )
    path = tmp_path / "old.chairdesk"
    backup_file(demo_template, path)

    with pytest.raises(Exception, match="no_such_table"):
        open_workspace(path)

    assert revision_of(path) == HEAD_REVISION
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("SELECT count(*) FROM agenda_items").fetchone()[0] == 11
        columns = {row[1] for row in connection.execute("PRAGMA table_info(meetings)")}
        assert "test_note" not in columns
    finally:
        connection.close()


def test_paper_settings_upgrade_keeps_every_row_and_sets_the_defaults(
    demo_template: Path, tmp_path: Path
) -> None:
    """0008_paper_settings on a workspace of the revision before it: data intact."""
    from app.models import WorkingGroup

    path = tmp_path / "papers.chairdesk"
    backup_file(demo_template, path)
    run_alembic(path, "downgrade", "0008_paper_settings-1")
    connection = sqlite3.connect(path)
    columns = {row[1] for row in connection.execute("PRAGMA table_info(working_groups)")}
    counts = {
        table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in ("working_groups", "officers", "meetings", "agenda_items", "list_entries")
    }
    connection.close()
    assert "paper_size" not in columns

    run_alembic(path, "upgrade", "head")
    connection = sqlite3.connect(path)
    try:
        for table, count in counts.items():
            assert connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == count
    finally:
        connection.close()
    workspace = open_workspace(path)
    try:
        with workspace.reading() as session:
            group = session.scalars(select(WorkingGroup)).one()
            assert (group.paper_size, group.paper_series, group.paper_template_name) == (
                "a4",
                "OEA/Ser.G",
                "",
            )
            assert group.name.startswith("Working Group to Prepare")
    finally:
        workspace.close()
