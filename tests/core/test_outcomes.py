"""Writes whose answer was lost are settled before anything else is sent: never a second copy.

Real HTTP to the sandbox, whose fault plan executes a write and then drops the connection
(`drop_after_write`) or garbles the 200 reply (`unreadable`); a real journal on disk.
"""

from __future__ import annotations

import copy
from pathlib import Path

from core.fixes.apply import apply_plan
from core.fixes.clients import Clients
from core.fixes.model import Action, Change, EntryState, FieldChange, Plan
from core.fixes.recovery import resume
from core.fixes.words import field
from core.i18n import verbatim
from core.journal import Journal
from core.qbo.marker import marked_invoice, marker
from core.sandbox.faults import FaultPlan
from core.sandbox.server import Sandbox
from tests.helpers import fix_helpers
from tests.helpers.fix_helpers import fast_clients, plan_of, rename_customer

sb, journal = fix_helpers.sb, fix_helpers.journal  # the shared fixtures


def marked_push(hs_id: str = "9002", customer: str = "1", number: str = "") -> Change:
    """A push as the engine makes it: Sync Doctor's mark in the private note; no number when QuickBooks numbers
    its invoices itself (custom transaction numbers off)."""
    body = {"CustomerRef": {"value": customer}, "TxnDate": "2026-10-02", "PrivateNote": marker("INV-2", hs_id),
            "Line": [{"Amount": 450.0, "DetailType": "SalesItemLineDetail", "Description": "Consulting hour",
                      "SalesItemLineDetail": {"ItemRef": {"value": "1"}, "Qty": 3, "UnitPrice": 150.0}}]}
    if number:
        body["DocNumber"] = number
    return Change("quickbooks", "Invoice", Action.PUSH, "", verbatim(f"Invoice for {hs_id}"),
                  (FieldChange(field("Line"), None, 1),),
                  body, invoice_ids=(hs_id,))


def copies(sandbox: Sandbox, hs_id: str) -> list[dict[str, object]]:
    return [i for i in sandbox.state.qbo.entities["Invoice"].values() if marked_invoice(i.get("PrivateNote")) == hs_id]


def faults(sandbox: Sandbox, kind: str | None) -> None:
    sandbox.app.options.faults = FaultPlan(rate=1.0, seed=1, kinds=(kind,), apis=("qbo",)) if kind else None


def forget_request_ids(sandbox: Sandbox) -> None:
    with sandbox.state.lock:
        sandbox.state.qbo.replies_by_request_id.clear()


def custom_numbers(sandbox: Sandbox, on: bool) -> None:
    sandbox.state.qbo.preferences["SalesFormsPrefs"]["CustomTxnNumbers"] = on


def test_a_push_whose_connection_dropped_after_the_write_is_found_by_its_mark(sb: Sandbox, journal: Journal) -> None:
    custom_numbers(sb, False)
    faults(sb, "drop_after_write")
    with fast_clients(sb.endpoints()) as clients:
        first = apply_plan(plan_of(marked_push()), journal, clients)
    assert first.interrupted and first.results[0].status == EntryState.SENT
    assert len(copies(sb, "9002")) >= 1          # QuickBooks ran it; the answers never came back

    faults(sb, None)
    forget_request_ids(sb)                         # so only the mark can tell
    with Clients.connect(sb.endpoints()) as clients:
        resumed = resume(first.run_id, journal, clients)
    assert resumed.ok
    (copy_,) = copies(sb, "9002")
    assert journal.stored(first.results[0].entry_id).created_id == copy_["Id"]


def test_an_unreadable_answer_to_a_create_is_not_recorded_as_refused(sb: Sandbox, journal: Journal) -> None:
    faults(sb, "unreadable")
    with fast_clients(sb.endpoints()) as clients:
        first = apply_plan(plan_of(marked_push()), journal, clients)
    assert first.results[0].status == EntryState.SENT, first.results   # unknown, never FAILED
    faults(sb, None)
    # The next write of the profile settles it first: the same requestid gets QuickBooks' first answer back.
    with Clients.connect(sb.endpoints()) as clients:
        second = apply_plan(plan_of(rename_customer(sb, "1", "Acme Corporation")), journal, clients)
    assert second.ok
    assert journal.stored(first.results[0].entry_id).entry.state == EntryState.DONE
    assert len(copies(sb, "9002")) == 1


