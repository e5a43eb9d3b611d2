"""Undoable edits of invitee lists: statuses, contacts on a list, and the lists themselves.

Each command reads, inside its own transaction, what its undo will need (the statuses
before a bulk change, a contact's values before an edit), so an undo restores exactly
what that step replaced even when other edits happened in between.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from app.services import contacts, invitee_table, invitees
from app.ui.common.context import INVITEES
from app.ui.common.undo import ServiceCommand

if TYPE_CHECKING:
    from app.models.enums import InvitationStatus
    from app.services.session import Session
    from app.ui.common.context import AppContext

KINDS = frozenset({INVITEES})


def _tr(text: str) -> str:
    # lupdate files a module-level tr() under the empty context (tools/update_translations.py).
    return QCoreApplication.translate("", text)


class SetInvitationStatus(ServiceCommand):
    """Give many entries one status; undo gives each entry back its own previous status.

    All or nothing: ``shown_versions`` are the entries' versions as the list showed them,
    and one entry changed since by someone else refuses the whole change (a
    ConflictError). Undo and redo check the versions the step before left, so neither
    overwrites a status someone else set after it.
    """

    def __init__(
        self,
        context: AppContext,
        entry_ids: Sequence[int],
        status: str,
        status_label: str,
        shown_versions: Mapping[int, int] | None = None,
    ) -> None:
        text = (
            _tr("Set 1 invitation to “{status}”")
            if len(entry_ids) == 1
            else _tr("Set {count} invitations to “{status}”")
        ).format(count=len(entry_ids), status=status_label)
        done = _tr("{count} invitations set to “{status}”.").format(
            count=len(entry_ids), status=status_label
        )
        super().__init__(context, text, self._set, self._restore, KINDS, done)
        self.entry_ids = list(entry_ids)
        self.status = status
        self.expected = dict(shown_versions) if shown_versions is not None else None

    def _set(self, session: Session) -> dict[int, InvitationStatus]:
        before = invitees.entry_statuses(session, self.entry_ids)
        invitees.set_status(session, self.entry_ids, self.status, expected_versions=self.expected)
        self.expected = invitees.entry_versions(session, self.entry_ids)
        return before

    def _restore(self, session: Session, before: dict[int, InvitationStatus]) -> None:
        invitees.set_statuses(session, before, expected_versions=self.expected)
        self.expected = invitees.entry_versions(session, self.entry_ids)


class AddContactToList(ServiceCommand):
    """Create a contact and put it on a list, in one transaction; result: (contact, entry) ids."""

    def __init__(
        self, context: AppContext, list_id: int, values: Mapping[str, Any], role: str = ""
    ) -> None:
        text = _tr("Add “{name}” to the list").format(name=values.get("name", ""))
        done = _tr("“{name}” added to the list.").format(name=values.get("name", ""))
        super().__init__(context, text, self._add, self._remove, KINDS, done)
        self.list_id = list_id
        self.values = dict(values)
        self.role = role

    def _add(self, session: Session) -> tuple[int, int]:
        contact = contacts.add_contact(session, **self.values)
        entry = invitees.add_entry(session, self.list_id, contact.id, role=self.role)
        return contact.id, entry.id

    def _remove(self, session: Session, ids: tuple[int, int]) -> None:
        contacts.delete_contact(session, ids[0])


class EditContact(ServiceCommand):
    """Change a contact's values, and its role on the list it was edited from."""

    def __init__(
        self,
        context: AppContext,
        contact_id: int,
        entry_id: int,
        changes: Mapping[str, Any],
        role: str,
        opened_at: int | None = None,
    ) -> None:
        text = _tr("Edit contact “{name}”").format(name=changes.get("name", ""))
        done = _tr("Contact “{name}” changed.").format(name=changes.get("name", ""))
        super().__init__(context, text, self._edit, self._restore, KINDS, done)
        self.contact_id = contact_id
        self.entry_id = entry_id
        self.changes = dict(changes)
        self.role = role
        #: The contact's version the next do or undo saves against (see EditMeeting).
        self.expected = opened_at

    def _edit(self, session: Session) -> tuple[dict[str, Any], str]:
        before = invitee_table.contact_for_editing(session, self.contact_id)
        role_before = invitee_table.entry_role(session, self.entry_id)
        saved = contacts.update_contact(
            session, self.contact_id, self.changes, expected_version=self.expected
        )
        self.expected = saved.version
        if self.role != role_before:
            invitees.update_entry(session, self.entry_id, role=self.role)
        return before, role_before

    def _restore(self, session: Session, before: tuple[dict[str, Any], str]) -> None:
        values, role = before
        restored = contacts.update_contact(
            session, self.contact_id, values, expected_version=self.expected
        )
        self.expected = restored.version
        invitees.update_entry(session, self.entry_id, role=role)


class RemoveEntries(ServiceCommand):
    """Take entries off their list (the contacts stay); undo puts them back with their
    role and status, as new entries."""

    def __init__(self, context: AppContext, entry_ids: Sequence[int]) -> None:
        text = (
            _tr("Remove 1 invitee from the list")
            if len(entry_ids) == 1
            else _tr("Remove {count} invitees from the list").format(count=len(entry_ids))
        )
        done = _tr("{count} invitees removed from the list.").format(count=len(entry_ids))
        super().__init__(context, text, self._remove, self._put_back, KINDS, done)
        self.entry_ids = list(entry_ids)

    def _remove(self, session: Session) -> list[invitee_table.EntryDetails]:
        removed = invitee_table.entry_details(session, self.entry_ids)
        for entry_id in self.entry_ids:
            invitees.remove_entry(session, entry_id)
        return removed

    def _put_back(self, session: Session, removed: list[invitee_table.EntryDetails]) -> None:
        self.entry_ids = [
            invitees.add_entry(
                session, entry.list_id, entry.contact_id, role=entry.role, status=entry.status
            ).id
            for entry in removed
        ]


class CreateList(ServiceCommand):
    """A new, empty invitee list; result: its id."""

    def __init__(self, context: AppContext, name: str, description: str) -> None:
        text = _tr("New list “{name}”").format(name=name)
        done = _tr("List “{name}” created.").format(name=name)
        super().__init__(context, text, self._create, self._delete, KINDS, done)
        self.name = name
        self.description = description

    def _create(self, session: Session) -> int:
        return invitees.create_list(session, self.name, self.description).id

    def _delete(self, session: Session, list_id: int) -> None:
        invitees.delete_list(session, list_id)


class RenameList(ServiceCommand):
    def __init__(self, context: AppContext, list_id: int, name: str, description: str) -> None:
        text = _tr("Rename list to “{name}”").format(name=name)
        done = _tr("List renamed to “{name}”.").format(name=name)
        super().__init__(context, text, self._rename, self._restore, KINDS, done)
        self.list_id = list_id
        self.name = name
        self.description = description

    def _rename(self, session: Session) -> tuple[str, str]:
        before = invitee_table.list_values(session, self.list_id)
        invitees.rename_list(session, self.list_id, self.name, self.description)
        return before

    def _restore(self, session: Session, before: tuple[str, str]) -> None:
        invitees.rename_list(session, self.list_id, *before)
