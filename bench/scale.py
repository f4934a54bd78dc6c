"""How long `scenario.load("scale:N")` takes (generate + build the sandbox state), and how much memory.

    .venv/bin/python bench/scale.py                 # 10k, 50k, 100k; updates bench/RESULTS.md
    .venv/bin/python bench/scale.py 20000 --no-write

Each size runs in a fresh interpreter, so one size's heap does not slow the next (the cyclic GC's passes grow
with the heap) and the peak memory is that size's alone.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "RESULTS.md"
SECTION = "## Scale generator"
BUDGET_S = 60.0  # issue #3: scale:100000 must load in under a minute on a 2-core machine


def measure(n: int) -> dict[str, float]:
    """generate + build for n invoices, in this process (called in the child)."""
    import resource

    sys.path.insert(0, str(ROOT))
    from core.sandbox import scale, scenario

    started = time.perf_counter()
    data = scale.generate_from_spec(str(n))
    generated = time.perf_counter()
    state = scenario.build(data)  # what scenario.load("scale:N") does after generating
    built = time.perf_counter()
    return {"n": n, "generate_s": generated - started, "build_s": built - generated, "total_s": built - started,
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "hubspot_objects": sum(len(v) for v in state.hubspot.objects.values()),
            "qbo_objects": sum(len(v) for v in state.qbo.entities.values())}


def run_child(n: int) -> dict[str, float]:
    out = subprocess.run([sys.executable, __file__, "--child", str(n)], cwd=ROOT, check=True, text=True,
                         capture_output=True).stdout
    result: dict[str, float] = json.loads(out.strip().splitlines()[-1])
    return result


def section(rows: list[dict[str, float]], command: str) -> str:
    lines = [SECTION, "",
             f"`{command}` — {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {os.cpu_count()} CPUs (nproc), "
             f"Python {platform.python_version()} on {platform.system()} {platform.machine()}.",
             "Each size in a fresh interpreter: `scale.generate_from_spec(N)` then `scenario.build` — together what "
             f'`scenario.load("scale:N")` does. Budget for 100k: {BUDGET_S:.0f} s.', "",
             "| invoices | generate (s) | build (s) | total (s) | peak RSS (MB) | HubSpot objects | QBO objects |",
             "|---:|---:|---:|---:|---:|---:|---:|"]
    for r in rows:
        lines.append(f"| {int(r['n']):,} | {r['generate_s']:.2f} | {r['build_s']:.2f} | {r['total_s']:.2f} "
                     f"| {r['peak_mb']:.0f} | {int(r['hubspot_objects']):,} | {int(r['qbo_objects']):,} |")
    return "\n".join(lines) + "\n"


def write_section(text: str) -> None:
    """Replace our section (up to the next '## ' heading) or append it; other sections stay as they are."""
    old = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Benchmark results\n"
    pattern = re.compile(rf"^{re.escape(SECTION)}\n.*?(?=^## |\Z)", re.S | re.M)
    if pattern.search(old):
        new = pattern.sub(lambda _: text + "\n", old, count=1).rstrip("\n") + "\n"
    else:
        new = old.rstrip("\n") + "\n\n" + text
    RESULTS.write_text(new, encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[10_000, 50_000, 100_000])
    parser.add_argument("--no-write", action="store_true", help="print only; leave bench/RESULTS.md alone")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(args.child)))
        return 0
    rows = []
    for n in args.sizes:
        rows.append(run_child(n))
        r = rows[-1]
        print(f"{n:>7,}: generate {r['generate_s']:.2f} s + build {r['build_s']:.2f} s = {r['total_s']:.2f} s, "
              f"peak {r['peak_mb']:.0f} MB", flush=True)
    command = " ".join([".venv/bin/python bench/scale.py", *sys.argv[1:]])
    text = section(rows, command)
    if not args.no_write:
        write_section(text)
        print(f"updated {RESULTS.relative_to(ROOT)}")
    over = [r for r in rows if r["n"] <= 100_000 and r["total_s"] > BUDGET_S]
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
