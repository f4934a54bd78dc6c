"""Shared mechanics of fix plans: cached records and their before-images, Change builders, guide options.

Everything here reads the SQLite cache only (no network, no writes), so a plan is previewable and repeatable.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, MutableSet, Sequence
from dataclasses import replace
from typing import Any

import sqlite_utils

from core.failures.base import Failure
from core.fixes import memo
from core.fixes.errors import PlanError
from core.fixes.model import JSON, Action, Change, FieldChange, Plan
from core.fixes.naming import clean
from core.fixes.params import DOC_NUMBER_MAX
from core.fixes.txn_words import SERVICE_DATE_WHY, creation_lines, described, doc_label
from core.fixes.words import FIELD, LINE_NAMED, line_message
from core.i18n import N_, Message, joined, verbatim
from core.normalize import norm_text
from core.sync.payload import Line, invoice_payload, payload_problems

QBO_TABLES = {"Customer": "qbo_customers", "Vendor": "qbo_vendors", "Employee": "qbo_employees",
              "Invoice": "qbo_invoices", "CreditMemo": "qbo_credit_memos"}
NOT_CACHED = N_("Plan", "HubSpot invoice {id} is not in the cache; refresh first")
ALREADY_PUSHED = N_("Plan", "It is already in QuickBooks (invoice {id}).")
BLOCKED_BY = N_("Plan", "Fix this first: {titles}.")    # titles: the kinds' ids until core.fixes.plans names them
NO_CUSTOMER_YET = N_("Plan", "No QuickBooks customer has the contact's email yet.")
NOT_KEPT = N_("Plan", "QuickBooks would not keep it as it is: {problems}")


def invoice_ids(failures: Sequence[Failure]) -> tuple[str, ...]:
    """The failures' invoices, each once, in the order given."""
    return tuple(dict.fromkeys(f.hubspot_invoice_id for f in failures))


def per_invoice(params: Mapping[str, Any], invoice_id: str) -> dict[str, Any]:
    """The parameters for one invoice: the shared ones, overridden by params["per_invoice"][invoice_id]."""
    merged = {k: v for k, v in params.items() if k != "per_invoice"}
    merged.update((params.get("per_invoice") or {}).get(invoice_id) or {})
    return merged


# ---------------------------------------------------------------- reading the cache

def one(db: sqlite_utils.Database, sql: str, args: Sequence[Any] = ()) -> dict[str, Any] | None:
    return next(iter(db.query(sql, list(args))), None)


def invoice_facts(db: sqlite_utils.Database, invoice_id: str) -> dict[str, Any]:
    row = one(db, "SELECT * FROM facts_invoices WHERE id = ?", [invoice_id])
    if row is None:
        raise PlanError(NOT_CACHED.format(id=invoice_id))
    return row


def contact(db: sqlite_utils.Database, contact_id: str | None) -> dict[str, Any] | None:
    if not contact_id:
        return None
    return one(db, "SELECT * FROM hs_contacts WHERE id = ?", [contact_id])


def hs_before(row: Mapping[str, Any]) -> JSON:
    """A cached HubSpot record as the API returns it (the before-image kept for undo)."""
    return {"id": row["id"], "properties": json.loads(row["properties"] or "{}"), "updatedAt": row["updated_at"]}


def qbo_raw(db: sqlite_utils.Database, entity: str, record_id: str) -> JSON | None:
    """The cached QBO record JSON, its SyncToken taken from the column when the JSON lacks one."""
    row = one(db, f"SELECT raw, sync_token FROM {QBO_TABLES[entity]} WHERE id = ?", [record_id])
    if row is None:
        return None
    raw: JSON = json.loads(row["raw"] or "{}")
    raw.setdefault("Id", record_id)
    raw["SyncToken"] = str(raw.get("SyncToken", row["sync_token"] or "0"))
    return raw


def preferences(db: sqlite_utils.Database) -> tuple[JSON, dict[str, Any]]:
    """The cached Preferences JSON and its flag columns ({} and {} when never fetched)."""
    row = one(db, "SELECT * FROM qbo_preferences WHERE id = 1")
    if row is None:
        return {}, {}
    raw: JSON = json.loads(row["raw"] or "{}")
    raw.setdefault("Id", "1")
    raw["SyncToken"] = str(raw.get("SyncToken", row["sync_token"] or "0"))
    return raw, row


