"""The mark Sync Doctor leaves on every QuickBooks invoice it creates.

It sits in the private note (the memo the customer never sees) and names the HubSpot invoice the copy was made
from, whatever number QuickBooks gave it. A push whose reply was lost is looked up by it before anything is sent
again, and the cache's link rules read it, so one HubSpot invoice never gets two copies.
"""

from __future__ import annotations

import re

MARK = "Sync Doctor: HubSpot invoice {number} (id {invoice_id})"
_MARKED = re.compile(r"Sync Doctor: HubSpot invoice .{0,64}? \(id (\d{1,40})\)")


def marker(number: str, invoice_id: str) -> str:
    return MARK.format(number=number, invoice_id=invoice_id)


def marked_invoice(private_note: object) -> str:
    """The HubSpot invoice id a QuickBooks invoice's private note says it copies; "" when none."""
    found = _MARKED.search(private_note) if isinstance(private_note, str) else None
    return found.group(1) if found else ""
