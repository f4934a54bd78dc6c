"""A full refresh says how big it is: HubSpot's four counts first, then every step reports the requests sent
against the requests expected and the time left at HubSpot's ten-secondly budget (core.progress). A count HubSpot spoils
only means no estimate."""

from __future__ import annotations

import threading
from pathlib import Path

import core.app as core_app
from core.progress import REQUESTS, TIME_LEFT
from core.refresh.estimate import seconds_left
from core.sandbox.hostile import HostilePlan
from core.sandbox.server import Options, Sandbox

Seen = list[tuple[str, int, int]]


def full_refresh(sb: Sandbox, cache: Path) -> Seen:
    seen: Seen = []
    core_app.refresh(sb.endpoints(), cache, lambda step, done, total: seen.append((step, done, total)),
                     threading.Event(), mode="full")
    return seen


def test_requests_are_counted_against_an_exact_estimate(tmp_path: Path) -> None:
    with Sandbox("scale:1200") as sb:
        seen = full_refresh(sb, tmp_path / "cache.db")
        log = list(sb.app.requests)
    sent = len(log)
    sizes = [(done, total) for step, done, total in seen if step == REQUESTS]
    assert sizes[-1] == (sent, sent)   # the estimate was the run: every request foreseen, none more
    lefts = [done for step, done, _ in seen if step == TIME_LEFT]
    assert lefts and lefts == sorted(lefts, reverse=True) and lefts[0] > 0 and lefts[-1] == 0
    # The time left counts only the requests on the ten-secondly budget: searches and link reads have their own.
    hubspot = [r["path"] for r in log if r["api"] == "hubspot"]
    budgeted = [p for p in hubspot if not p.endswith("/search") and "/v4/associations/" not in p]
    assert len(budgeted) < len(hubspot)
    assert lefts[0] <= seconds_left(len(budgeted), 0, 100, 10.0) < seconds_left(len(hubspot), 0, 100, 10.0)


def test_a_spoilt_count_leaves_no_estimate_and_the_refresh_goes_on(tmp_path: Path) -> None:
    options = Options(hostile=[HostilePlan("invalid_json", r"/line_items/search$", "POST")])
    with Sandbox("demo", options=options) as sb:
        seen = full_refresh(sb, tmp_path / "cache.db")
    assert all(total == 0 for step, _, total in seen if step == REQUESTS)
    assert not any(step == TIME_LEFT for step, _, _ in seen)
    core_app.diagnose(tmp_path / "cache.db")
    assert core_app.load_failure_rows(tmp_path / "cache.db")   # refreshed and diagnosable all the same


def test_seconds_left_at_a_budget() -> None:
    assert seconds_left(400, 100, 100, 10.0) == 30
    assert seconds_left(400, 500, 100, 10.0) == 0
    assert seconds_left(400, 0, 0, 10.0) == 0
