"""Alembic environment: batch mode for SQLite, foreign keys checked before commit."""

from __future__ import annotations

from logging.config import fileConfig

from alembic import context
from sqlalchemy import Connection

from app.models import Base
from app.models.base import UTCDateTime
from app.store.server import is_server_url, make_server_engine, parse_server_url
from app.store.workspace import make_engine

config = context.config
if config.config_file_name is not None and config.attributes.get("connection") is None:
    fileConfig(config.config_file_name, disable_existing_loggers=False)

target_metadata = Base.metadata


#: The advisory lock key that serialises schema upgrades on a server ("CHAIRDSK").
MIGRATION_LOCK = 0x4348414952445348


class ForeignKeyViolation(RuntimeError):
    pass


def render_item(type_: str, obj: object, autogen_context: object) -> str | bool:
    """Write our column types as the plain SQLAlchemy types they store as."""
    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime()"
    return False


def run_on(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        render_item=render_item,
        # SQLite does roll back DDL; without this Alembic commits table by table and a
        # failed foreign_key_check below could not undo the migration.
        transactional_ddl=True,
    )
    with context.begin_transaction():
        if connection.dialect.name == "postgresql":
            # Two people opening a new team workspace at once: the second waits, then
            # finds the schema made and upgrades nothing.
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK})")
            context.run_migrations()
            return
        context.run_migrations()
        broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        if broken:
            raise ForeignKeyViolation(
                f"the migration would leave {len(broken)} rows pointing to missing rows; "
                "nothing was changed"
            )


def run_migrations_offline() -> None:
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        run_on(connection)
        return
    from pathlib import Path

    workspace = context.get_x_argument(as_dictionary=True).get("workspace")
    if workspace and is_server_url(workspace):  # a team workspace: -x workspace=postgresql://...
        address, password = parse_server_url(workspace)
        engine = make_server_engine(address, password)
        with engine.connect() as connection:
            run_on(connection)
            connection.commit()
        engine.dispose()
        return
    url = config.get_main_option("sqlalchemy.url") or "sqlite:///workspace.chairdesk"
    path = Path(workspace) if workspace else Path(url.removeprefix("sqlite:///"))
    engine = make_engine(path)
    with engine.connect() as connection:
        connection.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")
        run_on(connection)
    engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
