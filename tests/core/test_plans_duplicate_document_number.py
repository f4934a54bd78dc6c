"""duplicate_document_number fix plans on the demo company: renumber QBO's document, push under a new number, or
turn custom transaction numbers off."""

from __future__ import annotations

import json
from pathlib import Path

import sqlite_utils

from core import app
from core.fixes.model import Action
from core.fixes.plans import options_for, plan_for
from core.sandbox.server import Sandbox
from core.store.db import open_db
from tests.helpers import fixes
from tests.helpers.fixes import Cached

KIND = "duplicate_document_number"


demo, db = fixes.demo, fixes.db  # the demo company cached once for this module, and opened
failure = fixes.picker(KIND)


def test_options_show_the_colliding_documents(db: sqlite_utils.Database, demo: Cached) -> None:
    options = {o.id: o for o in options_for(db, KIND, [failure(demo, "9034")])}
    assert list(options) == ["renumber_quickbooks", "renumber_hubspot_copy", "turn_off_custom_numbers"]
    (collision,) = options["renumber_quickbooks"].params["collisions"]
    assert (collision["txn_type"], collision["id"], collision["customer_name"], collision["total"],
            collision["date"]) == ("CreditMemo", "602", "Librería El Quijote", 125.0, "2026-10-21")
    assert options["renumber_quickbooks"].params["new_numbers"] == {"CreditMemo:602": "INV-1034-1"}
    assert "ignores HubSpot's numbers" in str(options["turn_off_custom_numbers"].description)


def test_renumber_quickbooks_is_a_sparse_docnumber_update(db: sqlite_utils.Database,
                                                          demo: Cached) -> None:
    (change,) = plan_for(db, KIND, [failure(demo, "9034")], "renumber_quickbooks", {}).changes
    before = fixes.qbo_raw(db, "qbo_credit_memos", "602")
    assert (change.system, change.entity, change.action, change.record_id) == ("quickbooks", "CreditMemo",
                                                                               Action.UPDATE, "602")
    assert change.before == before and change.version == before["SyncToken"]
    # revenue recognition is on in the demo: QBO validates the whole saved document, so dated lines go along
    lines = json.loads(json.dumps(before["Line"]))
    for line in lines:
        line["SalesItemLineDetail"]["ServiceDate"] = "2026-10-21"
    assert change.body == {"Id": "602", "SyncToken": before["SyncToken"], "sparse": True, "DocNumber": "INV-1034-1",
                           "Line": lines}
    assert (change.fields[0].before, change.fields[0].after) == ("INV-1034", "INV-1034-1")


def test_suggested_numbers_are_free_and_short_enough(tmp_path: Path) -> None:
    long = "ABCDEFGHIJKLMNOPQRS"  # 19 characters: "-1" fits, "-10" would not without cutting
    scenario = {"name": "numbers", "hubspot": {
        "contacts": [{"id": "1", "email": "a@x.example", "firstname": "A", "lastname": "X"}],
        "invoices": [{"id": "9001", "number": long, "status": "open", "currency": "USD", "date": "2026-10-01",
                      "contact_id": "1", "lines": [{"name": "Work", "quantity": 1, "price": 10}]},
                     {"id": "9002", "number": f"{long}-2", "status": "draft", "currency": "USD", "date": "2026-10-01",
                      "contact_id": "1", "lines": [{"name": "Work", "quantity": 1, "price": 10}]}]},
        "qbo": {"preferences": {"SalesFormsPrefs": {"CustomTxnNumbers": True}},
                "Customer": [{"Id": "1", "DisplayName": "A X", "PrimaryEmailAddr": {"Address": "a@x.example"}},
                             {"Id": "2", "DisplayName": "Other", "PrimaryEmailAddr": {"Address": "o@x.example"}}],
                "Invoice": [{"Id": "10", "DocNumber": long, "CustomerRef": {"value": "2"},
                             "Line": [{"Amount": 5.0, "DetailType": "SalesItemLineDetail",
                                       "SalesItemLineDetail": {"Qty": 1, "UnitPrice": 5.0}}]}],
                "CreditMemo": [{"Id": "11", "DocNumber": f"{long}-1", "CustomerRef": {"value": "2"},
                                "Line": [{"Amount": 5.0, "DetailType": "SalesItemLineDetail",
                                          "SalesItemLineDetail": {"Qty": 1, "UnitPrice": 5.0}}]}]}}
    path = tmp_path / "cache.db"
    with Sandbox(scenario) as sb:
        app.refresh(sb.endpoints(), path)
    found = [f for f in app.diagnose(path).failures if f.kind == KIND]
    db = open_db(path)
    # -1 is a credit memo's, -2 another HubSpot invoice's: -3 is the first free one
    (change,) = plan_for(db, KIND, found, "renumber_quickbooks", {}).changes
    assert change.body["DocNumber"] == f"{long}-3" and len(change.body["DocNumber"]) == 21
    typed = plan_for(db, KIND, found, "renumber_quickbooks", {"new_number": f"{long}-1"})
    assert typed.empty and "already used" in str(typed.problems[0][1])


def test_renumber_the_hubspot_copy_pushes_it_under_a_free_number(db: sqlite_utils.Database,
                                                                 demo: Cached) -> None:
    plan = plan_for(db, KIND, [failure(demo, "9031")], "renumber_hubspot_copy", {})
    (change,) = plan.changes
    assert (change.entity, change.action) == ("Invoice", Action.PUSH)
    assert change.body["DocNumber"] == "INV-1031-1" and change.body["CustomerRef"] == {"value": "7"}
    # revenue recognition is on: the push carries service dates, or QBO would refuse it for that instead
    assert {ln["SalesItemLineDetail"]["ServiceDate"] for ln in change.body["Line"]} == {"2026-10-14"}
    chosen = plan_for(db, KIND, [failure(demo, "9031")], "renumber_hubspot_copy", {"new_number": "N-31"})
    assert chosen.changes[0].body["DocNumber"] == "N-31"


def test_turn_off_custom_numbers_updates_the_preferences(db: sqlite_utils.Database,
                                                         demo: Cached) -> None:
    both = [failure(demo, "9031"), failure(demo, "9037")]
    (change,) = plan_for(db, KIND, both, "turn_off_custom_numbers", {}).changes
    token = db.execute("SELECT sync_token FROM qbo_preferences WHERE id = 1").fetchone()[0]
    assert (change.entity, change.action, change.record_id, change.version) == ("Preferences", Action.UPDATE,
                                                                                change.body["Id"], token)
    assert change.body == {"Id": change.body["Id"], "SyncToken": token, "sparse": True,
                           "SalesFormsPrefs": {"CustomTxnNumbers": False}}
    assert change.before["SalesFormsPrefs"]["CustomTxnNumbers"] is True
    assert change.invoice_ids == ("9031", "9037")
    assert [(f.before, f.after) for f in change.fields] == [(True, False)]   # shown as Yes/No, Sí/No
    assert change.fields[0].field.render("es") == "Números de transacción personalizados"
