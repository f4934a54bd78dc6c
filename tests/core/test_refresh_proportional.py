"""An incremental refresh costs what changed, plus the stated sweep budget — and its cache equals, row by row,
what a fresh full refresh makes, a link moved on an unchanged invoice included.

Sweep budget (core/refresh/incremental.py): the four archived lists, one page each while few records are
archived, and three association reads of up to 1000 records each (the changed records first, then the next slice
of the cache). A company of 500 invoices and 250 contacts is swept whole by every refresh.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from core import app
from core.hubspot.writes import HubSpotWriter
from core.qbo.writes import QboWriter
from core.sandbox.server import Sandbox
from tests.helpers.cli import rows

SWEEP_BUDGET = 4 + 3
CHANGE_COST = 6          # four searches, QuickBooks' changes (CDC) and its preferences
ZERO_CHANGE_COST = 12


@pytest.fixture
def sb() -> Iterator[Sandbox]:
    with Sandbox("scale:500,seed=5") as sandbox:
        yield sandbox


def requests_during(sb: Sandbox, step: object) -> int:
    before = len(sb.app.requests)
    step()  # type: ignore[operator]
    return len(sb.app.requests) - before


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


def test_twenty_changes_cost_six_requests_plus_the_sweep(sb: Sandbox, tmp_path: Path) -> None:
    cache, fresh = tmp_path / "cache.db", tmp_path / "fresh.db"
    app.refresh(sb.endpoints(), cache)
    moved = twenty_changes_and_a_moved_link(sb)
    spent = requests_during(sb, lambda: app.refresh(sb.endpoints(), cache, mode="incremental"))
    assert spent <= CHANGE_COST + SWEEP_BUDGET, spent
    app.refresh(sb.endpoints(), fresh, mode="full")
    assert rows(cache) == rows(fresh)
    links = [r for r in rows(cache)["hs_associations"] if r[:3] == ("invoices", moved, "contacts")]
    assert len(links) == 1


def test_a_refresh_with_nothing_changed_costs_twelve_requests_plus_the_sweep(sb: Sandbox, tmp_path: Path) -> None:
    cache = tmp_path / "cache.db"
    app.refresh(sb.endpoints(), cache)
    before = rows(cache)
    spent = requests_during(sb, lambda: app.refresh(sb.endpoints(), cache, mode="incremental"))
    assert spent <= ZERO_CHANGE_COST + 3, spent
    assert rows(cache) == before
