"""Acceptance 3 of issue 15: previews name everything — whose record changes and its state in QuickBooks, every
field, the reason of every side effect, an explicit yes for another client's sent or paid document, and the lines,
tax and total of what Sync Doctor creates."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from core.fixes import preview
from core.fixes.model import Action, Change, Plan
from core.fixes.plans import options_for
from core.fixes.words import FIELD
from core.i18n import render
from core.paths import scenario_path
from tests.helpers import fixes

demo, db = fixes.demo, fixes.db


def _plan(cached: fixes.Cached, kind: str, invoice_id: str, option: str,
          params: dict[str, Any] | None = None) -> Plan:
    path, diagnosis = cached
    return fixes.plan_from(path, kind, fixes.failures_of(diagnosis, kind, invoice_id), option, params or {})


def _sent_and_paid() -> dict[str, Any]:
    """The demo company, with Tech Hub Coworking's INV-1031 (QuickBooks invoice 340) emailed and paid, and
    Taquería Los Cuates' INV-1016 (edited in QuickBooks) emailed and half paid."""
    data: dict[str, Any] = json.loads(scenario_path("demo").read_text(encoding="utf-8"))
    (invoice,) = [i for i in data["qbo"]["Invoice"] if i["Id"] == "340"]
    invoice.update(EmailStatus="EmailSent", Balance=0)
    (edited,) = [i for i in data["qbo"]["Invoice"] if i["Id"] == "315"]   # INV-1016, edited in QuickBooks: half paid
    edited.update(EmailStatus="EmailSent", Balance=500)
    return data


@pytest.fixture(scope="module")
def paid(tmp_path_factory: pytest.TempPathFactory) -> fixes.Cached:
    return fixes.cached_company(_sent_and_paid(), tmp_path_factory.mktemp("paid") / "cache.db")


def test_renumbering_names_the_other_client_and_its_state_and_asks_first(paid: fixes.Cached) -> None:
    plan = _plan(paid, "duplicate_document_number", "9031", "renumber_quickbooks")
    (change,) = plan.changes
    assert render(change.label) == 'Invoice "INV-1031" of Tech Hub Coworking'
    assert render(change.owner) == "Tech Hub Coworking"
    assert render(change.state) == "sent, paid"
    assert change.confirm is not None
    assert render(change.confirm) == ('Invoice "INV-1031" of Tech Hub Coworking belongs to another client and is '
                                      "already sent, paid: its number changes on a document the client may have.")
    [row] = [r for r in preview.rows(plan.changes) if r.field == FIELD["DocNumber"]]
    assert (row.before, row.after) == ("INV-1031", "INV-1031-1")
    path, diagnosis = paid
    with fixes.opened(path) as database:
        choices = options_for(database, "duplicate_document_number",
                              fixes.failures_of(diagnosis, "duplicate_document_number", "9031"))
    (best,) = [c for c in choices if c.recommended]
    assert best.id == "renumber_hubspot_copy" and "already sent or paid" in render(best.why)


def test_an_unsent_unpaid_document_needs_no_extra_yes_but_says_its_state(demo: fixes.Cached) -> None:
    (change,) = _plan(demo, "duplicate_document_number", "9031", "renumber_quickbooks").changes
    assert change.confirm is None
    assert render(change.state) == "not sent, unpaid, balance 900.00"


@pytest.mark.parametrize(("kind", "invoice_id", "option"), [
    ("duplicate_document_number", "9031", "renumber_quickbooks"),
    ("duplicate_document_number", "9036", "renumber_hubspot_copy"),
    ("edited_in_quickbooks", "9016", "revert_to_hubspot"),
    ("revenue_recognition_service_date", "9038", "push_with_service_date"),
])
def test_every_added_service_date_says_why(demo: fixes.Cached, kind: str, invoice_id: str, option: str) -> None:
    plan = _plan(demo, kind, invoice_id, option)
    dated = [r for r in preview.rows(plan.changes)
             if r.field in (FIELD["ServiceDate.missing"], FIELD["ServiceDate.every"])]
    assert dated, "the demo company recognises revenue: each of these adds service dates"
    for row in dated:
        assert row.reason is not None and "revenue recognition is on" in render(row.reason)


def test_put_back_to_hubspots_lines_no_longer_promises_untouched_dates(demo: fixes.Cached) -> None:
    from core.failures.edited_in_quickbooks import REVERT_DESCRIPTION

    assert "anything else that must change, with the reason" in render(REVERT_DESCRIPTION)
    plan = _plan(demo, "edited_in_quickbooks", "9016", "revert_to_hubspot")
    (change,) = plan.changes
    assert "of " in render(change.label) and change.state is not None   # whose invoice, and its state


