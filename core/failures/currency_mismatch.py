"""The invoice's currency cannot be used in QBO: it differs from the home currency while multicurrency is off,
or from the currency of the customer it would be billed to."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from core.failures import evidence as ev
from core.failures.base import FailureKind, Fault, labels
from core.i18n import N_, Message

SUMMARY = N_("currency_mismatch", "The invoice is in {currency}, which QuickBooks cannot use for it")


class CurrencyMismatch(FailureKind):
    id = "currency_mismatch"
    rank = 45
    priority = 90
    title = N_("currency_mismatch", "Currency does not match QuickBooks")
    explanation = N_("currency_mismatch", "The invoice is in a currency QuickBooks cannot use here: either "
                                          "multicurrency is off and the currency differs from the company's home "
                                          "currency, or the customer is set up in QuickBooks with a different "
                                          "currency (which QuickBooks never lets you change).")
    fix_steps = (N_("currency_mismatch", "Issue the invoice in the customer's currency in HubSpot."),
                 N_("currency_mismatch", "Turn on multicurrency in QuickBooks (it cannot be turned off again)."),
                 N_("currency_mismatch", "Bill a customer record that uses the invoice's currency."))
    evidence_labels = labels(invoice_currency=ev.INVOICE_CURRENCY, home_currency=ev.HOME_CURRENCY,
                            multicurrency=ev.MULTICURRENCY, customer_currency=ev.CUSTOMER_CURRENCY)
    sql = """
SELECT f.id AS invoice_id, f.number,
       json_object('invoice_currency', upper(f.currency), 'home_currency', upper(p.home_currency),
                   'multicurrency', json(CASE p.multicurrency WHEN 1 THEN 'true' ELSE 'false' END),
                   'customer_currency', (SELECT upper(c.currency) FROM qbo_customers c
                                          WHERE c.email_norm = f.email_norm AND f.email_norm <> ''
                                            AND c.currency <> '' LIMIT 1)) AS evidence
  FROM facts_invoices f, qbo_preferences p
 WHERE p.id = 1 AND f.pending = 1 AND coalesce(f.currency, '') <> ''
   AND ((p.multicurrency = 0 AND coalesce(p.home_currency, '') <> '' AND upper(f.currency) <> upper(p.home_currency))
        OR EXISTS (SELECT 1 FROM qbo_customers c WHERE c.email_norm = f.email_norm AND f.email_norm <> ''
                     AND c.currency <> '' AND upper(c.currency) <> upper(f.currency)))
"""

    def summary(self, evidence: Mapping[str, Any]) -> Message:
        return SUMMARY.format(currency=str(evidence.get("invoice_currency") or ""))

    def matches(self, fault: Fault) -> bool:
        text = fault.message.lower()
        return "currency" in text and ("match" in text or "multicurrency" in text or "multi-currency" in text)


KIND = CurrencyMismatch()   # fixed in HubSpot or QuickBooks: the guide made of its fix steps
