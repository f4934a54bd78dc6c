"""Requests made by a full and an incremental refresh of a generated company, against the theoretical minimum.

    .venv/bin/python bench/refresh.py                  # 10k invoices, 1 % changed; updates bench/RESULTS.md
    .venv/bin/python bench/refresh.py 2000 --changed 0.05 --no-write

Runs `scale:N` in-process with the services' real rate limits (so the times are what a user would wait),
changes a share of the invoices on both sides (HubSpot property writes and QBO updates, which move the
services' last-modified stamps as their write APIs do), then refreshes incrementally — with and without the
association sweep — and checks that the diagnosis equals a fresh full refresh's.

Minimum = ceil(n / page) per entity and request kind: HubSpot lists and batch reads 100, association batch
reads 1000, search 200 (at least one per type to learn that nothing changed); QBO queries and CDC 1000, plus
the single-object reads (preferences, company info).
"""

from __future__ import annotations

import argparse
import math
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.results import record  # noqa: E402
from core import app  # noqa: E402
from core.refresh import incremental as refresh_incremental  # noqa: E402
from core.sandbox import hubspot_writes, qbo_store  # noqa: E402
from core.sandbox.server import Sandbox  # noqa: E402
from core.store.db import open_db  # noqa: E402

RESULTS = ROOT / "bench" / "RESULTS.md"
SECTION = "## Refresh requests: full vs incremental"


