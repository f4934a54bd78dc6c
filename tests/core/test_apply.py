"""apply_plan against the real sandbox over HTTP, journaled in real SQLite: creates, references, bulk, cancel."""

from __future__ import annotations

import threading
from urllib.parse import parse_qs

from core.fixes.apply import apply_plan
from core.fixes.clients import Clients
from core.fixes.model import Action, EntryState
from core.fixes.recovery import resume
from core.journal import Journal
from core.sandbox.faults import FaultPlan
from core.sandbox.server import Options, Sandbox
from tests.helpers import fix_helpers
from tests.helpers.fix_helpers import (
    association,
    create_customer,
    fast_clients,
    invoices_numbered,
    patch_contact,
    plan_of,
    push_invoice,
    rename_customer,
    scenario,
)

sb, clients, journal = fix_helpers.sb, fix_helpers.clients, fix_helpers.journal  # the shared fixtures


def writes(sb: Sandbox) -> list[dict[str, object]]:
    return [r for r in sb.app.requests if r["method"] != "GET"]


def test_create_then_push_with_a_reference(sb: Sandbox, clients: Clients, journal: Journal) -> None:
    seen: list[tuple[str, int, int]] = []
    result = apply_plan(plan_of(create_customer(), push_invoice()), journal, clients, user="ann",
                        progress=lambda step, done, total: seen.append((step, done, total)))
    assert result.ok and not result.cancelled and not result.interrupted
    customer_id = result.results[0].record_id
    assert sb.state.qbo.entities["Customer"][customer_id]["DisplayName"] == "Bob Beta"
    (invoice,) = invoices_numbered(sb, "INV-2")
    assert invoice["CustomerRef"]["value"] == customer_id and result.results[1].record_id == invoice["Id"]
    assert seen[0] == ('Customer "Bob Beta"', 0, 2) and seen[-1] == ("", 2, 2)

    entries = journal.entries(result.run_id)
    assert [e.state for e in entries] == [EntryState.DONE, EntryState.DONE]
    assert entries[0].record_id == invoice["Id"] and entries[1].record_id == customer_id
    stored = journal.stored(entries[0].id)
    assert stored.change.body["CustomerRef"] == {"value": customer_id}  # the journal holds the body as sent
    assert stored.after["Id"] == invoice["Id"] and stored.new_version == "0"

    for record, entry in zip(writes(sb), reversed(entries), strict=True):
        query = parse_qs(str(record["query"]))
        assert query["requestid"] == [entry.request_id] and query["minorversion"] == ["75"]


def test_one_failure_does_not_stop_the_others(sb: Sandbox, clients: Clients, journal: Journal) -> None:
    taken = create_customer(name="Acme Corp", email="other@acme.example")  # 6240: the name is in use
    plan = plan_of(taken, push_invoice(), rename_customer(sb, "1", "Acme Corporation"),
                   patch_contact(sb, "1002", lastname="Beta-Smith"))
    result = apply_plan(plan, journal, clients)
    states = [r.status for r in result.results]
    assert states == [EntryState.FAILED, EntryState.FAILED, EntryState.DONE, EntryState.DONE]
    assert "6240" in result.results[0].message
    assert "needs the record change 1" in result.results[1].message
    assert not invoices_numbered(sb, "INV-2")  # the dependent push was never sent
    assert sb.state.qbo.entities["Customer"]["1"]["DisplayName"] == "Acme Corporation"
    assert sb.state.hubspot.objects["contacts"]["1002"]["properties"]["lastname"] == "Beta-Smith"
    assert journal.stored(result.results[3].entry_id).new_version == \
        sb.state.hubspot.objects["contacts"]["1002"]["updatedAt"]
    assert journal.unfinished() == []


