"""HubSpot objects (plain dicts from the client) into the cache tables; no HTTP here."""

from __future__ import annotations

import json
from collections.abc import Iterable

import sqlite_utils

from core.normalize import hs_date, norm_text, to_float
from core.store.rows import upsert
from core.types import JSON


def _props(obj: JSON) -> JSON:
    props = obj.get("properties") or {}
    return props if isinstance(props, dict) else {}


def _text(value: object) -> str:
    """A property value as HubSpot's own text form: values arrive as strings, but the checks also let
    numbers and booleans through (reply_checks), and those must not break `.strip()`."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return value if isinstance(value, str) else str(value)


def invoice_row(obj: JSON) -> JSON:
    p = _props(obj)
    return {
        "id": str(obj["id"]), "number": _text(p.get("hs_number")).strip(),
        "status": _text(p.get("hs_invoice_status")).strip().lower(), "currency": _text(p.get("hs_currency")),
        "invoice_date": hs_date(p.get("hs_invoice_date")), "due_date": hs_date(p.get("hs_due_date")),
        "amount_billed": to_float(p.get("hs_amount_billed")), "source": _text(p.get("hs_invoice_source")),
        "updated_at": obj.get("updatedAt") or "", "properties": json.dumps(p, ensure_ascii=False),
    }


def line_item_row(obj: JSON) -> JSON:
    p = _props(obj)
    qty, price = to_float(p.get("quantity")), to_float(p.get("price"))
    amount = to_float(p.get("amount"))
    if amount is None and qty is not None and price is not None:
        amount = round(qty * price, 2)
    return {
        "id": str(obj["id"]), "name": _text(p.get("name")), "name_norm": norm_text(p.get("name")),
        "sku_norm": norm_text(p.get("hs_sku")), "quantity": qty, "price": price, "amount": amount,
        "sku": _text(p.get("hs_sku")), "product_id": _text(p.get("hs_product_id")),
        "updated_at": obj.get("updatedAt") or "", "properties": json.dumps(p, ensure_ascii=False),
    }


def contact_row(obj: JSON) -> JSON:
    p = _props(obj)
    email = _text(p.get("email")).strip()
    full_name = " ".join(part for part in (_text(p.get("firstname")).strip(),
                                           _text(p.get("lastname")).strip()) if part)
    return {
        "id": str(obj["id"]), "email": email, "email_norm": norm_text(email),
        "firstname": _text(p.get("firstname")), "lastname": _text(p.get("lastname")), "full_name": full_name,
        "full_name_norm": norm_text(full_name), "associatedcompanyid": _text(p.get("associatedcompanyid")),
        "updated_at": obj.get("updatedAt") or "", "properties": json.dumps(p, ensure_ascii=False),
    }


def company_row(obj: JSON) -> JSON:
    p = _props(obj)
    name = _text(p.get("name")).strip()
    return {
        "id": str(obj["id"]), "name": name, "name_norm": norm_text(name), "domain": _text(p.get("domain")),
        "updated_at": obj.get("updatedAt") or "", "properties": json.dumps(p, ensure_ascii=False),
    }


ROWS = {"invoices": invoice_row, "line_items": line_item_row, "contacts": contact_row, "companies": company_row}
TABLES = {"invoices": "hs_invoices", "line_items": "hs_line_items", "contacts": "hs_contacts",
          "companies": "hs_companies"}


def save_objects(db: sqlite_utils.Database, object_type: str, objects: Iterable[JSON], refresh_id: int) -> int:
    rows = [{**ROWS[object_type](obj), "refresh_id": refresh_id} for obj in objects]
    upsert(db, TABLES[object_type], rows, "id")
    return len(rows)


def save_associations(db: sqlite_utils.Database, from_type: str, to_type: str,
                      links: Iterable[tuple[str, str, int]], refresh_id: int) -> int:
    rows = [{"from_type": from_type, "from_id": f, "to_type": to_type, "to_id": t, "type_id": type_id,
             "refresh_id": refresh_id} for f, t, type_id in links]
    upsert(db, "hs_associations", rows, ("from_type", "from_id", "to_type", "to_id", "type_id"))
    return len(rows)
