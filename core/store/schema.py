"""The cache's tables: one per API entity, with the columns the rules query and the raw JSON beside them.

Normalised columns (`*_norm`) are computed in Python when saving (casefold + trim), because SQLite's
lower() only folds ASCII and names here carry accents.
"""

from __future__ import annotations

SCHEMA_VERSION = 2

# Every cached API table has `refresh_id`: the number of the refresh that saved the row (for support).
TABLES: dict[str, dict[str, type]] = {
    # HubSpot
    "hs_invoices": {
        "id": str, "number": str, "status": str, "currency": str, "invoice_date": str, "due_date": str,
        "amount_billed": float, "source": str, "updated_at": str, "properties": str, "refresh_id": int,
    },
    "hs_line_items": {
        "id": str, "name": str, "name_norm": str, "sku_norm": str, "quantity": float, "price": float,
        "amount": float, "sku": str,
        "product_id": str, "updated_at": str, "properties": str, "refresh_id": int,
    },
    "hs_contacts": {
        "id": str, "email": str, "email_norm": str, "firstname": str, "lastname": str, "full_name": str,
        "full_name_norm": str, "associatedcompanyid": str, "updated_at": str, "properties": str,
        "refresh_id": int,
    },
    "hs_companies": {
        "id": str, "name": str, "name_norm": str, "domain": str, "updated_at": str, "properties": str,
        "refresh_id": int,
    },
    "hs_associations": {
        "from_type": str, "from_id": str, "to_type": str, "to_id": str, "type_id": int, "refresh_id": int,
    },
    # QuickBooks Online
    "qbo_customers": {
        "id": str, "display_name": str, "name_norm": str, "email": str, "email_norm": str, "active": int,
        "currency": str, "sync_token": str, "updated_at": str, "raw": str, "refresh_id": int,
    },
    "qbo_vendors": {
        "id": str, "display_name": str, "name_norm": str, "active": int, "sync_token": str,
        "updated_at": str, "raw": str, "refresh_id": int,
    },
    "qbo_employees": {
        "id": str, "display_name": str, "name_norm": str, "active": int, "sync_token": str,
        "updated_at": str, "raw": str, "refresh_id": int,
    },
    "qbo_items": {
        "id": str, "name": str, "name_norm": str, "sku": str, "sku_norm": str, "type": str, "active": int,
        "sync_token": str, "updated_at": str, "raw": str, "refresh_id": int,
    },
    "qbo_invoices": {
        "id": str, "doc_number": str, "customer_id": str, "customer_name": str, "txn_date": str,
        "total_amt": float, "currency": str, "sync_token": str, "updated_at": str, "raw": str,
        "refresh_id": int,
        "marked_invoice": str,   # the HubSpot invoice id of Sync Doctor's mark in the private note (qbo/marker.py)
    },
    "qbo_credit_memos": {
        "id": str, "doc_number": str, "customer_id": str, "customer_name": str, "txn_date": str,
        "total_amt": float, "currency": str, "sync_token": str, "updated_at": str, "raw": str,
        "refresh_id": int,
    },
    "qbo_txn_lines": {
        "txn_type": str, "txn_id": str, "idx": int, "line_id": str, "detail_type": str, "item_id": str,
        "item_name": str, "description": str, "qty": float, "unit_price": float, "amount": float,
        "service_date": str, "refresh_id": int,
    },
    "qbo_preferences": {
        "id": int, "revenue_recognition": int, "custom_txn_numbers": int, "home_currency": str,
        "multicurrency": int, "book_close_date": str, "sync_token": str, "raw": str, "refresh_id": int,
    },
}

PKS: dict[str, tuple[str, ...]] = {
    "hs_associations": ("from_type", "from_id", "to_type", "to_id", "type_id"),
    "qbo_txn_lines": ("txn_type", "txn_id", "idx"),
}

INDEXES: list[tuple[str, list[str]]] = [
    ("hs_invoices", ["status"]),
    ("hs_invoices", ["number"]),
    ("hs_contacts", ["email_norm"]),
    ("hs_associations", ["to_type", "to_id"]),
    ("qbo_customers", ["email_norm"]),
    ("qbo_customers", ["name_norm"]),
    ("qbo_vendors", ["name_norm"]),
    ("qbo_employees", ["name_norm"]),
    ("qbo_invoices", ["doc_number"]),
    ("qbo_invoices", ["marked_invoice"]),
    ("qbo_items", ["sku_norm"]),
    ("qbo_items", ["name_norm"]),
    ("qbo_credit_memos", ["doc_number"]),
]

# Tables of our own (not copies of an API).
OWN_TABLES: dict[str, dict[str, type]] = {
    "meta": {"key": str, "value": str},
    "failures": {
        "hubspot_invoice_id": str, "kind": str, "severity": str, "root": int, "invoice_number": str,
        "summary": str, "evidence": str,
        "customer": str, "amount": float, "currency": str, "invoice_date": str, "diagnosed_at": str,
    },
}
OWN_TABLES["diagnose_runs"] = {"id": int, "at": str, "counts": str, "failing_invoices": int}
# HubSpot invoice → the QBO invoice Sync Doctor pushed for it (store/links.py keeps it in step with the journal).
OWN_TABLES["sd_links"] = {"hubspot_invoice_id": str, "qbo_invoice_id": str}
OWN_PKS: dict[str, tuple[str, ...]] = {"meta": ("key",), "failures": ("hubspot_invoice_id", "kind"),
                                        "diagnose_runs": ("id",), "sd_links": ("hubspot_invoice_id",)}
