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
from core.store import touched, views
from core.store.db import get_meta, set_meta

# What every rule and view of an invoice reads; each kind adds the columns only its rule asks (its `facts`).
# Written as lookups per invoice (indexed), not joins to whole-table views, so the same statement serves a full
# rebuild and an update of the few invoices an incremental refresh touched (core.store.touched). The counterpart
# follows v_counterparts' order: our own link, then Sync Doctor's mark, then same number and customer email.
COUNTERPART = """coalesce(
           (SELECT l.qbo_invoice_id FROM sd_links l JOIN qbo_invoices q ON q.id = l.qbo_invoice_id
             WHERE l.hubspot_invoice_id = v.id),
           (SELECT min(q.id) FROM qbo_invoices q WHERE q.marked_invoice = v.id AND q.marked_invoice <> ''),
           (SELECT min(q.id) FROM qbo_invoices q JOIN qbo_customers c ON c.id = q.customer_id
             WHERE q.doc_number = v.number AND c.email_norm = v.email_norm AND v.email_norm <> ''))"""
_HS_LINES = """FROM hs_associations a JOIN hs_line_items li ON li.id = a.to_id
                  WHERE a.from_type = 'invoices' AND a.from_id = v.id AND a.to_type = 'line_items'"""
_QBO_LINES = """FROM qbo_txn_lines
                  WHERE txn_type = 'Invoice' AND txn_id = v.counterpart AND detail_type = 'SalesItemLineDetail'"""
# Line signatures as v_hs_line_sigs / v_qbo_line_sigs make them: sorted, so line order does not matter.
BASE_COLUMNS = f"""v.id, v.number, v.status, v.in_scope, v.currency, v.invoice_date, v.amount_billed,
       v.contact_id, v.email, v.email_norm, v.full_name, v.company_id, v.company_name,
       v.would_be_name, v.would_be_name_norm,
       (v.in_scope AND v.counterpart IS NULL) AS pending,
       (SELECT count(*) {_HS_LINES}) AS line_count,
       coalesce((SELECT group_concat(sig, '|') FROM (
                   SELECT printf('%.4f/%.2f/%.2f', coalesce(li.quantity, 0), coalesce(li.price, 0),
                                 coalesce(li.amount, coalesce(li.quantity, 0) * coalesce(li.price, 0))) AS sig
                  {_HS_LINES} ORDER BY sig)), '') AS hs_line_sig,
       v.counterpart AS qbo_invoice_id, q.total_amt AS qbo_total,
       coalesce((SELECT group_concat(sig, '|') FROM (
                   SELECT printf('%.4f/%.2f/%.2f', coalesce(qty, 0), coalesce(unit_price, 0), coalesce(amount, 0))
                          AS sig
                  {_QBO_LINES} ORDER BY sig)), '') AS qbo_line_sig,
       (SELECT count(*) {_QBO_LINES}) AS qbo_line_count"""
# Index name → its columns. "number" also holds what the invoice list of `diagnose --json` reads, so that list
# comes from the index alone.
INDEXES = {"id": "id", "number": "number, id, in_scope, qbo_invoice_id", "would_be_name_norm": "would_be_name_norm",
           "email_norm": "email_norm"}
BASE_PAIR_INDEXES = ("line_count",)


def compose(columns: Sequence[FactColumn], where: str = "") -> str:
    """The facts' SELECT: the base columns, then the kinds' in registry order; `where` filters the invoices."""
    extra = "".join(f",\n       {c.sql} AS {c.name}" for c in columns)
    # MATERIALIZED: each invoice's counterpart is looked up once; a flattened subquery would look it up again
    # for every column that reads it (about 40 % of a rebuild).
    return (f"WITH v AS MATERIALIZED (SELECT v.*, {COUNTERPART} AS counterpart FROM v_hs_invoices v {where})\n"
            f"SELECT {BASE_COLUMNS}{extra}\n"
            "  FROM v LEFT JOIN qbo_invoices q ON q.id = v.counterpart")


FACT_COLUMNS = registry.fact_columns()
FACTS_SQL = "CREATE TABLE facts_invoices AS\n" + compose(FACT_COLUMNS)
TOUCHED_SQL = ("INSERT INTO facts_invoices\n"
               + compose(FACT_COLUMNS, f"WHERE v.id IN (SELECT id FROM {touched.TABLE})"))
# Each rule asks for pending invoices (in scope, no counterpart) with one rare property: index those pairs.
PAIR_INDEXES = (*BASE_PAIR_INDEXES, *(c.name for c in FACT_COLUMNS if c.indexed))
# Rules that find a few invoices among the synced ones: a partial index on their condition (FailureKind.found_where).
FOUND_INDEXES = {kind.id: kind.found_where for kind in registry.KINDS if kind.found_where}


# The facts' shape: an app that asks other questions rebuilds them before its first diagnosis.
SHAPE = hashlib.sha256(repr((FACTS_SQL, INDEXES, PAIR_INDEXES, FOUND_INDEXES, views.VIEWS)).encode()).hexdigest()[:16]


def rebuild(db: sqlite_utils.Database) -> None:
    with db.atomic():
        db.execute("DROP TABLE IF EXISTS facts_invoices")
        db.execute(FACTS_SQL)
        for name, columns in INDEXES.items():
            db.execute(f"CREATE INDEX idx_facts_{name} ON facts_invoices({columns})")
        for column in PAIR_INDEXES:
            db.execute(f"CREATE INDEX idx_facts_pending_{column} ON facts_invoices(pending, {column})")
        for kind_id, where in FOUND_INDEXES.items():
            db.execute(f"CREATE INDEX idx_facts_found_{kind_id} ON facts_invoices(id) WHERE {where}")
        set_meta(db, "facts_generation", get_meta(db, "cache_generation") or "0")
        set_meta(db, "facts_shape", SHAPE)


def update(db: sqlite_utils.Database) -> int:
    """Rebuild the rows of the invoices in core.store.touched's table only (after an incremental merge, over facts
    that were current before it); returns how many. Same rows as a full rebuild (tests/core/test_facts_update.py)."""
    with db.atomic():
        db.execute(f"DELETE FROM facts_invoices WHERE id IN (SELECT id FROM {touched.TABLE})")
        db.execute(TOUCHED_SQL)
        set_meta(db, "facts_generation", get_meta(db, "cache_generation") or "0")
    return int(db.execute(f"SELECT count(*) FROM {touched.TABLE}").fetchone()[0])


def is_current(db: sqlite_utils.Database) -> bool:
    """Whether the facts answer for the cache as it is (so an update of touched invoices keeps them whole)."""
    return ("facts_invoices" in db.table_names() and get_meta(db, "facts_shape") == SHAPE
            and get_meta(db, "facts_generation") == (get_meta(db, "cache_generation") or "0"))


def mark_changed(db: sqlite_utils.Database) -> None:
    """Every writer of cached API data calls this, so the facts are rebuilt before the next diagnosis."""
    set_meta(db, "cache_generation", str(int(get_meta(db, "cache_generation") or 0) + 1))


def ensure_fresh(db: sqlite_utils.Database) -> None:
    """Rebuild when the cache changed since the facts were made (or they were never made)."""
    if not is_current(db):
        rebuild(db)
