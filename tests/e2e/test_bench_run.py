"""`make bench` (bench/run.py) knows every benchmark, and its quick mode still runs them (the cheap ones here)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RUN = ROOT / "bench" / "run.py"


def _run(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(RUN), *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=timeout)


def test_every_benchmark_in_bench_is_run() -> None:
    helpers = {"run.py", "results.py", "cachefill.py"}
    scripts = sorted(p.name for p in (ROOT / "bench").glob("*.py") if p.name not in helpers)
    result = _run("--list")
    assert result.returncode == 0, result.stderr
    listed = sorted(line.split()[1].removeprefix("bench/") for line in result.stdout.splitlines())
    assert listed == scripts
    quick = _run("--list", "--quick").stdout.splitlines()
    assert len(quick) == len(scripts) and all(line.endswith("--no-write") for line in quick), quick


def test_an_unknown_benchmark_is_refused() -> None:
    result = _run("--only", "nosuch")
    assert result.returncode == 2
    assert "no benchmark named nosuch" in result.stderr


def test_quick_mode_runs_and_leaves_the_results_alone() -> None:
    results = ROOT / "bench" / "RESULTS.md"
    before = results.read_bytes()
    result = _run("--quick", "--only", "scale,diagnose", timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "== scale: exit 0" in result.stdout and "== diagnose: exit 0" in result.stdout
    assert results.read_bytes() == before
