"""The only QBO customers with the contact's email are inactive; QBO refuses invoices for inactive names."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import sqlite_utils

from core.failures.base import Failure, Texts
from core.failures.rows import failures_from
from core.fixes import candidates
from core.fixes import records as rec
from core.fixes.model import Change, FieldChange, Option, Plan

KIND = "inactive_customer"
RANK = 25
SEVERITY = "failure"
TEXTS = {
    "en": Texts(
        title="Customer is inactive in QuickBooks",
        explanation="The QuickBooks customer with this contact's email has been made inactive (QuickBooks' way of "
                    "deleting). QuickBooks does not accept new invoices for an inactive customer.",
        fix_steps=("Make the customer active again in QuickBooks.",
                   "Bill the invoice to another contact whose customer is active."),
    ),
    "es": Texts(
        title="Cliente inactivo en QuickBooks",
        explanation="El cliente de QuickBooks con el correo de este contacto está inactivo (es la forma de "
                    "QuickBooks de eliminarlo). QuickBooks no admite facturas nuevas para un cliente inactivo.",
        fix_steps=("Volver a activar el cliente en QuickBooks.",
                   "Asignar la factura a otro contacto cuyo cliente esté activo."),
    ),
}

SQL = """
SELECT f.id AS invoice_id, f.number,
       json_object('contact_email', f.email,
                   'customers', (SELECT json_group_array(json_object('id', c.id, 'display_name', c.display_name))
                                   FROM qbo_customers c WHERE c.email_norm = f.email_norm)) AS evidence,
       'The QuickBooks customer with the email ' || f.email || ' is inactive' AS summary
  FROM facts_invoices f
 WHERE f.pending = 1 AND f.customers_with_email > 0
   AND f.active_customers_with_email = 0
"""


def detect(db: sqlite_utils.Database) -> list[Failure]:
    return failures_from(db, KIND, SQL)


def matches(code: str, message: str) -> bool:
    # 610 "Object Not Found ... has been made inactive" and 2500 "Invalid Reference Id" name the customer.
    text = message.lower()
    return (code in ("610", "2500") and "customer" in text) or "made inactive" in text


# ---------------------------------------------------------------- fixes (plans are pure: cache in, Plan out)

REACTIVATE, REASSIGN = "reactivate", "reassign"
OPTIONS = (REACTIVATE, REASSIGN)


def options(db: sqlite_utils.Database, failures: Sequence[Failure], lang: str = "en") -> list[Option]:
    pool = candidates.Pool(db)
    found = [{**c.to_json(), "invoice_id": f.hubspot_invoice_id} for f in failures
             for c in pool.rank(db, f.hubspot_invoice_id)]
    return [
        Option(REACTIVATE, rec.tr(lang, "Make the customer active again", "Volver a activar el cliente"),
               rec.tr(lang, "Mark the QuickBooks customer active again, so invoices can be billed to it.",
                      "Marcar de nuevo como activo el cliente de QuickBooks, para poder facturarle."),
               params={"customers": [c for f in failures for c in f.evidence.get("customers") or []]}),
        Option(REASSIGN, rec.tr(lang, "Bill another contact", "Facturar a otro contacto"),
               rec.tr(lang, "Put the invoice on another HubSpot contact whose QuickBooks customer is active.",
                      "Pasar la factura a otro contacto de HubSpot cuyo cliente de QuickBooks esté activo."),
               available=bool(found),
               reason="" if found else rec.tr(lang, "No other contact has an active QuickBooks customer.",
                                              "Ningún otro contacto tiene un cliente activo en QuickBooks."),
               params={"candidates": found}),
    ]


def plan(db: sqlite_utils.Database, failures: Sequence[Failure], option_id: str, params: Mapping[str, Any],
         lang: str = "en") -> Plan:
    rec.require_option(KIND, option_id, OPTIONS)
    changes: list[Change] = []
    problems: list[tuple[str, str]] = []
    for failure in failures:
        inv = failure.hubspot_invoice_id
        mine = rec.per_invoice(params, inv)
        try:
            if option_id == REASSIGN:
                if not mine.get("contact_id"):
                    raise rec.PlanError(rec.tr(lang, "Choose the contact to bill.",
                                               "Elija el contacto al que facturar."))
                changes += candidates.reassign_changes(db, inv, str(mine["contact_id"]), lang)
                continue
            ids = [str(c["id"]) for c in failure.evidence.get("customers") or []]
            chosen = str(mine.get("customer_id") or (ids[0] if ids else ""))
            before = rec.qbo_raw(db, "Customer", chosen) if chosen in ids else None
            if before is None:
                raise rec.PlanError(rec.tr(lang, "Choose which of the customers to make active.",
                                           "Elija cuál de los clientes activar."))
            changes.append(rec.qbo_sparse_update(
                "Customer", before, {"Active": True},
                rec.entity_label("Customer", str(before.get("DisplayName") or chosen), lang),
                [FieldChange(rec.tr(lang, "Active", "Activo"), rec.yes_no(False, lang), rec.yes_no(True, lang))],
                [inv]))
        except rec.PlanError as err:
            problems.append((inv, str(err)))
    return Plan(KIND, option_id, rec.invoice_ids(failures), tuple(rec.merge(changes)), (), tuple(problems),
                dict(params))
