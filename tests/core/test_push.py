"""The sync engine's push through the journal, and verify after a fix, over the sandbox and a real cache."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlite_utils

from core import app
from core.fixes.apply import apply_plan
from core.fixes.clients import Clients
from core.fixes.model import Action, EntryState
from core.fixes.verify import verify
from core.journal import Journal
from core.sandbox.server import Sandbox
from core.store.db import open_db
from core.sync.push import push_change, push_invoice, push_plan
from tests.helpers import fix_helpers
from tests.helpers.fix_helpers import create_customer, invoices_numbered, plan_of, scenario


@pytest.fixture
def sb() -> Iterator[Sandbox]:
    with Sandbox(scenario(ProductAndServicesPrefs={"RevenueRecognitionEnabled": True})) as sandbox:
        yield sandbox


clients, journal = fix_helpers.clients, fix_helpers.journal  # the shared fixtures, over this `sb`


@pytest.fixture
def cache(sb: Sandbox, tmp_path: Path) -> Iterator[tuple[Path, sqlite_utils.Database]]:
    path = tmp_path / "cache.db"
    app.refresh(sb.endpoints(), path)
    db = open_db(path)
    yield path, db
    db.close()


def test_plan_previews_and_skips_linked_invoices(cache: tuple[Path, sqlite_utils.Database]) -> None:
    _, db = cache
    plan = push_plan(db, ["9001", "9002", "404"], service_date="2026-10-02")
    assert plan.kind == "push" and [c.invoice_ids for c in plan.changes] == [("9002",)]
    assert str(dict(plan.problems)["9001"]).startswith("Already in QuickBooks as invoice 301")
    assert "not in the cache" in str(dict(plan.problems)["404"])
    (change,) = plan.changes
    assert change.action == Action.PUSH and change.entity == "Invoice" and change.system == "quickbooks"
    assert change.body["DocNumber"] == "INV-2" and "CustomerRef" not in change.body  # no customer has bob's email
    assert all(line["SalesItemLineDetail"]["ServiceDate"] == "2026-10-02" for line in change.body["Line"])
    assert {str(f.field): f.after for f in change.fields}["Total"] == 450.0


def test_push_once_then_verify(sb: Sandbox, clients: Clients, journal: Journal,
                               cache: tuple[Path, sqlite_utils.Database]) -> None:
    path, db = cache
    customer_id = apply_plan(plan_of(create_customer()), journal, clients).results[0].record_id

    refused = push_invoice(db, "9002", clients, journal, customer_id=customer_id)  # no service date: 6000
    assert refused.status == EntryState.FAILED and "service date" in refused.message
    result = push_invoice(db, "9002", clients, journal, customer_id=customer_id, service_date="2026-10-02")
    assert result.status == EntryState.DONE and result.entry_id
    (invoice,) = invoices_numbered(sb, "INV-2")
    assert result.record_id == invoice["Id"] and invoice["CustomerRef"]["value"] == customer_id

    again = push_invoice(db, "9002", clients, journal, customer_id=customer_id, service_date="2026-10-02")
    assert again.status == EntryState.DONE and again.entry_id == 0 and "not pushed again" in again.message
    assert len(invoices_numbered(sb, "INV-2")) == 1

    checked = verify(path, sb.endpoints(), ["9002", "9003"])
    assert checked.fixed == ["9002"] and checked.statuses["9002"] == "synced"
    assert "duplicate_display_name" in checked.still_failing["9003"] and not checked.all_fixed


def test_customer_and_push_in_one_plan(sb: Sandbox, clients: Clients, journal: Journal,
                                       cache: tuple[Path, sqlite_utils.Database]) -> None:
    _, db = cache
    push = push_change(db, "9002", customer_id="$ref:0", service_date="2026-10-02")
    result = apply_plan(plan_of(create_customer(), push), journal, clients)
    assert result.ok, result.results
    (invoice,) = invoices_numbered(sb, "INV-2")
    assert invoice["CustomerRef"]["value"] == result.results[0].record_id
    assert str(push_plan(db, ["9002"], journal=journal).problems[0][1]).startswith("Already in QuickBooks")


@pytest.mark.parametrize(("name", "why"), [("Consulting\x00hour", "control character"),
                                            ("Consulting " * 400, "4,000")])
def test_a_line_quickbooks_would_not_keep_as_it_is_is_never_sent(sb: Sandbox, tmp_path: Path, name: str,
                                                                   why: str) -> None:
    """A NUL byte or an over-long description would be dropped or cut by QuickBooks: refused before sending."""
    sb.state.hubspot.objects["line_items"]["7003"]["properties"]["name"] = name
    path = tmp_path / "cache.db"
    app.refresh(sb.endpoints(), path)
    db = open_db(path)
    try:
        plan = push_plan(db, ["9003"])
    finally:
        db.close()
    assert not plan.changes and why in str(dict(plan.problems)["9003"])
