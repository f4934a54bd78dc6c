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