def revenue_recognition_on(db: sqlite_utils.Database) -> bool:
    return bool(preferences(db)[1].get("revenue_recognition"))


def name_of(db: sqlite_utils.Database, entity: str, record_id: str) -> str:
    row = one(db, f"SELECT display_name FROM {QBO_TABLES[entity]} WHERE id = ?", [record_id])
    return str(row["display_name"]) if row else ""


def other_failures(db: sqlite_utils.Database, invoice_id: str, ignore: Iterable[str]) -> list[str]:
    """Kinds of the invoice's other stored failures (from the last diagnosis) that a push would still hit."""
    if "failures" not in db.table_names():
        return []
    skip = set(ignore)
    rows = db.execute("SELECT kind FROM failures WHERE hubspot_invoice_id = ? AND severity = 'failure' "
                      "ORDER BY root DESC, kind", [invoice_id]).fetchall()
    return [r[0] for r in rows if r[0] not in skip]


# ---------------------------------------------------------------- building changes

def flatten(body: Mapping[str, Any], prefix: str = "") -> list[tuple[str, Any]]:
    """("PrimaryEmailAddr.Address", "a@b.c") pairs of a JSON object, for previewing a create."""
    out: list[tuple[str, Any]] = []
    for key, value in body.items():
        path = f"{prefix}{key}"
        if isinstance(value, Mapping):
            out.extend(flatten(value, f"{path}."))
        else:
            out.append((path, value))
    return out


def qbo_create(entity: str, body: JSON, label: Message, invoices: Iterable[str]) -> Change:
    fields = tuple(FieldChange(FIELD.get(path) or verbatim(path), None, value) for path, value in flatten(body))
    return Change("quickbooks", entity, Action.CREATE, "", label, fields, body=body, invoice_ids=tuple(invoices))


def qbo_sparse_update(entity: str, before: JSON, changes: JSON, label: Message, fields: Iterable[FieldChange],
                      invoices: Iterable[str]) -> Change:
    """A sparse update: Id, the cached SyncToken, `"sparse": true` and only the fields that change."""
    body: JSON = {"Id": str(before["Id"]), "SyncToken": str(before["SyncToken"]), "sparse": True, **changes}
    return described(Change("quickbooks", entity, Action.UPDATE, str(before["Id"]), label, tuple(fields), body=body,
                            version=str(before["SyncToken"]), before=before, invoice_ids=tuple(invoices)))


def hs_patch(object_type: str, row: Mapping[str, Any], properties: Mapping[str, str], label: Message,
             fields: Iterable[FieldChange], invoices: Iterable[str]) -> Change:
    before = hs_before(row)
    return Change("hubspot", object_type, Action.UPDATE, str(row["id"]), label, tuple(fields),
                  body={"properties": dict(properties)}, version=str(row["updated_at"] or ""), before=before,
                  invoice_ids=tuple(invoices))


def line_text(line: Line | None) -> Message | None:
    """A line as the preview shows it: '8 × 125.00 = 1,000.00 (Consulting hour)'."""
    if line is None:
        return None
    text = line_message(line.qty, line.unit_price, line.amount)
    return LINE_NAMED.format(line=text, name=line.name) if line.name else text


def with_service_dates(lines: Sequence[JSON], date: str) -> tuple[list[JSON], int]:
    """Sales lines with `date` as ServiceDate where they have none; and how many were filled."""
    out, filled = [], 0
    for line in lines:
        line = json.loads(json.dumps(line))  # deep copy: the cached JSON stays the before-image
        detail = line.get("SalesItemLineDetail")
        if line.get("DetailType") == "SalesItemLineDetail" and isinstance(detail, dict) \
                and not detail.get("ServiceDate"):
            detail["ServiceDate"] = date
            filled += 1
        out.append(line)
    return out, filled


# ---------------------------------------------------------------- document numbers

