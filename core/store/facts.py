"""`facts_invoices`: one row per HubSpot invoice with everything the rules ask, materialised once per refresh.

The linking views (views.py) say what is true; this table stores their answer with indexes, so every rule is
a plain indexed query and diagnosing 100k invoices stays well under a second.
"""

from __future__ import annotations

import hashlib

import sqlite_utils

from core.store import views
from core.store.db import get_meta, set_meta

FACTS_SQL = """
CREATE TABLE facts_invoices AS
SELECT v.id, v.number, v.status, v.in_scope, v.currency, v.invoice_date, v.amount_billed,
       v.contact_id, v.email, v.email_norm, v.full_name, v.company_id, v.company_name,
       v.would_be_name, v.would_be_name_norm,
       (v.in_scope AND p.qbo_invoice_id IS NULL) AS pending,
       coalesce(hl.n, 0) AS line_count, coalesce(hl.sig, '') AS hs_line_sig,
       p.qbo_invoice_id, q.total_amt AS qbo_total, coalesce(ql.sig, '') AS qbo_line_sig,
       coalesce(ql.n, 0) AS qbo_line_count,
       (SELECT count(*) FROM qbo_customers c WHERE c.email_norm = v.email_norm AND v.email_norm <> '')
           AS customers_with_email,
       (SELECT count(*) FROM qbo_customers c
         WHERE c.email_norm = v.email_norm AND v.email_norm <> '' AND c.active) AS active_customers_with_email,
       (SELECT count(*) FROM qbo_customers n WHERE n.name_norm = v.would_be_name_norm)
       + (SELECT count(*) FROM qbo_vendors n WHERE n.name_norm = v.would_be_name_norm)
       + (SELECT count(*) FROM qbo_employees n WHERE n.name_norm = v.would_be_name_norm) AS names_taken,
       (SELECT count(*) FROM qbo_invoices d WHERE d.doc_number = v.number AND v.number <> '')
       + (SELECT count(*) FROM qbo_credit_memos d WHERE d.doc_number = v.number AND v.number <> '')
           AS docs_with_number,
       CASE WHEN EXISTS (SELECT 1 FROM qbo_items) THEN
           (SELECT count(*) FROM hs_associations a JOIN hs_line_items li ON li.id = a.to_id
             WHERE a.from_type = 'invoices' AND a.from_id = v.id AND a.to_type = 'line_items'
               AND NOT EXISTS (SELECT 1 FROM qbo_items i WHERE li.sku_norm <> '' AND i.sku_norm = li.sku_norm)
               AND NOT EXISTS (SELECT 1 FROM qbo_items i WHERE i.name_norm = li.name_norm))
       ELSE 0 END AS unknown_item_lines
  FROM v_hs_invoices v
  LEFT JOIN v_counterparts p ON p.invoice_id = v.id
  LEFT JOIN qbo_invoices q ON q.id = p.qbo_invoice_id
  LEFT JOIN v_hs_line_sigs hl ON hl.invoice_id = v.id
  LEFT JOIN v_qbo_line_sigs ql ON ql.qbo_invoice_id = p.qbo_invoice_id
"""
INDEXES = ("id", "number", "would_be_name_norm", "email_norm")
# Each rule asks for pending invoices (in scope, no counterpart) with one rare property: index those pairs.
PAIR_INDEXES = ("names_taken", "docs_with_number", "customers_with_email", "unknown_item_lines", "line_count")


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
