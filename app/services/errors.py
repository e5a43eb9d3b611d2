"""Errors the services raise, each with a message a person can act on.

Each carries a :class:`~app.messages.Message` (``error.explanation``): ``str(error)`` is the
English sentence the command line prints, and the window shows it translated.
"""

from __future__ import annotations

from typing import Any

from app.messages import ExplainedError, Message, Messages


class ServiceError(ExplainedError):
    """Base of the errors a user action can end in."""


class ValidationError(ServiceError):
    """Bad input for one field; nothing was written."""

    def __init__(self, field: str, message: Message | str) -> None:
        super().__init__(message)
        self.field = field
        #: The English sentence (what the command line prints).
        self.message = str(self.explanation)


class NotFoundError(ServiceError):
    """The row asked for is gone (deleted in another window, or never existed)."""


#: "Someone else changed the ... since you began": one sentence per kind of row, named and
#: unnamed, so that each language can say it in its own words.
CONFLICTS: dict[str, tuple[Message, Message]] = {
    "meeting": (
        Messages.tr(
            "Someone else changed the meeting “{label}” since you began editing it, or "
            "deleted it; your change was not saved.",
            label="",
        ),
        Messages.tr(
            "Someone else changed the meeting since you began editing it, or deleted it; "
            "your change was not saved."
        ),
    ),
    "agenda item": (
        Messages.tr(
            "Someone else changed the agenda item “{label}” since you began editing it, or "
            "deleted it; your change was not saved.",
            label="",
        ),
        Messages.tr(
            "Someone else changed the agenda item since you began editing it, or deleted it; "
            "your change was not saved."
        ),
    ),
    "document": (
        Messages.tr(
            "Someone else changed the document “{label}” since you began editing it, or "
            "deleted it; your change was not saved.",
            label="",
        ),
        Messages.tr(
            "Someone else changed the document since you began editing it, or deleted it; "
            "your change was not saved."
        ),
    ),
    "revision": (
        Messages.tr(
            "Someone else changed the revision “{label}” since you began editing it, or "
            "deleted it; your change was not saved.",
            label="",
        ),
        Messages.tr(
            "Someone else changed the revision since you began editing it, or deleted it; "
            "your change was not saved."
        ),
    ),
    "mandate": (
        Messages.tr(
            "Someone else changed the mandate “{label}” since you began editing it, or "
            "deleted it; your change was not saved.",
            label="",
        ),
        Messages.tr(
            "Someone else changed the mandate since you began editing it, or deleted it; "
            "your change was not saved."
        ),
    ),
    "contact": (
        Messages.tr(
            "Someone else changed the contact “{label}” since you began editing it, or "
            "deleted it; your change was not saved.",
            label="",
        ),
        Messages.tr(
            "Someone else changed the contact since you began editing it, or deleted it; "
            "your change was not saved."
        ),
    ),
    "invitee list": (
        Messages.tr(
            "Someone else changed the invitee list “{label}” since you began editing it, or "
            "deleted it; your change was not saved.",
            label="",
        ),
        Messages.tr(
            "Someone else changed the invitee list since you began editing it, or deleted it; "
            "your change was not saved."
        ),
    ),
    "list entry": (
        Messages.tr(
            "Someone else changed the list entry “{label}” since you began editing it, or "
            "deleted it; your change was not saved.",
            label="",
        ),
        Messages.tr(
            "Someone else changed the list entry since you began editing it, or deleted it; "
            "your change was not saved."
        ),
    ),
    "action": (
        Messages.tr(
            "Someone else changed the action “{label}” since you began editing it, or "
            "deleted it; your change was not saved.",
            label="",
        ),
        Messages.tr(
            "Someone else changed the action since you began editing it, or deleted it; "
            "your change was not saved."
        ),
    ),
}
#: For a kind of row not listed above.
CONFLICT = (
    Messages.tr(
        "Someone else changed “{label}” since you began editing it, or deleted it; your "
        "change was not saved.",
        label="",
    ),
    Messages.tr(
        "Someone else changed this since you began editing it, or deleted it; your change "
        "was not saved."
    ),
)

#: "That ... no longer exists": one sentence per kind of row.
GONE: dict[str, Message] = {
    "meeting": Messages.tr("That meeting no longer exists; it may have been deleted elsewhere."),
    "agenda item": Messages.tr(
        "That agenda item no longer exists; it may have been deleted elsewhere."
    ),
    "deferred agenda item": Messages.tr(
        "That deferred agenda item no longer exists; it may have been deleted elsewhere."
    ),
    "document": Messages.tr("That document no longer exists; it may have been deleted elsewhere."),
    "revision": Messages.tr("That revision no longer exists; it may have been deleted elsewhere."),
    "file": Messages.tr("That file no longer exists; it may have been deleted elsewhere."),
    "mandate": Messages.tr("That mandate no longer exists; it may have been deleted elsewhere."),
    "contact": Messages.tr("That contact no longer exists; it may have been deleted elsewhere."),
    "invitee list": Messages.tr(
        "That invitee list no longer exists; it may have been deleted elsewhere."
    ),
    "list entry": Messages.tr(
        "That list entry no longer exists; it may have been deleted elsewhere."
    ),
    "action": Messages.tr("That action no longer exists; it may have been deleted elsewhere."),
}
GONE_OTHER = Messages.tr("That row no longer exists; it may have been deleted elsewhere.")


#: Each kind of row named with its article, for the sentences the window makes about a
#: conflict ("Cannot undo ...: someone else changed the meeting “1st meeting” after it").
ROW_NAMES: dict[str, Message] = {
    "meeting": Messages.tr("the meeting"),
    "agenda item": Messages.tr("the agenda item"),
    "document": Messages.tr("the document"),
    "revision": Messages.tr("the revision"),
    "mandate": Messages.tr("the mandate"),
    "contact": Messages.tr("the contact"),
    "invitee list": Messages.tr("the invitee list"),
    "list entry": Messages.tr("the list entry"),
    "list entries": Messages.tr("the invitations"),
    "action": Messages.tr("the action"),
}
ROW_NAME_OTHER = Messages.tr("the row")


def gone(what: str) -> NotFoundError:
    """The refusal for a row of kind ``what`` ("meeting") that is not there."""
    return NotFoundError(GONE.get(what, GONE_OTHER))


class ConflictError(ServiceError):
    """Someone else changed the row since the edit began; nothing was written.

    ``what`` is the kind of row ("meeting", a key of :data:`CONFLICTS`), ``label`` names it
    ("1st meeting"), ``row_id`` is its id, and ``current`` holds its values as they are now
    (the other person's), in the form the service's ``*_values`` function gives, so the
    window can show them beside the user's and let the user keep either.
    """

    def __init__(
        self,
        what: str,
        label: str = "",
        *,
        row_id: int | None = None,
        current: dict[str, Any] | None = None,
        current_version: int | None = None,
        message: Message | None = None,
    ) -> None:
        self.what = what
        self.label = label
        self.row_id = row_id
        self.current = current or {}
        self.current_version = current_version
        named, unnamed = CONFLICTS.get(what, CONFLICT)
        if message is None:
            message = Message(named.template, {"label": label}) if label else unnamed
        super().__init__(message)
        #: The English sentence (what the command line prints).
        self.message = str(self.explanation)

    @property
    def row_name(self) -> Message:
        """The kind of row with its article ("the meeting"), for the window's sentences."""
        return ROW_NAMES.get(self.what, ROW_NAME_OTHER)
