"""The few calls the GUI and the CLI make into core: connect, refresh, diagnose, read failures.

Plain data in and out; progress by callback, cancel by threading.Event. Nothing here touches a widget.
"""

from __future__ import annotations

import json
import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from core import diagnose as diagnose_mod
from core.errors import ConfigError
from core.failures import registry
from core.i18n import N_
from core.store import links
from core.store.db import last_refreshed as cache_last_refreshed
from core.store.db import open_db, require_complete
from core.types import DEFAULT_HUBSPOT_API, DEFAULT_QBO_API

if TYPE_CHECKING:   # lazy: start-up time (requests and both clients are not needed to diagnose)
    from core import refresh as refresh_mod

# Re-exported: part of this facade's signatures, app.refresh(app.Endpoints(...), ...). They live in core.types,
# the leaf the clients and the refresh modules import, so those never import this facade.
from core.types import Endpoints as Endpoints
from core.types import Progress as Progress

ENV_VARS = ("SYNCDOCTOR_HUBSPOT_TOKEN", "SYNCDOCTOR_QBO_TOKEN", "SYNCDOCTOR_QBO_REALM")
# {names} lists the variables of ENV_VARS that are not set.
MISSING_SETTINGS = N_("Settings", "Missing settings: {names}. Set them all, or none.")


def endpoints_from_env() -> Endpoints | None:
    """Headless configuration. None when no variable is set; ConfigError when only some are."""
    env = os.environ
    present = [name for name in ENV_VARS if env.get(name)]
    if not present:
        return None
    missing = [name for name in ENV_VARS if not env.get(name)]
    if missing:
        raise ConfigError(MISSING_SETTINGS.format(names=tuple(missing)))
    return Endpoints(
        hubspot_api=env.get("SYNCDOCTOR_HUBSPOT_API") or DEFAULT_HUBSPOT_API,
        hubspot_token=env["SYNCDOCTOR_HUBSPOT_TOKEN"],
        qbo_api=env.get("SYNCDOCTOR_QBO_API") or DEFAULT_QBO_API,
        qbo_token=env["SYNCDOCTOR_QBO_TOKEN"],
        qbo_realm=env["SYNCDOCTOR_QBO_REALM"],
    )


def refresh(
    endpoints: Endpoints,
    db_path: Path,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    *,
    mode: str = "auto",
) -> refresh_mod.RefreshStats:
    """Pull both systems into the cache at db_path. mode "auto" (default) fetches only what changed since the
    last refresh when it can and everything otherwise; "full" always fetches everything; "incremental" raises
    refresh.IncrementalUnavailable when there is nothing to continue from. `stats.mode` says what ran."""
    from core import refresh as refresh_mod  # lazy: start-up time (see the import above)

    return refresh_mod.refresh(endpoints, Path(db_path), mode, progress=progress, cancel=cancel)


def diagnose(db_path: Path) -> diagnose_mod.Diagnosis:
    """Run every rule over the cache (no network) and store the result. IncompleteCache when no refresh has
    finished yet: a partial copy would report bogus failures, or none."""
    db = open_db(db_path)
    try:
        require_complete(db, db_path)
        links.sync_from_journal(db, db_path)
        return diagnose_mod.run(db)
    finally:
        db.close()


def unknown_invoices(db_path: Path, invoice_ids: list[str]) -> list[str]:
    """The ids among `invoice_ids` that name no cached HubSpot invoice."""
    db = open_db(db_path)
    try:
        known = {row[0] for row in db.execute(
            f"SELECT id FROM hs_invoices WHERE id IN ({','.join('?' * len(invoice_ids))})", invoice_ids)}
    finally:
        db.close()
    return [i for i in invoice_ids if i not in known]


def diagnose_to(db_path: Path, out: TextIO, *, options: bool = True) -> None:
    """Diagnose and write the `diagnose --json` document to `out` as it is read (memory follows the failures);
    `options=False` leaves out each failure's fix options (each is a plan: the costly part at scale)."""
    db = open_db(db_path)
    try:
        require_complete(db, db_path)
        links.sync_from_journal(db, db_path)
        diagnose_mod.run(db).write_json(db, out, options=options)
    finally:
        db.close()


def diagnose_report(db_path: Path) -> dict[str, object]:
    """Diagnose and return the `diagnose --json` document (failures, warnings, notices, invoices)."""
    db = open_db(db_path)
    try:
        require_complete(db, db_path)
        links.sync_from_journal(db, db_path)
        return diagnose_mod.run(db).to_json(db)
    finally:
        db.close()


@dataclass(frozen=True)
class FailureRow:
    """One row of the failure table: a failure with the invoice fields a bookkeeper scans for."""

    kind: str
    title: str
    hubspot_invoice_id: str
    invoice_number: str
    customer: str
    amount: float | None
    currency: str
    invoice_date: str
    summary: str
    evidence: dict[str, object]
    severity: str = "failure"
    root: bool = True


def load_failure_rows(db_path: Path, lang: str = "en") -> list[FailureRow]:
    """The stored failures and warnings of the newest diagnosis, by invoice number, root cause first."""
    db = open_db(db_path)
    try:
        rows = db.execute(
            "SELECT kind, hubspot_invoice_id, invoice_number, customer, amount, currency, invoice_date,"
            " summary, evidence, severity, root FROM failures ORDER BY invoice_number, root DESC, kind"
        ).fetchall()
    finally:
        db.close()
    out = []
    for kind, inv_id, number, customer, amount, currency, date, summary, evidence, severity, root in rows:
        known = registry.get(kind)
        out.append(FailureRow(
            kind=kind, title=known.title.render(lang) if known else kind, hubspot_invoice_id=inv_id,
            invoice_number=number or "", customer=customer or "", amount=amount, currency=currency or "",
            invoice_date=date or "", summary=summary or "", evidence=json.loads(evidence or "{}"),
            severity=severity or "failure", root=bool(root),
        ))
    return out


def last_refreshed(db_path: Path) -> str | None:
    """ISO time of the last completed refresh (full or incremental), or None."""
    db = open_db(db_path)
    try:
        return cache_last_refreshed(db)
    finally:
        db.close()
