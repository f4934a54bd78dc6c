"""Loading a scenario file (see SCENARIOS.md) into the sandbox's State, filling what the services fill."""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from core.paths import scenario_path
from core.sandbox.state import (
    ASSOC_TYPES,
    JSON,
    QBO_ENTITIES,
    HubSpotState,
    QboState,
    State,
    iso_ms,
    qbo_time,
)

DEFAULT_HUBSPOT_TOKEN = "sandbox-hubspot-token"
DEFAULT_QBO_TOKEN = "sandbox-qbo-token"
DEFAULT_REALM = "9341453050000001"

# What a new US company has before anyone touches its settings.
DEFAULT_PREFERENCES: JSON = {
    "AccountingInfoPrefs": {"TrackDepartments": False, "ClassTrackingPerTxn": False},
    "ProductAndServicesPrefs": {"ForSales": True, "ForPurchase": True, "RevenueRecognitionEnabled": False},
    "SalesFormsPrefs": {"CustomTxnNumbers": False, "AllowServiceDate": False, "AllowDiscount": True},
    "CurrencyPrefs": {"MultiCurrencyEnabled": False, "HomeCurrency": {"value": "USD"}},
}

# Flat authoring keys → HubSpot internal property names.
INVOICE_KEYS = {"number": "hs_number", "status": "hs_invoice_status", "currency": "hs_currency",
                "date": "hs_invoice_date", "due": "hs_due_date"}
LINE_KEYS = {"name": "name", "quantity": "quantity", "price": "price", "sku": "hs_sku",
             "description": "description", "amount": "amount", "product_id": "hs_product_id"}
NOT_PROPERTIES = {"id", "lines", "contact_id", "company_id", "associations"}


def load(source: str | Path | JSON) -> State:
    """A State from a bundled scenario name, a file path, or an already-parsed dict."""
    if isinstance(source, dict):
        data = copy.deepcopy(source)
    elif str(source).startswith("scale:"):
        from core.sandbox import scale  # lazy: generated companies are for tests and benchmarks only

        data = scale.generate_from_spec(str(source)[len("scale:"):])
    else:
        path = scenario_path(str(source))
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
    return build(data)


def _money(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".") if value != int(value) else str(int(value))


def _prop(value: Any) -> str:
    """HubSpot property values are always strings."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return _money(value)
    return "" if value is None else str(value)


def _date_prop(value: str) -> str:
    """A date written as YYYY-MM-DD becomes HubSpot's midnight-UTC datetime string."""
    return f"{value}T00:00:00Z" if len(value) == 10 else value


