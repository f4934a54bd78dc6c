"""Writes whose outcome is unknown, resolved before anything else is planned or sent.

A journal entry left SENT went (or may have gone) on the wire without a readable answer: a dropped connection,
a reply cut short or garbled, a 5xx, a crash. Before Sync Doctor writes anything more for a profile, every such
entry is settled, in this order:
1. a create is looked up by what it carried: an invoice by Sync Doctor's mark in its private note (qbo/marker.py)
   under its customer, created since the entry was journaled; a customer by its unique DisplayName;
2. otherwise the write is replayed with the SAME requestid, so QuickBooks answers with its first reply when it
   already ran it (and runs it now, once, when it never arrived); an update that comes back stale is compared
   with what we sent, so a write that landed is recognised rather than reported as a conflict;
3. HubSpot has no idempotency key: the record is read and, when it already holds what we wrote, the entry is done.
Never a fresh requestid for a record whose earlier create may have landed.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from core.errors import ApiError, MalformedReplyError, NetworkError
from core.fixes import send as sender
from core.fixes.clients import Clients
from core.fixes.errors import StaleRecordError
from core.fixes.model import JSON, Action, Change, EntryState
from core.journal import Journal, StoredEntry
from core.qbo.marker import marked_invoice

CREATES = (Action.CREATE, Action.PUSH)
# QuickBooks' clock and ours may differ; a create is looked for from this long before it was journaled.
CLOCK_MARGIN = timedelta(days=2)


class UnknownOutcome(NetworkError):
    """A write was sent and no readable answer came back: whether it landed is not known yet."""


def is_unknown(exc: ApiError) -> bool:
    """An error reply that does not prove the write was refused: a garbled body, or a server error (5xx), after
    which the service may well have run the write."""
    return isinstance(exc, MalformedReplyError) or exc.status >= 500 or exc.status == 0


def settle(journal: Journal, clients: Clients) -> None:
    """Resolve every SENT entry of the profile, oldest first. Raises (UnknownOutcome, NetworkError, AuthError)
    when one cannot be resolved now; nothing new may then be sent."""
    for stored in journal.unknown():
        resolve(stored, journal, clients)


def resolve(stored: StoredEntry, journal: Journal, clients: Clients) -> tuple[EntryState, JSON, str]:
    """Settle one SENT entry; returns its final (state, record, message). Journals the outcome."""
    change = stored.change
    if change.system == "quickbooks" and change.action in CREATES:
        found = find_created(stored, clients)
        if found is not None:
            return done(journal, stored, found, str(found.get("Id", "")))
    try:
        if change.system == "hubspot":
            landed = sender.already_applied(change, change.body, change.record_id, clients)
            if landed is not None:
                return done(journal, stored, landed.after, landed.record_id, landed.new_version)
            sender.check(change, change.record_id, clients)
        sent = sender.send(change, change.body, change.record_id, stored.entry.request_id, clients)
    except StaleRecordError as exc:
        if change.system == "quickbooks" and change.action == Action.UPDATE and holds(exc.current, change.body):
            return done(journal, stored, exc.current, change.record_id)   # it landed; the replay came too late
        journal.mark_conflict(stored.entry.id, str(exc), exc.current)
        return EntryState.CONFLICT, exc.current, str(exc)
    except ApiError as exc:
        if is_unknown(exc):
            journal.note_error(stored.entry.id, str(exc))
            raise UnknownOutcome(f"{change.label}: QuickBooks or HubSpot gave no usable answer ({exc}); whether "
                                 "it was saved is still unknown. Try again when the service answers.") from exc
        if change.action == Action.DELETE and _gone(change, clients):
            return done(journal, stored, {}, change.record_id)
        journal.mark_failed(stored.entry.id, str(exc))
        return EntryState.FAILED, {}, str(exc)
    return done(journal, stored, sent.after, sent.record_id, sent.new_version)


def done(journal: Journal, stored: StoredEntry, record: JSON, record_id: str,
         new_version: str | None = None) -> tuple[EntryState, JSON, str]:
    creates = stored.change.action in CREATES
    version = str(record.get("SyncToken", "")) if new_version is None else new_version
    journal.mark_done(stored.entry.id, record, version, record_id if creates else "")
    if stored.entry.undo_of is not None:
        journal.mark_undone(stored.entry.undo_of)
    return EntryState.DONE, record, f"Created {stored.change.entity} {record_id}." if creates else "Saved."


def _gone(change: Change, clients: Clients) -> bool:
    try:
        clients.qbo.read(change.entity, change.record_id)
    except ApiError as exc:
        return exc.status in (400, 404) and not is_unknown(exc)
    return False


# ---- finding a create that landed --------------------------------------------------------------------------
def quote(value: str) -> str:
    """A QBO query string literal: backslash and apostrophe escaped (QBO_API.md §5)."""
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def find_created(stored: StoredEntry, clients: Clients, body: JSON | None = None) -> JSON | None:
    """The record a QuickBooks create made, if QuickBooks has it: None when it is not there, or when the body
    gives nothing to look for. `body`: the body as sent, when the journal holds it before its references
    were resolved."""
    change = stored.change
    body = change.body if body is None else body
    since = _instant(stored.entry.at) - CLOCK_MARGIN
    if change.entity in ("Invoice", "CreditMemo"):
        customer = str((body.get("CustomerRef") or {}).get("value") or "")
        if not customer or customer.startswith("$ref:"):
            return None
        wanted = marked_invoice(body.get("PrivateNote"))
        number = str(body.get("DocNumber") or "").strip()
        where = (f"CustomerRef = {quote(customer)} AND MetaData.CreateTime >= "
                 f"{quote(since.isoformat(timespec='seconds'))}")
        for page in clients.qbo.fetch_all(change.entity, where):
            for row in page:
                if wanted and marked_invoice(row.get("PrivateNote")) == wanted:
                    return dict(row)
                if not wanted and number and str(row.get("DocNumber") or "").strip() == number:
                    return dict(row)
        return None
    if change.entity in ("Customer", "Vendor", "Employee"):
        name = str(body.get("DisplayName") or "").strip()
        if not name:
            return None
        email = str((body.get("PrimaryEmailAddr") or {}).get("Address") or "").strip().casefold()
        for page in clients.qbo.fetch_all(change.entity, f"DisplayName = {quote(name)}"):
            for row in page:
                have = str((row.get("PrimaryEmailAddr") or {}).get("Address") or "").strip().casefold()
                created = _instant(str((row.get("MetaData") or {}).get("CreateTime") or ""))
                if (str(row.get("DisplayName", "")).strip().casefold() == name.casefold()
                        and (not email or have == email) and created >= since):
                    return dict(row)
    return None


def _instant(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return datetime.min.replace(tzinfo=UTC)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def holds(current: Any, wanted: Any) -> bool:
    """Whether `current` already carries every value of `wanted` (server-kept keys aside): a QBO update that
    landed. Lists must match item by item; numbers compare by value."""
    if isinstance(wanted, dict):
        return isinstance(current, dict) and all(
            key in ("Id", "SyncToken", "sparse") or holds(current.get(key), value) for key, value in wanted.items())
    if isinstance(wanted, list):
        return (isinstance(current, list) and len(current) == len(wanted)
                and all(holds(c, w) for c, w in zip(current, wanted, strict=True)))
    if isinstance(wanted, bool) or isinstance(current, bool):
        return current is wanted or str(current).lower() == str(wanted).lower()
    if isinstance(wanted, int | float) and isinstance(current, int | float | str):
        try:
            return abs(float(current) - float(wanted)) < 0.005
        except ValueError:
            return False
    return bool(current == wanted)


# ---- what a push may not do twice --------------------------------------------------------------------------
def pushed_elsewhere(journal: Journal, stored: StoredEntry) -> str:
    """For a push about to be sent: the QBO invoice another push of the same HubSpot invoice made (done and not
    undone), or "" when there is none."""
    invoice_id = stored.change.invoice_ids[0] if stored.change.invoice_ids else ""
    return journal.pushed_invoice(invoice_id) if invoice_id else ""
