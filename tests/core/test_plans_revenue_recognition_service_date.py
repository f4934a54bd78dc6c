"""revenue_recognition_service_date fix plans on the demo company: push with service dates, or the setting guide."""

from __future__ import annotations

import sqlite_utils

from core.failures.base import Failure
from core.fixes.model import Action
from core.fixes.plans import options_for, plan_for
from core.sync.payload import invoice_payload
from tests.helpers import fixes
from tests.helpers.fixes import Cached

KIND = "revenue_recognition_service_date"


demo, db = fixes.demo, fixes.db  # the demo company cached once for this module, and opened


def failures(demo: Cached, *invoice_ids: str) -> list[Failure]:
    return fixes.failures_of(demo[1], KIND, *invoice_ids)


def test_push_puts_the_chosen_date_on_every_line(db: sqlite_utils.Database, demo: Cached) -> None:
    for rule, date in (("invoice_date", "2026-11-02"), ("due_date", "2026-12-02"), ("custom", "2026-11-15")):
        plan = plan_for(db, KIND, failures(demo, "9038"), "push_with_service_date", {"rule": rule, "date": date})
        (change,) = plan.changes
        assert (change.system, change.entity, change.action, change.record_id, change.version) == \
            ("quickbooks", "Invoice", Action.PUSH, "", "")
        assert change.body == invoice_payload(db, "9038", service_date=date)
        assert {line["SalesItemLineDetail"]["ServiceDate"] for line in change.body["Line"]} == {date}
        assert change.body["DocNumber"] == "INV-1038" and change.body["CustomerRef"] == {"value": "3"}
        assert change.invoice_ids == ("9038",) and plan.notes


def test_invoices_with_another_failure_are_problems_not_pushes(db: sqlite_utils.Database,
                                                               demo: Cached) -> None:
    plan = plan_for(db, KIND, failures(demo, "9012", "9031", "9039", "9040"), "push_with_service_date", {})
    assert [c.invoice_ids for c in plan.changes] == [("9039",), ("9040",)]
    assert {i: str(why) for i, why in plan.problems} == {
        "9012": "Fix this first: No matching customer in QuickBooks.",
        "9031": "Fix this first: Invoice number already used."}
    assert dict(plan.problems)["9012"].render("es") == (
        "Primero hay que resolver: Sin cliente equivalente en QuickBooks.")
    bad = plan_for(db, KIND, failures(demo, "9039"), "push_with_service_date", {"rule": "custom", "date": "soon"})
    assert bad.empty and "YYYY-MM-DD" in str(bad.problems[0][1])


def test_turning_it_off_is_guidance_with_the_settings_link(db: sqlite_utils.Database,
                                                            demo: Cached) -> None:
    options = {o.id: o for o in options_for(db, KIND, failures(demo, "9012"))}
    assert not options["push_with_service_date"].available and options["push_with_service_date"].reason
    assert options["turn_off_in_quickbooks"].available
    plan = plan_for(db, KIND, failures(demo, "9012"), "turn_off_in_quickbooks", {})
    assert plan.empty and any("https://app.qbo.intuit.com/app/settings?panel=advanced" in str(n) for n in plan.notes)
    assert "Avanzado" in plan.notes[0].render("es")
