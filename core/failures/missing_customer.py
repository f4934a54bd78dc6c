"""The invoice's contact has no QBO customer with the same email, and the integration would create one."""

from __future__ import annotations

import sqlite_utils

from core.failures.base import Failure, Texts
from core.failures.rows import failures_from

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