def test_a_new_push_settles_the_lost_one_instead_of_sending_a_second(sb: Sandbox, journal: Journal) -> None:
    custom_numbers(sb, True)
    faults(sb, "drop_after_write")
    with fast_clients(sb.endpoints()) as clients:
        apply_plan(plan_of(marked_push(number="INV-2")), journal, clients)
    faults(sb, None)
    with Clients.connect(sb.endpoints()) as clients:
        again = apply_plan(plan_of(marked_push(number="INV-2")), journal, clients)
    # The earlier push was settled first (found), so this one is not sent: no copy twice, no false 6140.
    assert again.results[0].status == EntryState.FAILED and "already in QuickBooks" in again.results[0].message
    assert len(copies(sb, "9002")) == 1
    assert not [r for r in sb.app.requests if r["status"] == 400 and str(r["path"]).endswith("/invoice")]


def test_finish_never_sends_a_push_another_run_already_made(sb: Sandbox, journal: Journal) -> None:
    """An aborted push left entries PENDING (never sent); a later push copied the same invoices; Finish must
    not send them again."""
    aborted = Plan(kind="push", option="push", invoice_ids=("9002", "9003"),
                   changes=(marked_push("9002"), marked_push("9003", customer="1")))
    run_id = journal.begin_run(aborted)
    for seq, change in enumerate(aborted.changes):
        journal.add(run_id, change, seq=seq)
    with Clients.connect(sb.endpoints()) as clients:
        later = apply_plan(plan_of(marked_push("9002")), journal, clients)
        assert later.ok
        finished = resume(run_id, journal, clients)
    states = [r.status for r in finished.results]
    assert states == [EntryState.FAILED, EntryState.DONE]
    assert "already in QuickBooks" in finished.results[0].message
    assert len(copies(sb, "9002")) == 1 and len(copies(sb, "9003")) == 1


def test_finish_looks_a_pending_create_up_before_sending_it(sb: Sandbox, journal: Journal) -> None:
    """A run whose create was sent by other means since (the same mark already in QuickBooks): found, not sent."""
    plan = plan_of(marked_push("9002"))
    run_id = journal.begin_run(plan)
    journal.add(run_id, plan.changes[0], seq=0)
    with Clients.connect(sb.endpoints()) as clients:
        clients.qbo.create("Invoice", copy.deepcopy(plan.changes[0].body), "someone-else-1")
        posts = len([r for r in sb.app.requests if r["method"] == "POST"])
        finished = resume(run_id, journal, clients)
    assert finished.ok and finished.results[0].message.startswith("Already in QuickBooks")
    assert len(copies(sb, "9002")) == 1
    assert not [r for r in sb.app.requests[posts:] if r["method"] == "POST" and "/invoice" in str(r["path"])]


def test_an_update_that_landed_is_recognised_when_its_replay_comes_back_stale(sb: Sandbox, journal: Journal) -> None:
    faults(sb, "drop_after_write")
    with fast_clients(sb.endpoints()) as clients:
        first = apply_plan(plan_of(rename_customer(sb, "1", "Acme Corporation")), journal, clients)
    assert first.results[0].status == EntryState.SENT
    assert sb.state.qbo.entities["Customer"]["1"]["DisplayName"] == "Acme Corporation"
    faults(sb, None)
    forget_request_ids(sb)   # the replay runs again and QuickBooks refuses the old SyncToken (5010)
    with Clients.connect(sb.endpoints()) as clients:
        resumed = resume(first.run_id, journal, clients)
    assert resumed.results[0].status == EntryState.DONE, resumed.results   # not a conflict: it is what we wrote


def test_a_dry_run_push_names_invoices_with_an_unknown_outcome(sb: Sandbox, tmp_path: Path) -> None:
    from core import app
    from core.sync import engine

    cache = tmp_path / "cache.db"
    app.refresh(sb.endpoints(), cache)
    with Journal(tmp_path / "journal.sqlite") as j, fast_clients(sb.endpoints()) as clients:
        faults(sb, "drop_after_write")
        apply_plan(plan_of(marked_push("9003")), j, clients)
        faults(sb, None)
    dry = engine.push(sb.endpoints(), cache, tmp_path / "journal.sqlite", ["9003"], dry_run=True)
    assert not dry.plan.changes and [i for i, _ in dry.plan.problems] == ["9003"]
    real = engine.push(sb.endpoints(), cache, tmp_path / "journal.sqlite", ["9003"])
    assert not real.plan.changes and "Already in QuickBooks" in str(real.plan.problems[0][1])
    assert len(copies(sb, "9003")) == 1
