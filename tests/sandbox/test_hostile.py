"""Hostile replies over real HTTP: what a client receives for each kind (status, headers, body), that the
request behind it still ran, that skip/times/method pick the right requests, that streamed bodies neither
block the server nor its shutdown, and the `--hostile` command-line flag."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import requests

from core.cli import cmd_sandbox
from core.errors import ConfigError
from core.sandbox.faults import DROPPED_STATUS, FaultPlan
from core.sandbox.hostile import KINDS, HostilePlan, parse_hostile
from core.sandbox.server import Options, Sandbox
from main import build_parser
from tests.helpers.fault_requests import HS, INVOICE, QB, REALM, SCENARIO, hs_list, not_json, qbo_query

ROOT = Path(__file__).resolve().parents[2]
INVOICES = r"/crm/v3/objects/invoices$"
QUERY = r"/query$"
MB = 1024 * 1024


@contextmanager
def serving(*plans: HostilePlan, faults: FaultPlan | None = None) -> Iterator[Sandbox]:
    with Sandbox(SCENARIO, options=Options(hostile=list(plans), faults=faults)) as sandbox:
        yield sandbox


def real_body(call: Any) -> bytes:
    """What the sandbox sends for `call` with no hostile plan."""
    with serving() as sb:
        reply = call(sb)
    assert reply.status_code == 200
    return bytes(reply.content)


def qbo_get(sb: Sandbox, path: str) -> requests.Response:
    return requests.get(f"{sb.base_url}/v3/company/{REALM}/{path}", headers=QB, timeout=10)


def hs_get(sb: Sandbox, path: str) -> requests.Response:
    return requests.get(f"{sb.base_url}/crm/v3/objects/{path}", headers=HS, timeout=10)


def create_invoice(sb: Sandbox, requestid: str = "") -> requests.Response:
    params = {"requestid": requestid} if requestid else {}
    return requests.post(f"{sb.base_url}/v3/company/{REALM}/invoice", params=params, json=INVOICE, headers=QB,
                         timeout=10)


def created(sb: Sandbox) -> list[dict[str, Any]]:
    return [i for i in sb.state.qbo.entities["Invoice"].values() if i.get("DocNumber") == "INV-77"]


# ---- replaced replies ------------------------------------------------------------------------------------
def test_html_pages_instead_of_json() -> None:
    with serving(HostilePlan("html_200", INVOICES), HostilePlan("html_502", QUERY)) as sb:
        page, proxy = hs_list(sb), qbo_query(sb)
        statuses = [r["status"] for r in sb.app.requests]
    assert page.status_code == 200 and page.headers["Content-Type"].startswith("text/html")
    assert page.text.startswith("<!DOCTYPE html>") and "maintenance" in page.text and not_json(page)
    assert proxy.status_code == 502 and proxy.headers["Content-Type"] == "text/html"
    assert "<title>502 Bad Gateway</title>" in proxy.text and not_json(proxy)
    assert statuses == [200, 502]  # the request log records what was sent


def test_invalid_json_starts_like_a_list_then_breaks() -> None:
    with serving(HostilePlan("invalid_json", QUERY)) as sb:
        reply = qbo_query(sb)
    assert reply.status_code == 200 and reply.headers["Content-Type"].startswith("application/json")
    assert reply.content.startswith(b'{"results": [') and not_json(reply)


def test_writes_run_behind_a_hostile_reply_and_their_requestid_keeps_the_good_body() -> None:
    plan = HostilePlan("html_502", r"/invoice$", method="post", times=1)
    with serving(plan) as sb:
        proxy = create_invoice(sb, "rid-hostile-1")
        assert proxy.status_code == 502 and len(created(sb)) == 1
        resent = create_invoice(sb, "rid-hostile-1")  # the plan is used up: the stored reply comes back
        assert resent.status_code == 200 and resent.json()["Invoice"]["Id"] == created(sb)[0]["Id"]
        assert len(created(sb)) == 1
    assert (plan.seen, plan.applied) == (1, 1)


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_serves_the_write_before_spoiling_its_reply(kind: str) -> None:
    plan = HostilePlan(kind, r"/contacts/1001$", method="PATCH", slow_interval=0.05)
    with serving(plan) as sb:
        with requests.patch(f"{sb.base_url}/crm/v3/objects/contacts/1001", headers=HS, timeout=10, stream=True,
                            json={"properties": {"firstname": "Anita"}}) as reply:
            assert reply.status_code == (502 if kind == "html_502" else 200)
        assert sb.state.hubspot.objects["contacts"]["1001"]["properties"]["firstname"] == "Anita"
    assert plan.applied == 1


# ---- truncated bodies ------------------------------------------------------------------------------------
def test_truncated_is_a_complete_but_short_body() -> None:
    plan = HostilePlan("truncated", QUERY, skip=1)
    with serving(plan) as sb:
        real, short = qbo_query(sb), qbo_query(sb)  # the first passes untouched (skip=1)
    assert real.json()["QueryResponse"]["Customer"]
    assert short.status_code == 200 and "Content-Length" not in short.headers
    assert short.headers["Transfer-Encoding"] == "chunked"  # how a body without a length is sent
    assert short.content == real.content[: int(len(real.content) * 0.6)] and not_json(short)


def test_truncated_length_announces_the_full_size_then_hangs_up() -> None:
    real = real_body(qbo_query)
    cut = int(len(real) * 0.6)
    with serving(HostilePlan("truncated_length", QUERY)) as sb:
        with pytest.raises(requests.exceptions.ChunkedEncodingError, match="IncompleteRead"):
            qbo_query(sb)
        with requests.get(f"{sb.base_url}/v3/company/{REALM}/query", params={"query": "select * from Customer"},
                          headers=QB, timeout=10, stream=True) as reply:
            assert reply.status_code == 200 and reply.headers["Content-Length"] == str(len(real))
            assert reply.raw.read(cut) == real[:cut]
            with pytest.raises(Exception, match="IncompleteRead"):
                reply.raw.read()


# ---- mutated JSON ----------------------------------------------------------------------------------------
def test_wrong_types_turn_lists_into_strings_and_ids_into_objects() -> None:
    with serving(HostilePlan("wrong_types", ".")) as sb:
        listing, contact, query, customer = (hs_list(sb), hs_get(sb, "contacts/1001"), qbo_query(sb),
                                             qbo_get(sb, "customer/1"))
        write = create_invoice(sb)
        assert len(created(sb)) == 1  # the write ran
    assert listing.json() == {"results": "oops"}
    assert contact.json()["id"] == {"x": 1} and contact.json()["properties"]["firstname"] == "Ana"
    assert query.json()["QueryResponse"]["Customer"] == "oops"
    assert customer.json()["Customer"]["Id"] == {"x": 1} and customer.json()["Customer"]["DisplayName"] == "Ana Ruiz"
    invoice = write.json()["Invoice"]
    assert write.status_code == 200 and invoice["Id"] == {"x": 1} and invoice["Line"] == "oops"
    assert invoice["CustomerRef"] == {"value": "1", "name": "Ana Ruiz"}  # deeper objects keep their shape


def test_nulls_blank_every_container_at_the_first_level() -> None:
    with serving(HostilePlan("nulls", ".")) as sb:
        listing, query, prefs, contact = (hs_list(sb), qbo_query(sb), qbo_get(sb, "preferences"),
                                          hs_get(sb, "contacts/1001"))
    assert listing.json() == {"results": None}
    assert query.json()["QueryResponse"] is None and isinstance(query.json()["time"], str)
    assert prefs.json()["Preferences"] is None
    assert contact.json()["properties"] is None and contact.json()["id"] == "1001"


def test_nulls_inner_keep_the_envelope_and_blank_what_is_inside() -> None:
    with serving(HostilePlan("nulls_inner", ".")) as sb:
        listing, query, prefs = hs_list(sb), qbo_query(sb), qbo_get(sb, "preferences")
    results = listing.json()["results"]
    assert len(results) == 1 and results[0]["id"] == "9001" and results[0]["properties"] is None
    assert query.json()["QueryResponse"] == {"Customer": None, "startPosition": 1, "maxResults": 1}
    sections = prefs.json()["Preferences"]
    assert sections and {k for k, v in sections.items() if v is not None} <= {"SyncToken", "Id", "domain", "sparse"}
    assert sections["SalesFormsPrefs"] is None


def test_huge_string_replaces_the_first_string_with_10_megabytes() -> None:
    with serving(HostilePlan("huge_string", "contacts")) as sb:
        reply = hs_get(sb, "contacts/1001")
    body = reply.json()
    assert body["id"] == "A" * (10 * MB)  # `id` is the first string value, depth-first
    assert body["properties"]["firstname"] == "Ana"
    assert int(reply.headers["Content-Length"]) > 10 * MB


def test_invalid_utf8_puts_raw_bytes_inside_the_first_string() -> None:
    real = real_body(lambda sb: hs_get(sb, "contacts/1001"))
    with serving(HostilePlan("invalid_utf8", "contacts")) as sb:
        reply = hs_get(sb, "contacts/1001")
    raw = reply.content
    assert reply.status_code == 200 and reply.headers["Content-Type"] == "application/json;charset=UTF-8"
    assert b'{"id": "10\xff\xfe01", ' in raw  # in the middle of the first string value
    assert raw.replace(b"\xff\xfe", b"", 1) == real  # the rest is the real body, byte for byte
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    with pytest.raises(ValueError):
        json.loads(raw)
    assert reply.json()["id"] == "10\ufffd\ufffd01"  # requests decodes leniently: a client must check itself


def test_mutations_leave_a_body_that_is_not_json_alone() -> None:
    plan = HostilePlan("nulls", QUERY)
    with Sandbox(SCENARIO, options=Options(xml_faults=True, hostile=[plan])) as sb:
        fault = requests.get(f"{sb.base_url}/v3/company/{REALM}/query", params={"query": "select * frm Customer"},
                             headers=QB, timeout=10)
    assert fault.status_code == 400 and fault.text.startswith("<?xml") and "<Fault" in fault.text
    assert plan.applied == 1  # it counts as hit although nothing could be nulled


# ---- streamed bodies -------------------------------------------------------------------------------------
def test_slow_body_trickles_without_blocking_others_and_the_sandbox_stops_promptly() -> None:
    sb = Sandbox(SCENARIO, options=Options(hostile=[HostilePlan("slow_body", QUERY, slow_interval=0.2)])).start()
    try:
        started = time.monotonic()
        reply = requests.get(f"{sb.base_url}/v3/company/{REALM}/query", params={"query": "select * from Customer"},
                             headers=QB, timeout=10, stream=True)
        assert reply.status_code == 200 and time.monotonic() - started < 0.2  # headers at once
        assert reply.headers["Content-Length"] == str(int(600 / 0.2))  # the announced ten minutes
        first = reply.raw.read(3)
        assert first == b'{"Q' and time.monotonic() - started >= 0.55  # one byte per 0.2 s
        other = time.monotonic()
        assert hs_list(sb).status_code == 200 and time.monotonic() - other < 1.0  # others are served meanwhile
    finally:
        stopping = time.monotonic()
        sb.stop()
        stop_took = time.monotonic() - stopping
    assert stop_took < 1.5
    with pytest.raises(Exception, match="IncompleteRead"):  # the body ends short once the sandbox stops
        reply.raw.read()
    reply.close()


def test_endless_never_ends_and_the_server_survives_a_client_hanging_up() -> None:
    with serving(HostilePlan("endless", INVOICES)) as sb:
        with requests.get(f"{sb.base_url}/crm/v3/objects/invoices", headers=HS, timeout=10, stream=True) as reply:
            assert reply.status_code == 200 and reply.headers["Content-Type"].startswith("application/json")
            assert "Content-Length" not in reply.headers
            read, head = 0, b""
            for chunk in reply.iter_content(MB):
                head += chunk[: 19 - len(head)]
                read += len(chunk)
                if read > 100 * MB:
                    break
        assert head == b'[{"a": 1},{"a": 1},' and read > 100 * MB
        with requests.get(f"{sb.base_url}/crm/v3/objects/invoices", headers=HS, timeout=10, stream=True) as reply:
            read = 0
            for chunk in reply.iter_content(MB):
                read += len(chunk)
                if read >= 5 * MB:
                    break  # then hang up with the server still writing
        assert read >= 5 * MB
        assert hs_get(sb, "contacts/1001").status_code == 200 and qbo_query(sb).status_code == 200


# ---- which requests a plan hits --------------------------------------------------------------------------
def test_skip_times_and_method_pick_the_requests() -> None:
    plan = HostilePlan("nulls", QUERY, skip=1, times=2)
    with serving(plan) as sb:
        bodies = [qbo_query(sb).json()["QueryResponse"] for _ in range(5)]
    assert [b is None for b in bodies] == [False, True, True, False, False]
    assert (plan.seen, plan.applied) == (3, 2)

    only_post = HostilePlan("html_502", QUERY, method="POST")
    with serving(only_post) as sb:
        assert qbo_query(sb).status_code == 200
        posted = requests.post(f"{sb.base_url}/v3/company/{REALM}/query", data="select * from Customer",
                               headers={**QB, "Content-Type": "application/text"}, timeout=10)
        assert posted.status_code == 502


def test_the_first_plan_that_is_not_used_up_applies() -> None:
    first, second = HostilePlan("nulls", QUERY, times=1), HostilePlan("html_502", "^/v3/company/")
    with serving(first, second) as sb:
        statuses = [qbo_query(sb).status_code for _ in range(3)]
        other = hs_list(sb)
    assert statuses == [200, 502, 502] and other.json()["results"]
    assert (first.applied, second.applied) == (1, 2)


def test_a_dropped_connection_is_not_spoilt_nor_counted() -> None:
    plan = HostilePlan("html_502", INVOICES)
    with serving(plan, faults=FaultPlan(rate=1.0, seed=1, kinds=("drop",), apis=("hubspot",))) as sb:
        with pytest.raises(requests.ConnectionError):
            hs_list(sb)
        assert [r["status"] for r in sb.app.requests] == [DROPPED_STATUS]
    assert (plan.seen, plan.applied) == (0, 0)


def test_plan_validation() -> None:
    assert parse_hostile("truncated:/crm/v3/objects/(?:invoices|contacts)$").path == \
        "/crm/v3/objects/(?:invoices|contacts)$"
    assert HostilePlan("endless", "x", method="get").method == "GET"
    assert len(KINDS) == 12
    with pytest.raises(ValueError, match="unknown hostile kind 'teapot'"):
        HostilePlan("teapot", "/query")
    with pytest.raises(ValueError, match="not a valid regular expression"):
        HostilePlan("nulls", "(")
    with pytest.raises(ValueError, match="cannot be negative"):
        HostilePlan("nulls", "x", skip=-1)
    with pytest.raises(ValueError, match="KIND:REGEX"):
        parse_hostile("nulls")


# ---- command line ----------------------------------------------------------------------------------------
def test_command_line_flag_is_repeatable_and_rejects_unknown_kinds() -> None:
    args = build_parser().parse_args(["sandbox", "--hostile", "nulls:/query",
                                      "--hostile", "endless:/crm/v3/objects/invoices"])
    assert args.hostile == ["nulls:/query", "endless:/crm/v3/objects/invoices"]
    assert build_parser().parse_args(["sandbox"]).hostile == []
    with pytest.raises(ConfigError, match="--hostile: unknown hostile kind 'teapot'"):
        cmd_sandbox(0, "demo", hostile=["nulls:/query", "teapot:/x"])
    with pytest.raises(ConfigError, match="KIND:REGEX"):
        cmd_sandbox(0, "demo", hostile=["/query"])


def test_command_line_serves_the_hostile_replies() -> None:
    proc = subprocess.Popen([sys.executable, "main.py", "sandbox", "--hostile", "nulls:/query"], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        lines = [proc.stdout.readline() for _ in range(6)]
        url = re.search(r"http://127\.0\.0\.1:\d+", lines[0])
        realm = re.search(r"SYNCDOCTOR_QBO_REALM=(\S+)", lines[3])
        assert url and realm and lines[4].startswith("Hostile replies: nulls")
        reply = requests.get(f"{url.group(0)}/v3/company/{realm.group(1)}/query",
                             params={"query": "select * from Customer"}, headers=QB, timeout=10)
        assert reply.status_code == 200 and reply.json()["QueryResponse"] is None
    finally:
        proc.terminate()
        proc.wait(timeout=5)
        if proc.stdout:
            proc.stdout.close()
        if proc.stderr:
            proc.stderr.close()
