"""Bounded, strict reads: size cap, per-attempt deadline, strict UTF-8 JSON, truncated bodies, https only.

Every test talks real HTTP to a scripted server on 127.0.0.1 (tests/core/hostile_server.py); only the backoff
sleep is replaced, so retries do not wait.
"""

from __future__ import annotations

import time
from typing import Any

import pytest

from core.errors import ConfigError, MalformedReplyError, NetworkError, ReplyTooLargeError, SlowReplyError
from core.http import ApiSession, json_body, require_secure
from tests.helpers.hostile_server import (
    Scripted,
    drop,
    endless,
    html,
    ok,
    send,
    silent_after_headers,
    trickle,
    truncated,
)

TOKEN = "secret-token-123"


def session(url: str, **options: Any) -> ApiSession:
    return ApiSession("QuickBooks", url, TOKEN, sleep=lambda _s: None, **options)


# --- size cap ------------------------------------------------------------------------------------------------
def test_an_endless_body_stops_at_the_cap_and_is_not_retried() -> None:
    with Scripted(endless()) as server:
        api = session(server.url, max_bytes=1024 * 1024)
        started = time.monotonic()
        with pytest.raises(ReplyTooLargeError) as info:
            api.request("GET", "/v3/company/1/query", what="the Invoice query")
        assert time.monotonic() - started < 10
        assert len(server.seen) == 1  # the same request would only bring the same flood
    assert str(info.value) == "QuickBooks sent more than 1 MB in one reply to the Invoice query; stopped reading."
    assert isinstance(info.value, NetworkError) and TOKEN not in str(info.value)


def test_a_declared_length_over_the_cap_is_refused_before_reading() -> None:
    with Scripted(endless(declare=10 * 1024 * 1024)) as server, pytest.raises(ReplyTooLargeError):
        session(server.url, max_bytes=1024 * 1024).request("GET", "/x")


def test_a_body_just_under_the_cap_is_read_whole() -> None:
    body = b'{"pad": "' + b"a" * 1000 + b'"}'
    with Scripted(send(200, body)) as server:
        response = session(server.url, max_bytes=len(body)).request("GET", "/x")
    assert response.content == body and response.json()["pad"] == "a" * 1000


# --- deadline --------------------------------------------------------------------------------------------------
def test_a_trickling_body_hits_the_deadline_and_is_retried_twice_at_most() -> None:
    with Scripted(trickle()) as server:
        api = session(server.url, deadline=0.4)
        started = time.monotonic()
        with pytest.raises(SlowReplyError) as info:
            api.request("GET", "/crm/v3/objects/contacts", what="the contacts list")
        elapsed = time.monotonic() - started
        assert len(server.seen) == 3  # one attempt and two retries, though the network budget allows six
    assert 1.1 < elapsed < 4
    assert str(info.value) == ("QuickBooks took longer than 0.4 s to send its reply to the contacts list; "
                               "stopped waiting.")


def test_the_deadline_cuts_a_silent_wait_shorter_than_the_read_timeout() -> None:
    with Scripted(silent_after_headers(3.0)) as server:
        api = session(server.url, deadline=0.3, read_timeout=30, network_attempts=1)
        started = time.monotonic()
        with pytest.raises(SlowReplyError):
            api.request("GET", "/x")
        assert time.monotonic() - started < 2


def test_a_slow_but_steady_reply_within_the_deadline_is_fine() -> None:
    body = b'{"results": []}'
    with Scripted(trickle(every=0.01, body=body)) as server:
        assert session(server.url, deadline=5).request("GET", "/x").json() == {"results": []}


# --- cut-off bodies ------------------------------------------------------------------------------------------
def test_a_truncated_body_is_retried_then_read() -> None:
    with Scripted(truncated(), ok({"results": []})) as server:
        response = session(server.url).request("GET", "/x")
        assert response.json() == {"results": []} and len(server.seen) == 2


def test_a_body_that_is_always_cut_off_is_a_network_error() -> None:
    with Scripted(truncated()) as server:
        with pytest.raises(NetworkError, match="cut off") as info:
            session(server.url).request("GET", "/x")
        assert len(server.seen) == 6
    assert not isinstance(info.value, MalformedReplyError)


