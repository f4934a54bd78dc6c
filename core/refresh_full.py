"""Full refresh: fetch both systems page by page and save each page as it arrives.

Every row saved is stamped with this run's refresh id; only when the whole run succeeds are rows from
earlier runs (deleted upstream) removed, in one transaction. A failed or cancelled run therefore leaves
the previous data in place, updated by whatever pages had arrived. Success also records the watermarks an
incremental refresh continues from (refresh_base.py).
"""

from __future__ import annotations

import logging
import threading
from datetime import UTC, datetime
from typing import TYPE_CHECKING

import sqlite_utils

from core.errors import ApiError
from core.hubspot import save as hs_save
from core.hubspot.client import ASSOC_BATCH, JSON, HubSpotClient
from core.qbo import save as qbo_save
from core.qbo.client import QboClient
from core.refresh_base import (
    INVOICE_LINKS,
    QBO_ENTITIES,
    Progress,
    RefreshStats,
    Run,
    connected,
    guarded,
    save_hubspot_pages,
    save_qbo_pages,
    save_watermarks,
)
from core.store import facts, schema
from core.store.db import set_meta

if TYPE_CHECKING:
    from core.app import Endpoints

OPTIONAL_ENTITIES = ("Item",)
SKIPPED = "refresh.qbo_skipped"  # entities QBO refused to list, so CDC does not ask for them either
log = logging.getLogger(__name__)


def full_refresh(endpoints: Endpoints, db: sqlite_utils.Database, progress: Progress | None = None,
                 cancel: threading.Event | None = None) -> RefreshStats:
    run = Run(db, progress, cancel, "full")
    with connected(endpoints, run) as (hubspot, qbo):
        guarded(db, "hubspot", lambda: _refresh_hubspot(run, hubspot))
        guarded(db, "quickbooks", lambda: _refresh_qbo(run, qbo))
        run.tick("Finishing", 0)
        with db.atomic():
            for table in schema.TABLES:
                db.execute(f"DELETE FROM {table} WHERE refresh_id IS NOT ?", [run.refresh_id])
            set_meta(db, "last_full_refresh", datetime.now(UTC).isoformat(timespec="seconds"))
            save_watermarks(db, endpoints, hubspot.first_reply_at, qbo.first_reply_at, run)
            facts.mark_changed(db)
        run.tick("Preparing the diagnosis", 0)
        facts.rebuild(db)
    return run.stats


def _refresh_hubspot(run: Run, client: HubSpotClient) -> None:
    db = run.db
    for otype in ("companies", "contacts"):
        contact_ids = save_hubspot_pages(run, otype, client.fetch_objects(otype), f"HubSpot {otype}")
        if otype == "contacts":
            for found in client.fetch_associations("contacts", "companies", contact_ids):
                with db.atomic():
                    hs_save.save_associations(db, "contacts", "companies", found, run.refresh_id)
                run.tick("HubSpot contact companies", run.add("contact_companies", len(found)))
    # Invoices are gathered 1000 at a time, so each association batch read carries as many ids as HubSpot takes
    # (list pages hold only 100): a third of the requests a page-by-page read would make.
    batch: list[JSON] = []
    for page in client.fetch_objects("invoices"):
        batch += page
        run.tick("HubSpot invoices", run.stats.counts.get("invoices", 0) + len(batch))
        if len(batch) >= ASSOC_BATCH:
            _save_invoices(run, client, batch)
            batch = []
    if batch:
        _save_invoices(run, client, batch)


def _save_invoices(run: Run, client: HubSpotClient, invoices: list[JSON]) -> None:
    ids = [str(o["id"]) for o in invoices]
    # Fetch everything the invoices need first, so the write transaction never waits on the network.
    links: dict[str, list[tuple[str, str, int]]] = {
        to: [row for rows in client.fetch_associations("invoices", to, ids) for row in rows] for to in INVOICE_LINKS}
    items = [o for chunk in client.batch_read("line_items", [t for _, t, _ in links["line_items"]]) for o in chunk]
    with run.db.atomic():
        hs_save.save_objects(run.db, "invoices", invoices, run.refresh_id)
        for to_type, rows in links.items():
            hs_save.save_associations(run.db, "invoices", to_type, rows, run.refresh_id)
        hs_save.save_objects(run.db, "line_items", items, run.refresh_id)
    run.add("line_items", len(items))
    run.tick("HubSpot invoices", run.add("invoices", len(invoices)))


def _refresh_qbo(run: Run, client: QboClient) -> None:
    db = run.db
    # The company's own name heads the accountant's report and the window title.
    name = str(client.company_info().get("CompanyName") or "")
    prefs = client.preferences()
    with db.atomic():
        set_meta(db, "qbo.company_name", name)
        qbo_save.save_preferences(db, prefs, run.refresh_id)
    skipped: list[str] = []
    for entity in QBO_ENTITIES:
        try:
            save_qbo_pages(run, entity, client.fetch_all(entity))
        except ApiError as err:
            # Items only feed a warning (unknown_item); a company or proxy that refuses the query must not
            # stop the refresh. The rule stays silent while no items are cached.
            if entity not in OPTIONAL_ENTITIES or err.status != 400:
                raise
            log.warning("QuickBooks refused the %s query (%s); skipping it", entity, err.code)
            skipped.append(entity)
    set_meta(db, SKIPPED, ",".join(skipped))
