"""Sandbox list pages over HTTP for a 10k and a 100k company in one run (issue 16): a page must cost time in
proportion to the page, not to the company, so each 100k page should take at most twice its 10k twin.

    .venv/bin/python bench/sandbox_pages.py [--sizes 10000,100000] [--repeat 5]

For each size: `Sandbox("scale:N")` on 127.0.0.1 with the rate limits lifted, then for every request shape the
first, a middle and the last page (all full pages: the last one ends at the last record, or at the 10,000th
search result), each requested `--repeat` times over one keep-alive session (median kept).
Before timing, each shape is requested once: that first request builds the shape's sorted index (reported
apart, "index build"); later pages, and writes, only move the records that change. Shapes:

- HubSpot lists: `GET /crm/v3/objects/{invoices,line_items}?limit=100&after=<id>` (the cursor is an id).
- HubSpot searches (200 per page, `after` an offset; never past 10,000, the service's cap): the app's incremental
  query (`hs_lastmodifieddate GTE t`, sorted by it), the 10k workaround (`hs_object_id GT x`, sorted by id), and
  a filter on another property (`hs_invoice_status EQ paid`, newest first).
- HubSpot `batch/read` of 100 invoices.
- QBO queries (`STARTPOSITION`/`MAXRESULTS 1000`): every invoice (the app's refresh), every customer with
  `Active IN (true, false)`, invoices changed since a time ordered by it (what Singer/Airbyte send), customers
  `ORDERBY DisplayName` with the implicit active filter (python-quickbooks' `all()`), and the same invoice query
  as a `/batch` Query item.

Prints a Markdown table (ms per request, ratio 100k / 10k) for bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import gc
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import requests

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.results import record
from core.sandbox.limits import RollingWindow
from core.sandbox.server import Options, Sandbox

Request = Callable[[], requests.Response]
Shape = tuple[str, list[tuple[str, Request]]]  # name, [(page label, request)]
LOOSE = Options(hubspot_limit=10**9, qbo_limit=10**9, qbo_concurrency=10**6)
CAP = 10_000


def hubspot_shapes(sb: Sandbox, http: requests.Session) -> list[Shape]:
    hs = sb.state.hubspot
    base = f"{sb.base_url}/crm/v3/objects"

    def listing(otype: str) -> Shape:
        ids = sorted(hs.objects[otype], key=int)
        cursors = {"first": None, "middle": ids[len(ids) // 2], "last": ids[-100]}
        return (f"HubSpot list {otype} (100)", [
            (label, lambda after=after: http.get(f"{base}/{otype}", params={"limit": 100, **(
                {"after": after} if after else {})}, timeout=60)) for label, after in cursors.items()])

    def search(name: str, body: dict[str, Any], total: int) -> Shape:
        reachable = min(total, CAP)
        offsets = {"first": 0, "middle": reachable // 2 // 200 * 200, "last": reachable - 200}
        return (name, [(label, lambda after=after: http.post(f"{base}/invoices/search", timeout=60,
                                                             json={**body, "after": str(after), "limit": 200}))
                       for label, after in offsets.items()])

    invoices = hs.objects["invoices"]
    ids = sorted(invoices, key=int)
    since = min(o["properties"]["hs_lastmodifieddate"] for o in invoices.values())
    paid = sum(1 for o in invoices.values() if o["properties"].get("hs_invoice_status") == "paid")
    workaround = [("first", "0"), ("middle", ids[len(ids) // 2]), ("last", ids[-201])]
    batch_ids = {"first": ids[:100], "middle": ids[len(ids) // 2:len(ids) // 2 + 100], "last": ids[-100:]}
    return [
        listing("invoices"),
        listing("line_items"),
        search("HubSpot search: modified since, by it (200)", {
            "filterGroups": [{"filters": [{"propertyName": "hs_lastmodifieddate", "operator": "GTE",
                                           "value": since}]}],
            "sorts": [{"propertyName": "hs_lastmodifieddate", "direction": "ASCENDING"}]}, len(invoices)),
        ("HubSpot search: hs_object_id GT x (200)", [
            (label, lambda after=after: http.post(f"{base}/invoices/search", timeout=60, json={
                "filterGroups": [{"filters": [{"propertyName": "hs_object_id", "operator": "GT", "value": after}]}],
                "sorts": ["hs_object_id"], "limit": 200})) for label, after in workaround]),
        search("HubSpot search: status = paid, newest first (200)", {
            "filterGroups": [{"filters": [{"propertyName": "hs_invoice_status", "operator": "EQ", "value": "paid"}]}],
            "sorts": [{"propertyName": "hs_lastmodifieddate", "direction": "DESCENDING"}]}, paid),
        ("HubSpot batch/read invoices (100)", [
            (label, lambda chunk=chunk: http.post(f"{base}/invoices/batch/read", timeout=60, json={
                "inputs": [{"id": i} for i in chunk], "properties": ["hs_number"], "propertiesWithHistory": []}))
            for label, chunk in batch_ids.items()]),
    ]


def qbo_shapes(sb: Sandbox, http: requests.Session) -> list[Shape]:
    qbo = sb.state.qbo
    prefix = f"{sb.base_url}/v3/company/{qbo.realm}"

    def query(name: str, text: str, rows: int, size: int = 1000) -> Shape:
        starts = {"first": 1, "middle": rows // 2 // size * size + 1, "last": rows - size + 1}
        return (name, [(label, lambda start=start: http.get(f"{prefix}/query", timeout=60, params={
            "query": f"{text} STARTPOSITION {start} MAXRESULTS {size}", "minorversion": 75}))
            for label, start in starts.items()])

    invoices = len(qbo.entities["Invoice"])
    customers = qbo.entities["Customer"]
    active = sum(1 for c in customers.values() if c.get("Active", True) is not False)
    since = "2000-01-01T00:00:00Z"
    batch_starts = {"first": 1, "middle": invoices // 2 // 1000 * 1000 + 1, "last": invoices - 1000 + 1}
    return [
        query("QBO SELECT * FROM Invoice (1000)", "SELECT * FROM Invoice", invoices),
        query("QBO Customer WHERE Active IN (true, false) (1000)",
              "SELECT * FROM Customer WHERE Active IN (true, false)", len(customers)),
        query("QBO Invoice changed since, ORDER BY it (1000)",
              f"SELECT * FROM Invoice WHERE Metadata.LastUpdatedTime >= '{since}' "
              "ORDER BY Metadata.LastUpdatedTime ASC", invoices),
        query("QBO Customer ORDERBY DisplayName (100)", "SELECT * FROM Customer ORDERBY DisplayName", active, 100),
        ("QBO /batch Query item, Invoice (1000)", [
            (label, lambda start=start: http.post(f"{prefix}/batch", params={"minorversion": 75}, timeout=60, json={
                "BatchItemRequest": [{"bId": "q", "Query": f"SELECT * FROM Invoice STARTPOSITION {start} "
                                                           "MAXRESULTS 1000"}]}))
            for label, start in batch_starts.items()]),
    ]


def measure(size: int, repeat: int) -> tuple[dict[tuple[str, str], float], dict[str, float], float]:
    """{(shape, page): median ms}, {shape: first request ms (builds the index)}, load seconds."""
    began = time.perf_counter()
    sandbox = Sandbox(f"scale:{size}", options=LOOSE)
    loaded = time.perf_counter() - began
    sandbox.state.hubspot.search_window = RollingWindow(10**9, 1.0)
    ep = sandbox.endpoints()
    hs_http, qbo_http = requests.Session(), requests.Session()
    hs_http.headers["Authorization"] = f"Bearer {ep.hubspot_token}"
    qbo_http.headers.update({"Authorization": f"Bearer {ep.qbo_token}", "Accept": "application/json"})
    timings: dict[tuple[str, str], float] = {}
    builds: dict[str, float] = {}
    with sandbox:
        for name, pages in [*hubspot_shapes(sandbox, hs_http), *qbo_shapes(sandbox, qbo_http)]:
            began = time.perf_counter()
            check(pages[0][1](), name)
            builds[name] = (time.perf_counter() - began) * 1000
            for label, request in pages:
                samples = []
                for _ in range(repeat):
                    began = time.perf_counter()
                    check(request(), f"{name} {label}")
                    samples.append((time.perf_counter() - began) * 1000)
                timings[(name, label)] = statistics.median(samples)
    del sandbox
    gc.collect()
    return timings, builds, loaded


def check(reply: requests.Response, what: str) -> None:
    if reply.status_code not in (200, 207) or not reply.content:
        raise SystemExit(f"{what}: HTTP {reply.status_code} {reply.text[:300]}")
    body = reply.json()
    rows = body.get("results", body.get("QueryResponse", body.get("BatchItemResponse")))
    if not rows:
        raise SystemExit(f"{what}: an empty page {reply.text[:300]}")


SECTION = "## Sandbox list pages: 10k vs 100k company (issue 16)"
BEFORE = ("Before the sorted indexes (commit 38e53b7, `--repeat 3`) all pages took 1,645 ms at 10k and 13,359 ms at "
          "100k (8.12×); the before/after table is in this file as of commit ebe2560.")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--no-write", action="store_true", help="print only; leave bench/RESULTS.md alone")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    results = {size: measure(size, args.repeat) for size in sizes}
    small, big = sizes[0], sizes[-1]
    command = " ".join([".venv/bin/python bench/sandbox_pages.py", *sys.argv[1:]])
    lines = [SECTION, "",
             f"`{command}` — {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {os.cpu_count()} "
             f"CPUs, Python {platform.python_version()} on {platform.system()} {platform.machine()}. One run serves "
             "both companies over HTTP on 127.0.0.1 (`Sandbox(\"scale:N\")`, rate limits lifted); each full page is "
             "requested over a keep-alive session and the median kept, in ms. Goal: every 100k page in ≤ 2× its "
             "10k time. " + BEFORE,
             f"Load (`scale:N`): {', '.join(f'{s:,}: {results[s][2]:.1f} s' for s in sizes)}. "
             f"Median of {args.repeat} requests per page, ms.", "",
             f"| request | page | {small:,} | {big:,} | × |", "|---|---|---:|---:|---:|"]
    worst = 0.0
    for (name, label), ms in results[small][0].items():
        other = results[big][0][(name, label)]
        worst = max(worst, other / ms)
        lines.append(f"| {name} | {label} | {ms:.1f} | {other:.1f} | {other / ms:.2f} |")
    total_small, total_big = sum(results[small][0].values()), sum(results[big][0].values())
    lines += ["", f"All pages: {total_small:.0f} ms at {small:,}, {total_big:.0f} ms at {big:,} "
              f"({total_big / total_small:.2f}×); the slowest page ratio is {worst:.2f}×.", "",
              "First request of each shape (builds its index), ms: " + "; ".join(
                  f"{name}: {results[small][1][name]:.0f} / {results[big][1][name]:.0f}" for name in results[small][1])]
    text = "\n".join(lines) + "\n"
    print(text)
    if not args.no_write:
        record(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
