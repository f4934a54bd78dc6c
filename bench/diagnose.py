"""Diagnose speed on a generated company (issue #4): ≤ 1 s at 100k invoices and ≤ 3× a plain scan.

    .venv/bin/python bench/diagnose.py            # 100k invoices; updates bench/RESULTS.md
    .venv/bin/python bench/diagnose.py 10000 --no-write

The cache is filled through the same save_* writers refresh uses, fed straight from the sandbox's state
(refreshing 100k invoices over HTTP would take HubSpot's rate limit, not our code, ~15 minutes).
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import cachefill  # noqa: E402  (bench/ is on sys.path when a bench runs)

from core import diagnose  # noqa: E402
from core.sandbox import scale, scenario  # noqa: E402
from core.store import facts  # noqa: E402
from core.store.db import open_db  # noqa: E402

RESULTS = ROOT / "bench" / "RESULTS.md"
SECTION = "## Diagnose"


def fill_cache(n: int, path: Path) -> dict[str, int]:
    data = scale.generate_from_spec(f"{n},revrec=1")
    expected = data.get("_expected", {}).get("counts", {})
    state = scenario.build(data)
    db = open_db(path)
    cachefill.fill(db, state)
    db.close()
    return {str(k): int(v) for k, v in expected.items()}


def best_of(runs: int, fn: object) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("n", type=int, nargs="?", default=100_000)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "cache.db"
        started = time.perf_counter()
        expected = fill_cache(args.n, path)
        fill_s = time.perf_counter() - started
        db = open_db(path)
        started = time.perf_counter()
        facts.rebuild(db)
        facts_s = time.perf_counter() - started
        scan_s = best_of(3, lambda: db.execute("SELECT * FROM hs_invoices").fetchall())
        detect_s = best_of(3, lambda: diagnose.detect_all(db))
        run_s = best_of(3, lambda: diagnose.run(db))
        result = diagnose.detect_all(db)
        found: dict[str, int] = {}
        for f in result.failures:
            found[f.kind] = found.get(f.kind, 0) + 1
        db.close()
    ratio = detect_s / scan_s
    print(f"{args.n} invoices: fill {fill_s:.1f}s, facts {facts_s:.2f}s, scan {scan_s:.3f}s, "
          f"detect {detect_s:.3f}s ({ratio:.2f}x scan), detect+store {run_s:.3f}s")
    print("failures found per kind:", found, "expected:", expected)
    if not args.no_write:
        section = (
            f"{SECTION}\n\n`.venv/bin/python bench/diagnose.py {args.n}` — "
            f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {os.cpu_count()} CPUs, Python {platform.python_version()}.\n"
            "Goal (issue #4): every rule over the cache ≤ 1 s at 100k invoices and ≤ 3× a plain "
            "`SELECT * FROM hs_invoices` scan measured in the same run (best of 3 each).\n\n"
            "| invoices | plain scan (s) | diagnose: all rules (s) | ratio | rules + store failures (s) "
            "| facts table rebuilt after refresh (s) |\n|---:|---:|---:|---:|---:|---:|\n"
            f"| {args.n:,} | {scan_s:.3f} | {detect_s:.3f} | {ratio:.2f}× | {run_s:.3f} | {facts_s:.2f} |\n\n"
            f"Failures found per kind: {found}.\n"
        )
        text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Benchmark results\n"
        pattern = re.compile(rf"{re.escape(SECTION)}\n.*?(?=\n## |\Z)", re.S)
        text = pattern.sub(section.rstrip("\n"), text) if pattern.search(text) else text.rstrip() + "\n\n" + section
        RESULTS.write_text(text.rstrip() + "\n", encoding="utf-8")
    return 0 if detect_s <= 1.0 and ratio <= 3.0 else 1


if __name__ == "__main__":
    sys.exit(main())
