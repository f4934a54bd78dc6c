"""Failures per cause over time, from the counts every diagnosis stores in `diagnose_runs`.

core/diagnose.py already records, per run, the number of blocking failures of each kind (warnings are not
counted there) and how many invoices fail; nothing else needs storing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from core.report import kind_title
from core.store.db import open_db


@dataclass(frozen=True)
class Run:
    """One stored diagnosis."""

    id: int
    at: datetime                 # local time, naive
    counts: dict[str, int]       # blocking failures per kind; a kind with none is absent
    failing_invoices: int


@dataclass(frozen=True)
class Series:
    kind: str
    title: str
    values: tuple[int, ...]      # one per run, oldest first; 0 where the kind was absent


def load_runs(db_path: Path, limit: int | None = None) -> list[Run]:
    """The stored diagnoses, oldest first; with `limit`, only the newest `limit` of them."""
    if not db_path.exists():
        return []
    db = open_db(db_path)  # not read-only: a WAL cache without its -shm file cannot be opened read-only
    try:
        sql = "SELECT id, at, counts, failing_invoices FROM diagnose_runs ORDER BY id DESC"
        rows = db.execute(sql + (" LIMIT ?" if limit else ""), [limit] if limit else []).fetchall()
    finally:
        db.close()
    return [Run(int(rid), _local(at), _counts(counts), int(failing or 0))
            for rid, at, counts, failing in reversed(rows)]


def series(runs: list[Run], lang: str = "en") -> list[Series]:
    """One series per kind seen in any run, the most frequent overall first."""
    totals: dict[str, int] = {}
    for run in runs:
        for kind, n in run.counts.items():
            totals[kind] = totals.get(kind, 0) + n
    kinds = sorted(totals, key=lambda k: (-totals[k], k))
    return [Series(k, kind_title(k, lang), tuple(run.counts.get(k, 0) for run in runs)) for k in kinds]


def _counts(text: str | None) -> dict[str, int]:
    try:
        data = json.loads(text or "{}")
    except ValueError:
        return {}
    return {str(k): int(v) for k, v in data.items() if isinstance(v, int | float)} if isinstance(data, dict) else {}


def _local(text: str) -> datetime:
    try:
        value = datetime.fromisoformat(text)
    except (TypeError, ValueError):
        return datetime.min
    return (value if value.tzinfo else value.replace(tzinfo=UTC)).astimezone().replace(tzinfo=None)