def build(data: JSON) -> State:
    base = datetime.fromisoformat(data.get("created", "2026-01-05T09:00:00+00:00"))
    hs_data = data.get("hubspot", {})
    qbo_data = data.get("qbo", {})
    hs = HubSpotState(portal_id=str(hs_data.get("portal_id", "24681357")),
                      tokens=set(hs_data.get("tokens", [DEFAULT_HUBSPOT_TOKEN])))
    prefs = copy.deepcopy(DEFAULT_PREFERENCES)
    for block, values in qbo_data.get("preferences", {}).items():
        prefs.setdefault(block, {}).update(values)
    qbo = QboState(realm=str(qbo_data.get("realm", DEFAULT_REALM)),
                   tokens=set(qbo_data.get("tokens", [DEFAULT_QBO_TOKEN])),
                   preferences=prefs, company_name=data.get("name", "Sandbox Company"))
    state = State(name=data.get("name", "Sandbox Company"), hubspot=hs, qbo=qbo)
    state.oauth.apps = copy.deepcopy(data.get("oauth") or {})  # OAuth apps the sandbox accepts (docs/oauth.md)
    counter = [0]
    # One minute between records, as a company built up over time; a company too big for that since `base` gets
    # closer steps, so no record is stamped in the future (CDC and searches would then report it changed forever).
    listed = [*hs_data.values(), *qbo_data.values()]
    records = sum(len(v) for v in listed if isinstance(v, list)) + sum(
        len(rec.get("lines") or []) for rec in hs_data.get("invoices") or [] if isinstance(rec, dict))
    room = datetime.now(UTC) - timedelta(days=1) - base
    step = min(timedelta(minutes=1), room / max(records, 1)) if room > timedelta(0) else timedelta(minutes=1)

    def stamp() -> tuple[str, datetime]:
        counter[0] += 1
        moment = base + step * counter[0]
        return iso_ms(moment), moment

    def new_id() -> str:
        hs.next_id += 1
        return str(hs.next_id)

    def put(kind: str, rec: JSON, props: dict[str, str]) -> str:
        oid = str(rec.get("id") or new_id())
        created, _ = stamp()
        props = {k: v for k, v in props.items()}
        props["hs_object_id"] = oid
        props.setdefault("createdate", created)
        props.setdefault("hs_createdate", created)
        props.setdefault("hs_lastmodifieddate", created)
        props.setdefault("lastmodifieddate", created)
        hs.objects[kind][oid] = {"id": oid, "properties": props, "createdAt": created,
                                 "updatedAt": created, "archived": False}
        return oid

    def extras(rec: JSON, mapped: dict[str, str]) -> dict[str, str]:
        return {k: _prop(v) for k, v in rec.items() if k not in NOT_PROPERTIES and k not in mapped}

    for rec in hs_data.get("companies", []):
        put("companies", rec, extras(rec, {}))
    for rec in hs_data.get("contacts", []):
        props = extras(rec, {})
        if rec.get("company_id"):
            props["associatedcompanyid"] = str(rec["company_id"])
            company = hs.objects["companies"].get(str(rec["company_id"]))
            if company and "company" not in props:
                props["company"] = company["properties"].get("name", "")
        cid = put("contacts", rec, props)
        if rec.get("company_id"):
            hs.associate("contacts", cid, "companies", str(rec["company_id"]), 1)
            hs.associate("contacts", cid, "companies", str(rec["company_id"]), ASSOC_TYPES[("contacts", "companies")])
    for rec in hs_data.get("invoices", []):
        props = {INVOICE_KEYS[k]: _prop(v) for k, v in rec.items() if k in INVOICE_KEYS}
        props.update(extras(rec, INVOICE_KEYS))
        for key in ("hs_invoice_date", "hs_due_date"):
            if key in props:
                props[key] = _date_prop(props[key])
        props.setdefault("hs_invoice_status", "draft")
        props.setdefault("hs_currency", "USD")
        props.setdefault("hs_invoice_source", "hubspot")
        total = 0.0
        line_ids = []
        for line in rec.get("lines", []):
            qty, price = float(line.get("quantity", 1)), float(line.get("price", 0))
            amount = float(line.get("amount", round(qty * price, 2)))
            total += amount
            lprops = {LINE_KEYS[k]: _prop(v) for k, v in line.items() if k in LINE_KEYS}
            lprops["amount"] = _prop(amount)
            lprops.setdefault("quantity", _prop(qty))
            lprops.setdefault("price", _prop(price))
            line_ids.append(put("line_items", line, lprops))
        props.setdefault("hs_amount_billed", _prop(round(total, 2)))
        props.setdefault("hs_balance_due", "0" if props["hs_invoice_status"] == "paid" else props["hs_amount_billed"])
        iid = put("invoices", rec, props)
        for lid in line_ids:
            hs.associate("invoices", iid, "line_items", lid, ASSOC_TYPES[("invoices", "line_items")])
        if rec.get("contact_id"):
            hs.associate("invoices", iid, "contacts", str(rec["contact_id"]), ASSOC_TYPES[("invoices", "contacts")])
        if rec.get("company_id"):
            hs.associate("invoices", iid, "companies", str(rec["company_id"]),
                         ASSOC_TYPES[("invoices", "companies")])

    for entity in QBO_ENTITIES:
        for rec in qbo_data.get(entity, []):
            _, moment = stamp()
            add_qbo(qbo, entity, copy.deepcopy(rec), qbo_time(moment))
    return state


def add_qbo(qbo: QboState, entity: str, obj: JSON, when: str) -> JSON:
    """Store a QBO object with the fields the service fills in itself."""
    if not obj.get("Id"):
        qbo.next_id += 1
        obj["Id"] = str(qbo.next_id)
    obj["Id"] = str(obj["Id"])
    obj.setdefault("SyncToken", "0")
    obj.setdefault("domain", "QBO")
    obj.setdefault("sparse", False)
    obj["MetaData"] = {"CreateTime": obj.get("MetaData", {}).get("CreateTime", when), "LastUpdatedTime": when}
    if entity in ("Customer", "Vendor", "Employee", "Item"):
        obj.setdefault("Active", True)
    if entity in ("Customer", "Vendor", "Employee") and "DisplayName" in obj:
        obj.setdefault("FullyQualifiedName" if entity == "Customer" else "PrintOnCheckName", obj["DisplayName"])
    if entity in ("Invoice", "CreditMemo"):
        fill_txn(qbo, obj)
    qbo.entities[entity][obj["Id"]] = obj
    return obj


def fill_txn(qbo: QboState, obj: JSON) -> None:
    """Line ids and numbers, TotalAmt, Balance and CustomerRef.name, as QBO computes them."""
    total = 0.0
    for n, line in enumerate(obj.get("Line", []), start=1):
        line.setdefault("Id", str(n))
        line["LineNum"] = n
        if line.get("DetailType") == "SalesItemLineDetail":
            total += float(line.get("Amount", 0))
    obj["TotalAmt"] = round(total, 2)
    obj.setdefault("Balance", obj["TotalAmt"])
    ref = obj.get("CustomerRef") or {}
    customer = qbo.entities["Customer"].get(str(ref.get("value", "")))
    if customer:
        ref["name"] = customer.get("DisplayName", "")
    obj.setdefault("CurrencyRef", {"value": qbo.preferences["CurrencyPrefs"]["HomeCurrency"]["value"]})
    obj.setdefault("TxnDate", qbo_time_date(obj))


def qbo_time_date(obj: JSON) -> str:
    return str(obj.get("MetaData", {}).get("CreateTime", "2026-01-05"))[:10]
