"""What the window asks core to do, as plain functions the task bridge runs (no Qt in here).

Each job returns a `Snapshot`: everything the window shows, read in the worker so the GUI thread never
waits on SQLite. The same functions run synchronously for `screenshot`.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

import core.app as core_app


@dataclass(frozen=True)
class Snapshot:
    """The cache as the window shows it."""

    rows: list[core_app.FailureRow]
    last_refreshed: str | None  # ISO time of the last completed refresh; None = never checked


def load_snapshot(db_path: Path) -> Snapshot:
    return Snapshot(rows=core_app.load_failure_rows(db_path), last_refreshed=core_app.last_refreshed(db_path))


def load_cached(db_path: Path, progress: core_app.Progress, cancel: threading.Event) -> Snapshot:
    """Job: what the cache already knows (offline, fast)."""
    del progress, cancel
    return load_snapshot(db_path)


def refresh_and_diagnose(
    endpoints: core_app.Endpoints, db_path: Path, progress: core_app.Progress, cancel: threading.Event
) -> Snapshot | None:
    """Job: pull both systems, run the rules, read the result. None when cancelled."""
    core_app.refresh(endpoints, db_path, progress, cancel)
    if cancel.is_set():  # a cut-short refresh must not be diagnosed as if it were complete
        return None
    progress("diagnose", 0, 0)
    core_app.diagnose(db_path)
    return load_snapshot(db_path)
