"""edited_in_quickbooks fix plans on the demo company: put HubSpot's lines back, or keep QuickBooks' version."""

from __future__ import annotations

import sqlite_utils

from core.fixes.model import Action, FieldChange
from core.fixes.plans import options_for, plan_for
from core.i18n import render
from tests.helpers import fixes
from tests.helpers.fixes import Cached

KIND = "edited_in_quickbooks"


demo, db = fixes.demo, fixes.db  # the demo company cached once for this module, and opened
failure = fixes.picker(KIND)


def test_revert_is_a_full_update_with_hubspots_lines(db: sqlite_utils.Database, demo: Cached) -> None:
    plan = plan_for(db, KIND, [failure(demo, "9016")], "revert_to_hubspot", {})
    (change,) = plan.changes
    before = fixes.qbo_raw(db, "qbo_invoices", "315")
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
    assert shown(change.fields, "en") == [
        ("Line 1", "8 × 125.00 = 1,000.00 (Consulting hour)", "10 × 125.00 = 1,250.00 (Consulting hour)"),
        ("Total", "1,000.00", "1,250.00"),
        ("Service date (lines without one)", None, "2026-09-10")]
    assert shown(change.fields, "es")[1] == ("Total", "1.000,00", "1.250,00")


def test_revert_removes_a_line_added_in_quickbooks(db: sqlite_utils.Database, demo: Cached) -> None:
    (change,) = plan_for(db, KIND, [failure(demo, "9027")], "revert_to_hubspot", {}).changes
    assert [(ln["SalesItemLineDetail"]["Qty"], ln["Amount"]) for ln in change.body["Line"]] == [(12.0, 540.0)]
    assert ("Línea 2", "1 × 18,00 = 18,00 (Domain registration (annual))", "(eliminada)") in shown(change.fields, "es")
    assert change.label.render("es") == 'Factura "INV-1027" de D\'Angelo Fitness Studio'


def test_keep_quickbooks_lists_the_changes_to_make_in_hubspot(db: sqlite_utils.Database,
                                                              demo: Cached) -> None:
    options = [o.id for o in options_for(db, KIND, [failure(demo, "9020")])]
    assert options == ["revert_to_hubspot", "keep_quickbooks"]
    plan = plan_for(db, KIND, [failure(demo, "9020")], "keep_quickbooks", {})
    assert plan.empty
    assert "INV-1020" in str(plan.notes[0])
    assert any("1 × 2,400.00" in str(n) and "1 × 2,160.00" in str(n) for n in plan.notes)


def shown(fields: tuple[FieldChange, ...], lang: str) -> list[tuple[str, str | None, str | None]]:
    """Each field change as the Preview shows it in `lang`; None where a side has no value."""
    return [(f.field.render(lang), None if f.before is None else render(f.before, lang),
             None if f.after is None else render(f.after, lang)) for f in fields]
