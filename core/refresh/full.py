"""Full refresh: fetch both systems whole into the stage, then replace the cache's copy in one transaction.

Nothing the cache held is deleted until everything that replaces it has arrived: a failed, cancelled or killed
run leaves the previous cache exactly as it was. Success also records the watermarks an incremental refresh
continues from (run.finished) and marks the cache complete.
"""

from __future__ import annotations

import logging
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from core.errors import ApiError
from core.hubspot import save as hs_save
from core.hubspot.client import ASSOC_BATCH, JSON, HubSpotClient
from core.qbo import save as qbo_save
from core.qbo.client import QboClient
from core.refresh.run import (
    INVOICE_LINKS,
    QBO_ENTITIES,
    Progress,
    RefreshStats,
    Run,
    connected,
    finished,
    guarded,
    running,
    save_hubspot_pages,
    save_qbo_pages,
)
from core.store.db import COMPLETE

if TYPE_CHECKING:
    from core.app import Endpoints

OPTIONAL_ENTITIES = ("Item",)
SKIPPED = "refresh.qbo_skipped"  # entities QBO refused to list, so CDC does not ask for them either
log = logging.getLogger(__name__)


def full_refresh(endpoints: Endpoints, db_path: Path, progress: Progress | None = None,
                 cancel: threading.Event | None = None) -> RefreshStats:
    with running(db_path, progress, cancel, "full") as run, connected(endpoints, run) as (hubspot, qbo):
        guarded(run, "hubspot", lambda: _refresh_hubspot(run, hubspot))
        guarded(run, "quickbooks", lambda: _refresh_qbo(run, qbo))
        finished(run, endpoints, hubspot.first_reply_at, qbo.first_reply_at)
        run.meta.update({COMPLETE: "1", "last_full_refresh": datetime.now(UTC).isoformat(timespec="seconds")})
        run.commit(full=True)
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
    # The company's own name heads the accountant's report and the window title.
    run.meta["qbo.company_name"] = str(client.company_info().get("CompanyName") or "")
    prefs = client.preferences()
    with run.db.atomic():
        qbo_save.save_preferences(run.db, prefs, run.refresh_id)
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
    run.meta[SKIPPED] = ",".join(skipped)
