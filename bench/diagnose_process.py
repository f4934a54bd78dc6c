"""`main.py diagnose` as a bookkeeper runs it, whole process, against a plain scan process (issue 16, point 4).

    .venv/bin/python bench/diagnose_process.py                   # 100k invoices, then 1M with 1 % failing
    .venv/bin/python bench/diagnose_process.py --sizes 10000 --no-write

Each size gets a cache filled straight from a generated company (bench/cachefill.py: the writers a refresh uses)
and marked complete, as a finished refresh leaves it. In one run, alternating, best of 3:
- scan: a fresh interpreter that opens the cache and reads every HubSpot invoice row (`SELECT *`);
- diagnose: `main.py diagnose` (rules, store the failures and the history, print the summary);
- diagnose --json --no-options: `main.py diagnose --json --no-options` written to a file (with the fix options,
  each failure costs a plan of a few milliseconds: `diagnose --json` with them is timed once, after the others).
Peak RSS is each child's own (wait4's rusage), the worst of its runs. The app's modules are compiled to bytecode
first, as an install ships them. Goals: each ≤ 3× the scan; at 1M invoices
with 1 % failing, peak RSS ≤ 250 MB.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import cachefill  # noqa: E402  (bench/ is on sys.path when a bench runs)
import results  # noqa: E402

from core.sandbox import scale, scenario  # noqa: E402
from core.store import facts  # noqa: E402
from core.store.db import COMPLETE, open_db  # noqa: E402

SECTION = "## Diagnose as a process (issue 16)"
# Run the measured command from a small interpreter, so its peak RSS is its own: a child forked from this
# process (which built the company) would count this process's memory as its starting point.
LAUNCH = ("import os, subprocess, sys, time\nt = time.perf_counter()\n"
          "p = subprocess.Popen(sys.argv[2:], stdout=open(sys.argv[1], 'wb'), stderr=subprocess.DEVNULL)\n"
          "_, status, usage = os.wait4(p.pid, 0)\n"
          "print(time.perf_counter() - t, usage.ru_maxrss, os.waitstatus_to_exitcode(status))\n")
SCAN = ("import sqlite3, sys\nc = sqlite3.connect(sys.argv[1])\n"
        "rows = c.execute('SELECT * FROM hs_invoices').fetchall()\n")


def build(n: int, failing: float | None, home: Path) -> Path:
    spec = f"{n}" + (f",failures={failing}" if failing is not None else "")
    state = scenario.build(scale.generate_from_spec(spec))
    cache = home / "profiles" / "default" / "cache.db"
    db = open_db(cache)
    cachefill.fill(db, state)
    del state
    facts.rebuild(db)
    now = datetime.now(UTC).isoformat(timespec="seconds")
    with db.atomic():
        for key, value in ((COMPLETE, "1"), ("last_full_refresh", now), ("last_refresh", now)):
            db.table("meta").upsert({"key": key, "value": value}, pk="key")
    db.close()
    return cache


def timed(args: list[str], env: dict[str, str], out: Path) -> tuple[float, float]:
    """(seconds, peak RSS in MB) of one child process."""
    report = subprocess.run([sys.executable, "-S", "-c", LAUNCH, str(out), *args], env=env, cwd=ROOT,
                            capture_output=True, text=True, check=True).stdout.split()
    elapsed, peak_kb, code = float(report[0]), int(report[1]), int(report[2])
    if code not in (0, 1):   # diagnose exits 1 when invoices cannot sync
        raise SystemExit(f"{args[1:]} exited {code}")
    return elapsed, peak_kb / 1024


def compiled() -> None:
    """The app's modules as an install has them, compiled to bytecode once: without it (PYTHONDONTWRITEBYTECODE, a
    fresh clone) every process would compile them again, which no bookkeeper's run does."""
    subprocess.run([sys.executable, "-m", "compileall", "-q", "core", "main.py"], cwd=ROOT, check=True,
                   env={k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"})


def measure(n: int, failing: float | None, runs: int) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        started = time.perf_counter()
        cache = build(n, failing, home)
        built = time.perf_counter() - started
        env = {k: v for k, v in os.environ.items() if not k.startswith("SYNCDOCTOR_")} | {"SYNCDOCTOR_HOME": tmp}
        commands = {"scan": [sys.executable, "-c", SCAN, str(cache)],
                    "diagnose": [sys.executable, "main.py", "diagnose"],
                    "diagnose --json --no-options": [sys.executable, "main.py", "diagnose", "--json", "--no-options"]}
        best: dict[str, float] = {}
        rss: dict[str, float] = {}
        for _ in range(runs):
            for name, args in commands.items():
                seconds, peak = timed(args, env, home / "out.txt")
                best[name] = min(best.get(name, seconds), seconds)
                rss[name] = max(rss.get(name, 0.0), peak)
        failures = (home / "out.txt").read_text(encoding="utf-8").count('"kind":')
        best["diagnose --json"], rss["diagnose --json"] = timed(
            [sys.executable, "main.py", "diagnose", "--json"], env, home / "out.txt")
    print(f"{n:,} invoices (built in {built:.0f} s): " + ", ".join(
        f"{k} {best[k]:.2f} s / {rss[k]:.0f} MB" for k in commands), flush=True)
    return {"n": n, "failing": failing, "best": best, "rss": rss, "json_failures": failures}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="100000,1000000:0.01",
                        help="comma-separated N or N:share_failing (default: 100k as generated, 1M at 1 %%)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    rows, ok = [], True
    compiled()
    for item in args.sizes.split(","):
        n, _, share = item.partition(":")
        r = measure(int(n), float(share) if share else None, args.runs)
        best, rss = r["best"], r["rss"]
        assert isinstance(best, dict) and isinstance(rss, dict)
        ratio, ratio_json = best["diagnose"] / best["scan"], best["diagnose --json --no-options"] / best["scan"]
        lean = "diagnose --json --no-options"
        ok &= ratio <= 3 and ratio_json <= 3 and (int(n) < 1_000_000 or max(rss["diagnose"], rss[lean]) <= 250)
        rows.append(f"| {int(n):,} | {share or 'as generated'} | {best['scan']:.2f} | {best['diagnose']:.2f} "
                    f"({ratio:.2f}×) | {best[lean]:.2f} ({ratio_json:.2f}×) | {rss['scan']:.0f} / "
                    f"{rss['diagnose']:.0f} / {rss[lean]:.0f} | {r['json_failures']:,} | "
                    f"{best['diagnose --json']:.1f} / {rss['diagnose --json']:.0f} |")
    section = (
        f"{SECTION}\n\n`.venv/bin/python bench/diagnose_process.py --sizes {args.sizes}` — "
        f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {os.cpu_count()} CPUs, Python {platform.python_version()} on "
        f"{platform.system()} {platform.machine()}. Whole processes, alternating, best of {args.runs}; peak RSS per "
        "process, worst of its runs (see the script's docstring). Goals: ≤ 3× the scan; ≤ 250 MB at 1M.\n\n"
        "| invoices | failing | scan process (s) | `diagnose` (s) | `diagnose --json --no-options` (s) | peak RSS MB: "
        "scan / diagnose / --json | failures in the JSON | `diagnose --json` with options, one run: s / MB |\n"
        "|---:|---|---:|---:|---:|---:|---:|---:|\n" + "\n".join(rows) + "\n")
    if not args.no_write:
        results.record(section)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
