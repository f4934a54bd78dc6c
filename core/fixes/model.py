"""The fix vocabulary shared by the failure kinds, the journal, the wizards and undo. Plain frozen data.

Every text here is a core.i18n.Message, not a sentence: whoever shows it renders it in the reader's language.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Literal

from core.i18n import Message
from core.types import JSON as JSON

System = Literal["quickbooks", "hubspot"]


class Action(StrEnum):
    CREATE = "create"            # QBO entity create / HubSpot object create
    UPDATE = "update"            # QBO update (sparse or full, carries SyncToken) / HubSpot PATCH properties
    ASSOCIATE = "associate"      # HubSpot v4 association PUT (e.g. invoice → contact, typeId 177)
    DISSOCIATE = "dissociate"    # HubSpot v4 association DELETE
    PUSH = "push"                # create the QBO Invoice for a HubSpot invoice (the sync engine's write)
    DELETE = "delete"            # QBO delete (used by undo of a push)


@dataclass(frozen=True)
class FieldChange:
    """One field of one record, before → after, as the Preview page shows it."""

    field: Message
    before: Any
    after: Any
    reason: Message | None = None   # a side effect says why it is needed ("QuickBooks requires one while…")


@dataclass(frozen=True)
class Change:
    """One write to one record. `body` is exactly what is sent; `fields` is what the user previewed."""

    system: System
    entity: str                     # QBO: Customer, Invoice, CreditMemo, Preferences; HubSpot: contacts, invoices,
                                    # association (record_id "invoices/<id>/contacts/<id>")
    action: Action
    record_id: str                  # "" for a create
    label: Message                  # e.g. 'Customer "Acme Corp (Ann Lee)"'
    fields: tuple[FieldChange, ...]
    body: JSON = field(default_factory=dict)
    version: str = ""               # QBO SyncToken / HubSpot updatedAt the plan was made against; "" for creates
    before: JSON = field(default_factory=dict)   # before-image (full record as cached) for undo
    invoice_ids: tuple[str, ...] = ()            # HubSpot invoices this change helps
    owner: Message | None = None    # whose record it is (a QuickBooks invoice's customer), when not in the label
    state: Message | None = None    # the record's state in QuickBooks: sent, paid, balance, deposited
    confirm: Message | None = None  # set when applying needs an explicit yes (another client's sent/paid invoice)


@dataclass(frozen=True)
class Choice:
    """One way to fix a kind, as the wizard's Choose page offers it; `id` is a value of the kind's Option enum."""

    id: str
    label: Message
    description: Message
    available: bool = True
    reason: Message | None = None   # why not available (shown as the disabled option's tooltip)
    params: Mapping[str, Any] = field(default_factory=dict)   # defaults / candidates for the choice
    recommended: bool = False       # at most one choice per call: the wizard pre-selects it, nothing when none is
    why: Message | None = None      # why it is (or is not) recommended, with the evidence


@dataclass(frozen=True)
class Plan:
    kind: str
    option: str
    invoice_ids: tuple[str, ...]
    changes: tuple[Change, ...]
    notes: tuple[Message, ...] = ()                   # guidance when the fix is done elsewhere (deep links…)
    problems: tuple[tuple[str, Message], ...] = ()    # (invoice_id, why it cannot be planned), bulk
    params: Mapping[str, Any] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return not self.changes


class EntryState(StrEnum):
    PENDING = "pending"      # journaled, not sent yet
    SENT = "sent"            # handed to the network; the reply is not known (a crash here means: resend, same id)
    DONE = "done"            # the service confirmed; `after` holds the record it returned
    FAILED = "failed"        # the service refused; `error` says why
    CONFLICT = "conflict"    # the record changed since the plan (QBO 5010 / newer HubSpot updatedAt); not written
    UNDONE = "undone"        # a later undo run restored the before-image


@dataclass(frozen=True)
class JournalEntry:
    """One journaled write, as the activity view, the export and undo read it."""

    id: int
    run_id: str
    at: str                         # ISO 8601 UTC, when it was journaled
    user: str                       # the OS user who applied it
    kind: str                       # the failure kind the run fixed ("undo" for an undo run)
    option: str
    system: System
    entity: str
    action: Action
    record_id: str
    label: Message
    fields: tuple[FieldChange, ...]
    request_id: str                 # QBO requestid (also kept for HubSpot writes, for the log)
    state: EntryState
    error: str = ""
    invoice_ids: tuple[str, ...] = ()
    undo_of: int | None = None      # the entry this one reverses
