"""The headless contract end to end: sandbox over real HTTP → `main.py refresh` → `main.py diagnose --json`."""

from __future__ import annotations

import json
import os
import sqlite3
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest

from core.sandbox.server import Sandbox
from tests.helpers.cli import cache_of, run_main, sandbox_env
from tests.helpers.scenarios import kinds_scenario


def kinds_by_number(payload: dict[str, Any]) -> dict[str, set[str]]:
    found: dict[str, set[str]] = defaultdict(set)
    for failure in payload["failures"]:
        assert set(failure) >= {"kind", "hubspot_invoice_id", "invoice_number", "summary", "evidence"}
        assert isinstance(failure["evidence"], dict) and failure["summary"]
        found[failure["invoice_number"]].add(failure["kind"])
    return found


@pytest.mark.parametrize("revenue_recognition", [False, True])
def test_refresh_then_diagnose_classifies_every_invoice(tmp_path: Path, revenue_recognition: bool) -> None:
    scenario, expected = kinds_scenario(revenue_recognition=revenue_recognition)
    assert len(scenario["hubspot"]["invoices"]) > 100 and len(scenario["qbo"]["Customer"]) > 1000
    with Sandbox(scenario) as sandbox:
        env = sandbox_env(sandbox, tmp_path)
        refreshed = run_main(["refresh"], env)
        assert refreshed.returncode == 0, refreshed.stderr
        log = sandbox.app.requests
    # Paging really happened on both sides: two HubSpot contact pages, two QBO customer pages. The invoices came
    # through search: the estimate's count, then all of them in one page of 200.
    contact_pages = [r for r in log if r["path"] == "/crm/v3/objects/contacts"]
    assert len(contact_pages) == 2 and "after=" in contact_pages[1]["query"]
    assert len([r for r in log if r["path"] == "/crm/v3/objects/invoices/search"]) == 2
    assert not [r for r in log if r["path"] == "/crm/v3/objects/invoices"]
    assert all(r["status"] in (200, 207) for r in log)
    # QuickBooks' queries ride in /batch requests; every customer, past the first page of 1000, was read.
    assert [r["path"].rsplit("/", 1)[-1] for r in log if r["api"] == "qbo"] == ["batch", "batch"]
    conn = sqlite3.connect(cache_of(tmp_path))
    try:
        assert conn.execute("SELECT count(*) FROM qbo_customers").fetchone()[0] == len(scenario["qbo"]["Customer"])
    finally:
        conn.close()

    # Diagnose works offline: the sandbox is stopped now.
    diagnosed = run_main(["diagnose", "--json"], env)
    assert diagnosed.returncode == 0, diagnosed.stderr
    found = kinds_by_number(json.loads(diagnosed.stdout))
    wanted = {number: kinds for number, kinds in expected.items() if kinds}
    assert dict(found) == wanted


def test_evidence_names_the_records_involved(tmp_path: Path) -> None:
    scenario, _ = kinds_scenario(padding_invoices=0, padding_customers=0)
    with Sandbox(scenario) as sandbox:
        env = sandbox_env(sandbox, tmp_path)
        assert run_main(["refresh"], env).returncode == 0
    payload = json.loads(run_main(["diagnose", "--json"], env).stdout)
    by_key = {(f["invoice_number"], f["kind"]): f["evidence"] for f in payload["failures"]}
    memo = by_key[("T-021", "duplicate_document_number")]["collisions"]
    assert memo == [{"txn_type": "CreditMemo", "id": "130", "customer_id": "6", "customer_name": "Dora Vega",
                     "total": 20.0, "date": "2026-09-01"}]
    other = by_key[("T-020", "duplicate_document_number")]["collisions"]
    assert [(c["txn_type"], c["id"], c["customer_id"]) for c in other] == [("Invoice", "120", "1")]
    inactive = by_key[("T-031", "duplicate_display_name")]["conflicts"]
    assert inactive == [{"entity": "Customer", "id": "8", "display_name": "Old Client Inc", "active": False}]
    vendor = by_key[("T-032", "duplicate_display_name")]["conflicts"]
    assert [(c["entity"], c["id"]) for c in vendor] == [("Vendor", "200")]
    edited = by_key[("T-010", "edited_in_quickbooks")]
    assert edited["qbo_invoice_id"] == "110" and edited["qbo_total"] == 200.0 and edited["hubspot_total"] == 250.0


def test_user_errors_are_plain_messages_with_nonzero_exit(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SYNCDOCTOR_")}
    env["SYNCDOCTOR_HOME"] = str(tmp_path)
    no_config = run_main(["refresh"], env)
    assert no_config.returncode != 0 and "SYNCDOCTOR_HUBSPOT_TOKEN" in no_config.stderr
    assert "Traceback" not in no_config.stderr
    no_cache = run_main(["diagnose", "--json"], env)
    assert no_cache.returncode != 0 and "refresh" in no_cache.stderr and "Traceback" not in no_cache.stderr

    # Unreachable service: a port nothing listens on.
    with Sandbox({"name": "x"}) as sandbox:
        env = sandbox_env(sandbox, tmp_path)
    refused = run_main(["refresh"], env)
    assert refused.returncode != 0 and "Cannot reach" in refused.stderr
    assert "Traceback" not in refused.stderr

    # A wrong token: the message says to reconnect and never echoes the token.
    with Sandbox({"name": "x"}) as sandbox:
        env = sandbox_env(sandbox, tmp_path)
        env["SYNCDOCTOR_HUBSPOT_TOKEN"] = "not-the-right-token-123"
        bad = run_main(["refresh"], env)
    assert bad.returncode != 0 and "Reconnect" in bad.stderr and "not-the-right-token-123" not in bad.stderr
