"""The invoice's currency cannot be used in QBO: it differs from the home currency while multicurrency is off,
or from the currency of the customer it would be billed to."""

from __future__ import annotations

import sqlite_utils

from core.failures.base import Failure, Texts
from core.failures.rows import failures_from

KIND = "currency_mismatch"
RANK = 45
SEVERITY = "failure"
TEXTS = {
    "en": Texts(
        title="Currency does not match QuickBooks",
        explanation="The invoice is in a currency QuickBooks cannot use here: either multicurrency is off and the "
                    "currency differs from the company's home currency, or the customer is set up in QuickBooks "
                    "with a different currency (which QuickBooks never lets you change).",
        fix_steps=("Issue the invoice in the customer's currency in HubSpot.",
                   "Turn on multicurrency in QuickBooks (it cannot be turned off again).",
                   "Bill a customer record that uses the invoice's currency."),
    ),
    "es": Texts(
        title="La moneda no coincide con QuickBooks",
        explanation="La factura está en una moneda que QuickBooks no puede usar aquí: o la multidivisa está "
                    "desactivada y la moneda difiere de la moneda principal de la empresa, o el cliente está "
                    "configurado en QuickBooks con otra moneda (y QuickBooks no permite cambiarla).",
        fix_steps=("Emitir la factura en HubSpot en la moneda del cliente.",
                   "Activar la multidivisa en QuickBooks (no se puede desactivar después).",
                   "Facturar a un cliente de QuickBooks que use la moneda de la factura."),
    ),
}

SQL = """
SELECT f.id AS invoice_id, f.number,
       json_object('invoice_currency', upper(f.currency), 'home_currency', upper(p.home_currency),
                   'multicurrency', json(CASE p.multicurrency WHEN 1 THEN 'true' ELSE 'false' END),
                   'customer_currency', (SELECT upper(c.currency) FROM qbo_customers c
                                          WHERE c.email_norm = f.email_norm AND f.email_norm <> ''
                                            AND c.currency <> '' LIMIT 1)) AS evidence,
       'The invoice is in ' || upper(f.currency) || ', which QuickBooks cannot use for it' AS summary
  FROM facts_invoices f, qbo_preferences p
 WHERE p.id = 1 AND f.pending = 1 AND coalesce(f.currency, '') <> ''
   AND ((p.multicurrency = 0 AND coalesce(p.home_currency, '') <> '' AND upper(f.currency) <> upper(p.home_currency))
        OR EXISTS (SELECT 1 FROM qbo_customers c WHERE c.email_norm = f.email_norm AND f.email_norm <> ''
                     AND c.currency <> '' AND upper(c.currency) <> upper(f.currency)))
"""


def detect(db: sqlite_utils.Database) -> list[Failure]:
    return failures_from(db, KIND, SQL)


def matches(code: str, message: str) -> bool:
    text = message.lower()
    return "currency" in text and ("match" in text or "multicurrency" in text or "multi-currency" in text)


# Fixes: guidance only (the change is made in HubSpot or QuickBooks); core.fixes.plans builds it from TEXTS.
