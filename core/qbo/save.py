"""QBO entities (plain dicts from the client) into the cache tables; no HTTP here."""

from __future__ import annotations

import json
from collections.abc import Iterable

import sqlite_utils

from core.normalize import norm_text, to_float
from core.qbo.marker import marked_invoice
from core.store.rows import insert, upsert
from core.types import JSON

NAME_TABLES = {"Customer": "qbo_customers", "Vendor": "qbo_vendors", "Employee": "qbo_employees"}
TXN_TABLES = {"Invoice": "qbo_invoices", "CreditMemo": "qbo_credit_memos"}


def _ref(obj: JSON, key: str) -> JSON:
    ref = obj.get(key)
    return ref if isinstance(ref, dict) else {}


def _active(obj: JSON) -> int:
    value = obj.get("Active", True)
    return 0 if value is False or str(value).lower() == "false" else 1


def name_row(entity: str, obj: JSON) -> JSON:
    name = (obj.get("DisplayName") or "").strip()
    row = {"id": str(obj["Id"]), "display_name": name, "name_norm": norm_text(name), "active": _active(obj),
           "sync_token": str(obj.get("SyncToken", "")),
           "updated_at": _ref(obj, "MetaData").get("LastUpdatedTime", ""),
           "raw": json.dumps(obj, ensure_ascii=False)}
    if entity == "Customer":
        email = (_ref(obj, "PrimaryEmailAddr").get("Address") or "").strip()
        row.update(email=email, email_norm=norm_text(email), currency=_ref(obj, "CurrencyRef").get("value", ""))
    return row


def item_row(obj: JSON) -> JSON:
    name, sku = (obj.get("Name") or "").strip(), (obj.get("Sku") or "").strip()
    return {"id": str(obj["Id"]), "name": name, "name_norm": norm_text(name), "sku": sku, "sku_norm": norm_text(sku),
            "type": obj.get("Type", ""), "active": _active(obj), "sync_token": str(obj.get("SyncToken", "")),
            "updated_at": _ref(obj, "MetaData").get("LastUpdatedTime", ""), "raw": json.dumps(obj, ensure_ascii=False)}


def txn_rows(entity: str, obj: JSON, refresh_id: int) -> tuple[JSON, list[JSON]]:
    oid = str(obj["Id"])
    customer = _ref(obj, "CustomerRef")
    row = {"id": oid, "doc_number": (obj.get("DocNumber") or "").strip(),
           "customer_id": str(customer.get("value", "")), "customer_name": customer.get("name", ""),
           "txn_date": obj.get("TxnDate", ""), "total_amt": to_float(obj.get("TotalAmt")),
           "currency": _ref(obj, "CurrencyRef").get("value", ""), "sync_token": str(obj.get("SyncToken", "")),
           "updated_at": _ref(obj, "MetaData").get("LastUpdatedTime", ""),
           "raw": json.dumps(obj, ensure_ascii=False), "refresh_id": refresh_id}
    if entity == "Invoice":
        row["marked_invoice"] = marked_invoice(obj.get("PrivateNote"))
    lines = []
    for idx, line in enumerate(obj.get("Line") or []):
        detail_type = line.get("DetailType", "")
        detail = _ref(line, detail_type)
        item = _ref(detail, "ItemRef")
        lines.append({"txn_type": entity, "txn_id": oid, "idx": idx, "line_id": str(line.get("Id", "")),
                      "detail_type": detail_type, "item_id": str(item.get("value", "")),
                      "item_name": item.get("name", ""), "description": line.get("Description", ""),
                      "qty": to_float(detail.get("Qty")), "unit_price": to_float(detail.get("UnitPrice")),
                      "amount": to_float(line.get("Amount")), "service_date": detail.get("ServiceDate", ""),
                      "refresh_id": refresh_id})
    return row, lines


def save_entities(db: sqlite_utils.Database, entity: str, objects: Iterable[JSON], refresh_id: int) -> int:
    objs = list(objects)
    if entity in NAME_TABLES:
        upsert(db, NAME_TABLES[entity], [{**name_row(entity, o), "refresh_id": refresh_id} for o in objs], "id")
    elif entity == "Item":
        upsert(db, "qbo_items", [{**item_row(o), "refresh_id": refresh_id} for o in objs], "id")
    elif entity in TXN_TABLES:
        rows, lines = [], []
        for obj in objs:
            row, obj_lines = txn_rows(entity, obj, refresh_id)
            rows.append(row)
            lines.extend(obj_lines)
        ids = [r["id"] for r in rows]
        # A document's lines are replaced whole: QBO lines are all-or-nothing.
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            db.execute(f"DELETE FROM qbo_txn_lines WHERE txn_type = ? AND txn_id IN ({','.join('?' * len(chunk))})",
                       [entity, *chunk])
        upsert(db, TXN_TABLES[entity], rows, "id")
        insert(db, "qbo_txn_lines", lines)
    else:
        raise ValueError(f"no cache table for {entity}")
    return len(objs)


def _bool(value: object) -> int:
    return 1 if value is True or str(value).lower() == "true" else 0


def save_preferences(db: sqlite_utils.Database, prefs: JSON, refresh_id: int) -> None:
    products = prefs.get("ProductAndServicesPrefs") or {}
    # Intuit's reference names the flag RevenueRecognitionEnabled; the Java SDK and python-quickbooks
    # call it RevenueRecognition. Either one being true means revenue recognition is on.
    revrec = _bool(products.get("RevenueRecognitionEnabled")) or _bool(products.get("RevenueRecognition"))
    currency = prefs.get("CurrencyPrefs") or {}
    db.table("qbo_preferences").upsert({
        "id": 1, "revenue_recognition": revrec,
        "custom_txn_numbers": _bool((prefs.get("SalesFormsPrefs") or {}).get("CustomTxnNumbers")),
        "home_currency": (currency.get("HomeCurrency") or {}).get("value", ""),
        "multicurrency": _bool(currency.get("MultiCurrencyEnabled")),
        "book_close_date": (prefs.get("AccountingInfoPrefs") or {}).get("BookCloseDate", ""),
        "sync_token": str(prefs.get("SyncToken", "")), "raw": json.dumps(prefs, ensure_ascii=False),
        "refresh_id": refresh_id,
    }, pk="id")
