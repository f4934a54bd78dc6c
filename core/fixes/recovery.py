"""Finishing runs a crash or a lost connection interrupted (the journal has entries PENDING or SENT).

- SENT entries went (or may have gone) on the wire before the reply was journaled. QBO ones are resent with
  the SAME requestid, so QBO answers with its first reply and nothing is created twice. HubSpot has no
  idempotency key: the record is read first and, if it already holds what we wrote (or the association is
  already there / gone), the entry is marked DONE without writing again.
- PENDING entries were never sent; they are sent as apply_plan would (concurrency checks included).
Entries already DONE/FAILED/CONFLICT are reported as journaled; `$ref:N` placeholders resolve from them.
"""

from __future__ import annotations

import threading

from core.fixes.apply import ApplyResult, Progress, run_entries
from core.fixes.clients import Clients
from core.journal import Journal


def resume(run_id: str, journal: Journal, clients: Clients, *, progress: Progress | None = None,
           cancel: threading.Event | None = None) -> ApplyResult:
    return run_entries(run_id, journal, clients, progress=progress, cancel=cancel)


def resume_all(journal: Journal, clients: Clients) -> list[ApplyResult]:
    """Every unfinished run, oldest first (what the app offers to do at start-up)."""
    return [resume(run_id, journal, clients) for run_id in journal.unfinished()]
