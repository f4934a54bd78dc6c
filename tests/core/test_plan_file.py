"""Saved plans: the file round-trips every seed kind's plans exactly, and refuses what it cannot apply here."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest

from core.failures.base import Failure
from core.fixes import plan_file
from core.fixes.model import Action, Change, FieldChange, Plan
from core.fixes.plan_file import PlanFileError, SavedPlan
from core.fixes.plans import options_for, plan_for
from core.links import remember_hubspot_portal_id
from core.store.db import get_meta, open_db, set_meta
from tests.helpers import fixes
from tests.helpers.plan_files import a_plan, cache_of

demo, db = fixes.demo, fixes.db
DEMO_REALM = "9341453050000001"


def seed_plans(cache: fixes.Cached) -> list[Plan]:
    """Every option of every kind the demo company seeds, planned for its first invoice (and in bulk)."""
    path, diagnosis = cache
    by_kind: dict[str, list[Failure]] = defaultdict(list)
    for failure in diagnosis.failures:
        by_kind[failure.kind].append(failure)
    out = []
    with fixes.opened(path) as database:
        for kind, failures in sorted(by_kind.items()):
            for chosen in (failures[:1], failures):
                for option in options_for(database, kind, chosen):
                    out.append(plan_for(database, kind, chosen, option.id, {}))
    return out


def test_every_seed_kind_round_trips_exactly(demo: fixes.Cached, tmp_path: Path) -> None:
    plans = seed_plans(demo)
    kinds = {p.kind for p in plans}
    assert {"missing_customer", "duplicate_display_name", "duplicate_document_number", "edited_in_quickbooks",
            "revenue_recognition_service_date"} <= kinds
    assert any(p.changes for p in plans) and any(p.notes for p in plans) and any(p.problems for p in plans)
    for n, plan in enumerate(plans):
        path = plan_file.save(plan, tmp_path / f"plan-{n}.json", profile="demo", db_path=demo[0])
        saved = plan_file.load(path)
        assert saved.plan == plan, (plan.kind, plan.option)
        assert all(isinstance(c, Change) and isinstance(c.action, Action) for c in saved.plan.changes)
        assert all(isinstance(f, FieldChange) for c in saved.plan.changes for f in c.fields)
        assert isinstance(saved.plan.invoice_ids, tuple) and isinstance(saved.plan.problems, tuple)
        assert saved.profile == "demo" and saved.qbo_realm == DEMO_REALM
        assert [f.hubspot_invoice_id for f in saved.failures] == list(plan.invoice_ids)


def test_the_file_says_what_and_for_whom(demo: fixes.Cached, tmp_path: Path) -> None:
    path, diagnosis = demo
    failures = fixes.failures_of(diagnosis, "duplicate_document_number", "9031")
    with fixes.opened(path) as database:
        plan = plan_for(database, "duplicate_document_number", failures, "renumber_quickbooks", {})
    target = plan_file.save(plan, tmp_path / "plan.json", profile="demo", db_path=path)
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["format"] == "syncdoctor-plan/2" and data["profile"] == "demo"
    assert data["qbo_realm"] == DEMO_REALM and data["qbo_company_name"] == "Estudio Brisa LLC"
    assert data["hubspot_portal_id"] is None          # nothing recorded the portal in this cache
    assert data["saved_at"].endswith("+00:00")
    assert data["plan"]["kind"] == "duplicate_document_number" and data["plan"]["changes"][0]["action"] == "update"
    assert data["failures"][0]["invoice_number"] == "INV-1031"
    assert not list(tmp_path.glob(".*.part"))

    remember_hubspot_portal_id(path, "24681357")
    saved = plan_file.load(plan_file.save(plan, tmp_path / "again.json", profile="demo", db_path=path))
    assert saved.hubspot_portal_id == "24681357"
    plan_file.check_company(saved, path)
    plan_file.check_company(saved, path, qbo_realm=DEMO_REALM)


def test_hand_made_plan_round_trips_and_unknown_company_is_none(tmp_path: Path) -> None:
    cache = cache_of(tmp_path, "123")
    saved = plan_file.load(plan_file.save(a_plan(), tmp_path / "p.json", profile="Acme", db_path=cache))
    assert saved == SavedPlan(a_plan(), "Acme", "123", None, saved.saved_at, "Company 123", ())


def test_another_company_is_refused(tmp_path: Path) -> None:
    saved = plan_file.load(plan_file.save(a_plan(), tmp_path / "p.json", profile="Acme",
                                          db_path=cache_of(tmp_path, "123")))
    plan_file.check_company(saved, cache_of(tmp_path, "123"))
    with pytest.raises(PlanFileError, match=r"another QuickBooks company \(Company 123, saved in profile “Acme”\)"):
        plan_file.check_company(saved, cache_of(tmp_path, "456"))
    with pytest.raises(PlanFileError, match="another QuickBooks company"):
        plan_file.check_company(saved, cache_of(tmp_path, "123"), qbo_realm="456")   # the live connection's
    never_refreshed = tmp_path / "empty.db"
    open_db(never_refreshed).close()
    with pytest.raises(PlanFileError, match="Refresh first"):
        plan_file.check_company(saved, never_refreshed)


def test_another_hubspot_portal_is_refused(tmp_path: Path) -> None:
    mine = cache_of(tmp_path, "123")
    remember_hubspot_portal_id(mine, "111")
    saved = plan_file.load(plan_file.save(a_plan(), tmp_path / "p.json", profile="Acme", db_path=mine))
    theirs = cache_of(tmp_path, "123b")
    database = open_db(theirs)
    try:
        set_meta(database, "refresh.source", "http://hubspot.test http://qbo.test 123")
        set_meta(database, "hubspot.portal_id", "222")
        assert get_meta(database, "hubspot.portal_id") == "222"
    finally:
        database.close()
    with pytest.raises(PlanFileError, match="another HubSpot account"):
        plan_file.check_company(saved, theirs)


@pytest.mark.parametrize("content", ["not json at all", "[1, 2]", '{"kind": "missing_customer"}',
                                     '{"format": "something-else/1", "plan": {}}', '{"format": "syncdoctor-plan/x"}',
                                     ""])
def test_a_file_that_is_not_a_plan(tmp_path: Path, content: str) -> None:
    path = tmp_path / "notes.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(PlanFileError, match=r"notes\.json is not a Sync Doctor plan"):
        plan_file.load(path)


def test_binary_missing_and_damaged_files(tmp_path: Path) -> None:
    binary = tmp_path / "picture.json"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\xff\xfe")
    with pytest.raises(PlanFileError, match="cannot be read"):
        plan_file.load(binary)
    with pytest.raises(PlanFileError, match="does not exist"):
        plan_file.load(tmp_path / "gone.json")
    path = plan_file.save(a_plan(), tmp_path / "p.json", profile="Acme", db_path=cache_of(tmp_path, "123"))
    data = json.loads(path.read_text(encoding="utf-8"))
    data["plan"]["changes"][0]["action"] = "explode"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(PlanFileError, match=r"p\.json is damaged"):
        plan_file.load(path)


def test_a_newer_format_is_refused(tmp_path: Path) -> None:
    path = plan_file.save(a_plan(), tmp_path / "p.json", profile="Acme", db_path=cache_of(tmp_path, "123"))
    data = json.loads(path.read_text(encoding="utf-8"))
    data["format"] = "syncdoctor-plan/3"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(PlanFileError, match="newer version of Sync Doctor"):
        plan_file.load(path)


def test_a_plan_saved_by_the_previous_release_still_opens(tmp_path: Path) -> None:
    """Format 1 held its texts as English sentences; they come back as they were written."""
    path = plan_file.save(a_plan(), tmp_path / "p.json", profile="Acme", db_path=cache_of(tmp_path, "123"))
    data = json.loads(path.read_text(encoding="utf-8"))
    data["format"] = "syncdoctor-plan/1"
    change = data["plan"]["changes"][0]
    change["label"] = 'Customer "Acme"'
    change["fields"] = [{"field": "Name", "before": "Acme", "after": "Acme (2)"}]
    data["plan"]["notes"], data["plan"]["problems"] = ["Then refresh."], [["9002", "Choose a name."]]
    path.write_text(json.dumps(data), encoding="utf-8")
    plan = plan_file.load(path).plan
    assert [str(c.label) for c in plan.changes] == ['Customer "Acme"', "Invoice → contact"]
    assert plan.changes[0].label.render("es") == 'Customer "Acme"'   # text from then: shown as written
    assert [(str(f.field), f.before, f.after) for f in plan.changes[0].fields] == [("Name", "Acme", "Acme (2)")]
    assert [str(n) for n in plan.notes] == ["Then refresh."] and str(plan.problems[0][1]) == "Choose a name."


def test_the_first_format_without_the_company_is_explained(tmp_path: Path) -> None:
    """The first "Save plan" wrote the plan's fields at the top level, with no company to check against."""
    path = tmp_path / "old.json"
    path.write_text(json.dumps({"format": "syncdoctor-plan/1", **plan_file.plan_to_json(a_plan())}),
                    encoding="utf-8")
    with pytest.raises(PlanFileError, match="earlier version of Sync Doctor"):
        plan_file.load(path)


def test_saving_where_it_cannot_be_written_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(PlanFileError, match="could not be saved"):
        plan_file.save(a_plan(), tmp_path / "missing-folder" / "p.json", profile="Acme",
                       db_path=cache_of(tmp_path, "123"))
