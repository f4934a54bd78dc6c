"""missing_customer fix plans on the demo company: reassign, correct an email, create the customer."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import sqlite_utils

from core import app
from core.fixes.model import Action
from core.fixes.plans import UnknownOption, options_for, plan_for
from core.sandbox.server import Sandbox
from core.store.db import open_db
from tests.helpers import fixes
from tests.helpers.fixes import Cached

KIND = "missing_customer"


demo, db = fixes.demo, fixes.db  # the demo company cached once for this module, and opened
failure = fixes.picker(KIND)


def test_options_offer_candidates_suggestions_and_the_new_name(db: sqlite_utils.Database,
                                                               demo: Cached) -> None:
    options = {o.id: o for o in options_for(db, KIND, [failure(demo, "9012")])}
    assert list(options) == ["reassign", "correct_email", "create_customer"]
    top = options["reassign"].params["candidates"][0]
    assert (top["contact_id"], top["customer_id"], top["email"]) == ("1004", "3", "andres@oconnorpena.example")
    assert options["correct_email"].params["customers"][0]["customer_id"] == "12"   # "Javier Peña", older email
    assert options["create_customer"].params["names"] == {"9012": "Estudio Fotográfico Peña"}
    lonely = {o.id: o for o in options_for(db, KIND, [failure(demo, "9023")])}
    assert not lonely["reassign"].available and "contacto" in str(
        lonely["reassign"].reason and lonely["reassign"].reason.render("es"))
    assert lonely["correct_email"].params["customer_id"] == "13"                    # "Walsh, Emily"


def test_same_company_contacts_come_first(tmp_path: Path) -> None:
    scenario = {"name": "ranking", "hubspot": {
        "companies": [{"id": "5001", "name": "Acme Ltd", "domain": "acme.example"}],
        "contacts": [
            {"id": "1", "email": "ann.lee@acme.example", "firstname": "Ann", "lastname": "Lee", "company_id": "5001"},
            {"id": "2", "email": "zed@acme.example", "firstname": "Zed", "lastname": "Quill", "company_id": "5001"},
            {"id": "3", "email": "ann.lee@other.example", "firstname": "Ann", "lastname": "Lee"},
            {"id": "4", "email": "nobody@else.example", "firstname": "Nobody", "lastname": "Else"}],
        "invoices": [{"id": "9001", "number": "R-1", "status": "open", "currency": "USD", "date": "2026-10-01",
                      "contact_id": "1", "lines": [{"name": "Work", "quantity": 1, "price": 10}]}]},
        "qbo": {"Customer": [
            {"Id": "1", "DisplayName": "Zed Quill", "PrimaryEmailAddr": {"Address": "ZED@acme.example"}},
            {"Id": "2", "DisplayName": "Ann Lee (Other)", "PrimaryEmailAddr": {"Address": "ann.lee@other.example"}},
            {"Id": "3", "DisplayName": "Nobody", "PrimaryEmailAddr": {"Address": "nobody@else.example"},
             "Active": False}]}}
    path = tmp_path / "cache.db"
    with Sandbox(scenario) as sb:
        app.refresh(sb.endpoints(), path)
    found = app.diagnose(path).failures
    db = open_db(path)
    option = next(o for o in options_for(db, KIND, found) if o.id == "reassign")
    ranked = [(c["contact_id"], c["same_company"]) for c in option.params["candidates"]]
    # the colleague first although the other Ann Lee has the closer name; an inactive customer is no candidate
    assert ranked == [("2", True), ("3", False)]


def test_reassign_removes_the_current_contact_then_adds_the_chosen_one(db: sqlite_utils.Database,
                                                                       demo: Cached) -> None:
    plan = plan_for(db, KIND, [failure(demo, "9012")], "reassign", {"contact_id": "1004"})
    assert [(c.system, c.entity, c.action, c.record_id) for c in plan.changes] == [
        ("hubspot", "association", Action.DISSOCIATE, "invoices/9012/contacts/1014"),
        ("hubspot", "association", Action.ASSOCIATE, "invoices/9012/contacts/1004")]
    remove, add = plan.changes
    assert add.body == {"associationCategory": "HUBSPOT_DEFINED", "associationTypeId": 177}
    updated = db.execute("SELECT updated_at FROM hs_invoices WHERE id = '9012'").fetchone()[0]
    assert remove.version == updated and remove.before["to_id"] == "1014" and 177 in remove.before["type_ids"]
    assert remove.fields[0].before.startswith("Javier Peña") and add.fields[0].after.startswith("Andrés Peña")
    assert plan.invoice_ids == ("9012",) and not plan.problems
    # exactly one contact is left on the invoice
    contacts = {r[0] for r in db.execute("SELECT to_id FROM hs_associations WHERE from_type = 'invoices' AND "
                                         "from_id = '9012' AND to_type = 'contacts'")}
    contacts -= {c.record_id.rsplit("/", 1)[1] for c in plan.changes if c.action == Action.DISSOCIATE}
    contacts |= {c.record_id.rsplit("/", 1)[1] for c in plan.changes if c.action == Action.ASSOCIATE}
    assert contacts == {"1004"}


def test_reassign_needs_a_contact_with_a_customer(db: sqlite_utils.Database, demo: Cached) -> None:
    missing = plan_for(db, KIND, [failure(demo, "9012")], "reassign", {})
    assert missing.empty and missing.problems[0][0] == "9012"
    no_customer = plan_for(db, KIND, [failure(demo, "9012")], "reassign", {"contact_id": "1015"})
    assert no_customer.empty and "no active QuickBooks customer" in str(no_customer.problems[0][1])


def test_correct_email_in_quickbooks_is_a_sparse_update(db: sqlite_utils.Database,
                                                        demo: Cached) -> None:
    plan = plan_for(db, KIND, [failure(demo, "9023")], "correct_email", {"target": "quickbooks", "customer_id": "13"})
    (change,) = plan.changes
    raw = fixes.qbo_raw(db, "qbo_customers", "13")
    assert (change.system, change.entity, change.action, change.record_id) == \
        ("quickbooks", "Customer", Action.UPDATE, "13")
    assert change.body == {"Id": "13", "SyncToken": raw["SyncToken"], "sparse": True,
                           "PrimaryEmailAddr": {"Address": "emily@walshwrites.example"}}
    assert change.version == raw["SyncToken"] and change.before == raw
    assert [(f.before, f.after) for f in change.fields] == [("emily.walsh@oldagency.example",
                                                             "emily@walshwrites.example")]
    assert str(change.label) == 'Customer "Walsh, Emily"' and change.invoice_ids == ("9023",)
    bad = plan_for(db, KIND, [failure(demo, "9023")], "correct_email", {"customer_id": "13", "email": "nope"})
    assert bad.empty and "not an email" in str(bad.problems[0][1])


def test_correct_email_in_hubspot_patches_the_contact(db: sqlite_utils.Database,
                                                      demo: Cached) -> None:
    plan = plan_for(db, KIND, [failure(demo, "9023")], "correct_email", {"target": "hubspot", "customer_id": "13"})
    (change,) = plan.changes
    assert (change.system, change.entity, change.action, change.record_id) == \
        ("hubspot", "contacts", Action.UPDATE, "1019")
    assert change.body == {"properties": {"email": "emily.walsh@oldagency.example"}}
    row = db.execute("SELECT updated_at, properties FROM hs_contacts WHERE id = '1019'").fetchone()
    assert change.version == row[0] and change.before["properties"] == json.loads(row[1])
    assert change.fields[0].field.render("es") == "Correo" and change.label.render("es") == 'Contacto "Emily Walsh"'
    # an email another contact already has would be refused by HubSpot: bill that contact instead
    taken = plan_for(db, KIND, [failure(demo, "9023")], "correct_email",
                     {"target": "hubspot", "email": "lucia@laespiga-demo.com"})
    assert taken.empty and "Lucía Morales" in str(taken.problems[0][1])


def test_create_customer_from_the_contact(db: sqlite_utils.Database, demo: Cached) -> None:
    plan = plan_for(db, KIND, [failure(demo, "9029"), failure(demo, "9023")], "create_customer", {})
    assert [c.body for c in plan.changes] == [
        {"DisplayName": "Taller Castillo Auto Repair", "GivenName": "Roberto", "FamilyName": "Castillo",
         "CompanyName": "Taller Castillo Auto Repair",
         "PrimaryEmailAddr": {"Address": "roberto@tallercastillo.example"}},
        {"DisplayName": "Emily Walsh", "GivenName": "Emily", "FamilyName": "Walsh",
         "PrimaryEmailAddr": {"Address": "emily@walshwrites.example"}}]
    first = plan.changes[0]
    assert (first.action, first.entity, first.record_id, first.version) == (Action.CREATE, "Customer", "", "")
    assert ("Name", None, "Taller Castillo Auto Repair") in [(str(f.field), f.before, f.after) for f in first.fields]


def test_create_customer_is_unavailable_when_the_name_is_taken(tmp_path: Path, demo: Cached) -> None:
    copy = tmp_path / "cache.db"
    shutil.copy(demo[0], copy)
    db = open_db(copy)
    db["qbo_vendors"].insert({"id": "999", "display_name": "Emily Walsh", "name_norm": "emily walsh", "active": 0})
    option = next(o for o in options_for(db, KIND, [failure(demo, "9023")]) if o.id == "create_customer")
    assert not option.available and "already used" in str(option.reason) and "name already taken" in str(option.reason)


def test_an_unknown_option_is_refused(db: sqlite_utils.Database, demo: Cached) -> None:
    with pytest.raises(UnknownOption, match="reassign, correct_email, create_customer"):
        plan_for(db, KIND, [failure(demo, "9012")], "delete_everything", {})
