"""Real servers on 127.0.0.1 for the invitation tests: aiosmtpd (SMTP) and Radicale (CalDAV)."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult

USER, PASSWORD = "secretariat", "s3cret"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Inbox:
    """What the SMTP server received; ``drop_at`` makes it hang up on that message (1-based)."""

    messages: list[tuple[str, list[str], bytes]] = field(default_factory=list)
    drop_at: int | None = None
    seen: int = 0
    #: Addresses refused at RCPT TO with a permanent error (550).
    refuse: set[str] = field(default_factory=set)

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, options: list[str]
    ) -> str:
        if address in self.refuse:
            return "550 5.1.1 No such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.seen += 1
        if self.drop_at is not None and self.seen == self.drop_at:
            self.drop_at = None
            server.transport.close()  # the connection drops before the server answers
            return "421 going away"
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.content))
        return "250 OK"


def _check_login(server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any) -> Any:
    ok = auth_data.login == USER.encode() and auth_data.password == PASSWORD.encode()
    return AuthResult(success=ok, handled=False)


class SmtpServer:
    def __init__(self) -> None:
        self.inbox = Inbox()
        self.port = free_port()
        self.controller = Controller(
            self.inbox,
            hostname="127.0.0.1",
            port=self.port,
            authenticator=_check_login,
            auth_require_tls=False,
        )

    def __enter__(self) -> SmtpServer:
        self.controller.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.controller.stop()


RADICALE_CONFIG = """
[server]
hosts = 127.0.0.1:{port}
[auth]
type = htpasswd
htpasswd_filename = {htpasswd}
htpasswd_encryption = plain
[rights]
type = owner_only
[storage]
filesystem_folder = {storage}
[logging]
level = warning
"""


class RadicaleServer:
    """Radicale in a subprocess, with users ``secretariat`` and ``other``, storage in ``folder``."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> RadicaleServer:
        htpasswd = self.folder / "users"
        htpasswd.write_text(f"{USER}:{PASSWORD}\nother:other\n", encoding="utf-8")
        config = self.folder / "config"
        config.write_text(
            RADICALE_CONFIG.format(
                port=self.port, htpasswd=htpasswd, storage=self.folder / "collections"
            ),
            encoding="utf-8",
        )
        self.process = subprocess.Popen(
            [sys.executable, "-m", "radicale", "--config", str(config)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    return self
            except OSError:
                if self.process.poll() is not None:
                    raise RuntimeError(self.process.stderr.read().decode()) from None
                time.sleep(0.05)
        raise RuntimeError("Radicale did not start")

    def __exit__(self, *exc: object) -> None:
        assert self.process is not None
        self.process.terminate()
        self.process.wait(timeout=10)

    def make_calendar(self, name: str = "mispa", user: str = USER) -> str:
        """Create a calendar collection with MKCALENDAR and return its URL."""
        import requests

        url = f"{self.url}/{user}/{name}/"
        password = PASSWORD if user == USER else "other"
        response = requests.request("MKCALENDAR", url, auth=(user, password), timeout=10)
        assert response.status_code in (201, 405), response.text
        return url


def memory_keyring() -> Iterator[None]:
    """Replace the system keyring by one in memory for the test (see the fixtures)."""
    import keyring
    from keyring.backend import KeyringBackend

    class MemoryKeyring(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def __init__(self) -> None:
            self.store: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.store.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.store[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            self.store.pop((service, username), None)

    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        yield
    finally:
        keyring.set_keyring(previous)
