"""The customer the integration would create for the contact has a display name QBO already uses.

QBO keeps one name list across customers, vendors and employees, inactive ones included (error 6240).
HubSpot names the new customer after the contact's primary company, so a company's second contact collides
with the customer its first contact became.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

import sqlite_utils

from core.failures.base import Failure, Texts
from core.failures.rows import failures_from
from core.fixes import naming
from core.fixes import records as rec
from core.fixes.model import Change, FieldChange, Option, Plan
from core.normalize import norm_text

KIND = "duplicate_display_name"
RANK = 20
SEVERITY = "failure"
TEXTS = {
    "en": Texts(
        title="Customer name already taken",
        explanation="The invoice's contact is not a QuickBooks customer yet, and the name it would get is already "
                    "used by another customer, a vendor or an employee in QuickBooks (even an inactive one). "
                    "QuickBooks requires every name to be unique, so the customer cannot be created and the "
                    "invoice stays behind.",
        fix_steps=("Create the customer under a different, unique name.",
                   "Rename the QuickBooks record that holds the name.",
                   "If it is the same client, link the contact to the existing customer instead."),
    ),
    "es": Texts(
        title="Nombre de cliente ya en uso",
        explanation="El contacto de la factura todavía no es cliente en QuickBooks, y el nombre que recibiría ya "
                    "lo usa otro cliente, un proveedor o un empleado (aunque esté inactivo). QuickBooks exige "
                    "nombres únicos, así que no puede crear el cliente y la factura queda pendiente.",
        fix_steps=("Crear el cliente con otro nombre que no se repita.",
                   "Cambiar el nombre del registro de QuickBooks que lo ocupa.",
                   "Si es el mismo cliente, vincular el contacto al cliente que ya existe."),
    ),
}

SQL = """
SELECT f.id AS invoice_id, f.number,
       json_object('contact_id', f.contact_id, 'contact_email', coalesce(f.email, ''),
                   'display_name', f.would_be_name,
                   'conflicts', (SELECT json_group_array(json_object('entity', n.entity, 'id', n.id,
                                         'display_name', n.display_name, 'active', json(CASE n.active
                                         WHEN 0 THEN 'false' ELSE 'true' END)))
                                   FROM (SELECT 'Customer' AS entity, id, display_name, active FROM qbo_customers
                                          WHERE name_norm = f.would_be_name_norm
                                         UNION ALL SELECT 'Vendor', id, display_name, active FROM qbo_vendors
                                          WHERE name_norm = f.would_be_name_norm
                                         UNION ALL SELECT 'Employee', id, display_name, active FROM qbo_employees
                                          WHERE name_norm = f.would_be_name_norm) n)) AS evidence,
       'The name "' || f.would_be_name || '" is already used in QuickBooks' AS summary
  FROM facts_invoices f
 WHERE f.pending = 1 AND f.contact_id IS NOT NULL AND f.customers_with_email = 0
   AND coalesce(f.would_be_name_norm, '') <> ''
   AND f.names_taken > 0
