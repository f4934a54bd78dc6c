"""Injected faults over real HTTP: each kind in each service's own shape, reproducible from a seed, at the
asked rate, and every request (injected or not) in the request log."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import requests

from core.cli import cmd_sandbox
from core.errors import ConfigError
from core.sandbox.faults import ALL_KINDS, DROPPED_STATUS, DroppedConnection, FaultPlan, parse_kinds
from core.sandbox.scenario import load
from core.sandbox.server import Options, Sandbox, SandboxApp
from main import build_parser
from tests.helpers.fault_requests import HS, INVOICE, QB, REALM, SCENARIO, hs_list, not_json, qbo_query


@contextmanager
def serving(plan: FaultPlan | None, **options: Any) -> Iterator[Sandbox]:
    # The services' own limits would answer 429s of their own when a test sends hundreds of requests.
    opts = Options(faults=plan, hubspot_limit=100_000, qbo_limit=100_000, **options)
    with Sandbox(SCENARIO, options=opts) as sandbox:
        yield sandbox


def qbo_write(sb: Sandbox, body: dict[str, Any]) -> requests.Response:
    return requests.post(f"{sb.base_url}/v3/company/{REALM}/customer", json=body, headers=QB, timeout=10)


def update(sb: Sandbox) -> requests.Response:
    """A sparse update with the current SyncToken: succeeds unless a fault is injected."""
    token = sb.state.qbo.entities["Customer"]["1"]["SyncToken"]
    return qbo_write(sb, {"Id": "1", "SyncToken": token, "sparse": True, "Notes": "updated"})


def status_of(call: Any, sb: Sandbox) -> int | str:
    try:
        return int(call(sb).status_code)
    except requests.ConnectionError:
        return "dropped"


def test_hubspot_429_in_hubspots_shape_with_retry_after_only_sometimes() -> None:
    with serving(FaultPlan(rate=1.0, seed=3, kinds=("429",))) as sb:
        replies = [hs_list(sb) for _ in range(20)]
    assert {r.status_code for r in replies} == {429}
    body = replies[0].json()
    assert body["status"] == "error" and body["errorType"] == "RATE_LIMIT"
    assert body["message"] == "You have reached your ten_secondly_rolling limit."
    assert body["policyName"] == "TEN_SECONDLY_ROLLING" and len(body["correlationId"]) == 36
    waits = [r.headers.get("Retry-After") for r in replies]
    assert None in waits and any(w is not None and w.isdigit() for w in waits)


def test_qbo_429_is_a_throttle_fault() -> None:
    with serving(FaultPlan(rate=1.0, seed=3, kinds=("429",))) as sb:
        reply = qbo_query(sb)
    assert reply.status_code == 429
    fault = reply.json()["Fault"]
    assert fault["type"] == "SERVICE" and fault["Error"][0]["code"] == "3001"


def test_5xx_in_each_services_shape() -> None:
    with serving(FaultPlan(rate=1.0, seed=5, kinds=("5xx",))) as sb:
        hubspot = [hs_list(sb) for _ in range(16)]
        qbo = [qbo_query(sb) for _ in range(16)]
    assert {r.status_code for r in hubspot} == {502, 503}
    assert all(r.json()["status"] == "error" and r.json()["message"] for r in hubspot)
    assert {r.status_code for r in qbo} == {500, 503}
    error = qbo[0].json()["Fault"]
    assert error["type"] == "SystemFault" and error["Error"][0]["code"] == "10000"
    assert error["Error"][0]["Message"] == "An application error has occurred while processing your request"


def test_expired_token_in_each_services_shape() -> None:
    with serving(FaultPlan(rate=1.0, seed=1, kinds=("expired_token",))) as sb:
        hubspot, qbo = hs_list(sb), qbo_query(sb)
    assert hubspot.status_code == 401 and hubspot.json()["category"] == "INVALID_AUTHENTICATION"
    assert qbo.status_code == 401
    error = qbo.json()["fault"]["error"][0]  # the lowercase shape of QBO's authentication layer
    assert error["code"] == "3200" and error["detail"] == "Token expired"


def test_qbo_faults_can_come_as_xml() -> None:
    with serving(FaultPlan(rate=1.0, seed=1, kinds=("429",), xml=True)) as sb:
        reply = qbo_query(sb)
    assert reply.status_code == 429 and reply.headers["Content-Type"].startswith("application/xml")
    assert '<Error code="3001">' in reply.text


def test_stale_synctoken_only_hits_qbo_updates_and_changes_nothing() -> None:
    plan = FaultPlan(rate=1.0, seed=1, kinds=("stale_synctoken",))
    with serving(plan) as sb:
        stale = update(sb)
        assert stale.status_code == 400
        error = stale.json()["Fault"]["Error"][0]
        assert error["code"] == "5010" and error["Message"] == "Stale Object Error"
        assert sb.state.qbo.entities["Customer"]["1"]["SyncToken"] == "0"  # the write never ran
        # Reads, queries sent by POST and creates have no SyncToken to be stale: served normally.
        assert hs_list(sb).status_code == 200 and qbo_query(sb).status_code == 200
        post_query = requests.post(f"{sb.base_url}/v3/company/{REALM}/query", data="select * from Customer",
                                   headers={**QB, "Content-Type": "application/text"}, timeout=10)
        assert post_query.status_code == 200
        assert qbo_write(sb, {"DisplayName": "Nuevo Cliente"}).status_code == 200
    assert [f["kind"] for f in plan.injected] == ["stale_synctoken"]


def test_slow_replies_late_but_correctly() -> None:
    plan = FaultPlan(rate=1.0, seed=1, kinds=("slow",), slow_seconds=0.4)
    with serving(plan) as sb:
        started = time.monotonic()
        reply = hs_list(sb)
        elapsed = time.monotonic() - started
    assert reply.status_code == 200 and reply.json()["results"]
    assert elapsed >= 0.4
    assert plan.injected == [{"n": 1, "api": "hubspot", "method": "GET", "path": "/crm/v3/objects/invoices",
                              "kind": "slow", "status": None}]


def test_drop_closes_the_connection_without_a_reply_and_the_server_lives_on() -> None:
    plan = FaultPlan(rate=1.0, seed=1, kinds=("drop",), apis=("hubspot",))
    with serving(plan) as sb:
        for _ in range(3):
            with pytest.raises(requests.ConnectionError):
                hs_list(sb)
        with pytest.raises(requests.ConnectionError):  # a body left unread does not change that
            requests.post(f"{sb.base_url}/crm/v3/objects/invoices/search", json={"limit": 1}, headers=HS,
                          timeout=10)
        assert qbo_query(sb).status_code == 200  # QBO is not in the plan's apis
    assert [r["status"] for r in sb.app.requests] == [DROPPED_STATUS] * 4 + [200]


def test_oauth_is_left_alone_unless_asked() -> None:
    url = "/.well-known/openid_configuration"
    with serving(FaultPlan(rate=1.0, seed=1, kinds=("5xx",))) as sb:
        assert requests.get(sb.base_url + url, timeout=10).status_code == 200
    with serving(FaultPlan(rate=1.0, seed=1, kinds=("5xx",), apis=("oauth",))) as sb:
        reply = requests.get(sb.base_url + url, timeout=10)
        assert reply.status_code in (500, 503) and "error" in reply.json()
        assert hs_list(sb).status_code == 200


def create(sb: Sandbox) -> requests.Response:
    return qbo_write(sb, {"DisplayName": "Nuevo Cliente"})


SEQUENCE = (hs_list, qbo_query, update, hs_list, create)


def run_sequence(seed: int, rounds: int = 12) -> tuple[list[int | str], list[str]]:
    plan = FaultPlan(rate=0.5, seed=seed, slow_seconds=0.01)
    with serving(plan) as sb:
        # Creates collide on the name after the first; the statuses must still repeat exactly.
        statuses = [status_of(call, sb) for _ in range(rounds) for call in SEQUENCE]
    return statuses, [f["kind"] for f in plan.injected]


def test_same_seed_same_requests_same_faults() -> None:
    first, second, other = run_sequence(7), run_sequence(7), run_sequence(8)
    assert first == second
    assert len(set(first[1])) >= 4  # most kinds show up: it is not trivially equal
    assert {"drop_after_write", "unreadable"} <= set(first[1])  # the served kinds repeat too
    assert first != other


def test_rate_is_the_share_of_faulty_requests() -> None:
    plan = FaultPlan(rate=0.3, seed=11, kinds=("429", "5xx", "expired_token"))
    with serving(plan) as sb:
        statuses = [hs_list(sb).status_code if n % 2 else qbo_query(sb).status_code for n in range(200)]
    faulty = sum(s != 200 for s in statuses)
    assert 0.2 <= faulty / 200 <= 0.4
    assert faulty == len(plan.injected)


def test_request_log_has_every_request_including_injected_ones(tmp_path: Path) -> None:
    log = tmp_path / "requests.jsonl"
    plan = FaultPlan(rate=0.5, seed=2, slow_seconds=0.01)
    with serving(plan, request_log=log) as sb:
        seen = [status_of(call, sb) for _ in range(8) for call in SEQUENCE]
    records = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    assert len(records) == len(seen) == 40
    assert [r["status"] for r in records] == [DROPPED_STATUS if s == "dropped" else s for s in seen]
    assert {"drop", "429"} <= {f["kind"] for f in plan.injected}
    assert set(records[0]) >= {"method", "path", "query", "status", "api", "ms"}


def test_plan_validation() -> None:
    assert parse_kinds("all") == ALL_KINDS == FaultPlan().kinds
    assert parse_kinds(" 429, drop ") == ("429", "drop")
    assert parse_kinds("drop_after_write,unreadable") == ("drop_after_write", "unreadable")
    assert {"drop_after_write", "unreadable"} <= set(ALL_KINDS)
    with pytest.raises(ValueError, match="unknown fault kind teapot"):
        FaultPlan(rate=0.1, kinds=("429", "teapot"))
    with pytest.raises(ValueError, match="between 0 and 1"):
        FaultPlan(rate=1.5)
    with pytest.raises(ValueError, match="unknown api"):
        FaultPlan(rate=0.1, apis=("smtp",))
    with pytest.raises(ValueError, match="at least one"):
        FaultPlan(rate=0.1, kinds=())


def test_command_line_exposes_the_kinds() -> None:
    args = build_parser().parse_args(["sandbox", "--faults", "0.2", "--fault-kinds", "429,drop", "--seed", "7"])
    assert (args.faults, args.fault_kinds, args.seed) == (0.2, "429,drop", 7)
    assert build_parser().parse_args(["sandbox"]).fault_kinds == "all"
    with pytest.raises(ConfigError, match="teapot"):
        cmd_sandbox(0, "demo", faults=0.2, fault_kinds="429,teapot")


# ---- served, then lost: drop_after_write and unreadable ----------------------------------------------------
def create_invoice(sb: Sandbox, requestid: str) -> requests.Response:
    return requests.post(f"{sb.base_url}/v3/company/{REALM}/invoice", params={"requestid": requestid},
                         json=INVOICE, headers=QB, timeout=10)


def invoices(sb: Sandbox) -> list[dict[str, Any]]:
    return [i for i in sb.state.qbo.entities["Invoice"].values() if i.get("DocNumber") == "INV-77"]


def test_drop_after_write_creates_the_invoice_and_the_requestid_resend_returns_it() -> None:
    plan = FaultPlan(rate=1.0, seed=1, kinds=("drop_after_write",), apis=("qbo",))
    with serving(plan) as sb:
        with pytest.raises(requests.ConnectionError):
            create_invoice(sb, "rid-drop-1")
        created = invoices(sb)
        assert len(created) == 1  # the write ran although the client heard nothing
        assert sb.state.qbo.replies_by_request_id["rid-drop-1"][0] == 200
        plan.rate = 0.0  # the network recovers; the client retries with the same requestid
        resent = create_invoice(sb, "rid-drop-1")
        assert resent.status_code == 200 and resent.json()["Invoice"]["Id"] == created[0]["Id"]
        assert len(invoices(sb)) == 1
    assert [(f["kind"], f["status"]) for f in plan.injected] == [("drop_after_write", DROPPED_STATUS)]
    assert [r["status"] for r in sb.app.requests] == [DROPPED_STATUS, 200]


def test_drop_after_write_on_a_hubspot_patch_changes_the_property() -> None:
    plan = FaultPlan(rate=1.0, seed=1, kinds=("drop_after_write",), apis=("hubspot",))
    with serving(plan) as sb:
        with pytest.raises(requests.ConnectionError):
            requests.patch(f"{sb.base_url}/crm/v3/objects/contacts/1001", headers=HS, timeout=10,
                           json={"properties": {"firstname": "Anita"}})
        assert sb.state.hubspot.objects["contacts"]["1001"]["properties"]["firstname"] == "Anita"
    assert [f["status"] for f in plan.injected] == [DROPPED_STATUS]


def test_drop_after_write_leaves_reads_alone_even_those_sent_by_post() -> None:
    plan = FaultPlan(rate=1.0, seed=1, kinds=("drop_after_write",))
    with serving(plan) as sb:
        base = sb.base_url
        reads = [
            qbo_query(sb), hs_list(sb),
            requests.post(f"{base}/v3/company/{REALM}/query", data="select * from Customer",
                          headers={**QB, "Content-Type": "application/text"}, timeout=10),
            requests.get(f"{base}/v3/company/{REALM}/preferences", headers=QB, timeout=10),
            requests.post(f"{base}/crm/v3/objects/invoices/search", json={"limit": 1}, headers=HS, timeout=10),
            requests.post(f"{base}/crm/v3/objects/contacts/batch/read", json={"inputs": [{"id": "1001"}]},
                          headers=HS, timeout=10),
            requests.post(f"{base}/crm/v4/associations/invoices/contacts/batch/read",
                          json={"inputs": [{"id": "9001"}]}, headers=HS, timeout=10),
        ]
        assert [r.status_code for r in reads] == [200] * len(reads)
        assert plan.injected == []
        # QBO batch and preferences writes are eligible.
        batch = {"BatchItemRequest": [{"bId": "1", "Query": "select * from Customer"}]}
        with pytest.raises(requests.ConnectionError):
            requests.post(f"{base}/v3/company/{REALM}/batch", json=batch, headers=QB, timeout=10)
        with pytest.raises(requests.ConnectionError):
            requests.post(f"{base}/v3/company/{REALM}/preferences", json={"sparse": True}, headers=QB,
                          timeout=10)
    assert [f["path"].rsplit("/", 1)[-1] for f in plan.injected] == ["batch", "preferences"]


def test_drop_after_write_without_a_socket_raises_after_the_write() -> None:
    from werkzeug.test import Client

    plan = FaultPlan(rate=1.0, seed=1, kinds=("drop_after_write",), apis=("qbo",))
    app = SandboxApp(load(SCENARIO), Options(faults=plan))
    with pytest.raises(DroppedConnection):
        Client(app).post(f"/v3/company/{REALM}/invoice", json=INVOICE, headers=QB)
    assert [i["DocNumber"] for i in app.state.qbo.entities["Invoice"].values()] == ["INV-77"]
    assert [r["status"] for r in app.requests] == [DROPPED_STATUS]


def test_unreadable_create_runs_and_the_requestid_resend_is_readable() -> None:
    plan = FaultPlan(rate=1.0, seed=1, kinds=("unreadable",), apis=("qbo",))
    with serving(plan) as sb:
        spoilt = create_invoice(sb, "rid-unreadable-1")
        assert spoilt.status_code == 200 and not_json(spoilt)
        assert len(invoices(sb)) == 1
        plan.rate = 0.0
        resent = create_invoice(sb, "rid-unreadable-1")
        assert resent.status_code == 200 and resent.json()["Invoice"]["DocNumber"] == "INV-77"
        assert len(invoices(sb)) == 1
    assert [(f["kind"], f["status"]) for f in plan.injected] == [("unreadable", 200)]


def test_unreadable_sends_half_a_body_a_proxy_page_or_nothing() -> None:
    plan = FaultPlan(rate=1.0, seed=4, kinds=("unreadable",), apis=("hubspot",))
    with serving(plan) as sb:
        replies = [hs_list(sb) for _ in range(12)]
        plan.rate = 0.0
        real = hs_list(sb).content
    seen = set()
    for reply in replies:
        assert reply.status_code == 200 and not_json(reply)
        if reply.headers["Content-Type"].startswith("text/html"):
            assert reply.text.startswith("<html>") and "502 Bad Gateway" in reply.text
            seen.add("html")
        elif not reply.content:
            assert reply.headers["Content-Length"] == "0"
            seen.add("empty")
        else:
            assert reply.headers["Content-Type"].startswith("application/json")
            assert reply.content == real[: len(real) // 2]
            seen.add("half")
    assert seen == {"html", "empty", "half"}  # seed 4 draws every variant within 12 requests
    assert [r["status"] for r in sb.app.requests] == [200] * 13
    assert [f["status"] for f in plan.injected] == [200] * 12
