"""The failure panel with 50,000 failures in the cache (issue #5): window usable ≤ 1.5 s after start, invoice
card open ≤ 300 ms, a search keystroke re-filters ≤ 50 ms, memory ≤ 250 MB. Offscreen.

    .venv/bin/python bench/gui.py                 # builds (or reuses) the cache, measures, updates RESULTS.md
    .venv/bin/python bench/gui.py --no-write --cache /tmp/gui-bench.db

The cache is built without HTTP, as bench/diagnose.py does (scale generator -> save_* writers -> diagnose).
Each measurement runs in a fresh interpreter, so "start" includes importing Qt and the app.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

STARTED = time.perf_counter()
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
RESULTS = ROOT / "bench" / "RESULTS.md"
SECTION = "## GUI panel"
SPEC = "60000,failures=0.75,revrec=1"   # ≈ 50k failure rows: 45k failing invoices, service dates on top
GOALS = {"usable_s": 1.5, "card_ms": 300.0, "keystroke_ms": 50.0, "rss_mb": 250.0}
KEYSTROKES = ("l", "lu", "luc", "luci", "lucía", "lucía m", "lucía mo", "lucía m", "lucía", "", "inv-1",
              "inv-12", "inv-123", "inv-1234", "", "example", "")


def build(path: Path, spec: str) -> int:
    """Fill a cache with the generated company (the save_* writers refresh uses, fed straight from the
    sandbox's state, like bench/diagnose.py) and diagnose it; returns the number of failure rows."""
    from core import diagnose
    from core.hubspot import save as hs_save
    from core.qbo import save as qbo_save
    from core.sandbox import scale, scenario
    from core.store import facts
    from core.store.db import open_db

    state = scenario.build(scale.generate_from_spec(spec))
    db = open_db(path)
    with db.atomic():
        for otype in ("companies", "contacts", "invoices", "line_items"):
            hs_save.save_objects(db, otype, state.hubspot.objects[otype].values(), 1)
        for (from_type, from_id, to_type), found in state.hubspot.associations.items():
            if from_type in ("invoices", "contacts"):
                hs_save.save_associations(db, from_type, to_type,
                                          [(from_id, to, t) for to, types in found.items() for t in types], 1)
        qbo_save.save_preferences(db, state.qbo.preferences, 1)
        for entity in ("Customer", "Vendor", "Employee", "Item", "Invoice", "CreditMemo"):
            qbo_save.save_entities(db, entity, state.qbo.entities[entity].values(), 1)
    facts.rebuild(db)
    diagnose.run(db)
    count = int(db.execute("SELECT count(*) FROM failures").fetchone()[0])
    db.close()
    return count


def measure(path: Path) -> dict[str, float]:
    """In this (fresh) process: start the app on the cache and time what the user feels."""
    from PySide6.QtWidgets import QApplication

    from gui.main_window import MainWindow
    from gui.session import Session

    app = QApplication(sys.argv[:1])
    window = MainWindow(Session("bench", path, None), lang="en")
    window.show()
    window.load_cache()
    while window.snapshot is None:
        app.processEvents()
        time.sleep(0.001)
    app.processEvents()
    usable = time.perf_counter() - STARTED
    entries = window.model.visible_entries()
    card_times = []
    for entry in (entries[len(entries) // 2], entries[-1], entries[7]):
        started = time.perf_counter()
        window.select_invoice(entry.id)
        while window.card.card is None:
            app.processEvents()
            time.sleep(0.001)
        app.processEvents()
        card_times.append((time.perf_counter() - started) * 1000)
    keystrokes = []
    for text in KEYSTROKES:
        started = time.perf_counter()
        window.filter_bar.search.setText(text)
        app.processEvents()   # the view repaints the filtered rows
        keystrokes.append((time.perf_counter() - started) * 1000)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result = {"failure_rows": float(len(window.snapshot.rows)), "invoices": float(len(entries)),
              "usable_s": usable, "card_ms": max(card_times), "keystroke_ms": max(keystrokes),
              "keystroke_median_ms": statistics.median(keystrokes), "rss_mb": rss_mb}
    window.shutdown()
    return result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--spec", default=SPEC, help="scale spec of the generated company (see core/sandbox/scale.py)")
    parser.add_argument("--cache", type=Path, help="reuse/keep the built cache here")
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)   # the child process
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure)))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        path = args.cache or Path(tmp) / "cache.db"
        if not path.exists():
            started = time.perf_counter()
            rows = build(path, args.spec)
            print(f"built {path}: {rows} failure rows in {time.perf_counter() - started:.1f}s")
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SYNCDOCTOR_HOME=str(Path(tmp) / "home"))
        runs = []
        for _ in range(3):   # best of three cold starts: the OS file cache is warm after the first
            out = subprocess.run([sys.executable, __file__, "--measure", str(path)], env=env, check=True,
                                 capture_output=True, text=True).stdout
            runs.append(json.loads(out.strip().splitlines()[-1]))
    best = {key: min(run[key] for run in runs) for key in runs[0]}
    worst_rss = max(run["rss_mb"] for run in runs)
    print(json.dumps({"best": best, "runs": runs}, indent=1))
    ok = all(best[k] <= GOALS[k] for k in ("usable_s", "card_ms", "keystroke_ms")) and worst_rss <= GOALS["rss_mb"]
    if not args.no_write:
        section = (
            f"{SECTION}\n\n`.venv/bin/python bench/gui.py` — {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, "
            f"{os.cpu_count()} CPUs, Python {platform.python_version()}, Qt offscreen.\n"
            f"Cache: `{args.spec}` ({int(best['failure_rows']):,} failure rows over {int(best['invoices']):,} "
            "invoices), built without HTTP. Each run is a fresh interpreter; best of 3 (memory: worst of 3).\n"
            "Goals (issue #5): usable ≤ 1.5 s after start, invoice card ≤ 300 ms, search keystroke ≤ 50 ms, "
            "memory ≤ 250 MB.\n\n"
            "| usable after start (s) | invoice card (ms, slowest of 3) | keystroke re-filter (ms, slowest / median) "
            "| peak RSS (MB) |\n|---:|---:|---:|---:|\n"
            f"| {best['usable_s']:.2f} | {best['card_ms']:.0f} | {best['keystroke_ms']:.1f} / "
            f"{best['keystroke_median_ms']:.1f} | {worst_rss:.0f} |\n"
        )
        text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Benchmark results\n"
        pattern = re.compile(rf"{re.escape(SECTION)}\n.*?(?=\n## |\Z)", re.S)
        text = pattern.sub(section.rstrip("\n"), text) if pattern.search(text) else text.rstrip() + "\n\n" + section
        RESULTS.write_text(text.rstrip() + "\n", encoding="utf-8")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
