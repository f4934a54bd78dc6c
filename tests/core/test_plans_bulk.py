"""Bulk plans: 100 duplicate display names in one plan, and the registry's promises for every kind."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest

from core.failures import registry
from core.failures.base import Failure, FailureKind
from core.fixes.model import Action
from core.fixes.plans import PlanError, UnknownKind, options_for, plan_for
from core.normalize import norm_text
from core.store.db import open_db
from tests.helpers import fixes
from tests.helpers.fixes import Cached

JSON = dict[str, Any]
FIRST = ("Ann", "Bob", "Cy", "Dee", "Eve")


def hundred_duplicates() -> JSON:
    """10 companies whose name a customer already has; 10 new contacts each, every name given twice per company.

    Names the pattern would produce are planted beforehand: as an inactive vendor, an employee (other case) and an
    inactive customer. One contact's email cannot be used (no dot in the domain), so it cannot be planned.
    """
    companies, contacts, invoices, customers = [], [], [], []
    for c in range(10):
        companies.append({"id": str(5000 + c), "name": f"Company {c}"})
        customers.append({"Id": str(100 + c), "DisplayName": f"Company {c}",
                          "PrimaryEmailAddr": {"Address": f"first@company{c}.example"}})
        for k in range(10):
            cid = str(1000 + c * 10 + k)
            email = "odd@localhost" if (c, k) == (9, 9) else f"p{k}@company{c}.example"
            contacts.append({"id": cid, "email": email, "firstname": FIRST[k % 5], "lastname": "Lee",
                             "company_id": str(5000 + c)})
            invoices.append({"id": str(9000 + c * 10 + k), "number": f"B-{c * 10 + k:03d}", "status": "open",
                             "currency": "USD", "date": "2026-10-01", "contact_id": cid,
                             "lines": [{"name": "Work", "quantity": 1, "price": 10}]})
    customers.append({"Id": "900", "DisplayName": "Company 2 (Bob Lee)", "Active": False})
    return {"name": "bulk", "hubspot": {"companies": companies, "contacts": contacts, "invoices": invoices},
            "qbo": {"preferences": {"SalesFormsPrefs": {"CustomTxnNumbers": True}}, "Customer": customers,
                    "Vendor": [{"Id": "800", "DisplayName": "Company 0 (Ann Lee)", "Active": False}],
                    "Employee": [{"Id": "700", "DisplayName": "company 1 (ANN LEE)"}]}}


@pytest.fixture(scope="module")
def bulk(tmp_path_factory: pytest.TempPathFactory) -> Cached:
    return fixes.cached_company(hundred_duplicates(), tmp_path_factory.mktemp("bulk") / "cache.db")


def test_one_plan_names_a_hundred_customers_uniquely(bulk: Cached) -> None:
    path, diagnosis = bulk
    failures = fixes.failures_of(diagnosis, "duplicate_display_name")
    assert len(failures) == 100
    db = open_db(path)
    plan = plan_for(db, "duplicate_display_name", failures, "create_named", {"pattern": "{company} ({first} {last})"})
    assert len(plan.invoice_ids) == 100 and len(plan.changes) == 99
    assert plan.problems == (("9099", plan.problems[0][1]),) and "email" in str(plan.problems[0][1])
    assert all(c.action == Action.CREATE and len(c.invoice_ids) == 1 for c in plan.changes)
    names = [str(c.body["DisplayName"]) for c in plan.changes]
    normalised = [norm_text(n) for n in names]
    assert len(set(normalised)) == 99                                   # unique among themselves…
    existing = {r[0] for r in db.execute("SELECT name_norm FROM v_qbo_names")}
    assert existing.isdisjoint(normalised)                              # …and against every name, inactive too
    assert all(len(n) <= 500 and not any(ch in n for ch in ":\t\n\r") for n in names)
    assert names[:3] == ["Company 0 (Ann Lee) 2", "Company 0 (Bob Lee)", "Company 0 (Cy Lee)"]
    assert "Company 0 (Ann Lee) 3" in names                          # the company's second Ann Lee
    assert "Company 1 (Ann Lee) 2" in names and "Company 2 (Bob Lee) 2" in names
    emails = {c.invoice_ids[0]: c.body["PrimaryEmailAddr"]["Address"] for c in plan.changes}
    assert emails["9000"] == "p0@company0.example"


def test_bulk_rename_touches_each_holder_once(bulk: Cached) -> None:
    path, diagnosis = bulk
    failures = fixes.failures_of(diagnosis, "duplicate_display_name")
    db = open_db(path)
    plan = plan_for(db, "duplicate_display_name", failures, "rename_existing", {"pattern": "{company} (old)"})
    assert len(plan.changes) == 10 and not plan.problems
    assert sorted(len(c.invoice_ids) for c in plan.changes) == [10] * 10
    assert plan.changes[0].body["DisplayName"] == "Company 0 (old)"


def digest(path: Path) -> str:
    db = open_db(path)
    try:
        return hashlib.sha256("\n".join(db.conn.iterdump()).encode()).hexdigest()
    finally:
        db.close()


def test_every_kind_offers_options_and_plans_without_writing(tmp_path: Path) -> None:
    path, found = fixes.cached_company("demo", tmp_path / "cache.db")  # the sandbox is gone: no network from here
    before = digest(path)
    db = open_db(path)
    by_kind: dict[str, list[Any]] = {}
    for f in found.failures + found.warnings:
        by_kind.setdefault(f.kind, []).append(f)
    planned = set()
    for kind, failures in by_kind.items():
        for option in options_for(db, kind, failures):
            for lang in ("en", "es"):
                assert option.label.render(lang) and option.description.render(lang)
            assert option.available or option.reason is not None
            plan = plan_for(db, kind, failures, option.id, dict(option.params))
            assert plan.kind == kind and plan.option == option.id
            assert set(plan.invoice_ids) == {f.hubspot_invoice_id for f in failures}
            assert plan.changes or plan.notes or plan.problems
            planned.add((kind, option.id))
    db.close()
    assert digest(path) == before
    assert {k for k, _ in planned} >= set(registry.SEED_KINDS)


def test_every_registered_kind_has_options_and_stale_failures_are_problems(bulk: Cached) -> None:
    db = open_db(bulk[0])
    for kind in ("no_contact", "unknown_item", "books_closed", "currency_mismatch"):   # guidance only
        known = registry.BY_ID[kind]
        assert type(known).options is FailureKind.options   # the kind's guidance, from its own fix steps
        (option,) = options_for(db, kind, [Failure(kind, "9000", "B-000", "")])
        plan = plan_for(db, kind, [Failure(kind, "9000", "B-000", "")], option.id, {})
        assert option.id == "guide" and plan.empty and plan.notes == known.fix_steps
    stale = [Failure("duplicate_display_name", "9000", "B-000", ""), Failure("duplicate_display_name", "1", "X", "")]
    plan = plan_for(db, "duplicate_display_name", stale, "create_named", {})
    assert len(plan.changes) == 1 and plan.problems[0][0] == "1" and plan.invoice_ids == ("9000", "1")
    with pytest.raises(PlanError, match="no longer"):
        options_for(db, "missing_customer", [Failure("missing_customer", "1", "X", "")])
    with pytest.raises(UnknownKind):
        options_for(db, "no_such_kind", [Failure("no_such_kind", "1", "", "")])
    with pytest.raises(PlanError, match="other kinds"):
        plan_for(db, "missing_customer", [Failure("unknown_item", "1", "", "")], "guide", {})
