"""The customer the integration would create for the contact has a display name QBO already uses.

QBO keeps one name list across customers, vendors and employees, inactive ones included (error 6240).
HubSpot names the new customer after the contact's primary company, so a company's second contact collides
with the customer its first contact became.
"""

from __future__ import annotations

import sqlite_utils

from core.failures.base import Failure, Texts, tr_noop
from core.failures.rows import failures_from

KIND = "duplicate_display_name"
CTX = "failure.duplicate_display_name"
TEXTS = Texts(
    context=CTX,
    title=tr_noop(CTX, "Customer name already taken"),
    explanation=tr_noop(
        CTX,
        "The invoice's contact is not yet a QuickBooks customer, and the name it would get is already used "
        "by another customer, a vendor or an employee in QuickBooks (even an inactive one). QuickBooks "
        "requires every name to be unique, so the customer cannot be created and the invoice stays behind.",
    ),
    fix_steps=(
        tr_noop(CTX, "Create the customer under a different, unique name."),
        tr_noop(CTX, "Rename the QuickBooks record that holds the name."),
        tr_noop(CTX, "If it is the same client, link the contact to the existing customer instead."),
    ),
)

SQL = """
SELECT u.id AS invoice_id, u.number,
       json_object('contact_id', u.contact_id, 'contact_email', coalesce(u.email, ''),
                   'display_name', u.would_be_name,
                   'conflicts', (SELECT json_group_array(json_object('entity', n.entity, 'id', n.id,
                                         'display_name', n.display_name, 'active', json(CASE n.active
                                         WHEN 0 THEN 'false' ELSE 'true' END)))
                                   FROM v_qbo_names n WHERE n.name_norm = u.would_be_name_norm)) AS evidence,
       'The name "' || u.would_be_name || '" is already used in QuickBooks' AS summary
  FROM v_unlinked u
 WHERE u.contact_id IS NOT NULL AND coalesce(u.would_be_name_norm, '') <> ''
   AND NOT EXISTS (SELECT 1 FROM qbo_customers c WHERE c.email_norm = u.email_norm AND u.email_norm <> '')
   AND EXISTS (SELECT 1 FROM v_qbo_names n WHERE n.name_norm = u.would_be_name_norm)
"""


def detect(db: sqlite_utils.Database) -> list[Failure]:
    return failures_from(db, KIND, SQL)


def matches(code: str, message: str) -> bool:
    text = message.lower()
    return code == "6240" or "duplicate name exists" in text or "already using this name" in text
