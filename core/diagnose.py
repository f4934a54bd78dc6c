"""Runs every registered failure rule over the cache (no network) and stores what it finds."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import sqlite_utils

from core.failures import registry
from core.failures.base import Failure

__all__ = ["Failure", "run"]


def detect_all(db: sqlite_utils.Database) -> list[Failure]:
    failures: list[Failure] = []
    for module in registry.KINDS:
        failures.extend(module.detect(db))
    order = {m.KIND: i for i, m in enumerate(registry.KINDS)}
    failures.sort(key=lambda f: (f.invoice_number, f.hubspot_invoice_id, order[f.kind]))
    return failures


def run(db: sqlite_utils.Database) -> list[Failure]:
    """Detect every failure and replace the stored set with it, in one transaction."""
    failures = detect_all(db)
    now = datetime.now(UTC).isoformat(timespec="seconds")
    info = {
        row["id"]: row for row in db.query(
            "SELECT id, coalesce(nullif(would_be_name, ''), nullif(email, ''), '') AS customer, "
            "amount_billed, currency, invoice_date FROM v_hs_invoices WHERE in_scope")
    }
    rows = []
    for f in failures:
        inv = info.get(f.hubspot_invoice_id, {})
        rows.append({"hubspot_invoice_id": f.hubspot_invoice_id, "kind": f.kind,
                     "invoice_number": f.invoice_number, "summary": f.summary,
                     "evidence": json.dumps(f.evidence, ensure_ascii=False), "customer": inv.get("customer", ""),
                     "amount": inv.get("amount_billed"), "currency": inv.get("currency", ""),
                     "invoice_date": inv.get("invoice_date", ""), "diagnosed_at": now})
    with db.atomic():
        db.execute("DELETE FROM failures")
        if rows:
            db.table("failures").insert_all(rows, pk=("hubspot_invoice_id", "kind"))
        db.table("meta").upsert({"key": "last_diagnose", "value": now}, pk="key")
    return failures
