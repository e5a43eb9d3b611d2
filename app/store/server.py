"""A workspace on a PostgreSQL server (team mode): URLs, passwords, the engine, a first look.

``postgresql://user@host:port/dbname?sslmode=require`` names a server workspace. The
password is never written in the URL or the settings: it comes from the operating
system's keyring (service :data:`KEYRING_SERVICE`, user name ``user@host:port/dbname``),
else from libpq's own sources (``PGPASSWORD``, ``~/.pgpass``). psycopg 3 is the driver.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, create_engine, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from app.messages import Messages
from app.store.errors import NotAWorkspaceError, WorkspaceError
from app.store.probe import COUNTED_TABLES, VERSION_TABLE, FileState

SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")
KEYRING_SERVICE = "Chairdesk PostgreSQL"
SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
#: How long a write waits for a row another person's transaction holds, in milliseconds.
LOCK_TIMEOUT_MS = 5000
CONNECT_TIMEOUT_S = 5


def is_server_url(target: object) -> bool:
    return isinstance(target, str) and target.lower().startswith(SCHEMES)


@dataclass(frozen=True)
class ServerAddress:
    """Where a team workspace lives; never holds a password."""

    host: str
    port: int
    database: str
    user: str
    sslmode: str = "prefer"
    #: A folder holding the server's UNIX socket (a local server), instead of host/port.
    socket_dir: str = ""

    @property
    def keyring_user(self) -> str:
        return f"{self.user}@{self.socket_dir or self.host}:{self.port}/{self.database}"

    def display(self) -> str:
        """The URL a person sees and the recent-files list keeps (no password)."""
        where = "" if self.socket_dir else f"{self.host}:{self.port}"
        query = []
        if self.socket_dir:
            query.append(f"host={self.socket_dir}")
        if self.sslmode != "prefer":
            query.append(f"sslmode={self.sslmode}")
        tail = f"?{'&'.join(query)}" if query else ""
        return f"postgresql://{self.user}@{where}/{self.database}{tail}"

    def sqlalchemy_url(self, password: str | None) -> URL:
        query: dict[str, str] = {"sslmode": self.sslmode}
        if self.socket_dir:
            query["host"] = self.socket_dir
        return URL.create(
            "postgresql+psycopg",
            username=self.user,
            password=password,
            host=None if self.socket_dir else self.host,
            port=self.port,
            database=self.database,
            query=query,
        )


def parse_server_url(text_url: str) -> tuple[ServerAddress, str | None]:
    """The address in ``text_url`` and the password it carries, if any (discouraged)."""
    try:
        url = make_url(text_url.replace("postgres://", "postgresql://", 1))
    except ArgumentError as exc:
        raise WorkspaceError(
            Messages.tr(
                "{address} is not a server address. Write it as postgresql://USER@HOST/DATABASE.",
                address=text_url,
            )
        ) from exc
    query = {key: value for key, value in url.query.items() if isinstance(value, str)}
    sslmode = query.get("sslmode", "prefer")
    if sslmode not in SSL_MODES:
        raise WorkspaceError(
            Messages.tr(
                "sslmode={mode} is not a TLS mode PostgreSQL knows. Use one of: {modes}.",
                mode=sslmode,
                modes=", ".join(SSL_MODES),
            )
        )
    if not url.database:
        raise WorkspaceError(
            Messages.tr(
                "{address} names no database. Write it as postgresql://USER@HOST/DATABASE.",
                address=text_url,
            )
        )
    socket_dir = query.get("host", "") if query.get("host", "").startswith("/") else ""
    import getpass

    address = ServerAddress(
        host=url.host or query.get("host", "") or "localhost",
        port=url.port or 5432,
        database=url.database,
        user=url.username or getpass.getuser(),
        sslmode=sslmode,
        socket_dir=socket_dir,
    )
    return address, url.password


def keyring_password(address: ServerAddress) -> str | None:
    """The password saved for ``address`` in the operating system's keyring, if any."""
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError:  # pragma: no cover - keyring is a dependency
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, address.keyring_user)
    except (KeyringError, RuntimeError):
        return None


def save_keyring_password(address: ServerAddress, password: str) -> bool:
    """Keep ``password`` in the keyring; False when this computer has no keyring."""
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, address.keyring_user, password)
    except (KeyringError, RuntimeError):
        return False
    return True


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    with dbapi_connection.cursor() as cursor:
        cursor.execute(f"SET lock_timeout = {LOCK_TIMEOUT_MS}")
        cursor.execute("SET TIME ZONE 'UTC'")
    dbapi_connection.commit()


def make_server_engine(address: ServerAddress, password: str | None = None) -> Engine:
    from sqlalchemy import event

    engine = create_engine(
        address.sqlalchemy_url(password or keyring_password(address)),
        pool_pre_ping=True,
        connect_args={"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "Chairdesk"},
    )
    event.listen(engine, "connect", _on_connect)
    return engine


def server_unreachable(address: ServerAddress, error: BaseException) -> WorkspaceError:
    reason = str(getattr(error, "orig", error)).strip().splitlines()
    detail = reason[0] if reason else type(error).__name__
    return WorkspaceError(
        Messages.tr(
            "The server workspace {address} cannot be reached ({reason}). Check the "
            "address, your password in the keyring and the network, then try again.",
            address=address.display(),
            reason=detail,
        )
    )


def inspect_server(engine: Engine, address: ServerAddress) -> FileState:
    """Tell an empty database, a Chairdesk workspace and anything else apart, writing nothing."""
    try:
        with engine.connect() as connection:
            tables = set(inspect(connection).get_table_names())
            if not tables:
                return FileState(empty=True, revision=None)
            if VERSION_TABLE not in tables:
                raise NotAWorkspaceError(
                    Messages.tr(
                        "The database {database} holds tables but no Chairdesk workspace. "
                        "Choose an empty database for a new team workspace.",
                        database=address.database,
                    )
                )
            row = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).first()
    except DBAPIError as exc:
        raise server_unreachable(address, exc) from exc
    if row is None and tables == {VERSION_TABLE}:  # downgraded to nothing: as good as empty
        return FileState(empty=True, revision=None)
    return FileState(empty=False, revision=row[0] if row else None)


def check_server(url: str) -> tuple[ServerAddress, FileState, dict[str, int]]:
    """``chairdesk check URL``: the schema revision and row counts, changing nothing.

    The server enforces types, constraints and foreign keys itself; what is left to
    check is that the database is a Chairdesk workspace this program can open.
    """
    address, password = parse_server_url(url)
    engine = make_server_engine(address, password)
    try:
        state = inspect_server(engine, address)
        counts: dict[str, int] = {}
        if not state.empty and state.revision is not None:
            with engine.connect() as connection:
                for label, table in COUNTED_TABLES.items():
                    counts[label] = connection.scalar(text(f"SELECT count(*) FROM {table}")) or 0
    except DBAPIError as exc:
        raise server_unreachable(address, exc) from exc
    finally:
        engine.dispose()
    return address, state, counts
