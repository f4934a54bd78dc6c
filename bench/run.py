"""Every benchmark in bench/, one after the other; each replaces its own section of bench/RESULTS.md (`make bench`).

    .venv/bin/python bench/run.py                 # the full runs: half an hour or more, a quiet machine wanted
    .venv/bin/python bench/run.py --only gui,diagnose
    .venv/bin/python bench/run.py --quick         # smoke run: small companies, seconds each, RESULTS.md untouched
    .venv/bin/python bench/run.py --list

Each benchmark runs in its own interpreter, as it would by hand, so one's heap never slows the next. A benchmark
exits non-zero when it crashed or missed its goal; this runner goes on with the others and exits 1 if any did.
Quick runs pass `--no-write`: numbers from a toy company must not replace the real ones.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
HELPERS = ("run.py", "results.py", "cachefill.py")   # bench/ modules that are not benchmarks


@dataclass(frozen=True)
class Bench:
    script: str
    full: tuple[str, ...]    # the arguments of the recorded run (see RESULTS.md's command lines)
    quick: tuple[str, ...]   # a small company and short durations; always with --no-write

    @property
    def name(self) -> str:
        return self.script.removesuffix(".py")

    def command(self, quick: bool) -> list[str]:
        return [sys.executable, str(BENCH / self.script), *(self.quick if quick else self.full)]


# Cheapest first, so a quick run fails early; the soak, ten minutes of the real window, last.
BENCHES = (
    Bench("scale.py", (), ("2000", "--no-write")),
    Bench("diagnose.py", (), ("2000", "--no-write")),
    Bench("diagnose_process.py", (), ("--sizes", "2000,3000:0.01", "--runs", "1", "--no-write")),
    Bench("sandbox_pages.py", ("--repeat", "9"), ("--sizes", "3000,6000", "--repeat", "1", "--no-write")),
    Bench("refresh.py", (), ("--sizes", "300", "--no-write")),
    Bench("refresh_limits.py", (), ("--run", "300:5", "--no-write")),
    Bench("gui.py", (), ("--spec", "600,failures=0.9", "--no-write")),
    Bench("soak.py", ("--seed", "1", "--minutes", "10"), ("--seed", "1", "--minutes", "0.2", "--no-write")),
)


def unlisted() -> list[str]:
    """Scripts in bench/ that are neither a benchmark here nor a helper: a new benchmark must be added above."""
    known = {b.script for b in BENCHES} | set(HELPERS)
    return sorted(p.name for p in BENCH.glob("*.py") if p.name not in known)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small companies, short runs, RESULTS.md untouched")
    parser.add_argument("--only", help="comma-separated benchmark names (e.g. gui,diagnose)")
    parser.add_argument("--list", action="store_true", help="print each benchmark's command and exit")
    args = parser.parse_args()
    missing = unlisted()
    if missing:
        print(f"error: bench/run.py does not know {', '.join(missing)}: add it to BENCHES", file=sys.stderr)
        return 2
    chosen: tuple[Bench, ...] = BENCHES
    if args.only:
        names = [n.strip().removesuffix(".py") for n in args.only.split(",") if n.strip()]
        unknown = sorted(set(names) - {b.name for b in BENCHES})
        if unknown:
            print(f"error: no benchmark named {', '.join(unknown)}", file=sys.stderr)
            return 2
        chosen = tuple(b for b in BENCHES if b.name in names)
    if args.list:
        for bench in chosen:
            shown = ["bench/" + bench.script, *(bench.quick if args.quick else bench.full)]
            print(f"{bench.name}: {' '.join(shown)}")
        return 0
    failed = []
    for bench in chosen:
        print(f"== {bench.name}", flush=True)
        start = time.monotonic()
        code = subprocess.run(bench.command(args.quick), cwd=ROOT).returncode
        print(f"== {bench.name}: exit {code} after {time.monotonic() - start:.0f} s", flush=True)
        if code != 0:
            failed.append(bench.name)
    if failed:
        print(f"failed or missed a goal: {', '.join(failed)}", file=sys.stderr)
        return 1
    if not args.quick:
        print(f"updated {(BENCH / 'RESULTS.md').relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
