"""An incremental refresh costs what changed, plus the stated sweep budget — and its cache equals, row by row,
what a fresh full refresh makes, a link moved on an unchanged invoice included.

Sweep budget (core/refresh/incremental.py): the four archived lists, one page each while few records are
archived, and three association reads of up to 1000 records each (the changed records first, then the next slice
of the cache). A company of 500 invoices and 250 contacts is swept whole by every refresh.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from core import app
from core.sandbox.server import Sandbox
from tests.helpers.changes import twenty_changes_and_a_moved_link
from tests.helpers.cli import rows

SWEEP_BUDGET = 4 + 3
CHANGE_COST = 6          # four searches, QuickBooks' changes (CDC) and its preferences
ZERO_CHANGE_COST = 12


@pytest.fixture
def sb() -> Iterator[Sandbox]:
    with Sandbox("scale:500,seed=5") as sandbox:
        yield sandbox


def requests_during(sb: Sandbox, step: object) -> int:
    before = len(sb.app.requests)
    step()  # type: ignore[operator]
    return len(sb.app.requests) - before


def test_twenty_changes_cost_six_requests_plus_the_sweep(sb: Sandbox, tmp_path: Path) -> None:
    cache, fresh = tmp_path / "cache.db", tmp_path / "fresh.db"
    app.refresh(sb.endpoints(), cache)
    moved = twenty_changes_and_a_moved_link(sb)
    spent = requests_during(sb, lambda: app.refresh(sb.endpoints(), cache, mode="incremental"))
    assert spent <= CHANGE_COST + SWEEP_BUDGET, spent
    app.refresh(sb.endpoints(), fresh, mode="full")
    assert rows(cache) == rows(fresh)
    links = [r for r in rows(cache)["hs_associations"] if r[:3] == ("invoices", moved, "contacts")]
    assert len(links) == 1


def test_a_refresh_with_nothing_changed_costs_twelve_requests_plus_the_sweep(sb: Sandbox, tmp_path: Path) -> None:
    cache = tmp_path / "cache.db"
    app.refresh(sb.endpoints(), cache)
    before = rows(cache)
    spent = requests_during(sb, lambda: app.refresh(sb.endpoints(), cache, mode="incremental"))
    assert spent <= ZERO_CHANGE_COST + 3, spent
    assert rows(cache) == before
