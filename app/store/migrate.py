"""Alembic, run from the program: upgrade a file to the head revision.

Alembic is imported here only, and only when a file needs upgrading or
checking, so that opening an up-to-date workspace does not pay for it.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

#: The revision this program writes. tests/store/test_migrations.py keeps it equal
#: to Alembic's head, so that opening a current file never has to import Alembic.
HEAD_REVISION = "0010_mandate_versions"


def migrations_folder() -> Path:
    return Path(str(resources.files("migrations")))


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_folder()))
    return config


def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def is_known_revision(revision: str) -> bool:
    from alembic.util import CommandError

    try:
        return script_directory().get_revision(revision) is not None
    except CommandError:
        return False


def upgrade_to_head(engine: Engine) -> None:
    """Run every pending migration in one transaction.

    ``foreign_keys`` is switched off outside the transaction (SQLite ignores the
    PRAGMA inside one): batch migrations recreate tables, and with foreign keys on,
    dropping the old table would cascade and delete child rows. migrations/env.py
    runs ``PRAGMA foreign_key_check`` before committing and refuses a broken result.
    """
    from alembic import command

    config = alembic_config()
    if engine.dialect.name != "sqlite":
        with engine.connect() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
            connection.commit()
        return
    with engine.connect() as connection:
        # On the DBAPI connection, so that no SQLAlchemy transaction begins first.
        raw = connection.connection.driver_connection
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
        finally:
            raw.execute("PRAGMA foreign_keys=ON")
