"""Finishing runs a crash or a lost connection interrupted (the journal has entries PENDING or SENT).

- SENT entries went (or may have gone) on the wire before the reply was journaled: each is settled as
  core.fixes.outcomes describes (look the create up by what it carried, else replay with the same requestid;
  HubSpot: read first, write only if it is not there yet).
- PENDING entries were never sent. They are sent as apply_plan would (concurrency checks included), but not
  blind: a create is looked up first, and a push is skipped when another run already copied the invoice.
Entries already DONE/FAILED/CONFLICT are reported as journaled; `$ref:N` placeholders resolve from them.
"""

from __future__ import annotations

import threading

from core import writer_lock
from core.fixes import outcomes
from core.fixes.apply import ApplyResult, Progress, run_entries
from core.fixes.clients import Clients
from core.journal import Journal


def resume(run_id: str, journal: Journal, clients: Clients, *, progress: Progress | None = None,
           cancel: threading.Event | None = None) -> ApplyResult:
    with writer_lock.hold(journal.path.parent, "finish"):
        outcomes.settle(journal, clients)
        return run_entries(run_id, journal, clients, progress=progress, cancel=cancel, resumed=True)


def resume_all(journal: Journal, clients: Clients) -> list[ApplyResult]:
    """Every unfinished run, oldest first (what the app offers to do at start-up)."""
    return [resume(run_id, journal, clients) for run_id in journal.unfinished()]
