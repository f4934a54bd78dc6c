"""What an incremental refresh costs at scale: with nothing changed, and after the change set of issue 16.

    .venv/bin/python bench/refresh.py                       # 10k and 100k invoices; RESULTS.md
    .venv/bin/python bench/refresh.py --sizes 2000 --no-write

For each size, one sandbox `scale:N` in this process, rate limits lifted (request counts do not depend on them;
bench/refresh_limits.py measures time at the real limits), counted from the sandbox's request log:
1. a full refresh (against M, see bench/refresh_limits.py);
2. an incremental refresh with nothing changed — goal: ≤ 12 requests plus the sweep budget;
3. 20 changes on both sides, 2 QuickBooks deletions among them, and a contact link moved on an unchanged invoice
   (tests/helpers/changes.py), then an incremental refresh — goal: ≤ 6 requests plus the sweep budget, and a cache
   equal, row by row, to what a fresh full refresh into another file makes.
Sweep budget (core/refresh/incremental.py): 4 archived lists (one page each while few records are archived) and
3 association reads of up to 1000 records, the changed records first, then the next slice of the cache: every
link is re-checked within ⌈records / 1000⌉ refreshes.
"""

from __future__ import annotations

import argparse
import math
import sqlite3
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.refresh_limits import bounds, sizes  # noqa: E402
from bench.results import machine, record  # noqa: E402
from core import app  # noqa: E402
from core.sandbox.server import Options, Sandbox  # noqa: E402
from tests.helpers.changes import twenty_changes_and_a_moved_link  # noqa: E402
from tests.helpers.cli import rows  # noqa: E402

HEADING = "## Incremental refresh: cost of what changed (issue 16)"
SWEEP_BUDGET = 4 + 3
ZERO_GOAL, CHANGE_GOAL = 12, 6
UNLIMITED = Options(hubspot_limit=1_000_000, qbo_limit=1_000_000, qbo_concurrency=1_000)


def spent(sb: Sandbox, step: object) -> tuple[int, float]:
    before, started = len(sb.app.requests), time.perf_counter()
    step()  # type: ignore[operator]
    return len(sb.app.requests) - before, time.perf_counter() - started


def link_of(cache: Path, invoice: str) -> list[str]:
    with sqlite3.connect(cache) as conn:
        return sorted(r[0] for r in conn.execute(
            "SELECT to_id FROM hs_associations WHERE from_type = 'invoices' AND from_id = ? AND to_type = 'contacts'",
            [invoice]))


def without_link(data: dict[str, list[tuple[Any, ...]]], invoice: str) -> dict[str, list[tuple[Any, ...]]]:
    kept = [r for r in data["hs_associations"] if r[:3] != ("invoices", invoice, "contacts")]
    return data | {"hs_associations": kept}


def measure(n: int, tmp: Path, catch_up_max: int) -> str:
    cache, fresh = tmp / f"cache-{n}.db", tmp / f"fresh-{n}.db"
    with Sandbox(f"scale:{n}", options=UNLIMITED) as sb:
        full, full_s = spent(sb, lambda: app.refresh(sb.endpoints(), cache, mode="full"))
        m_hs, m_qbo, _ = bounds(sizes(cache), 0)
        zero, zero_s = spent(sb, lambda: app.refresh(sb.endpoints(), cache, mode="incremental"))
        moved = twenty_changes_and_a_moved_link(sb)
        changed, changed_s = spent(sb, lambda: app.refresh(sb.endpoints(), cache, mode="incremental"))
        app.refresh(sb.endpoints(), fresh, mode="full")
        rest_equal = without_link(rows(cache), moved) == without_link(rows(fresh), moved)
        refreshes, caught = 1, link_of(cache, moved) == link_of(fresh, moved)
        while not caught and refreshes < catch_up_max:   # the rotating sweep reaches the moved link
            app.refresh(sb.endpoints(), cache, mode="incremental")
            refreshes, caught = refreshes + 1, link_of(cache, moved) == link_of(fresh, moved)
    equal = caught and rows(cache) == rows(fresh)
    invoices = sizes(cache)["hs_invoices"]
    print(f"{n:,}: full {full} ({full_s:.0f} s), zero-change {zero} ({zero_s:.1f} s), after changes {changed} "
          f"({changed_s:.1f} s), equal {equal}", flush=True)
    bound = math.ceil(invoices / 1000)
    ok = (zero <= ZERO_GOAL + SWEEP_BUDGET and changed <= CHANGE_GOAL + SWEEP_BUDGET and rest_equal
          and (refreshes <= bound if equal else catch_up_max < bound))
    moved_text = (f"after {refreshes} (bound {bound})" if equal else
                  f"not within {refreshes} run here (bound {bound})")
    return (f"| {n:,} | {full:,} ({full / (m_hs + m_qbo):.3f}×M) | {zero} ({zero_s:.1f} s) | {changed} "
            f"({changed_s:.1f} s) | {'yes' if rest_equal else '**no**'} | {moved_text} | "
            f"{'met' if ok else '**not met**'} |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--catch-up-max", type=int, default=12,
                        help="incremental refreshes run, at most, until the sweep reaches the moved link")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        lines = [measure(int(n), Path(tmp), args.catch_up_max) for n in args.sizes.split(",")]
    text = "\n".join([
        HEADING, "", f"`.venv/bin/python bench/refresh.py --sizes {args.sizes}` — {machine()}. Sandbox in-process, "
        "rate limits lifted; requests from its log (see the script's docstring). Goals: nothing changed ≤ "
        f"{ZERO_GOAL} + {SWEEP_BUDGET} (sweep); 20 changes with 2 deletions and a moved link ≤ {CHANGE_GOAL} + "
        f"{SWEEP_BUDGET}, cache equal to a fresh full refresh's.", "",
        "| invoices | full refresh: requests | nothing changed: requests | 20 changes: requests | all but the moved "
        "link equal a fresh full refresh's | the whole cache equal, moved link included: incremental refreshes "
        "| goals |",
        "|---:|---:|---:|---:|---|---|---|", *lines, "",
        "Times in brackets include updating the facts of the invoices the refresh touched "
        "(core/store/touched.py; a whole rebuild only when QuickBooks items changed).", ""])
    print(text)
    if not args.no_write:
        record(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
