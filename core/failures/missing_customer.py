"""The invoice's contact has no QBO customer with the same email, and the integration would create one."""

from __future__ import annotations

import sqlite_utils

from core.failures.base import Failure, Texts, tr_noop
from core.failures.rows import failures_from

KIND = "missing_customer"
CTX = "failure.missing_customer"
TEXTS = Texts(
    context=CTX,
    title=tr_noop(CTX, "No matching customer in QuickBooks"),
    explanation=tr_noop(
        CTX,
        "QuickBooks links an invoice to a customer by email address. No QuickBooks customer has the "
        "email of this invoice's contact, so the invoice has nobody to be billed to.",
    ),
    fix_steps=(
        tr_noop(CTX, "Bill the invoice to another contact whose email a QuickBooks customer already uses."),
        tr_noop(CTX, "Correct the email on the QuickBooks customer or on the HubSpot contact."),
        tr_noop(CTX, "Create the customer in QuickBooks from the contact."),
    ),
)

# Emails are compared normalised (email_norm); the would-be name is free (else it is a duplicate name).
SQL = """
SELECT u.id AS invoice_id, u.number,
       json_object('contact_id', u.contact_id, 'contact_email', coalesce(u.email, ''),
                   'would_be_display_name', coalesce(u.would_be_name, '')) AS evidence,
       'No QuickBooks customer has the email ' || coalesce(nullif(u.email, ''), '(none)') AS summary
  FROM v_unlinked u
 WHERE u.contact_id IS NOT NULL
   AND NOT EXISTS (SELECT 1 FROM qbo_customers c WHERE c.email_norm = u.email_norm AND u.email_norm <> '')
   AND NOT EXISTS (SELECT 1 FROM v_qbo_names n WHERE n.name_norm = u.would_be_name_norm)
"""


def detect(db: sqlite_utils.Database) -> list[Failure]:
    return failures_from(db, KIND, SQL)


def matches(code: str, message: str) -> bool:
    text = message.lower()
    return "must have an associated customer" in text or ("customer" in text and "not found" in text)
