"""Where a failing invoice points: its pages in HubSpot and QuickBooks.

URLs are built here (not in the GUI) so the CLI and reports can print the same links.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote, urlencode

from core.store.db import get_meta, open_db, set_meta

HUBSPOT_APP = "https://app.hubspot.com"
QBO_APP = "https://app.qbo.intuit.com"
INVOICE_OBJECT = "0-53"  # HubSpot's object type id for invoices
PORTAL_META = "hubspot.portal_id"


def hubspot_invoice_url(portal_id: str, invoice_id: str) -> str:
    """The invoice's record page; HubSpot needs the account (portal) id in the path."""
    if not portal_id or not invoice_id:
        raise ValueError("a HubSpot link needs the portal id and the invoice id")
    return f"{HUBSPOT_APP}/contacts/{quote(portal_id, safe='')}/record/{INVOICE_OBJECT}/{quote(invoice_id, safe='')}"


def qbo_invoice_url(txn_id: str) -> str:
    """The invoice in QuickBooks Online (the company is the one the browser is signed in to)."""
    if not txn_id:
        raise ValueError("a QuickBooks link needs the invoice's id")
    return f"{QBO_APP}/app/invoice?{urlencode({'txnId': txn_id})}"


def hubspot_portal_id(db_path: Path) -> str | None:
    """The HubSpot account id recorded for this cache, if any (needed for HubSpot links)."""
    db = open_db(db_path)
    try:
        return get_meta(db, PORTAL_META) or None
    finally:
        db.close()


def remember_hubspot_portal_id(db_path: Path, portal_id: str) -> None:
    db = open_db(db_path)
    try:
        set_meta(db, PORTAL_META, portal_id)
    finally:
        db.close()