def test_cancel_stops_between_changes(sb: Sandbox, clients: Clients, journal: Journal) -> None:
    cancel = threading.Event()

    def progress(step: str, done: int, total: int) -> None:
        if done == 1:
            cancel.set()  # the user presses Cancel while change 1 is being sent

    result = apply_plan(plan_of(create_customer(), push_invoice()), journal, clients, progress=progress,
                        cancel=cancel)
    assert [r.status for r in result.results] == [EntryState.DONE, EntryState.DONE]
    cancel.set()
    result = apply_plan(plan_of(create_customer("Cy Moss", "cy@acme.example")), journal, clients, cancel=cancel)
    assert result.cancelled and result.results[0].status == EntryState.FAILED
    assert "Cancelled" in result.results[0].message
    assert not any(c["DisplayName"] == "Cy Moss" for c in sb.state.qbo.entities["Customer"].values())


def test_associations_repoint_an_invoice(sb: Sandbox, clients: Clients, journal: Journal) -> None:
    plan = plan_of(association(Action.DISSOCIATE, "9003", "1003"), association(Action.ASSOCIATE, "9003", "1002"),
                   kind="missing_customer", invoice_ids=("9003",))
    result = apply_plan(plan, journal, clients)
    assert result.ok, result.results
    assert set(sb.state.hubspot.links("invoices", "9003", "contacts")) == {"1002"}
    assert [r["method"] for r in writes(sb)] == ["DELETE", "PUT"]
    put = next(r for r in writes(sb) if r["method"] == "PUT")
    assert put["path"] == "/crm/v4/objects/invoices/9003/associations/contacts/1002"


def test_journal_never_holds_a_token(sb: Sandbox, clients: Clients, journal: Journal) -> None:
    apply_plan(plan_of(create_customer(), push_invoice(), patch_contact(sb, "1002", firstname="Robert")),
               journal, clients)
    journal.close()
    data = b"".join(p.read_bytes() for p in journal.path.parent.glob("journal.sqlite*"))
    endpoints = sb.endpoints()
    assert endpoints.qbo_token.encode() not in data and endpoints.hubspot_token.encode() not in data
    assert b"Bob Beta" in data


def test_server_errors_are_retried_with_the_same_requestid(journal: Journal) -> None:
    faults = FaultPlan(rate=0.5, seed=7, kinds=("5xx",), apis=("qbo",))
    with Sandbox(scenario(), options=Options(faults=faults)) as sb, fast_clients(sb.endpoints()) as clients:
        result = apply_plan(plan_of(create_customer(), push_invoice()), journal, clients)
        assert result.ok, result.results
        assert faults.injected  # some writes were answered 5xx and sent again
        posts = [parse_qs(str(r["query"]))["requestid"][0] for r in sb.app.requests if r["method"] == "POST"]
        assert len(posts) > 2 and set(posts) == {e.request_id for e in journal.entries(result.run_id)}
        assert len(invoices_numbered(sb, "INV-2")) == 1
        assert sum(c["DisplayName"] == "Bob Beta" for c in sb.state.qbo.entities["Customer"].values()) == 1


def test_lost_connection_interrupts_and_resume_finishes(journal: Journal) -> None:
    first = Sandbox(scenario()).start()
    plan = plan_of(create_customer(), push_invoice(), create_customer("Cy Moss", "cy@acme.example"))

    def progress(step: str, done: int, total: int) -> None:
        if done == 1:
            first.stop()  # the network goes away after the first change

    with fast_clients(first.endpoints()) as clients:
        result = apply_plan(plan, journal, clients, progress=progress)
    assert result.interrupted.startswith("Cannot reach QuickBooks")
    assert [r.status for r in result.results] == [EntryState.DONE, EntryState.SENT, EntryState.PENDING]
    assert journal.unfinished() == [result.run_id]

    # The service comes back (same company, new address): resume sends what is left, once.
    second = Sandbox(scenario())
    second.state = second.app.state = first.state
    with second, fast_clients(second.endpoints()) as clients:
        resumed = resume(result.run_id, journal, clients)
    assert resumed.ok and journal.unfinished() == []
    assert len(invoices_numbered(second, "INV-2")) == 1
    assert {"Bob Beta", "Cy Moss"} <= {c["DisplayName"] for c in second.state.qbo.entities["Customer"].values()}


def test_empty_plan_is_not_journaled(clients: Clients, journal: Journal) -> None:
    result = apply_plan(plan_of(), journal, clients)
    assert result.ok and result.results == () and journal.runs() == []
