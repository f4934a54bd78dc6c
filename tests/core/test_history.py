"""Failures per cause over time: two diagnoses of the demo company, refreshed over HTTP, before and after
revenue recognition is turned off in QuickBooks."""

from __future__ import annotations

from pathlib import Path

from core import history
from tests.helpers.demo import REVREC, two_runs


def test_each_run_keeps_its_counts_per_cause(tmp_path: Path) -> None:
    db_path = tmp_path / "cache.db"
    first, second = two_runs(db_path)
    runs = history.load_runs(db_path)
    assert len(runs) == 2 and runs[0].id < runs[1].id and runs[0].at <= runs[1].at
    for run, diagnosis in zip(runs, (first, second), strict=True):
        want: dict[str, int] = {}
        for f in diagnosis.failures:
            want[f.kind] = want.get(f.kind, 0) + 1
        assert run.counts == want
        assert run.failing_invoices == len({f.hubspot_invoice_id for f in diagnosis.failures})
    assert runs[0].counts[REVREC] == 14 and REVREC not in runs[1].counts

    series = {s.kind: s for s in history.series(runs)}
    assert set(series) == set(runs[0].counts) | set(runs[1].counts)
    assert all(len(s.values) == 2 for s in series.values())
    assert series[REVREC].values == (14, 0)
    assert series["missing_customer"].values == (3, 3)
    assert series[REVREC].title == "Service date required (revenue recognition)"
    assert history.series(runs, "es")[0].title == "Falta la fecha de servicio (reconocimiento de ingresos)"
    assert [r.id for r in history.load_runs(db_path, limit=1)] == [runs[1].id]


def test_no_cache_no_runs(tmp_path: Path) -> None:
    assert history.load_runs(tmp_path / "missing.db") == []
    assert history.series([]) == []
