"""Hostile replies on every endpoint refresh and push use: HTML 200 and 502, invalid JSON, truncated bodies,
wrong types, nulls, 10 MB strings, invalid UTF-8, slow and endless bodies. Each ends in a plain error within a
bounded time, and the previous cache is exactly as it was; a push whose reply was spoilt is never sent twice.

The services' pace is shortened here (a 2-second deadline per attempt, near-instant back-off) through the two
settings the HTTP layer reads, so the whole matrix stays quick; the behaviour is the same at the defaults.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from shutil import copyfile

import pytest

from core import app, http
from core.errors import UserError
from core.hubspot.writes import HubSpotWriter
from core.qbo.marker import marked_invoice
from core.sandbox.hostile import KINDS, HostilePlan, Hostility
from core.sandbox.server import Options, Sandbox
from core.store.stage import stage_path
from core.sync import engine
from tests.helpers.cli import cache_of, rows, run_main, sandbox_env
from tests.helpers.scenarios import ready_scenario

# endpoint → (what runs, path pattern, method)
ENDPOINTS = {
    "HubSpot object lists": ("full", r"^/crm/v3/objects/(companies|contacts|invoices)$", "GET"),
    "HubSpot line items by id": ("full", r"/objects/line_items/batch/read$", "POST"),
    "HubSpot invoice search": ("full", r"^/crm/v3/objects/invoices/search$", "POST"),
    "HubSpot invoice links": ("full", r"^/crm/v4/associations/invoices/.+/batch/read$", "POST"),
    "QuickBooks batched queries": ("full", r"/batch$", "POST"),
    "HubSpot search": ("incremental", r"/search$", "POST"),
    "HubSpot associations": ("incremental", r"^/crm/v4/associations/.+/batch/read$", "POST"),
    "QuickBooks preferences": ("incremental", r"/preferences$", "GET"),
    "QuickBooks changes": ("incremental", r"/cdc$", "GET"),
    "QuickBooks invoice create": ("push", r"/invoice$", "POST"),
}
BOUND = 45.0   # seconds any one case may take, retries included


@pytest.fixture(scope="module")
def company(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, object], list[str], Path]:
    scenario, ready = ready_scenario(8, custom_numbers=True)
    template = tmp_path_factory.mktemp("template") / "cache.db"
    with Sandbox(scenario) as sb:
        app.refresh(sb.endpoints(), template)
    return scenario, ready, template


@pytest.fixture
def fast_pace(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(http, "DEADLINE", 2.0)
    monkeypatch.setattr(http, "BACKOFF", 0.01)
    yield


def touch_both(sb: Sandbox) -> None:
    """Something for an incremental refresh to find on both sides (search results, CDC rows)."""
    ep = sb.endpoints()
    hubspot = HubSpotWriter(ep.hubspot_api, ep.hubspot_token)
    try:
        contact = next(iter(sb.state.hubspot.objects["contacts"]))
        hubspot.patch_object("contacts", contact, {"lastname": "Changed"})
    finally:
        hubspot.close()
    with sb.state.lock:
        customer = next(iter(sb.state.qbo.entities["Customer"].values()))
        customer["DisplayName"] += " (renamed)"
        customer["MetaData"]["LastUpdatedTime"] = "2099-01-01T00:00:00Z"


def one_case(company: tuple[dict[str, object], list[str], Path], folder: Path, endpoint: str, kind: str) -> str:
    """Run the endpoint's operation against the spoilt replies; '' when it behaved, else what went wrong.

    Behaving is a plain error with the cache untouched. A reply spoilt only where the app reads nothing (a
    sub-object of the company's info nulled, say) may also succeed, but then the cache must be exactly what a
    clean refresh makes, and a push exactly one copy."""
    scenario, ready, template = company
    what, path, method = ENDPOINTS[endpoint]
    folder.mkdir()
    cache = folder / "cache.db"
    plan = HostilePlan(kind, path, method, slow_interval=0.5, slow_total=60.0)
    with Sandbox(scenario) as sb:
        if what == "incremental":   # an incremental refresh continues from this company's own last refresh
            app.refresh(sb.endpoints(), cache)
            touch_both(sb)
        else:
            copyfile(template, cache)
        before = rows(cache)
        sb.app.hostility = Hostility([plan], sb.app.stopping)
        started = time.monotonic()
        succeeded = True
        try:
            if what == "push":
                outcome = engine.push(sb.endpoints(), cache, folder / "journal.sqlite", [ready[0]])
                succeeded = not (outcome.result and outcome.result.interrupted)
            else:
                app.refresh(sb.endpoints(), cache, mode=what)
        except UserError as exc:
            succeeded = False
            if "\n" in str(exc) or not str(exc).strip():
                return f"not one plain line: {exc!r}"
        took = time.monotonic() - started
        if not plan.applied:
            return "the operation never used this endpoint"
        if took > BOUND:
            return f"took {took:.0f} s"
        if succeeded and what == "incremental":
            return "the incremental refresh reported success"
        if succeeded and what == "full":
            sb.app.hostility = Hostility([], sb.app.stopping)
            app.refresh(sb.endpoints(), folder / "clean.db", mode="full")
            if rows(cache) != rows(folder / "clean.db"):
                return "the refresh succeeded with other data than a clean one"
        elif not succeeded and rows(cache) != before:
            return "the cache changed"
        if stage_path(cache).exists():
            return "the stage was left behind"
        if what == "push":   # once QuickBooks answers properly, the push is settled, never sent again
            sb.app.hostility = Hostility([], sb.app.stopping)
            engine.push(sb.endpoints(), cache, folder / "journal.sqlite", [ready[0]])
            with sb.state.lock:
                copies = [i for i in sb.state.qbo.entities["Invoice"].values()
                          if marked_invoice(i.get("PrivateNote")) == ready[0]]
            if len(copies) != 1:
                return f"{len(copies)} copies in QuickBooks"
    return ""


@pytest.mark.slow
@pytest.mark.timeout(900)
@pytest.mark.parametrize("endpoint", ENDPOINTS)
def test_every_hostile_reply_ends_in_a_plain_error_and_changes_nothing(
        company: tuple[dict[str, object], list[str], Path], tmp_path: Path, fast_pace: None, endpoint: str) -> None:
    with ThreadPoolExecutor(max_workers=len(KINDS)) as pool:
        found = {kind: pool.submit(one_case, company, tmp_path / kind, endpoint, kind) for kind in KINDS}
        problems = {kind: f.result() for kind, f in found.items()}
    assert not {k: p for k, p in problems.items() if p}, problems


@pytest.mark.parametrize("kind", ["html_200", "nulls", "huge_string", "invalid_utf8", "endless"])
def test_through_the_command_line_it_is_one_error_line(company: tuple[dict[str, object], list[str], Path],
                                                       tmp_path: Path, kind: str) -> None:
    scenario, _ready, template = company
    with Sandbox(scenario, options=Options(hostile=[HostilePlan(kind, r"/batch$")])) as sb:
        env = {**sandbox_env(sb, tmp_path), "SYNCDOCTOR_HTTP_DEADLINE": "2", "SYNCDOCTOR_HTTP_BACKOFF": "0.01"}
        cache = cache_of(tmp_path)
        cache.parent.mkdir(parents=True)
        copyfile(template, cache)
        before = rows(cache)
        out = run_main(["refresh", "--full"], env, timeout=BOUND)
    assert out.returncode == 2 and out.stdout == ""
    (line,) = out.stderr.strip().splitlines()
    assert line.startswith("error: QuickBooks") and "Traceback" not in out.stderr
    assert rows(cache) == before
