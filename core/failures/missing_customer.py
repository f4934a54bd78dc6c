"""The invoice's contact has no QBO customer with the same email, and the integration would create one."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import sqlite_utils

from core.failures.base import Failure, Texts
from core.failures.rows import failures_from
from core.fixes import candidates, naming
from core.fixes import records as rec
from core.fixes.model import Change, FieldChange, Option, Plan
from core.normalize import norm_text

KIND = "missing_customer"
RANK = 30
SEVERITY = "failure"
TEXTS = {
    "en": Texts(
        title="No matching customer in QuickBooks",
        explanation="QuickBooks links an invoice to a customer by email address. No QuickBooks customer has the "
                    "email of this invoice's contact, so the invoice has nobody to be billed to.",
        fix_steps=("Bill the invoice to another contact whose email a QuickBooks customer already uses.",
                   "Correct the email on the QuickBooks customer or on the HubSpot contact.",
                   "Create the customer in QuickBooks from the contact."),
    ),
    "es": Texts(
        title="Sin cliente equivalente en QuickBooks",
        explanation="QuickBooks relaciona cada factura con un cliente a través del correo electrónico. Ningún "
                    "cliente de QuickBooks tiene el correo del contacto de esta factura, así que la factura no "
                    "tiene a quién cobrarse.",
        fix_steps=("Asignar la factura a otro contacto cuyo correo ya use un cliente de QuickBooks.",
                   "Corregir el correo del cliente en QuickBooks o del contacto en HubSpot.",
                   "Crear el cliente en QuickBooks a partir del contacto."),
    ),
}

# No customer has the email (active or not), and the name the new customer would get is free.
SQL = """
SELECT f.id AS invoice_id, f.number,
       json_object('contact_id', f.contact_id, 'contact_email', coalesce(f.email, ''),
                   'would_be_display_name', coalesce(f.would_be_name, '')) AS evidence,
       'No QuickBooks customer has the email ' || coalesce(nullif(f.email, ''), '(none)') AS summary
  FROM facts_invoices f
 WHERE f.pending = 1 AND f.contact_id IS NOT NULL AND f.customers_with_email = 0
   AND f.names_taken = 0
