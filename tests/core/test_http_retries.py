"""Retries with two separate budgets (network: 6 attempts; 429/5xx/unreadable 2xx: 8), Retry-After, backoff,
writes that may not be resent, the 401 renewal, and a fault-ridden run that still finishes.

Real HTTP against a scripted server on 127.0.0.1 or the sandbox; the backoff sleep is recorded instead of slept.
"""

from __future__ import annotations

import time
from email.utils import formatdate
from typing import Any

import pytest

from core.errors import AuthError, MalformedReplyError, NetworkError, RateLimitError
from core.http import MAX_PAUSE, ApiSession
from core.hubspot.client import HubSpotClient
from core.qbo.client import QboClient
from core.sandbox.faults import FaultPlan
from core.sandbox.server import Options, Sandbox
from tests.helpers.hostile_server import Scripted, drop, html, late, ok, status

TOKEN = "secret-token-123"


class Sleeps(list[float]):
    def __call__(self, seconds: float) -> None:
        self.append(seconds)


def session(url: str, sleeps: Sleeps | None = None, **options: Any) -> ApiSession:
    return ApiSession("HubSpot", url, TOKEN, sleep=sleeps if sleeps is not None else Sleeps(), **options)


# --- the two budgets ---------------------------------------------------------------------------------------
def test_five_drops_then_a_reply_succeeds() -> None:
    with Scripted(*[drop()] * 5, ok({"n": 1})) as server:
        assert session(server.url).request("GET", "/x").json() == {"n": 1}
        assert len(server.seen) == 6


def test_six_drops_exhaust_the_network_budget() -> None:
    with Scripted(drop()) as server:
        with pytest.raises(NetworkError) as info:
            session(server.url).request("GET", "/x")
        assert len(server.seen) == 6
    assert str(info.value) == f"Cannot reach HubSpot at {server.url}: the connection was dropped before a reply came."
    assert not isinstance(info.value, RateLimitError)


def test_seven_503s_then_a_reply_succeeds() -> None:
    with Scripted(*[status(503)] * 7, ok({"n": 1})) as server:
        assert session(server.url).request("GET", "/x").json() == {"n": 1}
        assert len(server.seen) == 8


def test_eight_5xx_return_the_last_reply_for_the_caller_to_raise() -> None:
    with Scripted(status(502), status(500), status(504), status(503)) as server:
        response = session(server.url).request("GET", "/x")
        assert response.status_code == 503 and len(server.seen) == 8
    assert response.json()["message"] == "scripted 503"  # read, and readable


def test_eight_429s_raise_rate_limit_error() -> None:
    with Scripted(status(429)) as server:
        with pytest.raises(RateLimitError, match="rate limit"):
            session(server.url).request("GET", "/x")
        assert len(server.seen) == 8


def test_a_drop_after_two_429s_does_not_end_the_run() -> None:
    with Scripted(status(429), status(429), drop(), status(503), drop(), ok({"n": 1})) as server:
        assert session(server.url).request("GET", "/x").json() == {"n": 1}


def test_the_budgets_are_counted_apart() -> None:
    """Seven throttles and five drops, interleaved: each budget still has one attempt left."""
    script = [status(429), drop()] * 5 + [status(503), status(429), ok({"n": 1})]
    with Scripted(*script) as server:
        assert session(server.url).request("GET", "/x").json() == {"n": 1}
        assert len(server.seen) == 13


def test_a_read_timeout_before_the_headers_is_retried_on_the_network_budget() -> None:
    with Scripted(late(1.0, ok({"late": True})), ok({"n": 1})) as server:
        api = session(server.url, read_timeout=0.2)
        assert api.request("GET", "/x").json() == {"n": 1}


# --- waiting ----------------------------------------------------------------------------------------------------
def test_retry_after_in_seconds_is_honoured() -> None:
    sleeps = Sleeps()
    with Scripted(status(429, Retry_After="7"), ok({})) as server:
        session(server.url, sleeps).request("GET", "/x")
    assert sleeps == [7.0]


def test_retry_after_as_a_date_is_honoured() -> None:
    sleeps = Sleeps()
    with Scripted(status(503, Retry_After=formatdate(time.time() + 20, usegmt=True)), ok({})) as server:
        session(server.url, sleeps).request("GET", "/x")
    assert len(sleeps) == 1 and 17 <= sleeps[0] <= 20


def test_a_long_retry_after_is_capped_per_pause() -> None:
    sleeps = Sleeps()
    with Scripted(status(429, Retry_After="120"), ok({})) as server:
        session(server.url, sleeps).request("GET", "/x")
    assert sleeps == [MAX_PAUSE]


def test_a_retry_after_of_hours_stops_at_once() -> None:
    with Scripted(status(429, Retry_After="7200")) as server:
        with pytest.raises(RateLimitError, match="asks Sync Doctor to wait 2 hours"):
            session(server.url).request("GET", "/x")
        assert len(server.seen) == 1


def test_hubspot_interval_header_is_used_without_retry_after() -> None:
    sleeps = Sleeps()
    window = {"X_HubSpot_RateLimit_Interval_Milliseconds": "10000"}
    with Scripted(status(429, **window), status(429, Retry_After="2", **window), ok({})) as server:
        session(server.url, sleeps).request("GET", "/x")
    assert sleeps[0] == 10.0 and sleeps[1] == 2.0


