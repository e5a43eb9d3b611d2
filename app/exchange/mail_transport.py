"""Where invitation messages go: the user's SMTP server, or a folder of .eml files.

Each transport turns the failures a person can fix into :class:`DeliveryError`
with a message saying what to do; ``Stopped`` marks the failures after which no
further message can go through this connection (the run stops, what was sent is
kept, and running it again sends the rest).
"""

from __future__ import annotations

import re
import smtplib
import ssl
from dataclasses import dataclass
from email.message import Message
from pathlib import Path
from typing import Protocol

from app.messages import Message as Explanation
from app.messages import Messages
from app.services.errors import ServiceError

SECURITY = ("starttls", "ssl", "none")
DEFAULT_PORTS = {"starttls": 587, "ssl": 465, "none": 25}


class DeliveryError(ServiceError):
    """The server refused something; ``stops`` when nothing more can be sent now."""

    def __init__(self, message: Explanation | str, *, stops: bool = True) -> None:
        super().__init__(message)
        self.stops = stops


class Transport(Protocol):
    channel: str

    def open(self) -> None: ...

    def deliver(self, message: Message, sender: str, recipients: list[str]) -> None: ...

    def close(self) -> None: ...


@dataclass
class SmtpSettings:
    host: str
    port: int
    security: str = "starttls"
    user: str = ""
    password: str = ""
    timeout: float = 30.0

    @property
    def label(self) -> str:
        return f"{self.host}:{self.port}"


class SmtpTransport:
    """One connection to the user's own SMTP server for the whole run."""

    channel = "smtp"

    def __init__(self, settings: SmtpSettings, context: ssl.SSLContext | None = None) -> None:
        if settings.security not in SECURITY:
            raise DeliveryError(
                Messages.tr("Unknown connection security “{security}”.", security=settings.security)
            )
        self.settings = settings
        self.context = context or ssl.create_default_context()
        self._smtp: smtplib.SMTP | None = None

    def open(self) -> None:
        settings = self.settings
        try:
            if settings.security == "ssl":
                smtp: smtplib.SMTP = smtplib.SMTP_SSL(
                    settings.host, settings.port, timeout=settings.timeout, context=self.context
                )
            else:
                smtp = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout)
                if settings.security == "starttls":
                    smtp.starttls(context=self.context)
            if settings.user:
                smtp.login(settings.user, settings.password)
        except smtplib.SMTPAuthenticationError as exc:
            raise DeliveryError(
                Messages.tr(
                    "The mail server {server} refused the login of “{user}” ({reply}). Check "
                    "the user name and password in the SMTP settings; nothing was sent.",
                    server=settings.label,
                    user=settings.user,
                    reply=_reply(exc),
                )
            ) from None
        except smtplib.SMTPNotSupportedError:
            if settings.security == "starttls":
                raise DeliveryError(
                    Messages.tr(
                        "The mail server {server} does not offer STARTTLS. Choose SSL or "
                        "another port in the SMTP settings (ask your IT for the right ones); "
                        "nothing was sent.",
                        server=settings.label,
                    )
                ) from None
            raise DeliveryError(
                Messages.tr(
                    "The mail server {server} does not offer login. Choose SSL or another "
                    "port in the SMTP settings (ask your IT for the right ones); nothing was "
                    "sent.",
                    server=settings.label,
                )
            ) from None
        except (smtplib.SMTPException, ssl.SSLError, OSError) as exc:
            raise DeliveryError(
                Messages.tr(
                    "Could not connect to the mail server {server} ({reason}). Check the host, "
                    "port and security in the SMTP settings, and your network; nothing was "
                    "sent.",
                    server=settings.label,
                    reason=exc,
                )
            ) from None
        self._smtp = smtp

    def deliver(self, message: Message, sender: str, recipients: list[str]) -> None:
        if self._smtp is None:
            self.open()
        assert self._smtp is not None
        try:
            # smtplib sends bytes as they are: the lines must end in CRLF already.
            data = message.as_bytes(policy=message.policy.clone(linesep="\r\n"))
            refused = self._smtp.sendmail(sender, recipients, data)
        except smtplib.SMTPRecipientsRefused as exc:
            details = "; ".join(f"{to}: {_reply(error)}" for to, error in exc.recipients.items())
            raise DeliveryError(
                Messages.tr("The server refused {details}.", details=details), stops=False
            ) from None
        except smtplib.SMTPSenderRefused as exc:
            raise DeliveryError(
                Messages.tr(
                    "The mail server refused to send from {sender} ({reply}). Give the "
                    "organizer an address your account may send from (working group settings).",
                    sender=sender,
                    reply=_reply(exc),
                )
            ) from None
        except smtplib.SMTPResponseException as exc:
            # (before OSError: every SMTPException is one) 4xx, 421 among them: try again
            # later; 5xx: this message alone is refused, the others can go.
            stops = exc.smtp_code < 500
            raise DeliveryError(
                Messages.tr("The mail server answered {reply}.", reply=_reply(exc)), stops=stops
            ) from None
        except (smtplib.SMTPServerDisconnected, OSError) as exc:
            self._smtp = None
            raise DeliveryError(
                Messages.tr("The connection to the mail server dropped ({reason}).", reason=exc)
            ) from None
        if refused:
            details = "; ".join(f"{to}: {_reply(error)}" for to, error in refused.items())
            raise DeliveryError(
                Messages.tr("The server refused {details}.", details=details), stops=False
            )

    def close(self) -> None:
        if self._smtp is not None:
            try:
                self._smtp.quit()
            except (smtplib.SMTPException, OSError):
                self._smtp.close()
            self._smtp = None


def _reply(exc: object) -> str:
    if isinstance(exc, smtplib.SMTPResponseException):
        code, text = exc.smtp_code, exc.smtp_error
    elif isinstance(exc, tuple) and len(exc) == 2:
        code, text = exc
    else:
        return str(exc)
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return f"{code} {text}".strip()


class EmlFolder:
    """Writes each message as an .eml file Outlook opens as a draft ready to send."""

    channel = "eml"

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.written: list[Path] = []

    def open(self) -> None:
        if not self.folder.is_dir():
            raise DeliveryError(
                Messages.tr(
                    "The folder {folder} does not exist. Create it or choose another one; "
                    "nothing was written.",
                    folder=self.folder,
                )
            )

    def deliver(self, message: Message, sender: str, recipients: list[str]) -> None:
        # Outlook opens a message with X-Unsent: 1 as a draft with a Send button.
        message["X-Unsent"] = "1"
        name = safe_name(str(message["Subject"] or "invitation"), recipients[0])
        path = self.folder / name
        partial = path.with_name(path.name + ".partial")
        try:
            partial.write_bytes(message.as_bytes())
            partial.replace(path)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            raise DeliveryError(
                Messages.tr(
                    "Could not write {file} ({reason}). Check the folder and free disk space.",
                    file=path,
                    reason=exc.strerror or exc,
                )
            ) from None
        self.written.append(path)

    def close(self) -> None:
        return None


def safe_name(subject: str, recipient: str) -> str:
    """A file name from the recipient's address and the subject, safe on every system."""
    cleaned = re.sub(r"[^\w.@+-]+", "_", f"{recipient} - {subject}").strip("._")
    return cleaned[:150] + ".eml"
