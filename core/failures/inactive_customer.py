"""The only QBO customers with the contact's email are inactive; QBO refuses invoices for inactive names."""

from __future__ import annotations

import sqlite_utils

from core.failures.base import Failure, Texts
from core.failures.rows import failures_from

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
