"""core.throttle: a turn comes back a window after its reply; waiting chains go before bulk reads."""

from __future__ import annotations

import threading
import time

import pytest

from core.errors import NetworkError
from core.http import ApiSession
from core.throttle import Throttle
from tests.helpers.hostile_server import Scripted, drop, ok


class FakeTime:
    """A clock that only moves when someone sleeps."""

    def __init__(self, limit: int = 10_000) -> None:
        self.now, self.sleeps, self.limit = 0.0, 0, limit

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps += 1
        if self.sleeps > self.limit:
            raise TimeoutError("still waiting")
        self.now += seconds


def test_a_turn_comes_back_a_window_after_its_reply_not_after_it_was_taken() -> None:
    fake = FakeTime()
    throttle = Throttle(3, 10.0, clock=fake.clock, sleep=fake.sleep)
    tickets = [throttle.wait() for _ in range(3)]
    assert fake.now == 0.0
    fake.now = 2.5                       # the replies took 2.5 s: HubSpot may have counted them as late as that
    for ticket in tickets:
        throttle.ended(ticket)
    throttle.wait()
    assert 12.5 <= fake.now < 12.6       # not at 10 s, when a call could arrive inside the window that counted them


def test_a_turn_in_flight_is_never_given_back() -> None:
    fake = FakeTime(limit=500)
    throttle = Throttle(1, 1.0, clock=fake.clock, sleep=fake.sleep)
    throttle.wait()                      # no reply yet
    with pytest.raises(TimeoutError):
        throttle.wait()
    assert fake.now > 5.0 and throttle.in_flight() == 1


def test_at_most_limit_turns_in_any_window_of_replies() -> None:
    fake = FakeTime()
    throttle = Throttle(5, 1.0, clock=fake.clock, sleep=fake.sleep)
    ends: list[float] = []
    for i in range(40):
        ticket = throttle.wait()
        taken = fake.now
        # every turn taken is at least a window after the reply of the turn five before it
        if len(ends) >= 5:
            assert taken >= ends[-5] + 1.0
        fake.now += 0.05 * (i % 3)       # replies of varying delay
        throttle.ended(ticket)
        ends.append(fake.now)


def _order(throttle: Throttle, callers: list[tuple[str, int | None]]) -> list[str]:
    """Start the callers one after the other while the one turn is held; give it back; the order they got in."""
    held = throttle.wait()
    got: list[str] = []
    lock = threading.Lock()

    def run(name: str, chain: int | None) -> None:
        ticket = throttle.wait(chain)
        with lock:
            got.append(name)
        time.sleep(0.05)
        throttle.ended(ticket)

    threads = []
    for name, chain in callers:
        threads.append(threading.Thread(target=run, args=(name, chain)))
        threads[-1].start()
        time.sleep(0.05)                 # each is waiting before the next starts
    throttle.ended(held)
    for thread in threads:
        thread.join(10)
    return got


def test_a_waiting_chain_goes_before_bulk_reads_that_waited_longer() -> None:
    throttle = Throttle(1, 0.1)
    assert _order(throttle, [("bulk 1", None), ("bulk 2", None), ("chain", 1)])[0] == "chain"


def test_the_list_others_wait_on_goes_first_among_chains() -> None:
    throttle = Throttle(1, 0.1)
    assert _order(throttle, [("contacts", 1), ("bulk", None), ("invoices", 0)])[:2] == ["invoices", "contacts"]


def test_every_attempt_gives_its_turn_back_even_when_it_failed() -> None:
    throttle = Throttle(100, 10.0)
    with Scripted(drop(), drop(), ok({"n": 1}), drop()) as server:
        api = ApiSession("HubSpot", server.url, "t", throttle=throttle, sleep=lambda s: None)
        assert api.request("GET", "/x").json() == {"n": 1}
        with pytest.raises(NetworkError):
            api.request("POST", "/x", idempotent=False)
    assert throttle.in_flight() == 0


def test_a_call_on_its_own_bucket_leaves_the_session_s_alone() -> None:
    session_bucket, search_bucket = Throttle(100, 10.0), Throttle(4, 1.0)
    with Scripted(ok({"n": 1})) as server:
        api = ApiSession("HubSpot", server.url, "t", throttle=session_bucket, sleep=lambda s: None)
        api.request("POST", "/search", bucket=search_bucket)
    assert len(session_bucket._turns) == 0 and len(search_bucket._turns) == 1
