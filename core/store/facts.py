"""`facts_invoices`: one row per HubSpot invoice with everything the rules ask, materialised once per refresh.

The linking views (views.py) say what is true; this table stores their answer with indexes, so every rule is
a plain indexed query and diagnosing 100k invoices stays well under a second. Its columns are the base ones
below plus every registered kind's `facts`, so a kind brings the questions its rule asks.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

import sqlite_utils

from core.failures import registry
from core.failures.base import FactColumn
from core.store import views
from core.store.db import get_meta, set_meta

# What every rule and view of an invoice reads; each kind adds the columns only its rule asks (its `facts`).
BASE_COLUMNS = """v.id, v.number, v.status, v.in_scope, v.currency, v.invoice_date, v.amount_billed,
       v.contact_id, v.email, v.email_norm, v.full_name, v.company_id, v.company_name,
       v.would_be_name, v.would_be_name_norm,
       (v.in_scope AND p.qbo_invoice_id IS NULL) AS pending,
       coalesce(hl.n, 0) AS line_count, coalesce(hl.sig, '') AS hs_line_sig,
       p.qbo_invoice_id, q.total_amt AS qbo_total, coalesce(ql.sig, '') AS qbo_line_sig,
       coalesce(ql.n, 0) AS qbo_line_count"""
SOURCES = """
  FROM v_hs_invoices v
  LEFT JOIN v_counterparts p ON p.invoice_id = v.id
  LEFT JOIN qbo_invoices q ON q.id = p.qbo_invoice_id
  LEFT JOIN v_hs_line_sigs hl ON hl.invoice_id = v.id
  LEFT JOIN v_qbo_line_sigs ql ON ql.qbo_invoice_id = p.qbo_invoice_id
"""
INDEXES = ("id", "number", "would_be_name_norm", "email_norm")
BASE_PAIR_INDEXES = ("line_count",)


def compose(columns: Sequence[FactColumn]) -> str:
    """The CREATE statement of facts_invoices: the base columns, then the kinds' in registry order."""
    extra = "".join(f",\n       {c.sql} AS {c.name}" for c in columns)
    return f"CREATE TABLE facts_invoices AS\nSELECT {BASE_COLUMNS}{extra}{SOURCES}"


FACT_COLUMNS = registry.fact_columns()
FACTS_SQL = compose(FACT_COLUMNS)
# Each rule asks for pending invoices (in scope, no counterpart) with one rare property: index those pairs.
PAIR_INDEXES = (*BASE_PAIR_INDEXES, *(c.name for c in FACT_COLUMNS if c.indexed))


# The facts' shape: an app that asks other questions rebuilds them before its first diagnosis.
SHAPE = hashlib.sha256(repr((FACTS_SQL, INDEXES, PAIR_INDEXES, views.VIEWS)).encode()).hexdigest()[:16]


def rebuild(db: sqlite_utils.Database) -> None:
    with db.atomic():
        db.execute("DROP TABLE IF EXISTS facts_invoices")
        db.execute(FACTS_SQL)
        for column in INDEXES:
            db.execute(f"CREATE INDEX idx_facts_{column} ON facts_invoices({column})")
        for column in PAIR_INDEXES:
            db.execute(f"CREATE INDEX idx_facts_pending_{column} ON facts_invoices(pending, {column})")
        set_meta(db, "facts_generation", get_meta(db, "cache_generation") or "0")
        set_meta(db, "facts_shape", SHAPE)


def mark_changed(db: sqlite_utils.Database) -> None:
    """Every writer of cached API data calls this, so the facts are rebuilt before the next diagnosis."""
    set_meta(db, "cache_generation", str(int(get_meta(db, "cache_generation") or 0) + 1))


def ensure_fresh(db: sqlite_utils.Database) -> None:
    """Rebuild when the cache changed since the facts were made (or they were never made)."""
    current = get_meta(db, "cache_generation") or "0"
    if ("facts_invoices" not in db.table_names() or get_meta(db, "facts_generation") != current
            or get_meta(db, "facts_shape") != SHAPE):
        rebuild(db)