"""


def detect(db: sqlite_utils.Database) -> list[Failure]:
    return failures_from(db, KIND, SQL)


def matches(code: str, message: str) -> bool:
    text = message.lower()
    return "must have an associated customer" in text or "debe tener un cliente asociado" in text


# ---------------------------------------------------------------- fixes (plans are pure: cache in, Plan out)

REASSIGN, CORRECT_EMAIL, CREATE_CUSTOMER = "reassign", "correct_email", "create_customer"
OPTIONS = (REASSIGN, CORRECT_EMAIL, CREATE_CUSTOMER)


def options(db: sqlite_utils.Database, failures: Sequence[Failure], lang: str = "en") -> list[Option]:
    ids = rec.invoice_ids(failures)
    pool = candidates.Pool(db)
    found = [{**c.to_json(), "invoice_id": inv} for inv in ids for c in pool.rank(db, inv)]
    single = len(ids) == 1
    suggestions = candidates.similar_customers(db, ids[0]) if single else []
    email = rec.invoice_facts(db, ids[0])["email"] if single else ""
    names = _new_names(db, failures, lang)
    free = [inv for inv, (_, why) in names.items() if not why]
    return [
        Option(REASSIGN, rec.tr(lang, "Bill another contact", "Facturar a otro contacto"),
               rec.tr(lang, "Put the invoice on another HubSpot contact whose email a QuickBooks customer already "
                            "uses. Contacts of the same company are listed first.",
                      "Pasar la factura a otro contacto de HubSpot cuyo correo ya usa un cliente de QuickBooks. "
                      "Primero aparecen los contactos de la misma empresa."),
               available=bool(found),
               reason="" if found else rec.tr(lang, "No other contact has an email that a QuickBooks customer uses.",
                                              "Ningún otro contacto tiene un correo que use un cliente de "
                                              "QuickBooks."),
               params={"candidates": found}),
        Option(CORRECT_EMAIL, rec.tr(lang, "Correct an email", "Corregir un correo"),
               rec.tr(lang, "If the customer exists in QuickBooks under another email, make the two emails the "
                            "same: change it on the QuickBooks customer or on the HubSpot contact.",
                      "Si el cliente ya existe en QuickBooks con otro correo, haga que los dos correos coincidan: "
                      "cámbielo en el cliente de QuickBooks o en el contacto de HubSpot."),
               params={"target": "quickbooks", "email": email or "",
                       "customer_id": suggestions[0]["customer_id"] if suggestions else "",
                       "customers": suggestions}),
        Option(CREATE_CUSTOMER, rec.tr(lang, "Create the customer", "Crear el cliente"),
               rec.tr(lang, "Create the customer in QuickBooks from the contact, with the name the integration "
                            "would give it and the contact's email.",
                      "Crear el cliente en QuickBooks a partir del contacto, con el nombre que le daría la "
                      "integración y el correo del contacto."),
               available=bool(free),
               reason="" if free else next(iter(names.values()))[1],
               params={"names": {inv: name for inv, (name, why) in names.items() if not why}}),
    ]


def plan(db: sqlite_utils.Database, failures: Sequence[Failure], option_id: str, params: Mapping[str, Any],
         lang: str = "en") -> Plan:
    rec.require_option(KIND, option_id, OPTIONS)
    changes: list[Change] = []
    problems: list[tuple[str, str]] = []
    notes: list[str] = []
    if option_id == CREATE_CUSTOMER:
        for inv, (name, why) in _new_names(db, failures, lang).items():
            if why:
                problems.append((inv, why))
            else:
                body = rec.new_customer_body(db, inv, name)
                changes.append(rec.qbo_create("Customer", body, rec.entity_label("Customer", name, lang), [inv],
                                              rec.customer_labels(lang)))
    else:
        for inv in rec.invoice_ids(failures):
            try:
                if option_id == REASSIGN:
                    changes += _reassign(db, inv, rec.per_invoice(params, inv), lang)
                else:
                    found, note = _correct_email(db, inv, rec.per_invoice(params, inv), lang)
                    changes.append(found)
                    notes += [note] if note and note not in notes else []
            except rec.PlanError as err:
                problems.append((inv, str(err)))
    return Plan(KIND, option_id, rec.invoice_ids(failures), tuple(rec.merge(changes)), tuple(notes),
                tuple(problems), dict(params))


def _new_names(db: sqlite_utils.Database, failures: Sequence[Failure],
               lang: str) -> dict[str, tuple[str, str]]:
    """Per invoice: the new customer's name, or '' and why it cannot be created. One customer per contact."""
    namer = naming.Namer.from_db(db)
    by_contact: dict[str, str] = {}
    out: dict[str, tuple[str, str]] = {}
    for inv in rec.invoice_ids(failures):
        facts = rec.invoice_facts(db, inv)
        name = naming.clean(facts["would_be_name"] or "")
        if facts["contact_id"] in by_contact:  # a second invoice of the same contact: same new customer
            out[inv] = (by_contact[facts["contact_id"]], "")
        elif not name:
            out[inv] = ("", rec.tr(lang, "The contact has no name to give the customer.",
                                   "El contacto no tiene nombre para el cliente."))
        elif not namer.is_free(name):
            out[inv] = ("", rec.tr(lang, f'The name "{name}" is already used in QuickBooks; use the fix for a '
                                         "customer name already taken.",
                                   f'El nombre "{name}" ya se usa en QuickBooks; use la solución para un nombre '
                                   "de cliente ya en uso."))
        else:
            by_contact[facts["contact_id"]] = namer.claim(name)
            out[inv] = (by_contact[facts["contact_id"]], "")
    return out


def _reassign(db: sqlite_utils.Database, inv: str, params: Mapping[str, Any], lang: str) -> list[Change]:
    chosen = str(params.get("contact_id") or "")
    if not chosen:
        raise rec.PlanError(rec.tr(lang, "Choose the contact to bill.", "Elija el contacto al que facturar."))
    return candidates.reassign_changes(db, inv, chosen, lang)


