"""`main.py refresh` as separate processes: killed in the middle, or two at once on one client company.

The sandbox serves with a little latency so a refresh lasts long enough to be interrupted or overlapped.
"""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest

from core import writer_lock
from core.sandbox.server import Options, Sandbox
from core.store.stage import stage_path
from tests.helpers.cli import cache_of, rows, run_main, sandbox_env, start_main
from tests.helpers.scenarios import kinds_scenario


@pytest.fixture
def sb() -> Sandbox:
    scenario, _ = kinds_scenario(padding_invoices=120, padding_customers=40)
    with Sandbox(scenario, options=Options(latency_ms=15)) as sandbox:
        yield sandbox


def wait_for(condition: object, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


def test_kill_during_the_first_refresh_then_diagnose_says_incomplete(sb: Sandbox, tmp_path: Path) -> None:
    env = sandbox_env(sb, tmp_path)
    cache = cache_of(tmp_path)
    sb.app.options.latency_ms = 400   # long enough to land in the middle
    child = start_main(["refresh"], env)
    wait_for(lambda: len(sb.app.requests) > 3)   # pages of both systems are arriving
    assert stage_path(cache).exists() and child.poll() is None
    os.kill(child.pid, signal.SIGKILL)
    child.wait(10)

    for args in (["diagnose"], ["diagnose", "--json"], ["push", "--dry-run"]):
        out = run_main(args, env)
        assert out.returncode == 2 and out.stdout == "", (args, out.stdout)
        (line,) = out.stderr.strip().splitlines()
        assert line.startswith("error: ") and "incomplete" in line

    sb.app.options.latency_ms = 15
    again = run_main(["refresh"], env)
    assert again.returncode == 0, again.stderr
    assert not stage_path(cache).exists()
    assert run_main(["diagnose"], env).returncode == 0


@pytest.mark.parametrize("start", ["empty", "full"])
@pytest.mark.parametrize("gap", [0, 1, 4])
def test_two_refreshes_of_one_company_at_once(sb: Sandbox, tmp_path: Path, start: str, gap: float) -> None:
    env = sandbox_env(sb, tmp_path / "home")
    clean = sandbox_env(sb, tmp_path / "clean")
    if start == "full":
        assert run_main(["refresh"], env).returncode == 0
    first = start_main(["refresh", "--full"] if start == "full" else ["refresh"], env)
    time.sleep(gap)
    second = start_main(["refresh"], env)
    outcomes = [(p.wait(120), *p.communicate()) for p in (first, second)]
    for code, _out, err in outcomes:
        # Either it ran (after waiting for the other), or it said who was busy: never success with less data.
        assert code == 0 or (code == 2 and "busy" in err and "process" in err), err
    assert any(code == 0 for code, _o, _e in outcomes)
    assert run_main(["refresh", "--full"], clean).returncode == 0
    assert rows(cache_of(tmp_path / "home")) == rows(cache_of(tmp_path / "clean"))


def test_a_second_writer_is_told_who_holds_the_company(sb: Sandbox, tmp_path: Path) -> None:
    env = {**sandbox_env(sb, tmp_path), "SYNCDOCTOR_LOCK_WAIT": "0.3"}
    folder = cache_of(tmp_path).parent
    folder.mkdir(parents=True)
    with writer_lock.hold(folder, "refresh"):
        out = run_main(["refresh"], env)
    assert out.returncode == 2
    (line,) = out.stderr.strip().splitlines()
    assert line.startswith("error: ") and "busy" in line and f"process {os.getpid()}" in line
    assert run_main(["refresh"], env).returncode == 0   # released with the block
