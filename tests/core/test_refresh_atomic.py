"""A refresh that does not finish changes nothing: the cache stays exactly as the last finished one left it.

Real HTTP to the sandbox; its fault plan makes QuickBooks fail after HubSpot was fetched whole, so a refresh
that saved pages as they came would already have changed the cache.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from core import app
from core.errors import Cancelled, UserError
from core.fixes.clients import Clients
from core.refresh import run as refresh_run
from core.sandbox.faults import FaultPlan
from core.sandbox.server import Sandbox
from core.store.db import COMPLETE, IncompleteCache, get_meta, open_db
from core.store.stage import stage_path
from tests.helpers.cli import rows
from tests.helpers.scenarios import kinds_scenario


@pytest.fixture
def sb() -> Sandbox:
    scenario, _ = kinds_scenario(padding_invoices=20, padding_customers=20)
    with Sandbox(scenario) as sandbox:
        yield sandbox


def change_both(sb: Sandbox) -> None:
    """Edits a refresh would pick up: a new customer, a renamed one, a HubSpot contact's new name."""
    with Clients.connect(sb.endpoints()) as clients:
        clients.qbo.create("Customer", {"DisplayName": "Brand New Ltd"}, "new-customer-1")
        first = next(iter(sb.state.qbo.entities["Customer"].values()))
        clients.qbo.update("Customer", {"Id": first["Id"], "SyncToken": first["SyncToken"], "sparse": True,
                                        "DisplayName": "Renamed Co"}, "rename-1")
        contact = next(iter(sb.state.hubspot.objects["contacts"]))
        clients.hubspot.patch_object("contacts", contact, {"lastname": "Changed"})


def quickbooks_fails(sb: Sandbox) -> None:
    """Every QuickBooks request refused for an expired login: the run stops at once (no retry pauses)."""
    sb.app.options.faults = FaultPlan(rate=1.0, seed=1, kinds=("expired_token",), apis=("qbo",))


def watermarks(path: Path) -> tuple[str | None, ...]:
    db = open_db(path)
    try:
        return tuple(get_meta(db, k) for k in (*refresh_run.WATERMARKS.values(), "last_refresh", COMPLETE))
    finally:
        db.close()


@pytest.mark.parametrize("mode", ["full", "incremental"])
def test_a_failed_refresh_leaves_the_cache_as_it_was(sb: Sandbox, tmp_path: Path, mode: str) -> None:
    path = tmp_path / "cache.db"
    app.refresh(sb.endpoints(), path)
    before, marks = rows(path), watermarks(path)
    change_both(sb)
    quickbooks_fails(sb)
    with pytest.raises(UserError):
        app.refresh(sb.endpoints(), path, mode=mode)
    assert rows(path) == before and watermarks(path) == marks
    assert not stage_path(path).exists()
    sb.app.options.faults = None
    app.refresh(sb.endpoints(), path, mode=mode)   # the next one brings the changes, none lost
    names = {r[1] for r in rows(path)["qbo_customers"]}
    assert {"Brand New Ltd", "Renamed Co"} <= names


def test_a_cancelled_refresh_leaves_the_cache_as_it_was(sb: Sandbox, tmp_path: Path) -> None:
    path = tmp_path / "cache.db"
    app.refresh(sb.endpoints(), path)
    before = rows(path)
    change_both(sb)
    cancel = threading.Event()
    seen: list[str] = []

    def progress(step: str, done: int, total: int) -> None:
        seen.append(step)
        if len(seen) == 4:
            cancel.set()   # pages of both systems are in the stage by now

    with pytest.raises(Cancelled):
        app.refresh(sb.endpoints(), path, progress=progress, cancel=cancel, mode="full")
    assert len(seen) >= 4
    assert rows(path) == before


def test_a_first_refresh_that_fails_leaves_an_incomplete_cache_that_is_not_diagnosed(sb: Sandbox,
                                                                                     tmp_path: Path) -> None:
    path = tmp_path / "cache.db"
    quickbooks_fails(sb)
    with pytest.raises(UserError):
        app.refresh(sb.endpoints(), path)
    assert all(not table for table in rows(path).values())
    with pytest.raises(IncompleteCache, match="incomplete"):
        app.diagnose(path)
    with pytest.raises(IncompleteCache):
        app.diagnose_report(path)


def test_an_empty_file_is_an_incomplete_cache(tmp_path: Path) -> None:
    path = tmp_path / "cache.db"
    path.write_bytes(b"")
    with pytest.raises(IncompleteCache):
        app.diagnose(path)


def test_a_cache_from_the_previous_release_opens_and_diagnoses(sb: Sandbox, tmp_path: Path) -> None:
    """Made as the previous release left it: schema 1, no mark column, no completeness flag."""
    path = tmp_path / "cache.db"
    app.refresh(sb.endpoints(), path)
    expected = {f.hubspot_invoice_id + f.kind for f in app.diagnose(path).failures}
    conn = sqlite3.connect(path)
    conn.executescript("""
        DROP VIEW v_unlinked;
        DROP VIEW v_counterparts;
        DROP INDEX IF EXISTS idx_qbo_invoices_marked_invoice;
        ALTER TABLE qbo_invoices DROP COLUMN marked_invoice;
        DROP TABLE facts_invoices;
        UPDATE meta SET value = '1' WHERE key = 'schema_version';
        DELETE FROM meta WHERE key IN ('cache.complete', 'shape', 'facts_shape');""")
    conn.commit()
    conn.close()
    assert {f.hubspot_invoice_id + f.kind for f in app.diagnose(path).failures} == expected
    stats = app.refresh(sb.endpoints(), path)   # the new layout asks for one full refresh
    assert stats.mode == "full"