"""


def detect(db: sqlite_utils.Database) -> list[Failure]:
    return failures_from(db, KIND, SQL)


def matches(code: str, message: str) -> bool:
    text = message.lower()
    return code == "6240" or "duplicate name exists" in text or "already using this name" in text


# ---------------------------------------------------------------- fixes (plans are pure: cache in, Plan out)

CREATE_NAMED, RENAME_EXISTING, MAP_EXISTING = "create_named", "rename_existing", "map_existing"
OPTIONS = (CREATE_NAMED, RENAME_EXISTING, MAP_EXISTING)


def _holder(failure: Failure) -> dict[str, Any] | None:
    """The QBO customer holding the name; None when only a vendor or an employee holds it."""
    return next((c for c in failure.evidence.get("conflicts") or [] if c.get("entity") == "Customer"), None)


def options(db: sqlite_utils.Database, failures: Sequence[Failure], lang: str = "en") -> list[Option]:
    holders = [f for f in failures if _holder(f)]
    first = _holder(failures[0])
    not_customer = rec.tr(lang, "The name belongs to a vendor or an employee, which Sync Doctor does not change. "
                                "Create the customer under another name instead.",
                          "El nombre pertenece a un proveedor o a un empleado, que Sync Doctor no modifica. "
                          "Cree el cliente con otro nombre.")
    preview = plan(db, failures, CREATE_NAMED, {}, lang)
    names = {c.invoice_ids[0]: c.body["DisplayName"] for c in preview.changes}
    return [
        Option(CREATE_NAMED, rec.tr(lang, "Create the customer under a new name", "Crear el cliente con otro nombre"),
               rec.tr(lang, "Create the QuickBooks customer with a name nobody uses yet, built from a pattern such "
                            "as “Company (First Last)”, and the contact's email so the invoice finds it.",
                      "Crear el cliente de QuickBooks con un nombre que nadie use, a partir de un modelo como "
                      "“Empresa (Nombre Apellido)”, y con el correo del contacto para que la factura lo encuentre."),
               available=bool(names), reason="" if names else "; ".join(why for _, why in preview.problems),
               params={"pattern": naming.DEFAULT_PATTERN, "patterns": list(naming.PATTERNS.values()),
                       "placeholders": [f"{{{p}}}" for p in naming.PLACEHOLDERS], "names": names}),
        Option(RENAME_EXISTING, rec.tr(lang, "Rename the customer that has the name",
                                       "Cambiar el nombre del cliente que lo ocupa"),
               rec.tr(lang, "Give the existing QuickBooks customer a new, unique name, so the name is free for "
                            "this contact. Its invoices and history stay as they are.",
                      "Dar al cliente que ya existe en QuickBooks un nombre nuevo y único, para que el nombre quede "
                      "libre para este contacto. Sus facturas e historial no cambian."),
               available=bool(holders), reason="" if holders else not_customer,
               params={"pattern": naming.DEFAULT_PATTERN, "also_create": False}),
        Option(MAP_EXISTING, rec.tr(lang, "It is the same client: use that customer",
                                    "Es el mismo cliente: usar ese cliente"),
               rec.tr(lang, "If the customer holding the name is this same client, give it the contact's email so "
                            "the invoice is billed to it. Its current email is replaced.",
                      "Si el cliente que tiene el nombre es este mismo cliente, ponerle el correo del contacto para "
                      "que la factura se le asigne. Su correo actual se sustituye."),
               available=bool(holders), reason="" if holders else not_customer,
               params={"customer_id": str(first["id"]) if len(failures) == 1 and first else ""}),
    ]


def plan(db: sqlite_utils.Database, failures: Sequence[Failure], option_id: str, params: Mapping[str, Any],
         lang: str = "en") -> Plan:
    rec.require_option(KIND, option_id, OPTIONS)
    pattern = str(params.get("pattern") or naming.DEFAULT_PATTERN)
    try:
        naming.check_pattern(pattern)
    except naming.PatternError as err:
        raise rec.PlanError(str(err)) from None
    namer = naming.Namer.from_db(db)
    problems: list[tuple[str, str]] = []
    done: dict[str, Change] = {}    # in plan order: one change per contact (create) or per holder (rename, map)
    for failure in failures:
        inv = failure.hubspot_invoice_id
        mine = rec.per_invoice(params, inv)
        try:
            if option_id == CREATE_NAMED:
                key = f"contact:{failure.evidence.get('contact_id')}"
                done[key] = _also(done[key], inv) if key in done else _create(db, inv, mine, pattern, namer, lang)
                continue
            holder = _pick_holder(failure, mine, lang)
            key = f"holder:{holder}"
            if key in done and (option_id == MAP_EXISTING or mine.get("also_create")):
                raise rec.PlanError(rec.tr(lang, "That customer is already part of this fix for another contact; "
                                                 "create this contact's customer under a new name.",
                                           "Ese cliente ya forma parte de esta solución para otro contacto; cree el "
                                           "cliente de este contacto con otro nombre."))
            if key in done:
                done[key] = _also(done[key], inv)
            elif option_id == MAP_EXISTING:
                done[key] = _map(db, holder, inv, lang)
            else:
                done[key] = _rename(db, holder, mine, pattern, namer, inv, lang)
                if mine.get("also_create"):  # after the rename (apply keeps plan order): the freed name
                    done[f"freed:{holder}"] = _create_freed(db, inv, done[key], namer, lang)
        except rec.PlanError as err:
            problems.append((inv, str(err)))
    changes = tuple(done.values())
    return Plan(KIND, option_id, rec.invoice_ids(failures), changes, _notes(db, changes, option_id, lang),
                tuple(problems), dict(params))


def _also(change: Change, inv: str) -> Change:
    return replace(change, invoice_ids=tuple(dict.fromkeys((*change.invoice_ids, inv))))


def _values(db: sqlite_utils.Database, inv: str) -> dict[str, str]:
    facts = rec.invoice_facts(db, inv)
    person = rec.contact(db, facts["contact_id"]) or {}
    return {"company": facts["company_name"] or "", "first": person.get("firstname") or "",
            "last": person.get("lastname") or "", "email": facts["email"] or "", "number": facts["number"] or ""}


def _create(db: sqlite_utils.Database, inv: str, params: Mapping[str, Any], pattern: str, namer: naming.Namer,
            lang: str) -> Change:
    values = _values(db, inv)
    if not rec.valid_email(values["email"]):
        raise rec.PlanError(rec.tr(lang, "The contact has no usable email, so the invoice could not find the new "
                                         "customer.",
                                   "El contacto no tiene un correo válido, así que la factura no encontraría el "
                                   "cliente nuevo."))
    wanted = str(params.get("name") or "") or naming.render(pattern, values)
    if not naming.clean(wanted):
        raise rec.PlanError(rec.tr(lang, "The pattern gives an empty name for this contact.",
                                   "El modelo da un nombre vacío para este contacto."))
    name = namer.claim(wanted)
    return rec.qbo_create("Customer", rec.new_customer_body(db, inv, name), rec.entity_label("Customer", name, lang),
                          [inv], rec.customer_labels(lang))


def _pick_holder(failure: Failure, params: Mapping[str, Any], lang: str) -> str:
    customers = [str(c["id"]) for c in failure.evidence.get("conflicts") or [] if c.get("entity") == "Customer"]
    chosen = str(params.get("customer_id") or (customers[0] if customers else ""))
    if not chosen or chosen not in customers:
        raise rec.PlanError(rec.tr(lang, "No QuickBooks customer holds this name (a vendor or an employee does).",
                                   "Ningún cliente de QuickBooks tiene este nombre (lo tiene un proveedor o un "
                                   "empleado)."))
    return chosen


def _rename(db: sqlite_utils.Database, holder: str, params: Mapping[str, Any], pattern: str, namer: naming.Namer,
            inv: str, lang: str) -> Change:
    before = rec.qbo_raw(db, "Customer", holder)
    if before is None:
        raise rec.PlanError(f"Customer {holder} is not in the cache; refresh first")
    old = str(before.get("DisplayName") or "")
    values = {"company": str(before.get("CompanyName") or old), "first": str(before.get("GivenName") or ""),
              "last": str(before.get("FamilyName") or ""),
              "email": str((before.get("PrimaryEmailAddr") or {}).get("Address") or ""), "number": ""}
    wanted = str(params.get("new_name") or "") or naming.render(pattern, values) or old
    new = namer.claim(wanted)
    namer.release(old)
    return rec.qbo_sparse_update("Customer", before, {"DisplayName": new}, rec.entity_label("Customer", old, lang),
                                 [FieldChange(rec.tr(lang, "Name", "Nombre"), old, new)], [inv])


def _create_freed(db: sqlite_utils.Database, inv: str, rename: Change, namer: naming.Namer, lang: str) -> Change:
    old = str(rename.before.get("DisplayName") or "")
    name = namer.claim(old)
    return rec.qbo_create("Customer", rec.new_customer_body(db, inv, name), rec.entity_label("Customer", name, lang),
                          [inv], rec.customer_labels(lang))


def _map(db: sqlite_utils.Database, holder: str, inv: str, lang: str) -> Change:
    before = rec.qbo_raw(db, "Customer", holder)
    if before is None:
        raise rec.PlanError(f"Customer {holder} is not in the cache; refresh first")
    email = str(rec.invoice_facts(db, inv)["email"] or "").strip()
    if not rec.valid_email(email):
        raise rec.PlanError(rec.tr(lang, "The contact has no usable email to give the customer.",
                                   "El contacto no tiene un correo válido para el cliente."))
    old = str((before.get("PrimaryEmailAddr") or {}).get("Address") or "")
    body: dict[str, Any] = {"PrimaryEmailAddr": {"Address": email}}
    fields = [FieldChange(rec.tr(lang, "Email", "Correo"), old, email)]
    if before.get("Active") is False:  # billing an inactive customer fails too: the same client is active again
        body["Active"] = True
        fields.append(FieldChange(rec.tr(lang, "Active", "Activo"), rec.yes_no(False, lang), rec.yes_no(True, lang)))
    return rec.qbo_sparse_update("Customer", before, body,
                                 rec.entity_label("Customer", str(before.get("DisplayName") or holder), lang),
                                 fields, [inv])


def _notes(db: sqlite_utils.Database, changes: Sequence[Change], option_id: str, lang: str) -> tuple[str, ...]:
    notes = []
    if option_id == RENAME_EXISTING:
        notes.append(rec.tr(lang, "Once the name is free, the next sync creates the customer for the contact.",
                            "Cuando el nombre quede libre, la próxima sincronización creará el cliente del contacto."))
    if option_id == MAP_EXISTING:
        for change in changes:
            old = str((change.before.get("PrimaryEmailAddr") or {}).get("Address") or "")
            count = db.execute("SELECT count(*) FROM facts_invoices WHERE in_scope AND email_norm = ? "
                               "AND email_norm <> ''", [norm_text(old)]).fetchone()[0]
            if count:
                notes.append(rec.tr(lang, f"{count} other HubSpot invoice(s) find {change.label} by {old}; after "
                                          "this change they will not find it.",
                                    f"{count} factura(s) de HubSpot encuentran {change.label} por {old}; después "
                                    "de este cambio no lo encontrarán."))
    return tuple(notes)
