"""A throwaway PostgreSQL server for the test run, on a private UNIX socket.

Started once per test session by ``tests/conftest.py``: ``initdb`` in a temporary
folder, ``pg_ctl start`` listening on no TCP port, only on a socket in that folder, so
several test runs on one machine never meet. PostgreSQL refuses to run as root, so as
root the server runs as the ``postgres`` user in a folder it owns. Durability is
switched off (``fsync=off``): the server and its data are thrown away at the end.

``CHAIRDESK_TEST_PG_URL`` (e.g. ``postgresql://me@localhost/postgres``) points the tests
at an existing server instead; the role needs CREATEDB. Each test gets a database of its
own, made from a template migrated once (``CREATE DATABASE ... TEMPLATE``).
"""

from __future__ import annotations

import itertools
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import psycopg
from psycopg import sql

ENV_URL = "CHAIRDESK_TEST_PG_URL"
PORT = 5432


def find_bindir() -> Path | None:
    """The folder holding ``initdb`` and ``pg_ctl`` (Debian keeps them off PATH)."""
    if shutil.which("initdb") and shutil.which("pg_ctl"):
        return Path(shutil.which("initdb") or "").parent
    pg_config = shutil.which("pg_config")
    if pg_config:
        found = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True)
        folder = Path(found.stdout.strip())
        if (folder / "initdb").exists():
            return folder
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), reverse=True)
    return versions[0].parent if versions else None


class TestServer:
    """A PostgreSQL server the tests may create and drop databases on."""

    def __init__(self, base_url: str, stop: list[str] | None, folder: Path | None) -> None:
        self.base_url = base_url
        self._stop = stop
        self._folder = folder
        self._numbers = itertools.count(1)
        self.prefix = f"cdt{os.getpid()}_"

    def url(self, database: str) -> str:
        """A ``postgresql://`` URL of ``database`` on this server (what a user would type)."""
        head, _, tail = self.base_url.partition("?")
        head = head.rsplit("/", 1)[0] + "/" + database
        return f"{head}?{tail}" if tail else head

    def admin(self) -> psycopg.Connection:
        return psycopg.connect(self.url("postgres"), autocommit=True)

    def new_database(self, template: str | None = None, name: str | None = None) -> str:
        """Create a fresh database (a copy of ``template`` when given); return its name."""
        name = name or f"{self.prefix}{next(self._numbers)}"
        query = sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
        if template:
            query += sql.SQL(" TEMPLATE {}").format(sql.Identifier(template))
        with self.admin() as connection:
            connection.execute(query)
        return name

    def drop_database(self, name: str) -> None:
        with self.admin() as connection:
            connection.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )

    def password_role(self, name: str, password: str) -> str:
        """A role that must give ``password`` (scram-sha-256, as a secretariat's server asks),
        owning a fresh empty database; returns that database's URL for the role, without
        the password. Only on the server this run started (its pg_hba.conf is ours)."""
        if self._folder is None:
            raise RuntimeError("password roles need the run's own server")
        database = self.new_database()
        with self.admin() as connection:
            connection.execute(
                sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(
                    sql.Identifier(name), sql.Literal(password)
                )
            )
            connection.execute(
                sql.SQL("ALTER DATABASE {} OWNER TO {}").format(
                    sql.Identifier(database), sql.Identifier(name)
                )
            )
            hba = Path(connection.execute("SHOW hba_file").fetchone()[0])
            rules = f"local all {name} scram-sha-256\nhost all {name} 127.0.0.1/32 scram-sha-256\n"
            hba.write_text(rules + hba.read_text())  # the first matching line decides
            connection.execute("SELECT pg_reload_conf()")
        return self.url(database).replace("//postgres@", f"//{name}@", 1)

    def stop(self) -> None:
        if self._stop:
            subprocess.run(self._stop, capture_output=True, check=False)
        else:
            with self.admin() as connection:
                names = connection.execute(
                    "SELECT datname FROM pg_database WHERE datname LIKE %s", (self.prefix + "%",)
                ).fetchall()
            for (name,) in names:
                self.drop_database(name)
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)


