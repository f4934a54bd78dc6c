"""The change set issue 16 measures incremental refreshes by: 20 changed records on both sides, made through the
services' write APIs (so their last-modified stamps move as they really do), and one link moved on an unchanged
invoice. Shared by tests/core/test_refresh_proportional.py and bench/refresh.py."""

from __future__ import annotations

import uuid

from core.hubspot.writes import HubSpotWriter
from core.qbo.writes import QboWriter
from core.sandbox.server import Sandbox


def twenty_changes_and_a_moved_link(sb: Sandbox) -> str:
    """20 changed records on both sides (2 QuickBooks deletions among them), and one invoice whose contact
    moves while the invoice itself does not change. Returns that invoice's id."""
    ep = sb.endpoints()
    hs = HubSpotWriter(ep.hubspot_api, ep.hubspot_token)
    qbo = QboWriter(ep.qbo_api, ep.qbo_token, ep.qbo_realm)
    invoices = sorted(sb.state.hubspot.objects["invoices"])
    contacts = sorted(sb.state.hubspot.objects["contacts"])
    try:
        for n, invoice in enumerate(invoices[:8]):
            hs.patch_object("invoices", invoice, {"hs_purchase_order_number": f"PO-{n}"})
        for contact in contacts[:4]:
            hs.patch_object("contacts", contact, {"lastname": "Changed"})
        for item in sorted(sb.state.hubspot.objects["line_items"])[:2]:
            hs.patch_object("line_items", item, {"quantity": "7"})
        for customer_id in sorted(sb.state.qbo.entities["Customer"])[:4]:
            customer = sb.state.qbo.entities["Customer"][customer_id]
            qbo.update("Customer", {"Id": customer_id, "SyncToken": customer["SyncToken"], "sparse": True,
                                    "DisplayName": f"{customer['DisplayName']} Renamed"}, uuid.uuid4().hex)
        for invoice_id in sorted(sb.state.qbo.entities["Invoice"])[:2]:
            qbo.delete("Invoice", invoice_id, sb.state.qbo.entities["Invoice"][invoice_id]["SyncToken"],
                       uuid.uuid4().hex)
        moved = invoices[-1]
        (old,) = hs.associations("invoices", moved, "contacts")
        new = next(c for c in reversed(contacts) if c != old)
        hs.dissociate("invoices", moved, "contacts", old)
        hs.associate("invoices", moved, "contacts", new)
    finally:
        hs.close()
        qbo.close()
    return moved
