"""The own sync engine: push every invoice that is ready (in scope, no counterpart, no problem found) to
QuickBooks, journaled and idempotent, then re-read what was written and diagnose again.

Beside HubSpot's own integration this is optional: "doctor mode" (diagnose and fix only) is the default;
pushing is for bookkeepers who let Sync Doctor create the QuickBooks invoices itself.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from core import app, writer_lock
from core.fixes import outcomes
from core.fixes.apply import ApplyResult, apply_plan
from core.fixes.clients import Clients
from core.fixes.model import EntryState, Plan
from core.fixes.verify import touched_by, verify
from core.i18n import N_, Message
from core.journal import Journal
from core.store.db import open_db
from core.sync.push import push_plan

UNSETTLED = N_("Push", "An earlier push of it has no known outcome yet; a real push settles it first.")


@dataclass(frozen=True)
class PushOutcome:
    plan: Plan
    result: ApplyResult | None          # None for a dry run or when nothing was ready
    synced: list[str]                   # HubSpot invoice ids that now have their QuickBooks copy
    still_failing: dict[str, list[str]]  # invoice id → kinds, after the re-check


def ready_invoices(db_path: Path) -> list[str]:
    """In-scope invoices with no counterpart and no failure: what a push would send."""
    diagnosis = app.diagnose(db_path)
    db = open_db(db_path)
    try:
        return sorted(i for i, status in diagnosis.statuses(db).items() if status == "pending")
    finally:
        db.close()


def push(endpoints: app.Endpoints, db_path: Path, journal_path: Path, invoice_ids: Sequence[str] | None = None, *,
         dry_run: bool = False, progress: app.Progress | None = None,
         cancel: threading.Event | None = None) -> PushOutcome:
    """Push `invoice_ids` (default: every ready invoice). Linked or unknown ones land in plan.problems.

    Under the profile's writer lock; every earlier write with an unknown outcome is settled before the plan is
    made, so an invoice whose last push may have landed is never planned again (a dry run settles nothing and
    lists such invoices as problems instead)."""
    with writer_lock.hold(Path(db_path).parent, "push"), Journal(journal_path) as journal:
        unsettled: dict[str, Message] = {}
        if dry_run:
            unsettled = {i: UNSETTLED for s in journal.unknown() for i in s.change.invoice_ids}
        else:
            with Clients.connect(endpoints) as clients:
                outcomes.settle(journal, clients)
        wanted = list(invoice_ids) if invoice_ids else ready_invoices(db_path)
        db = open_db(db_path)
        try:
            plan = push_plan(db, [i for i in wanted if i not in unsettled], journal=journal)
        finally:
            db.close()
        if unsettled:
            plan = replace(plan, problems=(*plan.problems, *((i, why) for i, why in unsettled.items() if i in wanted)))
        if dry_run or not plan.changes:
            return PushOutcome(plan, None, [], {})
        with Clients.connect(endpoints) as clients:
            result = apply_plan(plan, journal, clients, progress=progress, cancel=cancel)
        done = [r.change.invoice_ids[0] for r in result.results if r.status is EntryState.DONE]
        check = verify(db_path, endpoints, done, touched=touched_by(result)) if done else None
    if check is None:
        return PushOutcome(plan, result, [], {})
    synced = [i for i in done if check.statuses.get(i) == "synced"]
    return PushOutcome(plan, result, synced, dict(check.still_failing))
