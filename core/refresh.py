"""Full refresh: fetch both systems page by page and save each page as it arrives.

Every row saved is stamped with this run's refresh id; only when the whole run succeeds are rows from
earlier runs (deleted upstream) removed, in one transaction. A failed or cancelled run therefore leaves
the previous data in place, updated by whatever pages had arrived.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING

import sqlite_utils

from core.errors import ApiError, AuthError, Cancelled, NetworkError
from core.hubspot import save as hs_save
from core.hubspot.client import HubSpotClient
from core.qbo import save as qbo_save
from core.qbo.client import QboClient
from core.store import facts, schema
from core.store.db import get_meta, set_meta

if TYPE_CHECKING:
    from core.app import Endpoints

Progress = Callable[[str, int, int], None]
QBO_ENTITIES = ("Customer", "Vendor", "Employee", "Item", "Invoice", "CreditMemo")
OPTIONAL_ENTITIES = ("Item",)
log = logging.getLogger(__name__)
INVOICE_LINKS = ("contacts", "companies", "line_items")


@dataclass
class RefreshStats:
    counts: dict[str, int] = field(default_factory=dict)
    hubspot_requests: int = 0
    qbo_requests: int = 0


class _Run:
    def __init__(self, db: sqlite_utils.Database, progress: Progress | None, cancel: threading.Event | None):
        self.db, self.progress, self.cancel = db, progress, cancel
        self.stats = RefreshStats()
        self.refresh_id = int(get_meta(db, "refresh_seq") or 0) + 1
        set_meta(db, "refresh_seq", str(self.refresh_id))
        facts.mark_changed(db)

    def tick(self, step: str, done: int, total: int = 0) -> None:
        if self.cancel is not None and self.cancel.is_set():
            raise Cancelled("Refresh cancelled; the cache keeps what it had plus the pages already fetched.")
        if self.progress:
            self.progress(step, done, total)

    def add(self, key: str, n: int) -> int:
        self.stats.counts[key] = self.stats.counts.get(key, 0) + n
        return self.stats.counts[key]


def full_refresh(endpoints: Endpoints, db: sqlite_utils.Database, progress: Progress | None = None,
                 cancel: threading.Event | None = None) -> RefreshStats:
    run = _Run(db, progress, cancel)
    hubspot = HubSpotClient(endpoints.hubspot_api, endpoints.hubspot_token)
    qbo = QboClient(endpoints.qbo_api, endpoints.qbo_token, endpoints.qbo_realm)
    try:
        _guarded(db, "hubspot", lambda: _refresh_hubspot(run, hubspot))
        _guarded(db, "quickbooks", lambda: _refresh_qbo(run, qbo))
        run.tick("Finishing", 0)
        with db.atomic():
            for table in schema.TABLES:
                db.execute(f"DELETE FROM {table} WHERE refresh_id IS NOT ?", [run.refresh_id])
            set_meta(db, "last_full_refresh", datetime.now(UTC).isoformat(timespec="seconds"))
            facts.mark_changed(db)
        run.tick("Preparing the diagnosis", 0)
        facts.rebuild(db)
    finally:
        run.stats.hubspot_requests = hubspot.api.request_count
        run.stats.qbo_requests = qbo.api.request_count
        hubspot.close()
        qbo.close()
    return run.stats


def _guarded(db: sqlite_utils.Database, system: str, step: Callable[[], None]) -> None:
    """Run one system's refresh; remember a connection problem (shown once in the panel) or clear it."""
    try:
        step()
    except (AuthError, NetworkError) as err:
        reason = "login" if isinstance(err, AuthError) else "unreachable"
        set_meta(db, f"connection.{system}", json.dumps(
            {"reason": reason, "message": str(err), "at": datetime.now(UTC).isoformat(timespec="seconds")}))
        raise
    db.execute("DELETE FROM meta WHERE key = ?", [f"connection.{system}"])


def _refresh_hubspot(run: _Run, client: HubSpotClient) -> None:
    db = run.db
    for otype in ("companies", "contacts"):
        contact_ids: list[str] = []
        for page in client.fetch_objects(otype):
            with db.atomic():
                hs_save.save_objects(db, otype, page, run.refresh_id)
            contact_ids += [str(o["id"]) for o in page]
            run.tick(f"HubSpot {otype}", run.add(otype, len(page)))
        if otype == "contacts":
            for found in client.fetch_associations("contacts", "companies", contact_ids):
                with db.atomic():
                    hs_save.save_associations(db, "contacts", "companies", found, run.refresh_id)
                run.tick("HubSpot contact companies", run.add("contact_companies", len(found)))
    for page in client.fetch_objects("invoices"):
        ids = [str(o["id"]) for o in page]
        # Fetch everything the page needs first, so the write transaction never waits on the network.
        links: dict[str, list[tuple[str, str, int]]] = {
            to: [row for rows in client.fetch_associations("invoices", to, ids) for row in rows]
            for to in INVOICE_LINKS}
        items = [o for chunk in client.batch_read("line_items", [t for _, t, _ in links["line_items"]])
                 for o in chunk]
        with db.atomic():
            hs_save.save_objects(db, "invoices", page, run.refresh_id)
            for to_type, rows in links.items():
                hs_save.save_associations(db, "invoices", to_type, rows, run.refresh_id)
            hs_save.save_objects(db, "line_items", items, run.refresh_id)
        run.add("line_items", len(items))
        run.tick("HubSpot invoices", run.add("invoices", len(page)))


def _refresh_qbo(run: _Run, client: QboClient) -> None:
    db = run.db
    # The company's own name heads the accountant's report and the window title.
    name = str(client.company_info().get("CompanyName") or "")
    prefs = client.preferences()
    with db.atomic():
        set_meta(db, "qbo.company_name", name)
        qbo_save.save_preferences(db, prefs, run.refresh_id)
    for entity in QBO_ENTITIES:
        try:
            for page in client.fetch_all(entity):
                with db.atomic():
                    qbo_save.save_entities(db, entity, page, run.refresh_id)
                run.tick(f"QuickBooks {entity}", run.add(entity, len(page)))
        except ApiError as err:
            # Items only feed a warning (unknown_item); a company or proxy that refuses the query must not
            # stop the refresh. The rule stays silent while no items are cached.
            if entity not in OPTIONAL_ENTITIES or err.status != 400:
                raise
            log.warning("QuickBooks refused the %s query (%s); skipping it", entity, err.code)
