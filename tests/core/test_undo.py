"""Undo: inverse plans from the journal, applied through apply_plan, refused when someone edited since."""

from __future__ import annotations

import uuid

import pytest

from core.fixes.apply import apply_plan
from core.fixes.clients import Clients
from core.fixes.errors import UndoRefused
from core.fixes.model import Action, EntryState
from core.fixes.undo import undo_plan
from core.journal import Journal
from core.sandbox.server import Sandbox
from tests.helpers import fix_helpers
from tests.helpers.fix_helpers import (
    association,
    create_customer,
    invoices_numbered,
    patch_contact,
    plan_of,
    push_invoice,
    rename_customer,
)

sb, clients, journal = fix_helpers.sb, fix_helpers.clients, fix_helpers.journal  # the shared fixtures


def test_undo_a_rename_and_a_hubspot_patch(sb: Sandbox, clients: Clients, journal: Journal) -> None:
    run = apply_plan(plan_of(rename_customer(sb, "1", "Acme Corporation"),
                             patch_contact(sb, "1001", email="ann@acme-corp.example", firstname="Anna")),
                     journal, clients).run_id
    undo = undo_plan(journal, run, clients)
    assert undo.kind == "undo" and undo.option == run
    assert [c.action for c in undo.changes] == [Action.UPDATE, Action.UPDATE]
    assert undo.changes[0].system == "hubspot"  # newest first
    assert {(str(f.field), f.before, f.after) for f in undo.changes[1].fields} == \
        {("Name", "Acme Corporation", "Acme Corp")}

    result = apply_plan(undo, journal, clients)
    assert result.ok, result.results
    assert sb.state.qbo.entities["Customer"]["1"]["DisplayName"] == "Acme Corp"
    assert sb.state.qbo.entities["Customer"]["1"]["SyncToken"] == "2"
    props = sb.state.hubspot.objects["contacts"]["1001"]["properties"]
    assert props["email"] == "ann@acme.example" and props["firstname"] == "Ann"
    assert {e.state for e in journal.entries(run)} == {EntryState.UNDONE}
    undo_entries = journal.entries(result.run_id)
    assert {e.kind for e in undo_entries} == {"undo"}
    assert {e.undo_of for e in undo_entries} == {e.id for e in journal.entries(run)}
    with pytest.raises(UndoRefused, match="nothing to undo"):
        undo_plan(journal, run, clients)
    with pytest.raises(UndoRefused, match="itself an undo"):
        undo_plan(journal, result.run_id, clients)


def test_undo_a_created_customer_and_pushed_invoice(sb: Sandbox, clients: Clients, journal: Journal) -> None:
    result = apply_plan(plan_of(create_customer(), push_invoice()), journal, clients)
    customer_id, invoice_id = (r.record_id for r in result.results)
    undo = undo_plan(journal, result.run_id, clients)
    assert [(c.entity, c.action, c.record_id) for c in undo.changes] == [
        ("Invoice", Action.DELETE, invoice_id), ("Customer", Action.UPDATE, customer_id)]
    assert apply_plan(undo, journal, clients).ok
    assert not invoices_numbered(sb, "INV-2") and invoice_id in sb.state.qbo.deleted["Invoice"]
    assert sb.state.qbo.entities["Customer"][customer_id]["Active"] is False  # names cannot be deleted
    assert journal.pushed_invoice("9002") == ""


def test_refused_when_edited_since(sb: Sandbox, clients: Clients, journal: Journal) -> None:
    run = apply_plan(plan_of(rename_customer(sb, "1", "Acme Corporation")), journal, clients).run_id
    clients.qbo.update("Customer", {"Id": "1", "SyncToken": "1", "sparse": True, "Notes": "VIP"}, uuid.uuid4().hex)
    with pytest.raises(UndoRefused, match="changed in QuickBooks after the fix"):
        undo_plan(journal, run, clients)

    run = apply_plan(plan_of(patch_contact(sb, "1002", firstname="Robert")), journal, clients).run_id
    clients.hubspot.patch_object("contacts", "1002", {"lastname": "Betamax"})
    with pytest.raises(UndoRefused, match="changed in HubSpot after the fix"):
        undo_plan(journal, run, clients)
    assert sb.state.qbo.entities["Customer"]["1"]["DisplayName"] == "Acme Corporation"


def test_undo_a_repointed_invoice(sb: Sandbox, clients: Clients, journal: Journal) -> None:
    plan = plan_of(association(Action.DISSOCIATE, "9003", "1003"), association(Action.ASSOCIATE, "9003", "1002"),
                   invoice_ids=("9003",))
    run = apply_plan(plan, journal, clients).run_id
    undo = undo_plan(journal, run, clients)
    assert [c.action for c in undo.changes] == [Action.DISSOCIATE, Action.ASSOCIATE]  # the old contact comes back
    assert apply_plan(undo, journal, clients).ok
    assert set(sb.state.hubspot.links("invoices", "9003", "contacts")) == {"1003"}


def test_failed_and_conflicting_changes_are_not_undone(sb: Sandbox, clients: Clients, journal: Journal) -> None:
    plan = plan_of(create_customer(name="Acme Corp"), rename_customer(sb, "1", "Acme Corporation", version="5"))
    run = apply_plan(plan, journal, clients).run_id
    with pytest.raises(UndoRefused, match="Nothing in this run was applied"):
        undo_plan(journal, run, clients)
    with pytest.raises(UndoRefused, match="no record"):
        undo_plan(journal, "no-such-run", clients)
