"""The customer the integration would create for the contact has a display name QBO already uses.

QBO keeps one name list across customers, vendors and employees, inactive ones included (error 6240).
HubSpot names the new customer after the contact's primary company, so a company's second contact collides
with the customer its first contact became.
"""

from __future__ import annotations

import sqlite_utils

from core.failures.base import Failure, Texts
from core.failures.rows import failures_from

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
