"""`main.py push`: the own sync engine from the command line. Ready invoices (in scope, no problem found) get
their QuickBooks copy, journaled; a second push sends nothing; invoices with a problem are never pushed."""

from __future__ import annotations

import json
from pathlib import Path

from core.sandbox.server import Sandbox
from tests.helpers.cli import run_main, sandbox_env
from tests.helpers.demo import demo_without_revenue_recognition


def statuses(env: dict[str, str]) -> dict[str, str]:
    report = run_main(["diagnose", "--json"], env)
    assert report.returncode == 0, report.stderr
    return {i["invoice_number"]: i["sync_status"] for i in json.loads(report.stdout)["invoices"]}


def test_push_ready_invoices_once(tmp_path: Path) -> None:
    with Sandbox(demo_without_revenue_recognition()) as sandbox:
        env = sandbox_env(sandbox, tmp_path)
        assert run_main(["refresh"], env).returncode == 0
        before = statuses(env)
        ready = sorted(n for n, s in before.items() if s == "pending")
        assert ready == ["INV-1038", "INV-1039", "INV-1040"]
        invoices_before = len(sandbox.state.qbo.entities["Invoice"])

        dry = run_main(["push", "--dry-run", "--json"], env)
        assert dry.returncode == 0, dry.stderr
        assert len(json.loads(dry.stdout)["planned"]) == 3
        assert len(sandbox.state.qbo.entities["Invoice"]) == invoices_before   # a dry run sends nothing

        pushed = run_main(["push", "--json"], env)
        assert pushed.returncode == 0, pushed.stderr
        outcome = json.loads(pushed.stdout)
        assert [r["status"] for r in outcome["results"]] == ["done"] * 3 and len(outcome["synced"]) == 3
        created = [r["qbo_invoice_id"] for r in outcome["results"]]
        qbo = sandbox.state.qbo.entities["Invoice"]
        assert len(qbo) == invoices_before + 3
        assert sorted(qbo[i]["DocNumber"] for i in created) == ready
        posts = [r for r in sandbox.app.requests if r["method"] == "POST" and r["path"].endswith("/invoice")]
        assert len(posts) == 3 and all("requestid=" in r["query"] for r in posts)

        again = run_main(["push", "--json"], env)   # nothing is ready any more: nothing is sent
        assert again.returncode == 0 and json.loads(again.stdout)["planned"] == []
        assert len(sandbox.state.qbo.entities["Invoice"]) == invoices_before + 3
        after = statuses(env)
        assert all(after[n] == "synced" for n in ready)
        assert all(after[n] == "failing" for n, s in before.items() if s == "failing")   # problems never pushed
        named = run_main(["push", "--json", "9038"], env)   # asked by id: already linked, so skipped
        assert json.loads(named.stdout)["skipped"][0]["hubspot_invoice_id"] == "9038"
