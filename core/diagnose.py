"""Runs every registered failure rule over the cache (no network), marks root causes, stores the result."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, TextIO

import sqlite_utils

from core import failure_history
from core.failures import notices, registry
from core.failures.base import Failure
from core.store import facts

__all__ = ["Diagnosis", "Failure", "run"]

SYNC_STATUSES = ("synced", "pending", "failing", "out_of_scope")


@dataclass
class Diagnosis:
    failures: list[Failure] = field(default_factory=list)   # block the sync
    warnings: list[Failure] = field(default_factory=list)   # may not block it
    notices: list[notices.Notice] = field(default_factory=list)  # company/connection level, shown once

    def to_json(self, db: sqlite_utils.Database | None = None) -> dict[str, Any]:
        out: dict[str, Any] = {
            "failures": [f.to_json() for f in self.failures],
            "warnings": [w.to_json() for w in self.warnings],
            "notices": [n.to_json() for n in self.notices],
        }
        if db is not None:
            kinds: dict[str, list[str]] = defaultdict(list)
            for f in self.failures + self.warnings:
                kinds[f.hubspot_invoice_id].append(f.kind)
            statuses = self.statuses(db)
            out["invoices"] = [
                {"hubspot_invoice_id": row["id"], "invoice_number": row["number"],
                 "sync_status": statuses.get(row["id"], "out_of_scope"), "kinds": kinds.get(row["id"], [])}
                for row in db.query("SELECT id, number FROM facts_invoices ORDER BY number, id")
            ]
        return out

    def write_json(self, db: sqlite_utils.Database, out: TextIO) -> None:
        """The same document as `to_json(db)`, written as it is read: memory follows the failures, not the
        invoices (a company of a million invoices streams its `invoices` list row by row)."""
        kinds: dict[str, list[str]] = defaultdict(list)
        for f in self.failures + self.warnings:
            kinds[f.hubspot_invoice_id].append(f.kind)
        failing = {f.hubspot_invoice_id for f in self.failures}
        out.write("{")
        parts: list[tuple[str, list[Any]]] = [("failures", self.failures), ("warnings", self.warnings),
                                              ("notices", self.notices)]
        for index, (key, items) in enumerate(parts):
            out.write(f'{"," if index else ""}\n  "{key}": [')
            _lines(out, (item.to_json() for item in items))
        out.write(',\n  "invoices": [')
        _lines(out, ({"hubspot_invoice_id": row[0], "invoice_number": row[1],
                      "sync_status": _status(row[0], row[2], row[3], failing), "kinds": kinds.get(row[0], [])}
                     for row in db.execute(
                         "SELECT id, number, in_scope, qbo_invoice_id FROM facts_invoices ORDER BY number, id")))
        out.write("\n}\n")

    def statuses(self, db: sqlite_utils.Database) -> dict[str, str]:
        """Each HubSpot invoice's sync status: synced, pending (no problem found yet), failing, out_of_scope."""
        failing = {f.hubspot_invoice_id for f in self.failures}
        return {row[0]: _status(row[0], row[1], row[2], failing)
                for row in db.execute("SELECT id, in_scope, qbo_invoice_id FROM facts_invoices")}


def _status(invoice_id: str, in_scope: object, counterpart: object, failing: set[str]) -> str:
    if not in_scope:
        return "out_of_scope"
    if invoice_id in failing:
        return "failing"
    return "synced" if counterpart else "pending"


def _lines(out: TextIO, items: Iterable[object]) -> None:
    """A JSON array's items, one per line, then its closing bracket."""
    first = True
    for item in items:
        out.write(("\n    " if first else ",\n    ") + json.dumps(item, ensure_ascii=False))
        first = False
    out.write("]" if first else "\n  ]")


def mark_roots(found: list[Failure]) -> list[Failure]:
    """One root per invoice: the cause to fix first (lowest rank), e.g. a taken name before the missing customer."""
    best: dict[str, tuple[int, str]] = {}
    for f in found:
        rank = (registry.rank(f.kind), f.kind)
        if f.hubspot_invoice_id not in best or rank < best[f.hubspot_invoice_id]:
            best[f.hubspot_invoice_id] = rank
    return [Failure(f.kind, f.hubspot_invoice_id, f.invoice_number, f.summary, f.evidence,
                    root=best[f.hubspot_invoice_id][1] == f.kind) for f in found]


def detect_all(db: sqlite_utils.Database) -> Diagnosis:
    facts.ensure_fresh(db)
    failures: list[Failure] = []
    warnings: list[Failure] = []
    for kind in registry.KINDS:
        (warnings if kind.severity == "warning" else failures).extend(kind.detect(db))
    failures = mark_roots(failures)

    def order(f: Failure) -> tuple[str, str, bool, int]:
        return (f.invoice_number, f.hubspot_invoice_id, not f.root, registry.rank(f.kind))

    failures.sort(key=order)
    warnings.sort(key=order)
    return Diagnosis(failures, warnings, notices.detect(db))


def run(db: sqlite_utils.Database) -> Diagnosis:
    """Detect everything and replace the stored set with it, in one transaction."""
    result = detect_all(db)
    now = datetime.now(UTC).isoformat(timespec="seconds")
    info = {row["id"]: row for row in db.query(
        "SELECT id, coalesce(nullif(would_be_name, ''), nullif(email, ''), '') AS customer, amount_billed, "
        "currency, invoice_date FROM facts_invoices WHERE in_scope")}
    rows = []
    for f in result.failures + result.warnings:
        inv = info.get(f.hubspot_invoice_id, {})
        rows.append({"hubspot_invoice_id": f.hubspot_invoice_id, "kind": f.kind,
                     "severity": registry.BY_ID[f.kind].severity, "root": int(f.root),
                     "invoice_number": f.invoice_number, "summary": f.summary,
                     "evidence": json.dumps(f.evidence, ensure_ascii=False), "customer": inv.get("customer", ""),
                     "amount": inv.get("amount_billed"), "currency": inv.get("currency", ""),
                     "invoice_date": inv.get("invoice_date", ""), "diagnosed_at": now})
    counts: dict[str, int] = defaultdict(int)
    for f in result.failures:
        counts[f.kind] += 1
    with db.atomic():
        db.execute("DELETE FROM failures")
        if rows:
            db.table("failures").insert_all(rows, pk=("hubspot_invoice_id", "kind"))
        failure_history.record(db)   # first sightings: kept for failures still there, new ones dated now
        db.table("diagnose_runs").insert({"at": now, "counts": json.dumps(counts),
                                          "failing_invoices": len({f.hubspot_invoice_id for f in result.failures})})
        db.table("meta").upsert({"key": "last_diagnose", "value": now}, pk="key")
    return result
