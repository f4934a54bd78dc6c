"""A real kill -9 in the middle of a run, then resume: every record exists exactly once.

The sandbox runs in this process; a child process applies a three-change plan against it and is SIGKILLed by the
apply test hook (SYNCDOCTOR_TEST_CRASH_AFTER_SENT, see core/fixes/apply.py) at a chosen change.
"""

from __future__ import annotations

import os
import pickle
import signal
import subprocess
import sys
from pathlib import Path
from urllib.parse import parse_qs

import pytest

from core.fixes.clients import Clients
from core.fixes.model import EntryState, Plan
from core.fixes.recovery import resume
from core.journal import Journal
from core.sandbox.server import Sandbox
from tests.helpers import fix_helpers
from tests.helpers.fix_helpers import create_customer, invoices_numbered, patch_contact, plan_of, push_invoice

REPO = Path(__file__).resolve().parents[2]
CHILD = """
import pickle, sys
from core.fixes.apply import apply_plan
from core.fixes.clients import Clients
from core.journal import Journal
plan, endpoints, path = pickle.load(open(sys.argv[1], "rb"))
with Journal(path) as journal, Clients.connect(endpoints) as clients:
    apply_plan(plan, journal, clients, user="child")
"""


sb = fix_helpers.sb  # the shared fixture


def crash_during(sb: Sandbox, plan: Plan, journal_path: Path, hook: str) -> subprocess.CompletedProcess[bytes]:
    job = journal_path.parent / "job.pickle"
    job.write_bytes(pickle.dumps((plan, sb.endpoints(), journal_path)))
    env = {**os.environ, "SYNCDOCTOR_TEST_CRASH_AFTER_SENT": hook, "PYTHONPATH": str(REPO)}
    return subprocess.run([sys.executable, "-c", CHILD, str(job)], cwd=REPO, env=env, capture_output=True,
                          timeout=30, check=False)


def invoice_posts(sb: Sandbox) -> list[str]:
    """The requestid of every POST that created an invoice."""
    return [parse_qs(str(r["query"]))["requestid"][0] for r in sb.app.requests
            if r["method"] == "POST" and str(r["path"]).endswith("/invoice")]


def three_changes(sb: Sandbox) -> Plan:
    return plan_of(create_customer(), push_invoice(), patch_contact(sb, "1002", lastname="Beta-Smith"))


@pytest.mark.parametrize("hook", ["1", "1:before"])
def test_qbo_push_interrupted_then_resumed(sb: Sandbox, tmp_path: Path, hook: str) -> None:
    path = tmp_path / "journal.sqlite"
    child = crash_during(sb, three_changes(sb), path, hook)
    assert child.returncode == -signal.SIGKILL, child.stderr.decode()

    journal = Journal(path)
    (run_id,) = journal.unfinished()
    entries = journal.run_entries(run_id)
    assert [s.entry.state for s in entries] == [EntryState.DONE, EntryState.SENT, EntryState.PENDING]
    customer_id = entries[0].created_id
    assert entries[1].change.body["CustomerRef"] == {"value": customer_id}  # journaled as sent
    reached = hook == "1"
    assert len(invoices_numbered(sb, "INV-2")) == (1 if reached else 0)

    with Clients.connect(sb.endpoints()) as clients:
        result = resume(run_id, journal, clients)
    assert result.ok, result.results
    (invoice,) = invoices_numbered(sb, "INV-2")  # exactly once
    assert invoice["CustomerRef"]["value"] == customer_id and result.results[1].record_id == invoice["Id"]
    # One POST in all: when it had reached QBO the invoice was found by DocNumber + CustomerRef and not sent
    # again; when it had not, it was sent (with the journaled requestid) on resume.
    assert invoice_posts(sb) == [entries[1].entry.request_id]
    assert sum(1 for c in sb.state.qbo.entities["Customer"].values() if c["DisplayName"] == "Bob Beta") == 1
    assert sb.state.hubspot.objects["contacts"]["1002"]["properties"]["lastname"] == "Beta-Smith"
    assert journal.unfinished() == [] and journal.stored(entries[1].entry.id).created_id == invoice["Id"]
    journal.close()


def test_hubspot_patch_that_landed_is_not_sent_again(sb: Sandbox, tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite"
    child = crash_during(sb, three_changes(sb), path, "2")
    assert child.returncode == -signal.SIGKILL, child.stderr.decode()
    journal = Journal(path)
    (run_id,) = journal.unfinished()
    assert [s.entry.state for s in journal.run_entries(run_id)] == [EntryState.DONE, EntryState.DONE,
                                                                     EntryState.SENT]
    with Clients.connect(sb.endpoints()) as clients:
        result = resume(run_id, journal, clients)
    assert result.ok and result.results[2].status == EntryState.DONE
    assert len([r for r in sb.app.requests if r["method"] == "PATCH"]) == 1  # read back, not patched twice
    assert journal.stored(result.results[2].entry_id).new_version == \
        sb.state.hubspot.objects["contacts"]["1002"]["updatedAt"]
    assert len(invoices_numbered(sb, "INV-2")) == 1
    journal.close()


@pytest.mark.parametrize("hook", ["0", "1"])
def test_create_found_even_when_qbo_forgot_the_requestid(sb: Sandbox, tmp_path: Path, hook: str) -> None:
    """QBO's requestid replay window is undocumented: after it lapses a resend would create a second record,
    so a SENT create is looked up (Customer by DisplayName, Invoice by DocNumber + CustomerRef) first."""
    path = tmp_path / "journal.sqlite"
    child = crash_during(sb, three_changes(sb), path, hook)
    assert child.returncode == -signal.SIGKILL, child.stderr.decode()
    with sb.state.lock:
        sb.state.qbo.replies_by_request_id.clear()  # QBO no longer remembers any requestid
    journal = Journal(path)
    (run_id,) = journal.unfinished()
    sent = journal.run_entries(run_id)[int(hook)]
    assert sent.entry.state == EntryState.SENT
    creates_before = len([r for r in sb.app.requests if r["method"] == "POST"])

    with Clients.connect(sb.endpoints()) as clients:
        result = resume(run_id, journal, clients)
    assert result.ok, result.results
    customers = [c for c in sb.state.qbo.entities["Customer"].values() if c["DisplayName"] == "Bob Beta"]
    (invoice,) = invoices_numbered(sb, "INV-2")  # exactly once
    assert len(customers) == 1 and invoice["CustomerRef"]["value"] == customers[0]["Id"]
    found = customers[0]["Id"] if hook == "0" else invoice["Id"]
    assert journal.stored(sent.entry.id).created_id == found and result.results[int(hook)].record_id == found
    resent = [r for r in sb.app.requests[creates_before:] if r["method"] == "POST"
              and parse_qs(str(r["query"])).get("requestid") == [sent.entry.request_id]]
    assert resent == []  # found, not sent again
    journal.close()
