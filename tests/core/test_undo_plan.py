"""Undo as a fix: a proposal that writes nothing, later fixes that depend on the run, honest outcomes."""

from __future__ import annotations

import copy
import uuid
from pathlib import Path

import pytest

from core import app
from core.fixes.apply import apply_plan
from core.fixes.clients import Clients
from core.fixes.errors import UndoRefused
from core.fixes.model import Action, EntryState
from core.fixes.undo_plan import apply_undo, find_dependents, propose
from core.journal import Journal
from core.sandbox.server import Sandbox
from core.sync.engine import push
from tests.helpers import fix_helpers, fixes
from tests.helpers.fix_helpers import patch_contact, plan_of, rename_customer

sb, clients, journal = fix_helpers.sb, fix_helpers.clients, fix_helpers.journal  # the shared fixtures


def _rows(changes: object) -> list[tuple[str, str, object, object]]:
    return [(str(c.label), str(f.field), f.before, f.after) for c in changes for f in c.fields]  # type: ignore[attr-defined]


def test_a_later_fix_of_the_same_record_is_undone_first(sb: Sandbox, clients: Clients, journal: Journal) -> None:
    first = apply_plan(plan_of(rename_customer(sb, "1", "Acme Corporation")), journal, clients).run_id
    later = apply_plan(plan_of(rename_customer(sb, "1", "Acme Corp Ltd"), kind="duplicate_display_name"),
                       journal, clients).run_id
    [dep] = find_dependents(journal, first)
    assert dep.run_id == later and "changed Customer" in str(dep.reason) and "again" in str(dep.reason)

    before = copy.deepcopy(sb.state.qbo.entities["Customer"]["1"])
    proposal = propose(journal, first, clients)
    assert sb.state.qbo.entities["Customer"]["1"] == before   # a proposal writes nothing
    assert proposal.run_ids == (later, first)
    # newest first; the older undo is previewed as the newer one will leave the record
    assert [(f, b, a) for _, f, b, a in _rows(proposal.changes)] == [
        ("Name", "Acme Corp Ltd", "Acme Corporation"), ("Name", "Acme Corporation", "Acme Corp")]

    outcome = apply_undo(proposal, journal, clients)
    assert outcome.state == "done", outcome.items
    assert sb.state.qbo.entities["Customer"]["1"]["DisplayName"] == "Acme Corp"
    assert {e.state for e in journal.entries(first) + journal.entries(later)} == {EntryState.UNDONE}


def test_without_later_fixes_only_the_run_is_proposed(sb: Sandbox, clients: Clients, journal: Journal) -> None:
    run = apply_plan(plan_of(rename_customer(sb, "1", "Acme Corporation")), journal, clients).run_id
    apply_plan(plan_of(patch_contact(sb, "1002", firstname="Robert")), journal, clients)   # unrelated
    assert find_dependents(journal, run) == []
    proposal = propose(journal, run, clients)
    assert proposal.run_ids == (run,) and not proposal.dependents


def test_a_dependent_that_cannot_be_undone_refuses_the_whole_undo(sb: Sandbox, clients: Clients,
                                                                  journal: Journal) -> None:
    first = apply_plan(plan_of(rename_customer(sb, "1", "Acme Corporation")), journal, clients).run_id
    apply_plan(plan_of(rename_customer(sb, "1", "Acme Corp Ltd")), journal, clients)
    clients.qbo.update("Customer", {"Id": "1", "SyncToken": "2", "sparse": True, "Notes": "VIP"}, uuid.uuid4().hex)
    with pytest.raises(UndoRefused, match=r"depends on this one and cannot be undone: .*changed in QuickBooks"):
        propose(journal, first, clients)
    assert sb.state.qbo.entities["Customer"]["1"]["DisplayName"] == "Acme Corp Ltd"


