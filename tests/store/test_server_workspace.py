"""A workspace on a real PostgreSQL server: made, refused and upgraded like a file.

The server is the throwaway one of tests/pg_server.py; nothing here is mocked.
"""

from __future__ import annotations

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from app.models import Base
from app.store import (
    HEAD_REVISION,
    NewerWorkspaceError,
    NotAWorkspaceError,
    WorkspaceError,
    migrate,
    open_workspace,
)
from app.store.server import make_server_engine, parse_server_url

pytestmark = pytest.mark.postgresql


def _revision(url: str) -> str | None:
    address, _ = parse_server_url(url)
    engine = make_server_engine(address)
    try:
        with engine.connect() as connection:
            return connection.scalar(text("SELECT version_num FROM alembic_version"))
    finally:
        engine.dispose()


def test_an_empty_database_gets_exactly_the_schema_of_the_models(server_database) -> None:
    url = server_database()
    open_workspace(url).close()
    assert _revision(url) == HEAD_REVISION
    address, _ = parse_server_url(url)
    engine = make_server_engine(address)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            differences = compare_metadata(context, Base.metadata)
    finally:
        engine.dispose()
    assert differences == []


def test_every_revision_downgrades_and_upgrades_again_on_the_server(server_database) -> None:
    """Other engineers' revisions must run on PostgreSQL too, both ways."""
    url = server_database()
    open_workspace(url).close()
    address, _ = parse_server_url(url)
    engine = make_server_engine(address)
    config = migrate.alembic_config()
    try:
        with engine.connect() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "base")
            connection.commit()
    finally:
        engine.dispose()
    assert _revision(url) is None
    open_workspace(url).close()
    assert _revision(url) == HEAD_REVISION


def test_a_database_from_a_newer_release_is_refused_and_left_untouched(server_database) -> None:
    url = server_database()
    open_workspace(url).close()
    address, _ = parse_server_url(url)
    engine = make_server_engine(address)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    engine.dispose()
    with pytest.raises(NewerWorkspaceError, match="newer version of Chairdesk"):
        open_workspace(url)
    assert _revision(url) == "9999_from_the_future"


def test_a_database_holding_other_tables_is_not_taken_over(server_database) -> None:
    url = server_database()
    address, _ = parse_server_url(url)
    engine = make_server_engine(address)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE payroll (id integer)"))
    engine.dispose()
    with pytest.raises(NotAWorkspaceError, match="no Chairdesk workspace"):
        open_workspace(url)


def test_an_empty_database_is_not_made_a_workspace_when_only_opening(server_database) -> None:
    url = server_database()
    with pytest.raises(WorkspaceError, match="holds no workspace yet"):
        open_workspace(url, create=False)
    assert _revision_missing(url)


def _revision_missing(url: str) -> bool:
    address, _ = parse_server_url(url)
    engine = make_server_engine(address)
    try:
        with engine.connect() as connection:
            return connection.scalar(text("SELECT to_regclass('public.alembic_version')")) is None
    finally:
        engine.dispose()


def test_a_server_that_is_not_there_is_a_message_not_a_traceback(tmp_path) -> None:
    with pytest.raises(WorkspaceError, match="cannot be reached"):
        open_workspace(f"postgresql://nobody@/chairdesk?host={tmp_path}")


def test_a_bad_sslmode_is_refused_with_the_modes_that_exist() -> None:
    with pytest.raises(WorkspaceError, match="verify-full"):
        open_workspace("postgresql://ana@db.example.org/mispa?sslmode=always")


def test_sslmode_and_the_keyring_password_reach_the_driver() -> None:
    import keyring
    from keyring.backend import KeyringBackend

    class MemoryKeyring(KeyringBackend):
        priority = 1
        stored: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.stored.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.stored[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            self.stored.pop((service, username), None)

    from app.store.server import save_keyring_password

    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        address, in_url = parse_server_url(
            "postgresql://ana@db.example.org:6432/mispa?sslmode=verify-full"
        )
        assert in_url is None
        assert save_keyring_password(address, "s3cret")
        engine = make_server_engine(address)
        assert engine.url.password == "s3cret"
        assert engine.url.query["sslmode"] == "verify-full"
        assert "s3cret" not in address.display()
        engine.dispose()
    finally:
        keyring.set_keyring(previous)


def test_the_alembic_command_upgrades_a_server_database(server_database) -> None:
    """README: ``alembic upgrade head -x workspace=postgresql://...`` from the repository."""
    from argparse import Namespace
    from pathlib import Path

    from alembic.config import Config

    url = server_database()
    root = Path(__file__).resolve().parents[2]
    config = Config(str(root / "alembic.ini"), cmd_opts=Namespace(x=[f"workspace={url}"]))
    command.upgrade(config, "head")
    assert _revision(url) == HEAD_REVISION
