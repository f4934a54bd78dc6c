"""Optimistic concurrency: a record edited after the plan was made is never overwritten (CONFLICT instead)."""

from __future__ import annotations

import uuid
from dataclasses import replace

import pytest

from core.fixes.apply import apply_plan
from core.fixes.clients import Clients
from core.fixes.errors import StaleRecordError
from core.fixes.model import EntryState
from core.journal import Journal
from core.sandbox.server import Sandbox
from tests.helpers import fix_helpers
from tests.helpers.fix_helpers import patch_contact, plan_of, rename_customer

sb, clients, journal = fix_helpers.sb, fix_helpers.clients, fix_helpers.journal  # the shared fixtures


def test_qbo_record_edited_since_the_plan_is_a_conflict(sb: Sandbox, clients: Clients, journal: Journal) -> None:
    plan = plan_of(rename_customer(sb, "1", "Acme Corporation"), kind="duplicate_display_name")
    # Someone edits the customer in QuickBooks between Preview and Apply.
    clients.qbo.update("Customer", {"Id": "1", "SyncToken": "0", "sparse": True, "Notes": "VIP"}, uuid.uuid4().hex)
    result = apply_plan(plan, journal, clients)
    (change,) = result.results
    assert change.status == EntryState.CONFLICT and "changed in QuickBooks" in change.message
    assert change.current["SyncToken"] == "1" and change.current["Notes"] == "VIP"  # to show what changed
    assert sb.state.qbo.entities["Customer"]["1"]["DisplayName"] == "Acme Corp"   # nothing overwritten
    stored = journal.stored(change.entry_id)
    assert stored.entry.state == EntryState.CONFLICT and stored.current["Notes"] == "VIP"

    # Re-planned against the current SyncToken, it goes through.
    again = apply_plan(plan_of(rename_customer(sb, "1", "Acme Corporation")), journal, clients)
    assert again.ok and sb.state.qbo.entities["Customer"]["1"]["DisplayName"] == "Acme Corporation"


def test_the_plans_version_wins_over_a_token_in_the_body(sb: Sandbox, clients: Clients, journal: Journal) -> None:
    change = rename_customer(sb, "1", "Acme Corporation")
    stale = replace(change, version="7")  # the body still says SyncToken 0
    result = apply_plan(plan_of(stale), journal, clients)
    assert result.results[0].status == EntryState.CONFLICT


def test_writer_raises_typed_stale_error(sb: Sandbox, clients: Clients) -> None:
    with pytest.raises(StaleRecordError) as caught:
        clients.qbo.update("Customer", {"Id": "1", "SyncToken": "9", "sparse": True, "Notes": "x"}, uuid.uuid4().hex)
    assert caught.value.code == "5010" and caught.value.current["Id"] == "1"


def test_hubspot_record_edited_since_the_plan_is_a_conflict(sb: Sandbox, clients: Clients,
                                                            journal: Journal) -> None:
    plan = plan_of(patch_contact(sb, "1002", email="bob@beta-new.example"), kind="missing_customer")
    clients.hubspot.patch_object("contacts", "1002", {"firstname": "Robert"})  # an edit in HubSpot meanwhile
    result = apply_plan(plan, journal, clients)
    (change,) = result.results
    assert change.status == EntryState.CONFLICT and "changed in HubSpot" in change.message
    assert change.current["id"] == "1002"
    props = sb.state.hubspot.objects["contacts"]["1002"]["properties"]
    assert props["email"] == "bob@beta.example" and props["firstname"] == "Robert"
    assert len([r for r in sb.app.requests if r["method"] == "PATCH"]) == 1  # only the edit above


def test_hubspot_unchanged_record_is_written(sb: Sandbox, clients: Clients, journal: Journal) -> None:
    result = apply_plan(plan_of(patch_contact(sb, "1002", email="bob@beta-new.example")), journal, clients)
    assert result.ok
    assert sb.state.hubspot.objects["contacts"]["1002"]["properties"]["email"] == "bob@beta-new.example"