def _as_postgres(command: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


def start_server(tcp_port: int | None = None, *, durable: bool = False) -> TestServer:
    """Start a private server (or use ``CHAIRDESK_TEST_PG_URL``); raise RuntimeError if none.

    ``tcp_port``: listen on 127.0.0.1 at that port too, and give loopback URLs (the
    benchmarks measure the server as a secretariat reaches it, over TCP); ``durable``
    keeps PostgreSQL's default fsync (to compare with SQLite's ``synchronous=FULL``).
    """
    existing = os.environ.get(ENV_URL)
    if existing and tcp_port is None:
        return TestServer(existing, None, None)
    bindir = find_bindir()
    if bindir is None:
        raise RuntimeError(
            "PostgreSQL is not installed (no initdb found); install the 'postgresql' package "
            f"or set {ENV_URL} to run the PostgreSQL half of the tests"
        )
    # Short path: a UNIX socket's path must stay under ~100 characters.
    folder = Path(tempfile.mkdtemp(prefix="cdpg-", dir="/tmp"))
    data = folder / "data"
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
    log = folder / "server.log"
    subprocess.run(
        _as_postgres(
            [
                str(bindir / "initdb"),
                "-D",
                str(data),
                "-U",
                "postgres",
                "-A",
                "trust",
                "-E",
                "UTF8",
                "--no-sync",
                "--no-instructions",
            ]
        ),
        check=True,
        capture_output=True,
    )
    listen = f"127.0.0.1 -p {tcp_port}" if tcp_port else f"'' -p {PORT}"
    fast = "" if durable else "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
    options = f"-k {folder} -c listen_addresses={listen} {fast}-c max_connections=200"
    started = subprocess.run(
        _as_postgres(
            [str(bindir / "pg_ctl"), "-D", str(data), "-l", str(log), "-o", options, "-w", "start"]
        ),
        capture_output=True,
        text=True,
    )
    if started.returncode != 0:
        detail = log.read_text(errors="replace")[-2000:] if log.exists() else started.stderr
        shutil.rmtree(folder, ignore_errors=True)
        raise RuntimeError(f"the test PostgreSQL server did not start: {detail}")
    stop = _as_postgres([str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"])
    if tcp_port:
        return TestServer(f"postgresql://postgres@127.0.0.1:{tcp_port}/postgres", stop, folder)
    return TestServer(f"postgresql://postgres@/postgres?host={folder}", stop, folder)


SNAPSHOT_SCHEMA = "test_snapshot"


class ReusedDatabase:
    """One database the tests share in turn, put back to a saved state before each test.

    ``CREATE DATABASE ... TEMPLATE`` takes about a second here (it copies the system
    catalogues), too slow for hundreds of tests; emptying the workspace tables and
    refilling them from a snapshot schema in the same database takes milliseconds and
    gives each test the same rows and the same id sequences as a fresh copy would.
    """

    def __init__(self, server: TestServer, name: str) -> None:
        self.server = server
        self.name = name
        self.url = server.url(name)
        self._tables: list[str] = []
        self._with_ids: list[str] = []

    def _connect(self) -> psycopg.Connection:
        return psycopg.connect(self.url, autocommit=True)

    def snapshot(self) -> None:
        """Save the workspace tables' rows as they are now (the state each test starts from)."""
        from app.models import Base

        self._tables = [table.name for table in Base.metadata.sorted_tables]
        self._with_ids = [t.name for t in Base.metadata.sorted_tables if "id" in t.c]
        with self._connect() as connection, connection.transaction():
            connection.execute(f"DROP SCHEMA IF EXISTS {SNAPSHOT_SCHEMA} CASCADE")
            connection.execute(f"CREATE SCHEMA {SNAPSHOT_SCHEMA}")
            for table in self._tables:
                connection.execute(
                    f'CREATE TABLE {SNAPSHOT_SCHEMA}."{table}" AS TABLE public."{table}"'
                )

    def reset(self) -> None:
        """Put every workspace table back to the snapshot, sequences included.

        DELETE, not TRUNCATE: a test leaves a few rows, and TRUNCATE's new files for
        every table and index cost more than deleting them. One round trip.
        """
        statements = ["SET LOCAL lock_timeout = '10s'"]
        statements += [f'DELETE FROM public."{table}"' for table in reversed(self._tables)]
        statements += [
            f'INSERT INTO public."{table}" SELECT * FROM {SNAPSHOT_SCHEMA}."{table}"'
            for table in self._tables
        ]
        statements += [
            f"SELECT setval(pg_get_serial_sequence('public.\"{table}\"', 'id'), "
            f'(SELECT coalesce(max(id), 0) + 1 FROM public."{table}"), false)'
            for table in self._with_ids
        ]
        with self._connect() as connection, connection.transaction():
            connection.execute(";\n".join(statements).encode())