def counts(path: Path) -> dict[str, int]:
    con = sqlite3.connect(path)
    try:
        tables = ("hs_invoices", "hs_contacts", "hs_companies", "hs_line_items", "qbo_customers", "qbo_vendors",
                  "qbo_employees", "qbo_items", "qbo_invoices", "qbo_credit_memos")
        return {t: int(con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in tables}
    finally:
        con.close()


def full_minimum(n: dict[str, int]) -> int:
    c = math.ceil
    hubspot = (c(n["hs_companies"] / 100) + c(n["hs_contacts"] / 100) + c(n["hs_invoices"] / 100)
               + c(n["hs_line_items"] / 100) + c(n["hs_contacts"] / 1000) + 3 * c(n["hs_invoices"] / 1000))
    qbo = 2 + sum(max(1, c(n[t] / 1000)) for t in ("qbo_customers", "qbo_vendors", "qbo_employees", "qbo_items",
                                                   "qbo_invoices", "qbo_credit_memos"))
    return hubspot + qbo


def incremental_minimum(changed_hs: int, changed_qbo: int) -> int:
    # 4 searches (one per type, the changed invoices' page included), their 3 association reads, 1 preferences,
    # CDC pages.
    searches = 3 + math.ceil(changed_hs / 200)
    return searches + 3 * math.ceil(changed_hs / 1000) + 1 + max(1, math.ceil(changed_qbo / 1000))


def change(sb: Sandbox, share: float) -> tuple[int, int]:
    """Touch `share` of the invoices on each side through the sandbox's own write paths (stamps move)."""
    with sb.state.lock:
        hs_invoices = list(sb.state.hubspot.objects["invoices"].values())
        step = max(1, round(1 / share))
        picked = hs_invoices[::step]
        for k, obj in enumerate(picked):
            hubspot_writes.apply(sb.state.hubspot, "invoices", obj, {"hs_purchase_order_number": f"PO-{k}"})
        qbo_invoices = list(sb.state.qbo.entities["Invoice"].values())[::step]
        for k, obj in enumerate(qbo_invoices):
            obj["PrivateNote"] = f"bench {k}"
            qbo_store.touch(obj, qbo_store.stamp(sb.state.qbo))
    return len(picked), len(qbo_invoices)


def failures(path: Path) -> list[Any]:
    app.diagnose(path)
    db = open_db(path)
    try:
        return db.execute("SELECT hubspot_invoice_id, kind, summary, evidence FROM failures ORDER BY 1, 2").fetchall()
    finally:
        db.close()


def timed(label: str, fn: Any) -> tuple[Any, float]:
    started = time.perf_counter()
    result = fn()
    took = time.perf_counter() - started
    print(f"{label}: {took:.1f} s", flush=True)
    return result, took


def run(n: int, share: float) -> dict[str, Any]:
    with Sandbox(f"scale:{n}") as sb, tempfile.TemporaryDirectory() as tmp:
        ep = sb.endpoints()
        main, no_sweep, reference = Path(tmp) / "main.db", Path(tmp) / "no_sweep.db", Path(tmp) / "full.db"
        full, full_s = timed("full refresh", lambda: app.refresh(ep, main, mode="full"))
        shutil.copy(main, no_sweep)
        sizes = counts(main)
        changed_hs, changed_qbo = change(sb, share)
        inc, inc_s = timed("incremental refresh", lambda: app.refresh(ep, main, mode="incremental"))

        def bare() -> Any:
            return refresh_incremental.incremental_refresh(ep, no_sweep, sweep_links=False)
        lean, lean_s = timed("incremental, no association sweep", bare)
        timed("full refresh for comparison", lambda: app.refresh(ep, reference, mode="full"))
        same = failures(main) == failures(reference)
        same_lean = failures(no_sweep) == failures(reference)
    return {"n": n, "share": share, "sizes": sizes, "changed_hs": changed_hs, "changed_qbo": changed_qbo,
            "full": (full.hubspot_requests, full.qbo_requests, full_s),
            "inc": (inc.hubspot_requests, inc.qbo_requests, inc_s),
            "lean": (lean.hubspot_requests, lean.qbo_requests, lean_s),
            "min_full": full_minimum(sizes), "min_inc": incremental_minimum(changed_hs, changed_qbo),
            "same": same, "same_lean": same_lean}


def section(r: dict[str, Any], command: str) -> str:
    s = r["sizes"]
    rows = [("full refresh", r["full"], r["min_full"]),
            ("incremental (default: links swept, archived listed)", r["inc"], r["min_inc"]),
            ("incremental without the association sweep", r["lean"], r["min_inc"])]
    lines = [SECTION, "",
             f"`{command}` — {time.strftime('%Y-%m-%d %H:%M', time.gmtime())} UTC, sandbox in-process with the "
             "services' real rate limits (HubSpot 100/10 s and search 5/s, QBO 500/min).",
             f"Company: {s['hs_invoices']:,} HubSpot invoices, {s['hs_contacts']:,} contacts, "
             f"{s['hs_companies']:,} companies, {s['hs_line_items']:,} line items; QBO {s['qbo_invoices']:,} "
             f"invoices, {s['qbo_customers']:,} customers. Changed: {r['changed_hs']} HubSpot and "
             f"{r['changed_qbo']} QBO invoices ({r['share']:.0%}).", "",
             "| refresh | HubSpot requests | QBO requests | total | minimum | × minimum | time (s) |",
             "|---|---:|---:|---:|---:|---:|---:|"]
    for label, (hs, qbo, secs), minimum in rows:
        lines.append(f"| {label} | {hs:,} | {qbo:,} | {hs + qbo:,} | {minimum:,} | {(hs + qbo) / minimum:.1f} "
                     f"| {secs:.1f} |")
    lines += ["", f"Failures after the incremental refresh equal a fresh full refresh's: {r['same']} (without the "
              f"sweep: {r['same_lean']}; the sandbox's changes here move no association, so both should hold).",
              "Minimum: see bench/refresh.py's docstring (page sizes per request kind)."]
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", nargs="?", type=int, default=10_000)
    parser.add_argument("--changed", type=float, default=0.01, help="share of invoices changed (default 0.01)")
    parser.add_argument("--no-write", action="store_true", help="print only; leave bench/RESULTS.md alone")
    args = parser.parse_args()
    result = run(args.n, args.changed)
    text = section(result, " ".join([".venv/bin/python bench/refresh.py", *sys.argv[1:]]))
    print(text)
    if not args.no_write:
        record(text)   # replaces this benchmark's section
        print(f"updated {RESULTS.relative_to(ROOT)}")
    return 0 if result["same"] else 1


if __name__ == "__main__":
    sys.exit(main())