def test_backoff_grows_with_jitter_and_is_capped() -> None:
    sleeps = Sleeps()
    with Scripted(status(503)) as server:
        session(server.url, sleeps, backoff=2.0).request("GET", "/x")
    assert len(sleeps) == 7
    for attempt, pause in enumerate(sleeps, start=1):
        full = 2.0 * 2 ** (attempt - 1)
        assert min(full / 2, MAX_PAUSE) <= pause <= min(full, MAX_PAUSE)
    assert sleeps[-1] == MAX_PAUSE


# --- what may be sent again ----------------------------------------------------------------------------------
@pytest.mark.parametrize("reply", [status(503), drop(), html()])
def test_a_write_not_marked_idempotent_is_never_resent(reply: Any) -> None:
    with Scripted(reply, ok({"n": 1})) as server:
        api = session(server.url)
        try:
            response = api.request("POST", "/crm/v3/objects/contacts", json={"properties": {}})
            assert response.status_code == 503
        except (NetworkError, MalformedReplyError) as err:
            assert TOKEN not in str(err)
        assert len(server.seen) == 1


def test_a_429_is_resent_even_for_a_write_because_it_was_never_executed() -> None:
    with Scripted(status(429), ok({"id": "1"})) as server:
        assert session(server.url).request("POST", "/x", json={}).json() == {"id": "1"}
        assert [s.method for s in server.seen] == ["POST", "POST"]


def test_a_write_whose_connection_never_opened_is_retried() -> None:
    with Scripted(ok({})) as server:
        url = server.url
    api = session(url)  # nothing listens there any more: the request never left
    with pytest.raises(NetworkError, match="connection failed"):
        api.request("POST", "/x", json={})
    assert api.request_count == 6


def test_an_idempotent_write_is_resent_with_the_same_request() -> None:
    with Scripted(drop(), status(502), html(), ok({"Customer": {"Id": "9"}})) as server:
        response = session(server.url).request("POST", "/v3/company/1/customer", idempotent=True,
                                               params={"requestid": "req-1"}, json={"DisplayName": "Ann"})
        assert response.json() == {"Customer": {"Id": "9"}}
        assert len(server.seen) == 4
        assert {(s.query["requestid"][0], s.body) for s in server.seen} == {("req-1", b'{"DisplayName": "Ann"}')}


# --- logins ----------------------------------------------------------------------------------------------------
def test_a_401_renews_the_token_once() -> None:
    renewals: list[str] = []

    def renew() -> str:
        renewals.append("new")
        return "fresh-token"

    with Scripted(status(401), ok({"n": 1})) as server:
        api = session(server.url, renew=renew)
        assert api.request("GET", "/x").json() == {"n": 1}
        assert server.seen[1].headers["Authorization"] == "Bearer fresh-token"
    with Scripted(status(401)) as server, pytest.raises(AuthError) as info:
        session(server.url, renew=renew).request("GET", "/x")
    assert renewals == ["new", "new"] and TOKEN not in str(info.value) and "fresh-token" not in str(info.value)


def test_errors_carry_no_token_and_no_chained_request() -> None:
    with Scripted(drop()) as server, pytest.raises(NetworkError) as info:
        session(server.url).request("GET", "/x", headers={"X-Secret": "hidden-value"})
    err = info.value
    assert TOKEN not in str(err) and "hidden-value" not in str(err) and "Authorization" not in str(err)
    assert err.__cause__ is None and err.__suppress_context__


# --- a refresh through a flaky network ------------------------------------------------------------------------
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_four_hundred_reads_finish_at_a_thirty_percent_fault_rate(seed: int) -> None:
    scenario = {"hubspot": {"contacts": [{"id": str(1000 + i), "email": f"c{i}@example.com"} for i in range(150)]},
                "qbo": {"Customer": [{"Id": str(i), "DisplayName": f"Customer {i}"} for i in range(1, 41)]}}
    faults = FaultPlan(rate=0.3, seed=seed, kinds=("429", "5xx", "slow", "drop"), slow_seconds=0.01)
    options = Options(hubspot_limit=100_000, qbo_limit=100_000, faults=faults)
    with Sandbox(scenario, options=options) as sb:
        ep = sb.endpoints()
        hubspot = HubSpotClient(ep.hubspot_api, ep.hubspot_token,
                                session=ApiSession("HubSpot", ep.hubspot_api, ep.hubspot_token, sleep=Sleeps()))
        qbo = QboClient(ep.qbo_api, ep.qbo_token, ep.qbo_realm,
                        session=ApiSession("QuickBooks", ep.qbo_api, ep.qbo_token, sleep=Sleeps(),
                                           headers={"Accept": "application/json"}))
        for _ in range(100):  # two pages each
            assert sum(len(page) for page in hubspot.fetch_objects("contacts")) == 150
        for _ in range(200):
            assert sum(len(page) for page in qbo.fetch_all("Customer")) == 40
        assert hubspot.api.request_count + qbo.api.request_count >= 400 + len(faults.injected) // 2
    kinds = {f["kind"] for f in faults.injected}
    assert kinds == {"429", "5xx", "slow", "drop"} and len(faults.injected) > 100
