"""Acceptance 5 of issue 14: a cache written by the previous release opens and diagnoses without error.

The fixtures are real caches, written by earlier releases of this app (not rebuilt by hand): `git archive <commit>`,
then `main.py sandbox --scenario demo`, `main.py refresh` and `main.py diagnose` against it, and the cache file
vacuumed and gzipped. Both have schema version 1:
- cache_v1_513414d: the first release's (2026-11-24), before `cache.complete` and the recorded shape;
- cache_v1_3f40101: the last release with schema 1, just before the QuickBooks mark column (schema 2).
Their facts table answers those releases' questions (same column names, older SQL), and records no shape: it
must be rebuilt, keyed by the hash of the kinds' fact SQL, before any rule reads it (a kind whose column is new
would otherwise fail with "no such column", and a changed one would read stale answers).
"""

from __future__ import annotations

import gzip
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from core import app
from core.store import facts, schema
from core.store.db import SHAPE

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
OLD_CACHES = sorted(FIXTURES.glob("cache_v1_*.sqlite.gz"))


def _unpack(fixture: Path, into: Path) -> Path:
    path = into / "cache.db"
    with gzip.open(fixture) as src, path.open("wb") as dst:
        shutil.copyfileobj(src, dst)
    return path


def _read(path: Path, sql: str) -> list[tuple[Any, ...]]:
    with sqlite3.connect(path) as conn:
        return conn.execute(sql).fetchall()


def test_the_fixtures_are_old_caches() -> None:
    assert [p.name for p in OLD_CACHES] == ["cache_v1_3f40101.sqlite.gz", "cache_v1_513414d.sqlite.gz"]


@pytest.mark.parametrize("fixture", OLD_CACHES, ids=lambda p: p.name.split(".")[0])
def test_an_old_cache_opens_and_diagnoses(tmp_path: Path, fixture: Path) -> None:
    path = _unpack(fixture, tmp_path)
    assert _read(path, "SELECT value FROM meta WHERE key = 'schema_version'") == [("1",)]
    kinds_columns = [c.name for c in facts.FACT_COLUMNS]   # the kinds' questions, in registry order

    def facts_tail() -> list[Any]:
        return [row[1] for row in _read(path, "PRAGMA table_info(facts_invoices)")][-len(kinds_columns):]

    assert facts_tail() != kinds_columns, "the old release's facts were built from other SQL"
    assert not _read(path, "SELECT value FROM meta WHERE key = 'facts_shape'")
    found_then = set(_read(path, "SELECT hubspot_invoice_id, kind FROM failures WHERE severity = 'failure'"))
    assert found_then

    diagnosis = app.diagnose(path)

    # Upgraded in place: today's schema and shape, the facts rebuilt with every kind's columns.
    meta = dict(_read(path, "SELECT key, value FROM meta"))
    assert meta["schema_version"] == str(schema.SCHEMA_VERSION)
    assert meta["shape"] == SHAPE and meta["facts_shape"] == facts.SHAPE
    assert facts_tail() == kinds_columns
    assert "marked_invoice" in {row[1] for row in _read(path, "PRAGMA table_info(qbo_invoices)")}
    # The same data, the same failures: every cause the old release found is found today.
    assert {(f.hubspot_invoice_id, f.kind) for f in diagnosis.failures} >= found_then
    rows = app.load_failure_rows(path, "es")
    assert {(r.hubspot_invoice_id, r.kind) for r in rows if r.severity == "failure"} >= found_then
    assert all(r.title and r.title != r.kind for r in rows)
    report = app.diagnose_report(path)
    assert len(report["failures"]) == len(diagnosis.failures)   # type: ignore[arg-type]
