"""Digit signs `int()` refuses ('²', '³', '①' pass `str.isdigit()`) in the places Sync Doctor reads numbers from
outside: a reply's Content-Length and rate-limit headers, a record id or timestamp in a reply, a plan file's format
tag, a sandbox request's cursor. Each is treated as no number (a plain error or ignored), never a ValueError."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import requests

from core.digits import ascii_digits
from core.fixes import plan_file
from core.fixes.plan_file import PlanFileError
from core.http import ApiSession
from core.hubspot import client as hs_client
from core.normalize import hs_date
from core.sandbox.server import Sandbox
from tests.helpers.hostile_server import Reply, Scripted, _Handler, ok

ODD = ("²", "³", "①", "٣")


def test_only_ascii_digits_are_digits() -> None:
    assert ascii_digits("0123456789")
    assert not any(ascii_digits(text) for text in (*ODD, "", "1²", "-1", " 1"))


def _odd_length(body: bytes) -> Reply:
    """A reply whose Content-Length is '²': the client can only read it to the end of the connection."""
    def reply(h: _Handler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "application/json")
        h.send_header("Content-Length", "²")
        h.send_header("Connection", "close")
        h.end_headers()
        h.wfile.write(body)
        h.close_connection = True
    return reply


def test_a_content_length_int_refuses_is_no_declared_length() -> None:
    with Scripted(_odd_length(b'{"ok": true}')) as server:
        session = ApiSession("HubSpot", server.url, "token", sleep=lambda _s: None)
        try:
            reply = session.request("GET", "/x")
        finally:
            session.close()
    assert reply.status_code == 200 and reply.json() == {"ok": True}


def test_rate_limit_headers_int_refuses_are_ignored() -> None:
    page = {"results": [{"id": "1", "properties": {}, "createdAt": "2026-01-01T00:00:00Z",
                         "updatedAt": "2026-01-01T00:00:00Z", "archived": False}]}
    with Scripted(ok(page, X_HubSpot_RateLimit_Max="²", X_HubSpot_RateLimit_Interval_Milliseconds="10000")) as server:
        client = hs_client.HubSpotClient(server.url, "token-digits")
        try:
            pages = list(client.fetch_objects("companies"))
            throttle = client.api.throttle
        finally:
            client.close()
    assert [o["id"] for page_ in pages for o in page_] == ["1"]
    assert throttle is not None and throttle.limit == hs_client.REQUESTS_PER_10S


@pytest.mark.parametrize("odd", ODD)
def test_timestamps_int_refuses_are_no_timestamps(odd: str) -> None:
    assert hs_client.to_ms(odd) is None
    assert hs_date(odd) == odd or hs_date(odd) == ""


@pytest.mark.parametrize("odd", ODD)
def test_a_plan_file_tagged_with_a_digit_sign_is_not_a_plan(tmp_path: Path, odd: str) -> None:
    path = tmp_path / "plan.json"
    path.write_text(json.dumps({"format": f"{plan_file.FORMAT}/{odd}", "plan": {}}), encoding="utf-8")
    with pytest.raises(PlanFileError, match="not a Sync Doctor plan"):
        plan_file.load(path)


def test_the_sandbox_answers_a_digit_sign_cursor_with_400() -> None:
    with Sandbox("demo") as sb:
        ep = sb.endpoints()
        reply = requests.get(f"{ep.hubspot_api}/crm/v3/objects/invoices", params={"after": "²"},
                             headers={"Authorization": f"Bearer {ep.hubspot_token}"}, timeout=10)
    assert reply.status_code == 400, reply.text