def test_a_created_invoice_shows_its_lines_tax_and_total(demo: fixes.Cached) -> None:
    plan = _plan(demo, "duplicate_document_number", "9036", "renumber_hubspot_copy")
    (change,) = plan.changes
    assert change.action is Action.PUSH
    shown = {render(r.field): preview.show(r.after) for r in preview.rows(plan.changes) if r.field is not None}
    lines = [v for k, v in shown.items() if k.startswith("Line ")]
    amounts = [float(ln["Amount"]) for ln in change.body["Line"] if ln.get("DetailType") == "SalesItemLineDetail"]
    assert len(lines) == len(amounts) and all(" × " in ln and " = " in ln for ln in lines)
    assert shown["Total"] == f"{sum(amounts):,.2f}"
    assert "Tax" in shown


def test_a_created_customer_shows_every_field(demo: fixes.Cached) -> None:
    plan = _plan(demo, "missing_customer", "9029", "create_customer")
    rows = [(render(r.field), preview.show(r.after)) for r in preview.rows(plan.changes)]
    assert [f for f, _ in rows] == ["Name", "First name", "Last name", "Company", "Email"]
    assert all(v and v != "—" for _, v in rows)


def test_counts_tell_created_from_changed() -> None:
    def change(action: Action, system: str = "quickbooks") -> Change:
        return Change(system, "Customer", action, "", FIELD["DisplayName"], ())   # type: ignore[arg-type]

    plan = Plan("missing_customer", "x", ("1",), (change(Action.CREATE), change(Action.PUSH),
                                                 change(Action.UPDATE), change(Action.ASSOCIATE, "hubspot")))
    assert [render(m) for m in preview.counts(plan)] == ["2 to create in QuickBooks", "1 to change in HubSpot",
                                                        "1 to change in QuickBooks"]


def test_plan_rows_survive_a_saved_plan(paid: fixes.Cached, tmp_path: Path) -> None:
    from core.fixes import plan_file

    plan = _plan(paid, "duplicate_document_number", "9031", "renumber_quickbooks")
    saved = plan_file.load(plan_file.save(plan, tmp_path / "plan.json", profile="demo", db_path=paid[0])).plan
    assert saved.changes[0].confirm == plan.changes[0].confirm and saved.changes[0].owner == plan.changes[0].owner


def test_a_credit_memo_says_the_credit_it_has_left(demo: fixes.Cached) -> None:
    (change,) = _plan(demo, "duplicate_document_number", "9034", "renumber_quickbooks").changes
    assert render(change.label) == 'Credit memo "INV-1034" of Librería El Quijote'
    assert render(change.state) == "not sent, credit left 125.00"


def test_a_paid_copy_keeps_its_lines_and_reverting_it_asks_first(paid: fixes.Cached) -> None:
    path, diagnosis = paid
    failures = fixes.failures_of(diagnosis, "edited_in_quickbooks", "9016")
    with fixes.opened(path) as database:
        choices = {c.id: c for c in options_for(database, "edited_in_quickbooks", failures)}
    assert choices["keep_quickbooks"].recommended and not choices["revert_to_hubspot"].recommended
    assert "has payments" in render(choices["revert_to_hubspot"].why)
    (change,) = _plan(paid, "edited_in_quickbooks", "9016", "revert_to_hubspot").changes
    assert render(change.state) == "sent, partly paid, balance 500.00"
    assert change.confirm is not None and "lines and total change" in render(change.confirm)


def test_an_unpaid_copy_is_put_back_with_the_reason(demo: fixes.Cached) -> None:
    path, diagnosis = demo
    with fixes.opened(path) as database:
        choices = {c.id: c for c in options_for(database, "edited_in_quickbooks",
                                                fixes.failures_of(diagnosis, "edited_in_quickbooks", "9016"))}
    assert choices["revert_to_hubspot"].recommended and "not been paid" in render(choices["revert_to_hubspot"].why)
    (change,) = _plan(demo, "edited_in_quickbooks", "9016", "revert_to_hubspot").changes
    assert change.confirm is None


def test_side_effects_of_billing_say_why(demo: fixes.Cached, tmp_path: Path) -> None:
    reassign = _plan(demo, "missing_customer", "9012", "reassign", {"contact_id": "1004"})
    (removal,) = [r for r in preview.rows(reassign.changes) if r.change.action is Action.DISSOCIATE]
    assert removal.reason is not None and "one contact per invoice" in render(removal.reason)
    matching = fixes.cached_company("matching", tmp_path / "matching.db")
    failure = next(f for f in matching[1].failures if f.invoice_number == "M-INACTIVE")
    plan = fixes.plan_from(matching[0], "missing_customer", [failure], "correct_email",
                           {"target": "quickbooks", "customer_id": "4"})   # the inactive duplicate, chosen anyway
    (active,) = [r for r in preview.rows(plan.changes) if r.field == FIELD["Active"]]
    assert (active.before, active.after) == (False, True)
    assert active.reason is not None and "inactive customer" in render(active.reason)
