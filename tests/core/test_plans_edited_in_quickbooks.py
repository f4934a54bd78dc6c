"""edited_in_quickbooks fix plans on the demo company: put HubSpot's lines back, or keep QuickBooks' version."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlite_utils

from core import app
from core.diagnose import Diagnosis
from core.failures.base import Failure
from core.fixes.model import Action
from core.fixes.plans import options_for, plan_for
from core.sandbox.server import Sandbox
from core.store.db import open_db

KIND = "edited_in_quickbooks"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Diagnosis]]:
    path = tmp_path_factory.mktemp("demo") / "cache.db"
    with Sandbox("demo") as sb:
        app.refresh(sb.endpoints(), path)
    yield path, app.diagnose(path)


@pytest.fixture
def db(demo: tuple[Path, Diagnosis]) -> Iterator[sqlite_utils.Database]:
    database = open_db(demo[0])
    yield database
    database.close()


def failure(demo: tuple[Path, Diagnosis], invoice_id: str) -> Failure:
    return next(f for f in demo[1].failures if f.kind == KIND and f.hubspot_invoice_id == invoice_id)


def cached(db: sqlite_utils.Database, qbo_id: str) -> dict[str, object]:
    return dict(json.loads(db.execute("SELECT raw FROM qbo_invoices WHERE id = ?", [qbo_id]).fetchone()[0]))


def test_revert_is_a_full_update_with_hubspots_lines(db: sqlite_utils.Database, demo: tuple[Path, Diagnosis]) -> None:
    plan = plan_for(db, KIND, [failure(demo, "9016")], "revert_to_hubspot", {})
    (change,) = plan.changes
    before = cached(db, "315")
    assert (change.system, change.entity, change.action, change.record_id) == ("quickbooks", "Invoice",
                                                                               Action.UPDATE, "315")
    assert change.before == before and change.version == before["SyncToken"]
    body = dict(change.body)
    assert "sparse" in body and body.pop("sparse") is False
    lines = body.pop("Line")
    kept = {k: v for k, v in before.items() if k not in ("Line", "sparse", "TotalAmt", "Balance")}
    assert body == kept   # Id, SyncToken, CustomerRef, DocNumber, TxnDate, notes… exactly as cached
    assert lines == [{"Amount": 1250.0, "Description": "Consulting hour", "DetailType": "SalesItemLineDetail",
                      "Id": "1",  # the QBO line it replaces keeps its Id
                      "SalesItemLineDetail": {"Qty": 10.0, "UnitPrice": 125.0, "ItemRef": {"value": "1"},
                                              "ServiceDate": "2026-09-10"}}]  # revenue recognition is on
    assert [(f.field, f.before, f.after) for f in change.fields] == [
        ("Line 1", "8 × 125.00 = 1,000.00 (Consulting hour)", "10 × 125.00 = 1,250.00 (Consulting hour)"),
        ("Total", "1,000.00", "1,250.00"),
        ("Service date (lines without one)", None, "2026-09-10")]


def test_revert_removes_a_line_added_in_quickbooks(db: sqlite_utils.Database, demo: tuple[Path, Diagnosis]) -> None:
    (change,) = plan_for(db, KIND, [failure(demo, "9027")], "revert_to_hubspot", {}, "es").changes
    assert [(ln["SalesItemLineDetail"]["Qty"], ln["Amount"]) for ln in change.body["Line"]] == [(12.0, 540.0)]
    assert ("Línea 2", "1 × 18.00 = 18.00 (Domain registration (annual))", "(eliminada)") in \
        [(f.field, f.before, f.after) for f in change.fields]
    assert change.label == 'Factura "INV-1027"'


def test_keep_quickbooks_lists_the_changes_to_make_in_hubspot(db: sqlite_utils.Database,
                                                              demo: tuple[Path, Diagnosis]) -> None:
    options = [o.id for o in options_for(db, KIND, [failure(demo, "9020")])]
    assert options == ["revert_to_hubspot", "keep_quickbooks"]
    plan = plan_for(db, KIND, [failure(demo, "9020")], "keep_quickbooks", {})
    assert plan.empty
    assert "INV-1020" in plan.notes[0]
    assert any("1 × 2,400.00" in n and "1 × 2,160.00" in n for n in plan.notes)