def _correct_email(db: sqlite_utils.Database, inv: str, params: Mapping[str, Any],
                   lang: str) -> tuple[Change, str]:
    target = params.get("target", "quickbooks")
    facts = rec.invoice_facts(db, inv)
    customer_id = str(params.get("customer_id") or "")
    email_label = rec.tr(lang, "Email", "Correo")
    if target == "quickbooks":
        before = rec.qbo_raw(db, "Customer", customer_id) if customer_id else None
        if before is None:
            raise rec.PlanError(rec.tr(lang, "Choose the QuickBooks customer to correct.",
                                       "Elija el cliente de QuickBooks que hay que corregir."))
        email = str(params.get("email") or facts["email"] or "").strip()
        if not rec.valid_email(email):
            raise rec.PlanError(rec.tr(lang, f'"{email}" is not an email address.',
                                       f'"{email}" no es una dirección de correo.'))
        old = str((before.get("PrimaryEmailAddr") or {}).get("Address") or "")
        body: dict[str, Any] = {"PrimaryEmailAddr": {"Address": email}}
        fields = [FieldChange(email_label, old, email)]
        if before.get("Active") is False:  # an inactive customer would only trade this failure for another
            body["Active"] = True
            fields.append(FieldChange(rec.tr(lang, "Active", "Activo"), rec.yes_no(False, lang),
                                      rec.yes_no(True, lang)))
        note = _email_in_use_note(db, old, lang)
        name = str(before.get("DisplayName") or customer_id)
        return rec.qbo_sparse_update("Customer", before, body, rec.entity_label("Customer", name, lang), fields,
                                     [inv]), note
    if target != "hubspot":
        raise rec.PlanError(f'target must be "quickbooks" or "hubspot", not "{target}"')
    person = rec.contact(db, facts["contact_id"])
    if person is None:
        raise rec.PlanError(rec.tr(lang, "The invoice has no contact.", "La factura no tiene contacto."))
    email = str(params.get("email") or "").strip()
    if not email and customer_id:
        row = rec.one(db, "SELECT email FROM qbo_customers WHERE id = ?", [customer_id])
        email = str(row["email"] if row else "").strip()
    if not rec.valid_email(email):
        raise rec.PlanError(rec.tr(lang, f'"{email}" is not an email address.',
                                   f'"{email}" no es una dirección de correo.'))
    if norm_text(email) == norm_text(person["email"]):
        raise rec.PlanError(rec.tr(lang, f"The contact already has {email}; choose the email of a QuickBooks "
                                         "customer.",
                                   f"El contacto ya tiene {email}; elija el correo de un cliente de QuickBooks."))
    twin = rec.one(db, "SELECT id, full_name FROM hs_contacts WHERE email_norm = ? AND id <> ?",
                   [norm_text(email), person["id"]])
    if twin:
        raise rec.PlanError(rec.tr(lang, f"The HubSpot contact {twin['full_name']} already has {email}; bill the "
                                         "invoice to that contact instead.",
                                   f"El contacto de HubSpot {twin['full_name']} ya tiene {email}; facture a ese "
                                   "contacto en su lugar."))
    note = "" if rec.one(db, "SELECT 1 AS x FROM qbo_customers WHERE email_norm = ?", [norm_text(email)]) else \
        rec.tr(lang, f"No QuickBooks customer has {email} yet.", f"Todavía ningún cliente de QuickBooks tiene {email}.")
    label = rec.entity_label("contacts", person["full_name"] or person["id"], lang)
    return rec.hs_patch("contacts", person, {"email": email}, label,
                        [FieldChange(email_label, person["email"], email)], [inv]), note


def _email_in_use_note(db: sqlite_utils.Database, old_email: str, lang: str) -> str:
    """A warning when the customer's current email is what other HubSpot invoices find it by."""
    if not norm_text(old_email):
        return ""
    row = db.execute("SELECT count(*) FROM facts_invoices WHERE email_norm = ? AND in_scope",
                     [norm_text(old_email)]).fetchone()
    if not row[0]:
        return ""
    return rec.tr(lang, f"{row[0]} other HubSpot invoice(s) find this customer by {old_email}; they will no longer "
                        "find it.",
                  f"{row[0]} factura(s) de HubSpot encuentran este cliente por {old_email}; dejarán de encontrarlo.")
