"""A day at the window, compressed (issue 12): the real app window driven for --minutes by tests/gui/soak_driver.py
among three saved client companies (each its own embedded sandbox over real HTTP), with gc.collect() called from a
worker thread at random moments. Offscreen; an in-memory keychain.

    .venv/bin/python bench/soak.py --seed 1 --minutes 10        # appends/replaces this seed's row in RESULTS.md
    .venv/bin/python bench/soak.py --seed 2 --minutes 1 --no-write
    .venv/bin/python bench/soak.py --seed 4 --minutes 5 --no-worker-gc   # all collecting on the GUI thread

What is recorded (see the driver for how each action is done and checked):
- actions: profile switches (every 3-8 s), wizard runs (Fix… → express → Apply → sometimes Undo → Finish, or
  Cancel), exports (CSV/XLSX/PDF), Connect dialog openings, refreshes, searches, tab and language changes.
- RSS at the first and the last sample; the slope after the first minute (warm-up) per minute and per 100 wizard
  runs (all growth charged to the wizards: an upper bound). Samples are taken with the window idle, after Qt's
  deferred deletions, a collection on the GUI thread and malloc_trim. The sandboxes' in-memory request logs
  (kept for tests) are emptied at each sample: they are the emulator's memory, not the app's.
- the worst event-loop stall: how late a 10 ms GUI-thread timer fired, the driver's own measurements excluded;
  the longest collection the GUI-thread collector (gui.gc_policy) ran from its timer, and how long a full
  collection of the whole heap takes on the GUI thread (the driver runs one before each measurement; those
  also keep the timer's collections young, so the full ones are the figure to read for the app's worst case).
- problems: any Python exception on any thread, any ERROR log record, Qt warnings about destroyed receivers or
  wrong threads, a live Qt object found only in cyclic garbage, and QObject counts not back to their baseline after
  a dialog, a wizard or a switch. The exit code is 1 when there is any.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
RESULTS = ROOT / "bench" / "RESULTS.md"
SECTION = "## Soak: the window all day (issue 12)"
HEADER = ("| seed | minutes | switches | wizard runs (applied / undone) | exports | Connect | refreshes | other "
          "| gc.collect() on a worker | RSS start → end (MB) | slope after 1 min: MB/min · MB per 100 wizards "
          "| worst stall (ms) | GUI-thread collections: longest by the timer · full, median / longest (ms) "
          "| checks passed | problems |\n"
          "|---:|---:|---:|---|---:|---:|---:|---:|---:|---|---|---:|---|---:|---:|\n")


def run(seed: int, minutes: float, home: Path, worker_gc: bool = True) -> dict[str, Any]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["SYNCDOCTOR_HOME"] = str(home)
    import keyring
    from PySide6.QtWidgets import QApplication

    from core.secrets import TokenStore
    from gui import gc_policy, i18n
    from tests.core.test_secrets import MemoryKeyring
    from tests.gui.soak_companies import open_companies
    from tests.gui.soak_driver import Soak

    keyring.set_keyring(MemoryKeyring())
    app = QApplication(sys.argv[:1])
    i18n.install(app, "en")
    gc_policy.install(freeze=True)   # as gui.app.run does
    store = TokenStore()
    companies = open_companies(store, home / "locks")
    (home / "exports").mkdir()
    soak = Soak(companies, seed, home / "exports", worker_gc=worker_gc)
    soak.begin()
    try:
        stop = time.monotonic() + minutes * 60
        while time.monotonic() < stop:
            soak.run(min(30.0, max(stop - time.monotonic(), 0.1)))
            for sandbox in companies.sandboxes.values():
                with sandbox.app._log_lock:
                    sandbox.app.requests.clear()
            soak.checkpoint()
    except Exception as err:   # a stuck wait or a failed check: recorded, then the soak's record is written
        soak.problems.add(f"{type(err).__name__}: {err}")
    finally:
        soak.end()
        companies.close(store)
    return soak.report()


def row(r: dict[str, Any]) -> str:
    a = r["actions"]
    other = sum(a.get(k, 0) for k in ("browse", "search", "tabs", "language"))
    checks = sum(r["checks"].values())
    full = r["full_collection_ms"] or {"median": 0, "longest": 0}
    return (f"| {r['seed']} | {r['seconds'] / 60:.1f} | {a.get('switch', 0)} | {a.get('wizard', 0)} "
            f"({a.get('applied', 0)} / {a.get('undone', 0)}) | {a.get('export', 0)} | {a.get('connect', 0)} "
            f"| {a.get('refresh', 0)} | {other} | {r['gc_on_worker']} | {r['rss_start_mb']:.0f} → "
            f"{r['rss_end_mb']:.0f} | {r['rss_mb_per_min_after_warmup']:+.2f} · "
            f"{r['rss_mb_per_100_wizards_after_warmup'] or 0:+.2f} | {r['worst_stall_ms']} "
            f"| {r['longest_gui_collection_ms']} · {full['median']:.0f} / {full['longest']:.0f} | {checks} "
            f"| {len(r['problems'])} |\n")


def write(report: dict[str, Any]) -> None:
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Benchmark results\n"
    pattern = re.compile(rf"{re.escape(SECTION)}\n.*?(?=\n+## |\Z)", re.S)
    found = pattern.search(text)
    rows = [line + "\n" for line in (found.group(0).splitlines() if found else []) if re.match(r"\| \d+ \|", line)]
    rows = [r for r in rows if not r.startswith(f"| {report['seed']} |")] + [row(report)]
    rows.sort(key=lambda line: int(line.split("|")[1]))
    section = (
        f"{SECTION}\n\n`.venv/bin/python bench/soak.py --seed N --minutes M` — last run "
        f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
        "Qt offscreen, one process per seed.\n"
        "The real window (`AppWindow`) among three saved client companies, each its own embedded sandbox over real "
        "HTTP; a profile switch every 3–8 s, wizards applied and undone, exports, Connect dialogs, refreshes, "
        "searches, tabs and languages, and gc.collect() from a worker thread every 20–600 ms (a row with 0 there "
        "is a run without it, `--no-worker-gc`: the GUI-thread collector alone). What each column "
        "means: bench/soak.py's docstring. Goals: no crash, no Python exception; RSS ≤ 5 MB per 100 wizard runs; "
        "live QObjects back to their baseline after each dialog, wizard and switch (checks passed).\n\n"
        + HEADER + "".join(rows))
    text = pattern.sub(section.rstrip("\n") + "\n", text) if found else text.rstrip() + "\n\n" + section
    RESULTS.write_text(text.rstrip() + "\n", encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--no-worker-gc", action="store_true",
                        help="no gc.collect() from a worker: the GUI-thread collector does all the collecting")
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--json", type=Path, help="also write the full record here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="soak-") as tmp:
        report = run(args.seed, args.minutes, Path(tmp), worker_gc=not args.no_worker_gc)
    print(json.dumps(report, indent=1))
    if args.json:
        args.json.write_text(json.dumps(report, indent=1), encoding="utf-8")
    if not args.no_write:
        write(report)
    return 1 if report["problems"] else 0


if __name__ == "__main__":
    sys.exit(main())
