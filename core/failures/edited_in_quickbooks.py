"""A HubSpot invoice's QBO copy was changed in QBO (lines, quantities, prices or total).

HubSpot owns the financial content of its invoices; once the QBO copy differs, HubSpot stops syncing it.
"""

from __future__ import annotations

import sqlite_utils

from core.failures.base import Failure, Texts
from core.failures.rows import failures_from

KIND = "edited_in_quickbooks"
RANK = 10
SEVERITY = "failure"
TEXTS = {
    "en": Texts(
        title="Changed in QuickBooks",
        explanation="This invoice was created in HubSpot, but its copy in QuickBooks has been edited since "
                    "(lines, quantities, prices or the total). Changes made in QuickBooks cannot flow back to "
                    "HubSpot, so HubSpot stops updating this invoice.",
        fix_steps=("Put the QuickBooks invoice back to HubSpot's lines.",
                   "Keep the QuickBooks version and make the same change in HubSpot."),
    ),
    "es": Texts(
        title="Modificada en QuickBooks",
        explanation="Esta factura se creó en HubSpot, pero su copia en QuickBooks se editó después (líneas, "
                    "cantidades, precios o el total). Los cambios hechos en QuickBooks no pueden volver a "
                    "HubSpot, así que HubSpot deja de actualizar esta factura.",
        fix_steps=("Devolver la factura de QuickBooks a las líneas de HubSpot.",
                   "Conservar la versión de QuickBooks y hacer el mismo cambio en HubSpot."),
    ),
}

SQL = """
SELECT f.id AS invoice_id, f.number,
       json_object('qbo_invoice_id', f.qbo_invoice_id, 'qbo_total', f.qbo_total,
                   'hubspot_total', coalesce(f.amount_billed, 0),
                   'hubspot_lines', f.hs_line_sig, 'qbo_lines', f.qbo_line_sig,
                   'hubspot_line_count', f.line_count, 'qbo_line_count', f.qbo_line_count) AS evidence,
       'The QuickBooks copy (invoice ' || f.qbo_invoice_id || ') differs from HubSpot' AS summary
  FROM facts_invoices f
 WHERE f.in_scope AND f.qbo_invoice_id IS NOT NULL
   AND (f.hs_line_sig <> f.qbo_line_sig
        OR (f.amount_billed IS NOT NULL AND abs(coalesce(f.qbo_total, 0) - f.amount_billed) > 0.005))
"""


def detect(db: sqlite_utils.Database) -> list[Failure]:
    return failures_from(db, KIND, SQL)


def matches(code: str, message: str) -> bool:
    text = message.lower()
    return ("cannot be made through external" in text or "no se pueden realizar a través" in text
            or ("native" in text and "invoice" in text and "modif" in text))
