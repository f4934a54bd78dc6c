"""After a fix: refresh the cache, diagnose again, and say which of the touched invoices still fail.

With `touched` (what the fix wrote: `touched_by(apply_result)`), only those records and the invoices being
verified are re-read (refresh.refresh_records): a handful of requests, whatever the company's size, and no
wait for HubSpot's search index to catch up with the write. Without it, an incremental refresh runs (a full one
when the cache has nothing to continue from).
"""

from __future__ import annotations

import threading
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from core import app
from core.fixes.model import EntryState
from core.refresh import Touched, refresh_records
from core.store.db import open_db

if TYPE_CHECKING:
    from core.fixes.apply import ApplyResult

# Entries whose record may differ from the cache: written (DONE), or found changed by someone else (CONFLICT).
CHANGED = (EntryState.DONE, EntryState.CONFLICT)


@dataclass(frozen=True)
class VerifyResult:
    still_failing: dict[str, list[str]]            # invoice id → failure kinds still detected
    fixed: list[str]                               # invoices with no failure left
    statuses: dict[str, str] = field(default_factory=dict)  # invoice id → synced / pending / failing / out_of_scope

    @property
    def all_fixed(self) -> bool:
        return not self.still_failing


def touched_by(*results: ApplyResult) -> Touched:
    """The records apply runs wrote or found changed, for `verify(..., touched=...)`."""
    return Touched.of((r.change.system, r.change.entity, r.record_id or r.change.record_id)
                      for result in results for r in result.results if r.status in CHANGED)


def verify(db_path: Path, endpoints: app.Endpoints, invoice_ids: list[str] | tuple[str, ...], *,
           progress: app.Progress | None = None, cancel: threading.Event | None = None,
           touched: Touched | None = None) -> VerifyResult:
    wanted = list(dict.fromkeys(invoice_ids))
    if touched is not None:
        invoices = Touched.of(("hubspot", "invoices", i) for i in wanted)
        refresh_records(endpoints, db_path, touched | invoices, progress=progress, cancel=cancel)
    else:
        app.refresh(endpoints, db_path, progress=progress, cancel=cancel, mode="auto")
    diagnosis = app.diagnose(db_path)
    kinds: dict[str, list[str]] = defaultdict(list)
    for failure in diagnosis.failures:
        kinds[failure.hubspot_invoice_id].append(failure.kind)
    db = open_db(db_path)
    try:
        statuses = diagnosis.statuses(db)
    finally:
        db.close()
    return VerifyResult(still_failing={i: kinds[i] for i in wanted if kinds.get(i)},
                        fixed=[i for i in wanted if not kinds.get(i)],
                        statuses={i: statuses.get(i, "out_of_scope") for i in wanted})
