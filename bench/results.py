"""bench/RESULTS.md, one `## ` section per benchmark: a new run replaces its own section and leaves the others."""

from __future__ import annotations

import platform
import re
import time
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"


def machine() -> str:
    import os

    return (f"{time.strftime('%Y-%m-%d %H:%M', time.gmtime())} UTC, {os.cpu_count()} CPUs, Python "
            f"{platform.python_version()} on {platform.system()} {platform.machine()}")


def record(text: str) -> None:
    """Put `text` (starting with its `## ` heading) in place of the section with the same heading, or at the end."""
    heading = text.splitlines()[0].strip()
    old = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Benchmark results\n"
    pattern = re.compile(rf"^{re.escape(heading)}\n.*?(?=^## |\Z)", re.M | re.S)
    body = text.rstrip("\n") + "\n\n"
    new = pattern.sub(lambda _m: body, old, count=1) if pattern.search(old) else old.rstrip("\n") + "\n\n" + body
    RESULTS.write_text(new.rstrip("\n") + "\n", encoding="utf-8")


def peak_rss_mb() -> float:
    """This process's own peak RSS: VmHWM (reset by exec), not ru_maxrss, which also counts the memory of the
    process this one was forked from before exec (a benchmark that built a big company first would count it)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource
    import sys

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)   # bytes on macOS, KiB on Linux
