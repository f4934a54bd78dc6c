"""A full refresh while both services fail 30 % of the time (throttles, 5xx, slow replies, dropped connections)
completes on every one of ten seeds, with a cache equal, row by row, to a fault-free refresh's.

The ten runs go side by side (one sandbox and cache each): they spend most of their time in the back-off pauses
the services' faults call for, so running them in turn would only add those pauses up.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from core import app
from core.sandbox.faults import FaultPlan
from core.sandbox.server import Options, Sandbox
from tests.helpers.cli import rows

SEEDS = range(10)
KINDS = ("429", "5xx", "slow", "drop")
SCENARIO = "scale:1500,failures=0.1"   # ~70 requests a refresh, so each seed meets about twenty faults


def faulty_then_clean(folder: Path, seed: int) -> str:
    """A full refresh through the faults, then one without them from the same company; '' when the two caches
    are equal row by row, else what differs."""
    folder.mkdir()
    faults = FaultPlan(rate=0.3, seed=seed, kinds=KINDS, slow_seconds=0.5)
    with Sandbox(SCENARIO, options=Options(faults=faults)) as sb:
        app.refresh(sb.endpoints(), folder / "faulty.db", mode="full")
        sb.app.options.faults = None
        app.refresh(sb.endpoints(), folder / "clean.db", mode="full")
    if len(faults.injected) < 10:
        return f"only {len(faults.injected)} faults were injected"
    faulty, clean = rows(folder / "faulty.db"), rows(folder / "clean.db")
    return ", ".join(t for t in clean if faulty[t] != clean[t])


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_ten_seeds_of_30_percent_faults_all_complete_with_the_same_cache(tmp_path: Path) -> None:
    with ThreadPoolExecutor(max_workers=len(SEEDS)) as pool:
        runs = {seed: pool.submit(faulty_then_clean, tmp_path / f"seed{seed}", seed) for seed in SEEDS}
        differences = {seed: run.result() for seed, run in runs.items()}
    assert not {seed: d for seed, d in differences.items() if d}, differences
