"""Ctrl-C (SIGINT) and SIGTERM in the middle of `main.py push` and `main.py refresh`: the command unwinds —
one `error: …` line, exit 130 or 143 — and leaves nothing behind: the cache as the last finished refresh left it,
no staging file or lock owner, and a push that, run again, creates every QuickBooks invoice exactly once."""

from __future__ import annotations

import signal
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from core.qbo.marker import marked_invoice
from core.sandbox.server import Options, Sandbox
from core.store.stage import stage_path
from core.writer_lock import OWNER_FILE
from tests.helpers.cli import cache_of, rows, run_main, sandbox_env, start_main
from tests.helpers.scenarios import ready_scenario

EXIT = {signal.SIGINT: 130, signal.SIGTERM: 143}


def wait_for(condition: Callable[[], bool], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)


def interrupt(args: list[str], env: dict[str, str], sig: signal.Signals, started: Callable[[], bool]) -> str:
    """Run a command, send `sig` once `started()` holds, and return its one error line."""
    child = start_main(args, env)
    wait_for(lambda: started() or child.poll() is not None)
    assert child.poll() is None, "finished before it could be interrupted"
    child.send_signal(sig)
    out, err = child.communicate(timeout=60)
    assert child.returncode == EXIT[sig], (child.returncode, err)
    assert out == "" and len(err.splitlines()) == 1 and err.startswith("error: Stopped before the end"), err
    return err


@pytest.mark.slow
@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "sigterm"])
def test_a_push_stopped_midway_then_run_again_copies_each_invoice_once(tmp_path: Path, sig: signal.Signals) -> None:
    scenario, ready = ready_scenario(30, custom_numbers=False)
    with Sandbox(scenario, options=Options(latency_ms=60)) as sb:
        env = sandbox_env(sb, tmp_path)
        assert run_main(["refresh"], env).returncode == 0

        def copies() -> Counter[str]:
            with sb.state.lock:
                return Counter(marked_invoice(i.get("PrivateNote")) for i in sb.state.qbo.entities["Invoice"].values())

        interrupt(["push"], env, sig, lambda: sum(copies().values()) >= 3)
        assert 0 < sum(copies().values()) < len(ready)
        again = run_main(["push"], env)
        assert again.returncode == 0, again.stderr
        assert copies() == Counter(dict.fromkeys(ready, 1))


@pytest.mark.slow
@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "sigterm"])
def test_a_refresh_stopped_midway_leaves_the_cache_as_it_was(tmp_path: Path, sig: signal.Signals) -> None:
    scenario, _ = ready_scenario(150, custom_numbers=False)
    with Sandbox(scenario, options=Options(latency_ms=100)) as sb:
        env = sandbox_env(sb, tmp_path)
        assert run_main(["refresh"], env).returncode == 0
        cache = cache_of(tmp_path)
        before, seen = rows(cache), len(sb.app.requests)
        interrupt(["refresh", "--full"], env, sig, lambda: len(sb.app.requests) >= seen + 2)
        assert rows(cache) == before
        assert not stage_path(cache).exists() and not (cache.parent / OWNER_FILE).exists()
        assert run_main(["diagnose"], env).returncode == 0
