"""Fact columns more than one kind asks for (a kind's own columns live in its module).

Each is an SQL expression over `v` (v_hs_invoices: the HubSpot invoice with its contact and the name the new
customer would get); core/store/facts.py composes them into `facts_invoices`.
"""

from __future__ import annotations

from core.failures.base import FactColumn

CUSTOMERS_WITH_EMAIL = FactColumn(
    "customers_with_email",
    "(SELECT count(*) FROM qbo_customers c WHERE c.email_norm = v.email_norm AND v.email_norm <> '')",
    indexed=True)
NAMES_TAKEN = FactColumn(
    "names_taken",
    "(SELECT count(*) FROM qbo_customers n WHERE n.name_norm = v.would_be_name_norm)\n"
    "       + (SELECT count(*) FROM qbo_vendors n WHERE n.name_norm = v.would_be_name_norm)\n"
    "       + (SELECT count(*) FROM qbo_employees n WHERE n.name_norm = v.would_be_name_norm)",
    indexed=True)
