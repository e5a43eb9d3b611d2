"""The group's calendar on a CalDAV server, so subscribed calendars follow without imports.

Each meeting is one resource named by its UID (``<collection>/<UID>.ics``), the
same event the calendar export writes, without METHOD (RFC 4791 forbids it in a
stored resource). A changed meeting is PUT again at the same address; a cancelled
one stays, marked ``STATUS:CANCELLED``; a meeting deleted from the workspace is
deleted from the server. What the server holds of each meeting is remembered by a
hash (and its ETag): publishing again with nothing changed sends nothing at all.
Each resource is recorded as soon as the server accepted it, so a failure halfway
keeps what was done and the next run does the rest.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, urlsplit

from app.exchange.itip import MeetingEvent, meeting_events
from app.messages import Message, Messages, explanation_of
from app.services import publishing
from app.services.errors import ServiceError
from app.store import Workspace

Progress = Callable[[int, int], None]
ShouldStop = Callable[[], bool]


#: Where the errors of a request to the server come from (others are bugs: raised).
_NETWORK_MODULES = frozenset({"caldav", "requests", "niquests", "urllib3", "urllib3_future"})


class PublishError(ServiceError):
    """The server refused or failed; what was published before is kept and recorded."""


@dataclass(frozen=True)
class CalDavSettings:
    url: str
    user: str = ""
    password: str = ""
    timeout: int = 30

    @property
    def collection(self) -> str:
        return self.url if self.url.endswith("/") else self.url + "/"


@dataclass
class PublishReport:
    url: str
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: int = 0
    stopped: str = ""

    @property
    def sent(self) -> int:
        return len(self.created) + len(self.updated) + len(self.removed)

    def lines(self) -> list[str]:
        lines = [f"Published to {self.url}:"]
        lines += [f"  new: {title}" for title in self.created]
        lines += [f"  updated: {title}" for title in self.updated]
        lines += [f"  removed: {title}" for title in self.removed]
        lines.append(
            f"{len(self.created)} new, {len(self.updated)} updated, {len(self.removed)} "
            f"removed, {self.unchanged} unchanged (not sent)."
        )
        if self.stopped:
            lines.append(self.stopped)
        return lines


def check_url(url: str) -> str:
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise PublishError(
            Messages.tr(
                "“{url}” is not the address of a calendar. Give the calendar's full URL, e.g. "
                "https://calendar.example.org/dav/secretariat/mispa/ (your server's settings "
                "show it).",
                url=url,
            )
        )
    return url.strip()


def resource_url(settings: CalDavSettings, uid: str) -> str:
    return settings.collection + quote(uid, safe="") + ".ics"


def _client(settings: CalDavSettings) -> Any:
    from caldav import DAVClient

    return DAVClient(
        url=settings.collection,
        username=settings.user or None,
        password=settings.password or None,
        timeout=settings.timeout,
        enable_rfc6764=False,
    )


def _refusal(exc: Exception, settings: CalDavSettings, done: int, total: int) -> PublishError:
    """The message for a failed request, with what was kept."""
    from caldav.lib.error import AuthorizationError

    kept = (
        Messages.tr(
            "{done} of {total} change(s) were published and recorded; publish again to send "
            "the rest.",
            done=done,
            total=total,
        )
        if done
        else Messages.tr("Nothing was changed on the server.")
    )
    status = getattr(exc, "status", None)
    if isinstance(exc, AuthorizationError) and status == 403:
        return PublishError(
            Messages.tr(
                "The CalDAV server forbids “{user}” to write to {calendar} (403 Forbidden). "
                "Check the calendar's address and that this account may change it. {kept}",
                user=settings.user or "anonymous",
                calendar=settings.collection,
                kept=kept,
            )
        )
    if isinstance(exc, AuthorizationError):
        return PublishError(
            Messages.tr(
                "The CalDAV server refused the login of “{user}” (401 Unauthorized). Check "
                "the user name and password. {kept}",
                user=settings.user or "anonymous",
                kept=kept,
            )
        )
    return PublishError(
        Message.joined([explanation_of(exc), kept])
        if isinstance(exc, PublishError)
        else Messages.tr("{reason} {kept}", reason=exc, kept=kept)
    )


def _check(response: Any, what: str) -> str:
    status = getattr(response, "status", 0)
    if status not in (200, 201, 204) and not (what == "DELETE" and status == 404):
        reason = getattr(response, "reason", "") or ""
        raise PublishError(
            Messages.tr(
                "The CalDAV server failed to store the calendar ({request} answered {status}). "
                "Try again later, or ask the server's administrator.",
                request=what,
                status=f"{status} {reason}".strip(),
            )
        )
    headers = getattr(response, "headers", {}) or {}
    return str(headers.get("ETag", "") or "")


def publish_calendar(
    workspace: Workspace,
    settings: CalDavSettings,
    *,
    progress: Progress | None = None,
    should_stop: ShouldStop | None = None,
) -> PublishReport:
    """Bring the collection at ``settings.url`` in line with the workspace's meetings."""
    url = check_url(settings.url)
    settings = CalDavSettings(url, settings.user, settings.password, settings.timeout)
    with workspace.reading() as session:
        events = meeting_events(session)
        known = publishing.published_state(session, settings.collection)
    report = PublishReport(settings.collection)
    #: (event to PUT, its hash) or (None, UID to DELETE)
    changes: list[tuple[MeetingEvent | None, str]] = []
    for event in events:
        digest = event.published_hash()
        if known.get(event.uid) == digest:
            report.unchanged += 1
        else:
            changes.append((event, digest))
    current = {event.uid for event in events}
    changes += [(None, uid) for uid in sorted(set(known) - current)]
    if not changes:
        return report
    client = _client(settings)
    total = len(changes)
    for done, (event, value) in enumerate(changes):
        if should_stop is not None and should_stop():
            report.stopped = (
                f"Stopped after {done} of {total} change(s); publish again for the rest."
            )
            break
        try:
            if event is not None:
                response = client.put(
                    resource_url(settings, event.uid),
                    event.published().decode("utf-8"),
                    {"Content-Type": "text/calendar; charset=utf-8"},
                )
                etag = _check(response, "PUT")
                with workspace.writing() as session:
                    publishing.record_published(
                        session, settings.collection, event.uid, value, etag
                    )
                target = report.updated if event.uid in known else report.created
                target.append(event.title)
            else:
                _check(client.delete(resource_url(settings, value)), "DELETE")
                with workspace.writing() as session:
                    publishing.forget_published(session, settings.collection, value)
                report.removed.append(value)
        except PublishError as exc:
            raise _refusal(exc, settings, done, total) from None
        except Exception as exc:  # caldav and requests raise many kinds
            if type(exc).__module__.split(".")[0] not in (
                "caldav",
                "requests",
                "niquests",
                "urllib3",
            ):
                raise
            if "AuthorizationError" not in type(exc).__name__:
                exc = PublishError(
                    Messages.tr(
                        "Could not reach the CalDAV server at {calendar} ({reason}). "
                        "Check the address and your network.",
                        calendar=settings.collection,
                        reason=exc,
                    )
                )
            raise _refusal(exc, settings, done, total) from None
        if progress is not None:
            progress(done + 1, total)
    return report
