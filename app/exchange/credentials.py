"""Passwords for the SMTP and CalDAV servers, kept in the operating system's keyring.

Never in the workspace, never in the settings file: the keyring (Windows Credential
Manager, macOS Keychain, the Secret Service on Linux) holds them, under the
service "Chairdesk SMTP" or "Chairdesk CalDAV" and the account "user@host".
"""

from __future__ import annotations

from urllib.parse import urlsplit

from app.messages import Messages
from app.services.errors import ServiceError

SMTP = "Chairdesk SMTP"
CALDAV = "Chairdesk CalDAV"


class CredentialsError(ServiceError):
    """The keyring could not be used; the message says what to do instead."""


def account(user: str, server: str) -> str:
    """The keyring account of ``user`` on ``server`` (a host name or a URL)."""
    host = urlsplit(server).netloc if "://" in server else server
    return f"{user}@{host.lower()}"


def _no_keyring(exc: Exception) -> CredentialsError:
    return CredentialsError(
        Messages.tr(
            "The system keyring cannot be used ({reason}). The password was not saved; "
            "type it each time, or install and unlock a keyring (Secret Service, KWallet).",
            reason=exc,
        )
    )


def get_password(service: str, user: str, server: str) -> str | None:
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(service, account(user, server))
    except (KeyringError, RuntimeError) as exc:
        raise _no_keyring(exc) from None


def set_password(service: str, user: str, server: str, password: str) -> None:
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(service, account(user, server), password)
    except (KeyringError, RuntimeError) as exc:
        raise _no_keyring(exc) from None


def delete_password(service: str, user: str, server: str) -> None:
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        keyring.delete_password(service, account(user, server))
    except PasswordDeleteError:
        return
    except (KeyringError, RuntimeError) as exc:
        raise _no_keyring(exc) from None
