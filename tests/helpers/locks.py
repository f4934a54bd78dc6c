"""Another process holding a client company's writer lock, as a second Sync Doctor busy with it would."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_HOLD = ("import sys, time\nfrom pathlib import Path\nfrom core import writer_lock\n"
         "with writer_lock.hold(Path(sys.argv[1]), sys.argv[2]):\n    print('held', flush=True)\n    time.sleep(60)\n")


@contextmanager
def held_elsewhere(folder: Path, activity: str = "push") -> Iterator[int]:
    """Hold `folder`'s writer lock in a child process for `activity` until the block ends; yields its pid."""
    folder.mkdir(parents=True, exist_ok=True)
    child = subprocess.Popen([sys.executable, "-c", _HOLD, str(folder), activity], cwd=ROOT,
                             stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "held"
        yield child.pid
    finally:
        child.kill()
        child.wait(10)
