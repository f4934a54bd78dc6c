"""duplicate_display_name fix plans on the demo company, and the naming rules they share (core/fixes/naming.py)."""

from __future__ import annotations

import pytest
import sqlite_utils

from core.fixes import naming
from core.fixes.model import Action
from core.fixes.plans import PlanError, options_for, plan_for
from tests.helpers import fixes
from tests.helpers.fixes import Cached

KIND = "duplicate_display_name"


demo, db = fixes.demo, fixes.db  # the demo company cached once for this module, and opened
failure = fixes.picker(KIND)


def test_options_depend_on_who_holds_the_name(db: sqlite_utils.Database, demo: Cached) -> None:
    held_by_customer = {o.id: o for o in options_for(db, KIND, [failure(demo, "9017")])}
    assert list(held_by_customer) == ["create_named", "rename_existing", "map_existing"]
    assert all(o.available for o in held_by_customer.values())
    assert held_by_customer["create_named"].params["names"] == {"9017": "Panadería La Espiga (Diego Morales)"}
    assert held_by_customer["map_existing"].params["customer_id"] == "1"
    held_by_vendor = {o.id: o for o in options_for(db, KIND, [failure(demo, "9021")])}
    assert held_by_vendor["create_named"].available
    assert not held_by_vendor["rename_existing"].available and "proveedor" in str(
        held_by_vendor["rename_existing"].reason and held_by_vendor["rename_existing"].reason.render("es"))
    assert not held_by_vendor["map_existing"].available


def test_create_named_builds_a_unique_name_from_the_pattern(db: sqlite_utils.Database,
                                                            demo: Cached) -> None:
    plan = plan_for(db, KIND, [failure(demo, "9017")], "create_named", {})
    (change,) = plan.changes
    assert (change.system, change.entity, change.action, change.record_id) == ("quickbooks", "Customer",
                                                                               Action.CREATE, "")
    assert change.body == {"DisplayName": "Panadería La Espiga (Diego Morales)", "GivenName": "Diego",
                           "FamilyName": "Morales", "CompanyName": "Panadería La Espiga",
                           "PrimaryEmailAddr": {"Address": "diego@laespiga-demo.com"}}
    assert str(change.label) == 'Customer "Panadería La Espiga (Diego Morales)"' and change.invoice_ids == ("9017",)
    by_email = plan_for(db, KIND, [failure(demo, "9017")], "create_named", {"pattern": "{company} - {email}"})
    assert by_email.changes[0].body["DisplayName"] == "Panadería La Espiga - diego@laespiga-demo.com"
    custom = plan_for(db, KIND, [failure(demo, "9017")], "create_named", {"pattern": "{last}, {first} #{number}"})
    assert custom.changes[0].body["DisplayName"] == "Morales, Diego #INV-1017"
    with pytest.raises(PlanError, match="Unknown placeholder"):
        plan_for(db, KIND, [failure(demo, "9017")], "create_named", {"pattern": "{company} {phone}"})


def test_a_pattern_that_gives_a_taken_name_gets_a_number(db: sqlite_utils.Database,
                                                         demo: Cached) -> None:
    # no company: "(sofía herrera)" → "sofía herrera", which the employee "Sofía Herrera" holds (case aside)
    plan = plan_for(db, KIND, [failure(demo, "9033")], "create_named", {})
    assert plan.changes[0].body["DisplayName"] == "sofía herrera 2"


def test_rename_existing_is_a_sparse_update_of_the_holder(db: sqlite_utils.Database,
                                                          demo: Cached) -> None:
    plan = plan_for(db, KIND, [failure(demo, "9026")], "rename_existing", {})
    (change,) = plan.changes
    before = fixes.qbo_raw(db, "qbo_customers", "11")
    assert change.body == {"Id": "11", "SyncToken": before["SyncToken"], "sparse": True,
                           "DisplayName": "Lavandería Burbujas (Rosa Vidal)"}
    assert change.before == before and change.version == before["SyncToken"]
    assert [(f.before, f.after) for f in change.fields] == [("Lavandería Burbujas", "Lavandería Burbujas (Rosa Vidal)")]
    assert plan.notes  # the next sync creates the contact's customer
    vendor = plan_for(db, KIND, [failure(demo, "9021")], "rename_existing", {})
    assert vendor.empty and vendor.problems[0][0] == "9021"


def test_rename_existing_can_also_create_the_contact_under_the_freed_name(db: sqlite_utils.Database,
                                                                          demo: Cached) -> None:
    plan = plan_for(db, KIND, [failure(demo, "9026")], "rename_existing",
                    {"new_name": "Burbujas (old owner)", "also_create": True})
    rename, create = plan.changes
    assert rename.body["DisplayName"] == "Burbujas (old owner)"
    assert (create.action, create.body["DisplayName"], create.body["PrimaryEmailAddr"]) == \
        (Action.CREATE, "Lavandería Burbujas", {"Address": "tomas.aguilar@burbujas-lavanderia.test"})


def test_map_existing_gives_the_holder_the_contacts_email(db: sqlite_utils.Database,
                                                          demo: Cached) -> None:
    plan = plan_for(db, KIND, [failure(demo, "9017")], "map_existing", {})
    (change,) = plan.changes
    assert change.body == {"Id": "1", "SyncToken": fixes.qbo_raw(db, "qbo_customers", "1")["SyncToken"], "sparse": True,
                           "PrimaryEmailAddr": {"Address": "diego@laespiga-demo.com"}}
    # Lucía's invoices find customer 1 by her email today: the plan says they will not afterwards
    assert any("lucia@laespiga-demo.com" in str(note) for note in plan.notes)
    inactive = plan_for(db, KIND, [failure(demo, "9026")], "map_existing", {})
    assert inactive.changes[0].body["Active"] is True
    assert [f.field.render("es") for f in inactive.changes[0].fields] == ["Correo", "Activo"]


def test_render_and_clean() -> None:
    values = {"company": "Acme: West", "first": "Ann", "last": "Lee", "email": "ann@acme.example", "number": "7"}
    assert naming.render("{company} ({first} {last})", values) == "Acme West (Ann Lee)"
    assert naming.render("{company} ({first} {last})", {**values, "company": ""}) == "Ann Lee"
    assert naming.render("{company} - {email}", {**values, "email": ""}) == "Acme West"
    assert naming.render("{company} ({first} {last})", {**values, "first": "", "last": ""}) == "Acme West"
    assert naming.clean("a\tb\nc:d" + "x" * 600) == ("a b c d" + "x" * 600)[:500]


def test_namer_is_case_and_space_blind_and_stays_within_500_characters() -> None:
    namer = naming.Namer(["Acme Ltd", "acme ltd 2"])
    assert namer.claim("  ACME   ltd ") == "ACME ltd 3"
    assert namer.claim("Acme Ltd") == "Acme Ltd 4"
    long = "y" * 500
    assert namer.claim(long) == long and namer.claim(long) == "y" * 498 + " 2"
