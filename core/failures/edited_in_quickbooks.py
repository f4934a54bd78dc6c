"""A HubSpot invoice's QBO copy was changed in QBO (lines, quantities, prices or total).

HubSpot owns the financial content of its invoices; once the QBO copy differs, HubSpot stops syncing it.
"""

from __future__ import annotations

import sqlite_utils

from core.failures.base import Failure, Texts, tr_noop
from core.failures.rows import failures_from

KIND = "edited_in_quickbooks"
CTX = "failure.edited_in_quickbooks"
TEXTS = Texts(
    context=CTX,
    title=tr_noop(CTX, "Changed in QuickBooks"),
    explanation=tr_noop(
        CTX,
        "This invoice was created in HubSpot, but its copy in QuickBooks has been edited since (lines, "
        "quantities, prices or the total). Changes made in QuickBooks cannot flow back to HubSpot, so "
        "HubSpot stops updating this invoice.",
    ),
    fix_steps=(
        tr_noop(CTX, "Put the QuickBooks invoice back to HubSpot's lines."),
        tr_noop(CTX, "Keep the QuickBooks version and make the same change in HubSpot."),
    ),
)

SQL = """
SELECT v.id AS invoice_id, v.number,
       json_object('qbo_invoice_id', p.qbo_invoice_id, 'qbo_total', q.total_amt,
                   'hubspot_total', coalesce(v.amount_billed, 0),
                   'hubspot_lines', coalesce(hl.sig, ''), 'qbo_lines', coalesce(ql.sig, ''),
                   'hubspot_line_count', coalesce(hl.n, 0), 'qbo_line_count', coalesce(ql.n, 0)) AS evidence,
       'The QuickBooks copy (invoice ' || p.qbo_invoice_id || ') differs from HubSpot' AS summary
  FROM v_hs_invoices v
  JOIN v_counterparts p ON p.invoice_id = v.id
  JOIN qbo_invoices q ON q.id = p.qbo_invoice_id
  LEFT JOIN v_hs_line_sigs hl ON hl.invoice_id = v.id
  LEFT JOIN v_qbo_line_sigs ql ON ql.qbo_invoice_id = p.qbo_invoice_id
 WHERE v.in_scope
   AND (coalesce(hl.sig, '') <> coalesce(ql.sig, '')
        OR (v.amount_billed IS NOT NULL AND abs(coalesce(q.total_amt, 0) - v.amount_billed) > 0.005))
"""


def detect(db: sqlite_utils.Database) -> list[Failure]:
    return failures_from(db, KIND, SQL)


def matches(code: str, message: str) -> bool:
    text = message.lower()
    return "cannot be made through external" in text or "no se pueden realizar a través" in text or (
        "native" in text and "invoice" in text and "modif" in text)