def doc_numbers_taken(db: sqlite_utils.Database) -> MutableSet[str]:
    """Every number QBO invoices and credit memos use, and every HubSpot invoice number (future pushes)."""
    def read() -> frozenset[str]:
        rows = db.execute("SELECT doc_number FROM qbo_invoices UNION SELECT doc_number FROM qbo_credit_memos "
                          "UNION SELECT number FROM hs_invoices").fetchall()
        return frozenset(norm_text(r[0]) for r in rows if r[0])

    return memo.kept_claims("doc_numbers", read)


def free_doc_number(base: str, taken: MutableSet[str], *, first: int = 1) -> str:
    """`<base>-1`, `-2`… the first not in `taken` (normalised) that fits in 21 characters; claimed in `taken`."""
    n = first
    while True:
        suffix = f"-{n}"
        candidate = base.strip()[:DOC_NUMBER_MAX - len(suffix)].rstrip() + suffix
        if norm_text(candidate) not in taken:
            taken.add(norm_text(candidate))
            return candidate
        n += 1


# ---------------------------------------------------------------- pushes (Sync Doctor writes the invoice itself)

def push_change(db: sqlite_utils.Database, invoice_id: str, *, number: str | None = None,
                service_date: str | None = None, ignore: Iterable[str] = ()) -> tuple[Change | None, Message]:
    """The PUSH of a HubSpot invoice (`invoice_payload`), or None and why it would still fail."""
    inv = invoice_facts(db, invoice_id)
    if inv["qbo_invoice_id"]:
        return None, ALREADY_PUSHED.format(id=str(inv["qbo_invoice_id"]))
    blocking = other_failures(db, invoice_id, ignore)
    if blocking:
        return None, BLOCKED_BY.format(titles=tuple(blocking))
    body = invoice_payload(db, invoice_id, service_date=service_date)
    if "CustomerRef" not in body:
        return None, NO_CUSTOMER_YET
    if number is not None:
        body["DocNumber"] = number
    problems = payload_problems(body)
    if problems:
        return None, NOT_KEPT.format(problems=joined(problems))
    customer = name_of(db, "Customer", body["CustomerRef"]["value"])
    fields = [FieldChange(FIELD["DocNumber"], None, body["DocNumber"]),
              FieldChange(FIELD["CustomerRef"], None, customer)]
    if service_date:
        fields.append(FieldChange(FIELD["ServiceDate.every"], None, service_date, reason=SERVICE_DATE_WHY))
    fields += creation_lines(body)
    label = doc_label("Invoice", {"DocNumber": body["DocNumber"], "CustomerRef": {"name": customer}})
    return Change("quickbooks", "Invoice", Action.PUSH, "", label, tuple(fields), body=body,
                  invoice_ids=(invoice_id,)), verbatim("")


def reasons(plan: Plan) -> Message | None:
    """Why a plan has no change for some invoices, each reason once: an unavailable choice's explanation."""
    distinct = list(dict.fromkeys(why for _, why in plan.problems))
    return None if not distinct else distinct[0] if len(distinct) == 1 else joined(distinct, "; ")


# ---------------------------------------------------------------- customers

def new_customer_body(db: sqlite_utils.Database, invoice_id: str, display_name: str) -> JSON:
    """The Customer the integration would create for the invoice's contact, under `display_name`."""
    inv = invoice_facts(db, invoice_id)
    person = contact(db, inv["contact_id"]) or {}
    body: JSON = {"DisplayName": display_name}
    for key, value, limit in (("GivenName", person.get("firstname"), 100), ("FamilyName", person.get("lastname"), 100),
                              ("CompanyName", inv["company_name"], 100)):
        text = clean(str(value or ""))[:limit].strip()
        if text:
            body[key] = text
    if inv["email"]:
        body["PrimaryEmailAddr"] = {"Address": str(inv["email"]).strip()}
    return body


def merge(changes: Iterable[Change]) -> list[Change]:
    """One change per record: identical writes requested for several invoices become one, helping them all."""
    out: dict[str, Change] = {}
    for change in changes:
        key = json.dumps([change.system, change.entity, change.action, change.record_id, change.body],
                         sort_keys=True, default=str)
        if key in out:
            first = out[key]
            ids = tuple(dict.fromkeys(first.invoice_ids + change.invoice_ids))
            out[key] = replace(first, invoice_ids=ids)
        else:
            out[key] = change
    return list(out.values())
