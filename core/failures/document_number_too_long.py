"""The invoice number is longer than the 21 characters QBO allows in DocNumber."""

from __future__ import annotations

import sqlite_utils

from core.failures.base import Failure, Texts
from core.failures.rows import failures_from

KIND = "document_number_too_long"
RANK = 35
SEVERITY = "failure"
MAX_LENGTH = 21
TEXTS = {
    "en": Texts(
        title="Invoice number too long for QuickBooks",
        explanation="QuickBooks accepts invoice numbers of up to 21 characters. This invoice's number is longer, "
                    "so QuickBooks refuses it.",
        fix_steps=("Use a shorter number format for invoices in HubSpot.",
                   "Let Sync Doctor send the invoice with a shortened number and note the original."),
    ),
    "es": Texts(
        title="Número de factura demasiado largo para QuickBooks",
        explanation="QuickBooks admite números de factura de hasta 21 caracteres. El número de esta factura es "
                    "más largo y QuickBooks lo rechaza.",
        fix_steps=("Usar un formato de numeración más corto en HubSpot.",
                   "Dejar que Sync Doctor envíe la factura con un número abreviado y anote el original."),
    ),
}

SQL = f"""
SELECT f.id AS invoice_id, f.number,
       json_object('number', f.number, 'length', length(f.number), 'max_length', {MAX_LENGTH}) AS evidence,
       'The number has ' || length(f.number) || ' characters; QuickBooks allows {MAX_LENGTH}' AS summary
  FROM facts_invoices f
 WHERE f.pending = 1 AND length(f.number) > {MAX_LENGTH}
"""


def detect(db: sqlite_utils.Database) -> list[Failure]:
    return failures_from(db, KIND, SQL)


def matches(code: str, message: str) -> bool:
    text = message.lower().replace(" ", "")
    return "max:21" in text or ("docnumber" in text and "length" in text)
