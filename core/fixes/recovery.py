"""Finishing runs a crash or a lost connection interrupted (the journal has entries PENDING or SENT).

- SENT entries went (or may have gone) on the wire before the reply was journaled.
  - A QBO create or push is looked up first (an Invoice/CreditMemo by DocNumber and CustomerRef, a name by
    DisplayName and e-mail: send.find_created); when QBO already has it, the entry is DONE with that record.
    How long QBO remembers a requestid is undocumented, so it is not trusted alone.
  - Otherwise QBO writes are resent with the SAME requestid, so QBO answers with its first reply if it still
    has it (updates carry the SyncToken too, so a repeat of one that landed is refused as stale, never doubled).
  - HubSpot has no idempotency key: the record is read first and, if it already holds what we wrote (or the
    association is already there / gone), the entry is marked DONE without writing again.
- PENDING entries were never sent; they are sent as apply_plan would (concurrency checks included).
Entries already DONE/FAILED/CONFLICT are reported as journaled; `$ref:N` placeholders resolve from them.
"""

from __future__ import annotations

import logging
import threading

from core.errors import ApiError, AuthError, NetworkError
from core.fixes import send as sender
from core.fixes.apply import ApplyResult, Progress, run_entries
from core.fixes.clients import Clients
from core.fixes.model import Action, EntryState
from core.journal import Journal, StoredEntry

log = logging.getLogger(__name__)
CREATES = (Action.CREATE, Action.PUSH)


def resume(run_id: str, journal: Journal, clients: Clients, *, progress: Progress | None = None,
           cancel: threading.Event | None = None) -> ApplyResult:
    for stored in journal.run_entries(run_id):
        if stored.entry.state == EntryState.SENT and stored.change.system == "quickbooks" \
                and stored.change.action in CREATES:
            _settle_if_created(stored, journal, clients)
    return run_entries(run_id, journal, clients, progress=progress, cancel=cancel)


def _settle_if_created(stored: StoredEntry, journal: Journal, clients: Clients) -> None:
    try:
        found = sender.find_created(stored.change, stored.change.body, clients)
    except (ApiError, AuthError, NetworkError) as exc:
        # The resend below meets the same problem and reports it; the requestid still guards it.
        log.info("Could not look up %s before resending it: %s", stored.change.label, exc)
        return
    if found is None:
        return
    journal.mark_done(stored.entry.id, found, str(found.get("SyncToken", "")), str(found.get("Id", "")))
    if stored.entry.undo_of is not None:
        journal.mark_undone(stored.entry.undo_of)


def resume_all(journal: Journal, clients: Clients) -> list[ApplyResult]:
    """Every unfinished run, oldest first (what the app offers to do at start-up)."""
    return [resume(run_id, journal, clients) for run_id in journal.unfinished()]
