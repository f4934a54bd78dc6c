"""Shared mechanics of fix plans: cached records and their before-images, Change builders, guide options.

Everything here reads the SQLite cache only (no network, no writes), so a plan is previewable and repeatable.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import sqlite_utils

from core.failures.base import Failure, Texts, texts
from core.fixes.model import JSON, Action, Change, FieldChange, Option, Plan
from core.fixes.naming import clean
from core.normalize import norm_text
from core.sync.payload import Line, invoice_payload, payload_problems

GUIDE = "guide"
DOC_NUMBER_MAX = 21
QBO_TABLES = {"Customer": "qbo_customers", "Vendor": "qbo_vendors", "Employee": "qbo_employees",
              "Invoice": "qbo_invoices", "CreditMemo": "qbo_credit_memos"}
ENTITY_NAMES = {  # what a bookkeeper calls each record, per language
    "Customer": ("Customer", "Cliente"), "Vendor": ("Vendor", "Proveedor"), "Employee": ("Employee", "Empleado"),
    "Invoice": ("Invoice", "Factura"), "CreditMemo": ("Credit memo", "Nota de crédito"),
    "Preferences": ("QuickBooks settings", "Ajustes de QuickBooks"), "contacts": ("Contact", "Contacto"),
    "companies": ("Company", "Empresa"), "invoices": ("HubSpot invoice", "Factura de HubSpot"),
}
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class PlanError(ValueError):
    """A plan cannot be made as asked (bad parameters, a record missing from the cache); the text says why."""


class UnknownKind(PlanError):
    pass


class UnknownOption(PlanError):
    pass


def is_es(lang: str) -> bool:
    return lang[:2].lower() == "es"


def tr(lang: str, en: str, es: str) -> str:
    return es if is_es(lang) else en


def entity_label(entity: str, name: str, lang: str) -> str:
    en, es = ENTITY_NAMES.get(entity, (entity, entity))
    return f'{tr(lang, en, es)} "{name}"' if name else tr(lang, en, es)


def require_option(kind: str, option_id: str, known: Iterable[str]) -> None:
    if option_id not in set(known):
        raise UnknownOption(f'"{option_id}" is not a fix for {kind}; the fixes are: {", ".join(known)}')


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
        raise PlanError(f"HubSpot invoice {invoice_id} is not in the cache; refresh first")
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


def qbo_create(entity: str, body: JSON, label: str, invoices: Iterable[str],
               labels: Mapping[str, str] | None = None) -> Change:
    shown = labels or {}
    fields = tuple(FieldChange(shown.get(path, path), None, value) for path, value in flatten(body))
    return Change("quickbooks", entity, Action.CREATE, "", label, fields, body=body, invoice_ids=tuple(invoices))


def qbo_sparse_update(entity: str, before: JSON, changes: JSON, label: str, fields: Iterable[FieldChange],
                      invoices: Iterable[str]) -> Change:
    """A sparse update: Id, the cached SyncToken, `"sparse": true` and only the fields that change."""
    body: JSON = {"Id": str(before["Id"]), "SyncToken": str(before["SyncToken"]), "sparse": True, **changes}
    return Change("quickbooks", entity, Action.UPDATE, str(before["Id"]), label, tuple(fields), body=body,
                  version=str(before["SyncToken"]), before=before, invoice_ids=tuple(invoices))


def hs_patch(object_type: str, row: Mapping[str, Any], properties: Mapping[str, str], label: str,
             fields: Iterable[FieldChange], invoices: Iterable[str]) -> Change:
    before = hs_before(row)
    return Change("hubspot", object_type, Action.UPDATE, str(row["id"]), label, tuple(fields),
                  body={"properties": dict(properties)}, version=str(row["updated_at"] or ""), before=before,
                  invoice_ids=tuple(invoices))


def money(value: float) -> str:
    return f"{value:,.2f}"


def line_text(line: Line | None) -> str:
    """A line as the preview shows it: '8 × 125.00 = 1,000.00 (Consulting hour)'."""
    if line is None:
        return ""
    qty = f"{line.qty:g}"
    return f"{qty} × {money(line.unit_price)} = {money(line.amount)}" + (f" ({line.name})" if line.name else "")


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


def valid_date(value: object) -> bool:
    return isinstance(value, str) and bool(DATE_RE.match(value))


def valid_email(value: object) -> bool:
    return isinstance(value, str) and bool(EMAIL_RE.match(value.strip()))


# ---------------------------------------------------------------- document numbers

def doc_numbers_taken(db: sqlite_utils.Database) -> set[str]:
    """Every number QBO invoices and credit memos use, and every HubSpot invoice number (future pushes)."""
    rows = db.execute("SELECT doc_number FROM qbo_invoices UNION SELECT doc_number FROM qbo_credit_memos "
                      "UNION SELECT number FROM hs_invoices").fetchall()
    return {norm_text(r[0]) for r in rows if r[0]}


def free_doc_number(base: str, taken: set[str], *, first: int = 1) -> str:
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

def push_change(db: sqlite_utils.Database, invoice_id: str, lang: str, *, number: str | None = None,
                service_date: str | None = None, ignore: Iterable[str] = ()) -> tuple[Change | None, str]:
    """The PUSH of a HubSpot invoice (`invoice_payload`), or None and why it would still fail."""
    inv = invoice_facts(db, invoice_id)
    if inv["qbo_invoice_id"]:
        return None, tr(lang, f"It is already in QuickBooks (invoice {inv['qbo_invoice_id']}).",
                        f"Ya está en QuickBooks (factura {inv['qbo_invoice_id']}).")
    blocking = other_failures(db, invoice_id, ignore)
    if blocking:
        from core.failures import registry  # late: the registry imports every kind module, which import this
        titles = ", ".join(texts(registry.get(k), lang).title if registry.get(k) else k for k in blocking)
        return None, tr(lang, f"Fix this first: {titles}.", f"Primero hay que resolver: {titles}.")
    body = invoice_payload(db, invoice_id, service_date=service_date)
    if "CustomerRef" not in body:
        return None, tr(lang, "No QuickBooks customer has the contact's email yet.",
                        "Todavía ningún cliente de QuickBooks tiene el correo del contacto.")
    if number is not None:
        body["DocNumber"] = number
    problems = payload_problems(body, lang)
    if problems:
        return None, tr(lang, "QuickBooks would not keep it as it is: ", "QuickBooks no lo guardaría tal cual: ") \
            + " ".join(problems)
    fields = [FieldChange(tr(lang, "Number", "Número"), None, body["DocNumber"]),
              FieldChange(tr(lang, "Customer", "Cliente"), None,
                          name_of(db, "Customer", body["CustomerRef"]["value"]))]
    if service_date:
        fields.append(FieldChange(tr(lang, "Service date (every line)", "Fecha de servicio (cada línea)"), None,
                                  service_date))
    fields.append(FieldChange(tr(lang, "Lines", "Líneas"), None, len(body["Line"])))
    label = entity_label("Invoice", str(body["DocNumber"]), lang)
    return Change("quickbooks", "Invoice", Action.PUSH, "", label, tuple(fields), body=body,
                  invoice_ids=(invoice_id,)), ""


# ---------------------------------------------------------------- guides (the fix is done elsewhere)

def _texts(table: Mapping[str, Texts], lang: str) -> Texts:
    return table.get(lang[:2].lower()) or table["en"]


def guide_option(table: Mapping[str, Texts], lang: str = "en", option_id: str = GUIDE) -> Option:
    """The one option of a kind Sync Doctor cannot fix itself: the kind's fix steps, as guidance."""
    return Option(option_id, tr(lang, "Show me how", "Cómo hacerlo"),
                  tr(lang, "Sync Doctor cannot change this for you. It lists the steps to take, and you check "
                           "again when they are done.",
                     "Sync Doctor no puede cambiar esto por usted. Le indica los pasos a seguir y, cuando los haya "
                     "hecho, podrá volver a comprobar."),
                  params={"steps": list(_texts(table, lang).fix_steps)})


def guide_plan(kind: str, table: Mapping[str, Texts], failures: Sequence[Failure], option_id: str,
               params: Mapping[str, Any], lang: str = "en") -> Plan:
    require_option(kind, option_id, [GUIDE])
    return Plan(kind, option_id, invoice_ids(failures), (), notes=_texts(table, lang).fix_steps,
                params=dict(params))


# ---------------------------------------------------------------- customers

def customer_labels(lang: str) -> dict[str, str]:
    return {"DisplayName": tr(lang, "Name", "Nombre"), "GivenName": tr(lang, "First name", "Nombre de pila"),
            "FamilyName": tr(lang, "Last name", "Apellidos"), "CompanyName": tr(lang, "Company", "Empresa"),
            "PrimaryEmailAddr.Address": tr(lang, "Email", "Correo"), "Active": tr(lang, "Active", "Activo")}


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
            out[key] = Change(first.system, first.entity, first.action, first.record_id, first.label, first.fields,
                              first.body, first.version, first.before, ids)
        else:
            out[key] = change
    return list(out.values())


def yes_no(value: bool, lang: str) -> str:
    return tr(lang, "Yes", "Sí") if value else tr(lang, "No", "No")
