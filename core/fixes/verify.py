"""After a fix: refresh the cache, diagnose again, and say which of the touched invoices still fail.

A full refresh is used (correct by construction; a targeted re-fetch of the touched records would be faster on
big companies and can replace it without changing this interface).
"""

from __future__ import annotations

import threading
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from core import app
from core.store.db import open_db


@dataclass(frozen=True)
class VerifyResult:
    still_failing: dict[str, list[str]]            # invoice id → failure kinds still detected
    fixed: list[str]                               # invoices with no failure left
    statuses: dict[str, str] = field(default_factory=dict)  # invoice id → synced / pending / failing / out_of_scope

    @property
    def all_fixed(self) -> bool:
        return not self.still_failing


def verify(db_path: Path, endpoints: app.Endpoints, invoice_ids: list[str] | tuple[str, ...], *,
           progress: app.Progress | None = None, cancel: threading.Event | None = None) -> VerifyResult:
    app.refresh(endpoints, db_path, progress=progress, cancel=cancel)
    diagnosis = app.diagnose(db_path)
    kinds: dict[str, list[str]] = defaultdict(list)
    for failure in diagnosis.failures:
        kinds[failure.hubspot_invoice_id].append(failure.kind)
    db = open_db(db_path)
    try:
        statuses = diagnosis.statuses(db)
    finally:
        db.close()
    wanted = list(dict.fromkeys(invoice_ids))
    return VerifyResult(still_failing={i: kinds[i] for i in wanted if kinds.get(i)},
                        fixed=[i for i in wanted if not kinds.get(i)],
                        statuses={i: statuses.get(i, "out_of_scope") for i in wanted})
