"""Runs every registered failure rule over the cache (no network), marks root causes, stores the result."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, TextIO

import sqlite_utils

from core import failure_history
from core.failures import notices, registry
from core.failures.base import Failure
from core.fixes import memo
from core.store import facts

__all__ = ["Diagnosis", "Failure", "run"]

SYNC_STATUSES = ("synced", "pending", "failing", "out_of_scope")


@dataclass
class Diagnosis:
    failures: list[Failure] = field(default_factory=list)   # block the sync
    warnings: list[Failure] = field(default_factory=list)   # may not block it
    notices: list[notices.Notice] = field(default_factory=list)  # company/connection level, shown once

    def to_json(self, db: sqlite_utils.Database | None = None) -> dict[str, Any]:
        with memo.scope():
            failures = [_with_options(db, f) for f in self.failures]
        out: dict[str, Any] = {
            "failures": failures,
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

    def write_json(self, db: sqlite_utils.Database, out: TextIO, *, options: bool = True) -> None:
        """The same document as `to_json(db)`, written as it is read: memory follows the failures, not the
        invoices (a company of a million invoices streams its `invoices` list row by row)."""
        kinds: dict[str, list[str]] = defaultdict(list)
        for f in self.failures + self.warnings:
            kinds[f.hubspot_invoice_id].append(f.kind)
        failing = {f.hubspot_invoice_id for f in self.failures}
        out.write("{")
        out.write('\n  "failures": [')   # each with its fix options: one failure's plans in memory at a time
        with memo.scope():   # the company-wide reads the plans share are made once
            _lines(out, (_with_options(db if options else None, f) for f in self.failures))
        parts: list[tuple[str, list[Any]]] = [("warnings", self.warnings), ("notices", self.notices)]
        for key, items in parts:
            out.write(f',\n  "{key}": [')
            _lines(out, (item.to_json() for item in items))
        out.write(',\n  "invoices": [')
        # One line per invoice, made by SQLite's JSON functions; Python only adds the causes of the few that have any.
        db.execute("CREATE TEMP TABLE IF NOT EXISTS sd_failing (id TEXT PRIMARY KEY) WITHOUT ROWID")
        db.execute("DELETE FROM temp.sd_failing")
        db.conn.executemany("INSERT OR IGNORE INTO temp.sd_failing VALUES (?)", ((i,) for i in failing))
        text = _STRING
        listed = {invoice: f"[{','.join(text(k) for k in found)}]}}" for invoice, found in kinds.items()}
        _raw_lines(out, (line if (found := listed.get(invoice)) is None else line[:-3] + found
                         for invoice, line in db.execute(_INVOICE_LINES)))
        out.write("\n}\n")

    def statuses(self, db: sqlite_utils.Database) -> dict[str, str]:
        """Each HubSpot invoice's sync status: synced, pending (no problem found yet), failing, out_of_scope."""
        failing = {f.hubspot_invoice_id for f in self.failures}
        return {row[0]: _status(row[0], row[1], row[2], failing)
                for row in db.execute("SELECT id, in_scope, qbo_invoice_id FROM facts_invoices")}


def _with_options(db: sqlite_utils.Database | None, failure: Failure) -> dict[str, Any]:
    """A failure as `diagnose --json` lists it: with its fix options and their exact changes (core.fixes.preview)."""
    if db is None:
        return failure.to_json()
    from core.fixes.preview import options_json  # lazy: start-up time (plans load only for options)

    return {**failure.to_json(), "options": options_json(db, failure)}


# Each invoice as `diagnose --json` lists it, its status as _status() gives it; "kinds" last, so the few invoices
# with causes get theirs in place of the closing "[]}".
_INVOICE_LINES = """
SELECT fi.id, json_object('hubspot_invoice_id', fi.id, 'invoice_number', fi.number, 'sync_status',
       CASE WHEN NOT coalesce(fi.in_scope, 0) THEN 'out_of_scope'
            WHEN EXISTS (SELECT 1 FROM temp.sd_failing s WHERE s.id = fi.id) THEN 'failing'
            WHEN coalesce(fi.qbo_invoice_id, '') <> '' THEN 'synced' ELSE 'pending' END,
       'kinds', json('[]'))
  FROM facts_invoices fi ORDER BY fi.number, fi.id"""


def _status(invoice_id: str, in_scope: object, counterpart: object, failing: set[str]) -> str:
    if not in_scope:
        return "out_of_scope"
    if invoice_id in failing:
        return "failing"
    return "synced" if counterpart else "pending"


_ENCODE = json.JSONEncoder(ensure_ascii=False).encode
_STRING: Callable[[str], str] = json.encoder.encode_basestring


def _json_text(value: str | None) -> str:
    return "null" if value is None else _STRING(value)


def _lines(out: TextIO, items: Iterable[object]) -> None:
    """A JSON array's items, one per line, then its closing bracket."""
    _raw_lines(out, (_ENCODE(item) for item in items))


def _raw_lines(out: TextIO, encoded: Iterable[str], chunk: int = 2000) -> None:
    """Already encoded array items, one per line, written `chunk` at a time (one write per item costs more
    than encoding it)."""
    buffer: list[str] = []
    count = 0
    for line in encoded:
        buffer.append(line)
        count += 1
        if len(buffer) >= chunk:
            out.write(("\n    " if count == len(buffer) else ",\n    ") + ",\n    ".join(buffer))
            buffer.clear()
    if buffer:
        out.write(("\n    " if count == len(buffer) else ",\n    ") + ",\n    ".join(buffer))
    out.write("]" if count == 0 else "\n  ]")


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


# One statement per failure: the invoice's own fields are joined in SQLite, so memory follows the failures and
# never holds every in-scope invoice.
_STORE = (
    "INSERT INTO failures (hubspot_invoice_id, kind, severity, root, invoice_number, summary, evidence, customer, "
    "amount, currency, invoice_date, diagnosed_at) "
    "SELECT v.id, v.kind, v.severity, v.root, v.number, v.summary, v.evidence, "
    "coalesce(nullif(fi.would_be_name, ''), nullif(fi.email, ''), ''), fi.amount_billed, coalesce(fi.currency, ''), "
    "coalesce(fi.invoice_date, ''), v.at "
    "FROM (SELECT ? AS id, ? AS kind, ? AS severity, ? AS root, ? AS number, ? AS summary, ? AS evidence, "
    "? AS at) v LEFT JOIN facts_invoices fi ON fi.id = v.id AND fi.in_scope")


def run(db: sqlite_utils.Database) -> Diagnosis:
    """Detect everything and replace the stored set with it, in one transaction."""
    result = detect_all(db)
    now = datetime.now(UTC).isoformat(timespec="seconds")
    rows = ((f.hubspot_invoice_id, f.kind, registry.BY_ID[f.kind].severity, int(f.root), f.invoice_number, f.summary,
             json.dumps(f.evidence, ensure_ascii=False), now) for f in result.failures + result.warnings)
    counts: dict[str, int] = defaultdict(int)
    for f in result.failures:
        counts[f.kind] += 1
    with db.atomic():
        db.execute("DELETE FROM failures")
        db.conn.executemany(_STORE, rows)
        failure_history.record(db)   # first sightings: kept for failures still there, new ones dated now
        db.table("diagnose_runs").insert({"at": now, "counts": json.dumps(counts),
                                          "failing_invoices": len({f.hubspot_invoice_id for f in result.failures})})
        db.table("meta").upsert({"key": "last_diagnose", "value": now}, pk="key")
    return result