# --- strict decoding -------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("body", "words"), [
    (b'{"name": "caf\xe9"}', "not valid UTF-8"),
    (b'{"results": [', "not valid JSON"),
    (b'{"amount": NaN}', "not valid JSON"),
    (b'{"amount": -Infinity}', "not valid JSON"),
    (b'{"name": "\\ud800"}', "half of a UTF-16 pair"),
    (b"[" * 100_000 + b"]" * 100_000, "not valid JSON"),
    (b"", "empty"),
])
def test_an_unreadable_2xx_is_retried_then_refused(body: bytes, words: str) -> None:
    with Scripted(send(200, body)) as server:
        with pytest.raises(MalformedReplyError, match=words) as info:
            session(server.url).request("GET", "/x", what="the contacts list")
        assert len(server.seen) == 8  # the HTTP budget: a flaky proxy may send garbage once
    assert str(info.value).startswith("QuickBooks sent a reply that is not valid") or words == "empty"
    assert "the contacts list" in str(info.value)


def test_an_html_200_is_retried_and_a_good_reply_is_used() -> None:
    with Scripted(html(), html(), ok({"ok": True})) as server:
        assert session(server.url).request("GET", "/x").json() == {"ok": True}
        assert len(server.seen) == 3


def test_an_html_200_that_never_changes_is_a_malformed_reply() -> None:
    with Scripted(html()) as server, pytest.raises(MalformedReplyError, match="looks like a web page"):
        session(server.url).request("GET", "/x")


def test_valid_utf8_and_json_pass_and_are_decoded_once() -> None:
    body = '{"name": "Peña & Núñez 😀", "escaped": "\\u00e9\\ud83d\\ude00", "n": 1.5}'.encode()
    with Scripted(send(200, body)) as server:
        response = session(server.url).request("GET", "/x")
    assert json_body(response, "QuickBooks", "x") == {"name": "Peña & Núñez 😀", "escaped": "é😀", "n": 1.5}
    assert json_body(response, "QuickBooks", "x") is json_body(response, "QuickBooks", "x")


def test_json_body_names_the_service_and_the_request() -> None:
    with Scripted(send(400, b"\xff\xfe")) as server:
        response = session(server.url).request("GET", "/x")  # not 2xx: returned as is, for the caller
    with pytest.raises(MalformedReplyError, match=r"^HubSpot sent a reply that is not valid UTF-8 .*the search"):
        json_body(response, "HubSpot", "the search")


def test_non_json_replies_can_be_asked_for() -> None:
    with Scripted(send(200, b"%PDF-1.7", "application/pdf")) as server:
        response = session(server.url).request("GET", "/pdf", json_reply=False)
    assert response.content == b"%PDF-1.7"


def test_the_connection_is_reused_after_a_full_read() -> None:
    with Scripted(ok({"n": 1})) as server:
        api = session(server.url)
        for _ in range(3):
            api.request("GET", "/x")
        ports = {s.peer_port for s in server.seen}
    assert len(server.seen) == 3 and len(ports) == 1


def test_a_drop_before_any_reply_says_cannot_reach() -> None:
    with Scripted(drop()) as server, pytest.raises(NetworkError, match=r"^Cannot reach QuickBooks at http"):
        session(server.url).request("GET", "/x")


# --- https only ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("url", ["http://api.hubapi.com", "http://10.0.0.5:8080/v3", "ftp://example.com",
                                 "http://localhost.example.com", "https://", "api.hubapi.com"])
def test_plain_http_off_this_computer_is_refused(url: str) -> None:
    with pytest.raises(ConfigError, match="must use https"):
        require_secure(url, "HubSpot API")
    with pytest.raises(ConfigError, match="must use https"):
        ApiSession("HubSpot", url, TOKEN)


@pytest.mark.parametrize("url", ["https://api.hubapi.com", "http://127.0.0.1:8080", "http://127.8.9.10/x",
                                 "http://localhost:5000", "http://LOCALHOST", "http://[::1]:9000/v3"])
def test_https_and_loopback_http_are_allowed(url: str) -> None:
    assert require_secure(url, "HubSpot API") == url


def test_the_refusal_names_the_address_without_secrets() -> None:
    with pytest.raises(ConfigError) as info:
        require_secure("http://user:pw@sync.example.com:8080/api?token=abc", "QuickBooks API")
    message = str(info.value)
    assert "http://sync.example.com:8080/api" in message and "pw" not in message and "abc" not in message


def test_a_full_address_given_to_request_is_checked_too() -> None:
    with Scripted(ok({})) as server:
        api = session(server.url)
        with pytest.raises(ConfigError):
            api.request("GET", "http://example.com/crm/v3/objects/contacts")
        assert server.seen == []
