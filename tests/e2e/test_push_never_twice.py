"""Never twice: ~300 invoices pushed through `main.py push` while QuickBooks misbehaves 30 % of the time
(throttles, 5xx, slow replies, dropped connections, connections dropped AFTER the write ran, garbled 200
replies) and the push is SIGKILLed at seeded random moments, with `main.py finish` in between. The sandbox's own
state must end with exactly one QuickBooks invoice per HubSpot invoice, and no 6140 refusal ever recorded for
an invoice Sync Doctor created itself.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import time
from collections import Counter
from pathlib import Path
from random import Random

import pytest

from core.qbo.marker import marked_invoice
from core.sandbox.faults import FaultPlan
from core.sandbox.server import Options, Sandbox
from tests.helpers.cli import cache_of, run_main, sandbox_env, start_main
from tests.helpers.scenarios import ready_scenario

FAULTS = ("429", "5xx", "slow", "drop", "drop_after_write", "unreadable")
KILLS = 10


def copies_per_invoice(sb: Sandbox) -> Counter[str]:
    with sb.state.lock:
        return Counter(marked_invoice(i.get("PrivateNote")) for i in sb.state.qbo.entities["Invoice"].values())


def journal_errors(home: Path) -> list[str]:
    conn = sqlite3.connect(cache_of(home).parent / "journal.sqlite")
    try:
        return [str(r[0]) for r in conn.execute("SELECT error FROM entries WHERE error <> ''")]
    finally:
        conn.close()


def kill_at_random(args: list[str], env: dict[str, str], rng: Random, longest: float) -> bool:
    """Start a command and SIGKILL it after a random moment; True when it was still running (killed)."""
    child = start_main(args, env)
    deadline = time.monotonic() + rng.uniform(0.3, longest)
    while time.monotonic() < deadline and child.poll() is None:
        time.sleep(0.02)
    running = child.poll() is None
    if running:
        os.kill(child.pid, signal.SIGKILL)
    child.communicate(timeout=30)
    return running


@pytest.mark.slow
@pytest.mark.timeout(600)
@pytest.mark.parametrize("custom_numbers", [False, True], ids=["numbers-by-quickbooks", "custom-numbers"])
def test_kills_and_faults_never_make_a_second_copy(tmp_path: Path, custom_numbers: bool) -> None:
    scenario, ready = ready_scenario(300, custom_numbers=custom_numbers)
    seed = 11 if custom_numbers else 7
    rng = Random(seed)
    with Sandbox(scenario, options=Options()) as sb:
        env = sandbox_env(sb, tmp_path)
        assert run_main(["refresh"], env).returncode == 0
        sb.app.options.faults = FaultPlan(rate=0.3, seed=seed, kinds=FAULTS, slow_seconds=0.3, apis=("qbo",))

        kills, rounds = 0, 0
        while kills < KILLS:
            rounds += 1
            assert rounds < 40, "the push kept finishing before it could be killed"
            kills += kill_at_random(["push"], env, rng, longest=2.5)
            if rounds % 3 == 0:
                kill_at_random(["finish"], env, rng, longest=1.5)
            assert all(n == 1 for key, n in copies_per_invoice(sb).items() if key), "a second copy appeared"

        # Then let them run to the end, faults still on: each run settles what the last one left.
        for _ in range(15):
            finished = run_main(["finish"], env, timeout=300)
            pushed = run_main(["push", "--json"], env, timeout=300)
            if pushed.returncode in (0, 1) and finished.returncode in (0, 1):
                report = json.loads(pushed.stdout)
                if not report["planned"] and not report["interrupted"]:
                    break
        else:
            pytest.fail(f"push never came to an end: {pushed.stderr}")

    copies = copies_per_invoice(sb)
    assert set(copies) == set(ready), "every ready invoice has its copy, and nothing else was created"
    assert all(n == 1 for n in copies.values()), {k: n for k, n in copies.items() if n > 1}
    assert not [e for e in journal_errors(tmp_path) if "6140" in e or "Duplicate Document" in e]
    assert kills >= KILLS
