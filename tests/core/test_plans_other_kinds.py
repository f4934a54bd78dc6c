"""Plans of the added kinds with a data fix: inactive customer, invalid display name, document number too long."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from core import app
from core.diagnose import Diagnosis
from core.failures.base import Failure
from core.fixes.model import Action, EntryState
from core.fixes.plans import options_for, plan_for
from core.sandbox.server import Sandbox
from core.store.db import open_db
from tests.helpers import fixes

LONG = "INV-2026-WEST-REGION-000123"   # 27 characters
SCENARIO: dict[str, Any] = {"name": "others", "hubspot": {
    "companies": [{"id": "5001", "name": "Acme: West"}],
    "contacts": [{"id": "1", "email": "ann@acme.example", "firstname": "Ann", "lastname": "Lee", "company_id": "5001"},
                 {"id": "2", "email": "old@gone.example", "firstname": "Olga", "lastname": "Old"},
                 {"id": "3", "email": "bo@long.example", "firstname": "Bo", "lastname": "Long"}],
    "invoices": [{"id": str(9001 + n), "number": number, "status": "open", "currency": "USD", "date": "2026-10-01",
                  "contact_id": contact, "lines": [{"name": "Work", "quantity": 1, "price": 10}]}
                 for n, (number, contact) in enumerate((("N-1", "1"), ("N-2", "2"), (LONG, "3")))]},
    "qbo": {"preferences": {"SalesFormsPrefs": {"CustomTxnNumbers": True}},
            "Customer": [{"Id": "1", "DisplayName": "Olga Old", "PrimaryEmailAddr": {"Address": "old@gone.example"},
                          "Active": False},
                         {"Id": "2", "DisplayName": "Bo Long", "PrimaryEmailAddr": {"Address": "bo@long.example"}}],
            "Invoice": [{"Id": "50", "DocNumber": "000123", "CustomerRef": {"value": "2"},
                         "Line": [{"Amount": 5.0, "DetailType": "SalesItemLineDetail",
                                   "SalesItemLineDetail": {"Qty": 1, "UnitPrice": 5.0}}]}]}}


@pytest.fixture
def company(tmp_path: Path) -> Iterator[tuple[Sandbox, Path, Diagnosis]]:
    path = tmp_path / "cache.db"
    with Sandbox(SCENARIO) as sb:
        yield sb, path, fixes.refresh_and_diagnose(sb.endpoints(), path)


def only(diagnosis: Diagnosis, kind: str) -> list[Failure]:
    return fixes.failures_of(diagnosis, kind)


def apply_and_rediagnose(sb: Sandbox, path: Path, kind: str, option: str, params: dict[str, Any]) -> set[str]:
    plan = fixes.plan_from(path, kind, only(app.diagnose(path), kind), option, params)
    result = fixes.apply_journaled(plan, sb.endpoints(), path.parent / "journal.sqlite")
    assert all(r.status == EntryState.DONE for r in result.results)
    return {f.kind for f in fixes.refresh_and_diagnose(sb.endpoints(), path).failures}


def test_reactivate_the_inactive_customer(company: tuple[Sandbox, Path, Diagnosis]) -> None:
    sb, path, diagnosis = company
    db = open_db(path)
    (change,) = plan_for(db, "inactive_customer", only(diagnosis, "inactive_customer"), "reactivate", {}).changes
    assert change.body == {"Id": "1", "SyncToken": "0", "sparse": True, "Active": True}
    db.close()
    assert "inactive_customer" not in apply_and_rediagnose(sb, path, "inactive_customer", "reactivate", {})


def test_invalid_name_is_cleaned_for_quickbooks_or_in_hubspot(company: tuple[Sandbox, Path, Diagnosis]) -> None:
    sb, path, diagnosis = company
    db = open_db(path)
    options = {o.id: o for o in options_for(db, "invalid_display_name", only(diagnosis, "invalid_display_name"))}
    assert options["create_cleaned"].params["names"] == {"9001": "Acme West"}
    (rename,) = plan_for(db, "invalid_display_name", only(diagnosis, "invalid_display_name"), "rename_in_hubspot",
                         {}).changes
    assert (rename.system, rename.entity, rename.action, rename.record_id, rename.body) == \
        ("hubspot", "companies", Action.UPDATE, "5001", {"properties": {"name": "Acme West"}})
    db.close()
    assert "invalid_display_name" not in apply_and_rediagnose(sb, path, "invalid_display_name", "rename_in_hubspot",
                                                              {})


def test_a_too_long_number_is_pushed_shortened_and_free(company: tuple[Sandbox, Path, Diagnosis]) -> None:
    sb, path, diagnosis = company
    db = open_db(path)
    plan = plan_for(db, "document_number_too_long", only(diagnosis, "document_number_too_long"),
                    "push_short_number", {})
    (push,) = plan.changes
    assert push.action == Action.PUSH and push.body["DocNumber"] == "26-WEST-REGION-000123"
    assert len(push.body["DocNumber"]) <= 21 and LONG in push.body["PrivateNote"]
    db.close()
    assert fixes.apply_journaled(plan, sb.endpoints(), path.parent / "journal.sqlite").ok