def test_partly_done_names_what_stayed(sb: Sandbox, clients: Clients, journal: Journal) -> None:
    """The newer fix is undone; the older one's contact was edited in HubSpot meanwhile, so it stays."""
    first = apply_plan(plan_of(rename_customer(sb, "1", "Acme Corporation"),
                               patch_contact(sb, "1001", firstname="Anna")), journal, clients).run_id
    later = apply_plan(plan_of(rename_customer(sb, "1", "Acme Corp Ltd")), journal, clients).run_id
    proposal = propose(journal, first, clients)
    clients.hubspot.patch_object("contacts", "1001", {"lastname": "Leigh"})

    outcome = apply_undo(proposal, journal, clients)
    assert outcome.state == "partly"
    assert outcome.not_tried == (first,) and "changed in HubSpot" in str(outcome.refused)
    assert [str(r.change.label) for r in outcome.undone] == ['Undo: Customer "Acme Corporation"']
    assert sb.state.qbo.entities["Customer"]["1"]["DisplayName"] == "Acme Corporation"
    assert {e.state for e in journal.entries(later)} == {EntryState.UNDONE}
    assert {e.state for e in journal.entries(first)} == {EntryState.DONE}


def test_quickbooks_refusing_the_undo_is_a_refused_outcome(tmp_path: Path) -> None:
    """The demo company keeps revenue recognition on: putting INV-1016's old lines back lacks a service date."""
    cache, journal_path = tmp_path / "cache.db", tmp_path / "journal.sqlite"
    with Sandbox("demo") as demo:
        endpoints = demo.endpoints()
        failures = fixes.failures_of(fixes.refresh_and_diagnose(endpoints, cache), "edited_in_quickbooks", "9016")
        plan = fixes.plan_from(cache, "edited_in_quickbooks", failures, "revert_to_hubspot", {})
        run = fixes.apply_journaled(plan, endpoints, journal_path).run_id
        with Journal(journal_path) as journal, Clients.connect(endpoints) as bundle:
            outcome = apply_undo(propose(journal, run, bundle), journal, bundle)
            assert outcome.state == "refused" and not outcome.undone
            [refused] = outcome.not_undone
            assert refused.status is EntryState.FAILED
            assert "6000" in refused.message and "service date" in refused.message
            assert {e.state for e in journal.entries(run)} == {EntryState.DONE}   # the fix stays in place


def test_an_invoice_pushed_under_the_corrected_customer_depends_on_the_correction(tmp_path: Path) -> None:
    """INV-1012: Javier Peña's QuickBooks customer gets HubSpot's email, then the invoice is pushed under it.
    Undoing the correction alone would leave the invoice under a customer whose email went back."""
    cache, journal_path = tmp_path / "cache.db", tmp_path / "journal.sqlite"
    with Sandbox("demo") as demo:
        endpoints = demo.endpoints()
        demo.state.qbo.preferences["ProductAndServicesPrefs"]["RevenueRecognitionEnabled"] = False
        failures = fixes.failures_of(fixes.refresh_and_diagnose(endpoints, cache), "missing_customer", "9012")
        plan = fixes.plan_from(cache, "missing_customer", failures, "correct_email",
                               {"target": "quickbooks", "customer_id": "12"})
        fix_run = fixes.apply_journaled(plan, endpoints, journal_path).run_id
        app.refresh(endpoints, cache)   # the push plans from the cache: it must know the customer's new email
        pushed = push(endpoints, cache, journal_path, ["9012"])
        assert pushed.result is not None and pushed.result.ok and pushed.synced == ["9012"]
        invoice_id = pushed.result.results[0].record_id

        with Journal(journal_path) as journal, Clients.connect(endpoints) as bundle:
            [dep] = find_dependents(journal, fix_run)
            assert dep.run_id == pushed.result.run_id
            assert "refers to Customer" in str(dep.reason) and "INV-1012" in str(dep.reason)
            proposal = propose(journal, fix_run, bundle)
            assert [(c.entity, c.action) for c in proposal.changes] == [("Invoice", Action.DELETE),
                                                                         ("Customer", Action.UPDATE)]
            assert invoice_id in demo.state.qbo.entities["Invoice"]   # nothing written yet
            outcome = apply_undo(proposal, journal, bundle)
        assert outcome.state == "done", outcome.items
        assert invoice_id not in demo.state.qbo.entities["Invoice"]
        email = demo.state.qbo.entities["Customer"]["12"]["PrimaryEmailAddr"]["Address"]
        assert email == "jpena@correo-viejo.example"
