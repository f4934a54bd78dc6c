"""Incremental refresh against the sandbox: it fetches only what changed, and the diagnosis it leads to is the
one a full refresh gives (same failures, same statuses, same facts)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils

from core import app, refresh
from core.fixes.apply import apply_plan
from core.fixes.clients import Clients
from core.fixes.model import Action, Change, Plan
from core.fixes.verify import touched_by, verify
from core.fixes.words import entity_label
from core.hubspot import client as hs_client
from core.hubspot.writes import HubSpotWriter
from core.journal import Journal
from core.qbo import client as qbo_client
from core.qbo.writes import QboWriter
from core.sandbox import qbo_cdc
from core.sandbox.limits import RollingWindow
from core.sandbox.server import Sandbox
from core.store.db import open_db, set_meta

FAILURE_COLUMNS = ("hubspot_invoice_id, kind, severity, root, invoice_number, summary, evidence, customer, amount,"
                   " currency, invoice_date")


@pytest.fixture
def sb() -> Iterator[Sandbox]:
    with Sandbox("demo") as sandbox:
        yield sandbox


def outcome(path: Path) -> tuple[list[Any], dict[str, str], list[Any]]:
    """What the user sees after a refresh: the failures table, each invoice's status, the facts behind them."""
    diagnosis = app.diagnose(path)
    db = open_db(path)
    try:
        failures = db.execute(f"SELECT {FAILURE_COLUMNS} FROM failures ORDER BY 1, 2").fetchall()
        facts = db.execute("SELECT * FROM facts_invoices ORDER BY id").fetchall()
        return failures, diagnosis.statuses(db), facts
    finally:
        db.close()


def rid() -> str:
    return uuid.uuid4().hex


def change_both_sides(sb: Sandbox) -> None:
    """Edits of every kind the diagnosis depends on, through the services' own write APIs where they have one."""
    ep = sb.endpoints()
    hs = HubSpotWriter(ep.hubspot_api, ep.hubspot_token)
    qbo = QboWriter(ep.qbo_api, ep.qbo_token, ep.qbo_realm)
    try:
        hs.patch_object("contacts", "1005", {"email": "someone.else@example.org"})
        hs.patch_object("line_items", "7004", {"quantity": "7"})
        hs.patch_object("invoices", "9010", {"hs_invoice_status": "draft"})
        hs.patch_object("companies", "5001", {"name": "Renamed Holdings"})
        # Association writes do not move hs_lastmodifieddate: only a re-read of the links sees these.
        hs.dissociate("invoices", "9003", "contacts", "1005")
        hs.associate("invoices", "9003", "contacts", "1001")
        hs.associate("contacts", "1002", "companies", "5003", 1)
        customer = qbo.create("Customer", {"DisplayName": "Fresh Customer",
                                           "PrimaryEmailAddr": {"Address": "someone.else@example.org"}}, rid())
        assert customer["Id"]
        first = sb.state.qbo.entities["Customer"]["2"]
        qbo.update("Customer", {"Id": "2", "SyncToken": first["SyncToken"], "sparse": True,
                                "DisplayName": "Renamed Customer"}, rid())
        memo = sb.state.qbo.entities["CreditMemo"]["601"]
        qbo.delete("CreditMemo", "601", memo["SyncToken"], rid())
        invoice = sb.state.qbo.entities["Invoice"]["326"]
        # Revenue recognition is on in the demo company: every line needs a service date.
        lines = [{**line, "SalesItemLineDetail": {**line["SalesItemLineDetail"], "ServiceDate": "2026-10-01"}}
                 for line in invoice["Line"] if line.get("DetailType") == "SalesItemLineDetail"]
        lines[0] = {**lines[0], "Amount": 1.0, "SalesItemLineDetail": {
            **lines[0]["SalesItemLineDetail"], "Qty": 1, "UnitPrice": 1.0}}
        qbo.update("Invoice", {"Id": "326", "SyncToken": invoice["SyncToken"], "sparse": True, "Line": lines}, rid())
    finally:
        hs.close()
        qbo.close()
    with sb.state.lock:  # the sandbox serves no archive route; archived records are only listed as such
        sb.state.hubspot.objects["invoices"]["9004"]["archived"] = True


def test_incremental_gives_the_same_diagnosis_as_full(sb: Sandbox, tmp_path: Path) -> None:
    inc, full = tmp_path / "incremental.db", tmp_path / "full.db"
    first = app.refresh(sb.endpoints(), inc)
    assert first.mode == "full" and first.reason
    before = outcome(inc)
    change_both_sides(sb)

    stats = app.refresh(sb.endpoints(), inc, mode="incremental")
    assert stats.mode == "incremental"
    assert stats.counts["CreditMemo_removed"] == 1 and stats.counts["invoices_removed"] == 1
    # Only what changed: 9010, and 9003 whose amount HubSpot recalculated from line item 7004.
    assert stats.counts["invoices"] == 2 and stats.counts["Customer"] == 2
    assert app.refresh(sb.endpoints(), full, mode="full").mode == "full"
    after = outcome(inc)
    assert after == outcome(full)
    assert after[0] != before[0] and after[1] != before[1]  # the edits did change the diagnosis


def test_second_incremental_with_no_change_fetches_no_record(sb: Sandbox, tmp_path: Path) -> None:
    path = tmp_path / "cache.db"
    app.refresh(sb.endpoints(), path)
    before = outcome(path)
    first = len(sb.app.requests)   # the full refresh's own searches (its four counts) are not this one's
    stats = app.refresh(sb.endpoints(), path)
    assert stats.mode == "incremental"
    assert not {k: n for k, n in stats.counts.items() if n and "_" not in k}  # no record came back
    assert stats.qbo_requests == 2  # preferences + one CDC call
    searches = [r for r in sb.app.requests[first:] if r["path"].endswith("/search")]
    assert len(searches) == 4
    assert outcome(path) == before


def test_mode_falls_back_to_full(sb: Sandbox, tmp_path: Path) -> None:
    path = tmp_path / "cache.db"
    with pytest.raises(refresh.IncrementalUnavailable):
        app.refresh(sb.endpoints(), path, mode="incremental")
    app.refresh(sb.endpoints(), path)
    db = open_db(path)
    try:
        assert refresh.full_needed(db, sb.endpoints()) == ""
        old = (datetime.now(UTC) - timedelta(days=31)).isoformat()
        set_meta(db, "refresh.qbo_since", old)
        assert "30 days" in refresh.full_needed(db, sb.endpoints())
    finally:
        db.close()
    stats = app.refresh(sb.endpoints(), path)
    assert stats.mode == "full" and "30 days" in stats.reason
    other = app.Endpoints(sb.base_url, sb.endpoints().hubspot_token, sb.base_url, sb.endpoints().qbo_token, "999")
    db = open_db(path)
    try:
        assert "another" in refresh.full_needed(db, other)
    finally:
        db.close()


def incremental_refused_then_full(sb: Sandbox, path: Path, refusal: type[Exception], reason: str) -> None:
    """An incremental refresh raises `refusal`; the next default refresh is a full one that says `reason`."""
    with pytest.raises(refusal):
        app.refresh(sb.endpoints(), path, mode="incremental")
    stats = app.refresh(sb.endpoints(), path)
    assert stats.mode == "full" and reason in stats.reason


def test_cdc_window_refusal_falls_back_to_full(sb: Sandbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "cache.db"
    app.refresh(sb.endpoints(), path)
    monkeypatch.setattr(qbo_cdc, "WINDOW", timedelta(seconds=0))  # QBO now refuses every changedSince
    incremental_refused_then_full(sb, path, refresh.CdcWindowError, "QuickBooks no longer has the changes")


def test_watermarks_come_from_the_services_clocks(sb: Sandbox, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    class Skewed(datetime):
        @classmethod
        def now(cls, tz: Any = None) -> Skewed:  # a local clock three hours fast
            real = datetime.now(tz or UTC) + timedelta(hours=3)
            return cls.fromtimestamp(real.timestamp(), real.tzinfo)

    from core.refresh import run as refresh_base
    monkeypatch.setattr(refresh_base, "datetime", Skewed)
    path = tmp_path / "cache.db"
    app.refresh(sb.endpoints(), path)
    db = open_db(path)
    try:
        for system in ("hubspot", "quickbooks"):
            mark = refresh_base.watermark(db, system)
            assert mark is not None and abs((datetime.now(UTC) - mark).total_seconds()) < 60, system
    finally:
        db.close()


def small_search_pages(sb: Sandbox, monkeypatch: pytest.MonkeyPatch, cap: int) -> None:
    """Scaled down: a cap of a few results per query and pages of 2 exercise the same restart as 10,000 and 200;
    the search buckets are widened so the many small pages do not wait."""
    monkeypatch.setattr(hs_client, "SEARCH_CAP", cap)
    monkeypatch.setattr(hs_client, "SEARCH_LIMIT", 2)
    monkeypatch.setattr(hs_client, "SEARCHES_PER_S", 1000)
    sb.state.hubspot.search_window = RollingWindow(1000, 1.0)


def test_search_restarts_below_the_10k_cap(sb: Sandbox, monkeypatch: pytest.MonkeyPatch) -> None:
    small_search_pages(sb, monkeypatch, 6)
    ep = sb.endpoints()
    client = hs_client.HubSpotClient(ep.hubspot_api, ep.hubspot_token)
    try:
        pages = list(client.search_modified("contacts", 0))
    finally:
        client.close()
    seen = [str(o["id"]) for page in pages for o in page]
    assert set(seen) == set(sb.state.hubspot.objects["contacts"])
    assert len(seen) < 2 * len(set(seen))  # each restart repeats only the records of the last timestamp
    stamps = [hs_client.to_ms(o["properties"]["lastmodifieddate"]) or 0 for page in pages for o in page]
    assert stamps == sorted(stamps)


def test_search_cap_on_one_timestamp_falls_back_to_full(sb: Sandbox, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "cache.db"
    small_search_pages(sb, monkeypatch, 4)
    app.refresh(sb.endpoints(), path)
    stamp = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    with sb.state.lock:
        for contact in sb.state.hubspot.objects["contacts"].values():
            contact["properties"]["lastmodifieddate"] = stamp
    incremental_refused_then_full(sb, path, hs_client.SearchCapError, "same millisecond")


def test_cdc_pages_past_its_cap_and_applies_deletions(sb: Sandbox, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "cache.db"
    app.refresh(sb.endpoints(), path)
    monkeypatch.setattr(qbo_cdc, "MAX_OBJECTS", 3)
    monkeypatch.setattr(qbo_client, "CDC_CAP", 3)
    ep = sb.endpoints()
    qbo = QboWriter(ep.qbo_api, ep.qbo_token, ep.qbo_realm)
    try:
        for n in range(5):
            qbo.create("Customer", {"DisplayName": f"New {n}"}, rid())
        for memo_id in ("602", "603"):
            qbo.delete("CreditMemo", memo_id, sb.state.qbo.entities["CreditMemo"][memo_id]["SyncToken"], rid())
    finally:
        qbo.close()
    stats = app.refresh(sb.endpoints(), path, mode="incremental")
    assert stats.counts["Customer"] >= 5 and stats.counts["CreditMemo_removed"] == 2
    assert len([r for r in sb.app.requests if r["path"].endswith("/cdc")]) >= 3
    db: sqlite_utils.Database = open_db(path)
    try:
        names = {r[0] for r in db.execute("SELECT display_name FROM qbo_customers")}
        assert {f"New {n}" for n in range(5)} <= names
        assert db.execute("SELECT count(*) FROM qbo_credit_memos WHERE id IN ('602', '603')").fetchone()[0] == 0
        assert db.execute("SELECT count(*) FROM qbo_txn_lines WHERE txn_id IN ('602', '603')").fetchone()[0] == 0
    finally:
        db.close()


def test_verify_rereads_only_what_the_fix_touched(tmp_path: Path) -> None:
    with Sandbox("scale:500") as big:
        path, reference = tmp_path / "cache.db", tmp_path / "full.db"
        full = app.refresh(big.endpoints(), path)
        failure = next(f for f in app.diagnose(path).failures if f.kind == "missing_customer")
        db = open_db(path)
        try:
            email, name = db.execute("SELECT email, would_be_name FROM facts_invoices WHERE id = ?",
                                     [failure.hubspot_invoice_id]).fetchone()
        finally:
            db.close()
        change = Change("quickbooks", "Customer", Action.CREATE, "", entity_label("Customer", name), (),
                        {"DisplayName": f"{name} (new)", "PrimaryEmailAddr": {"Address": email}},
                        invoice_ids=(failure.hubspot_invoice_id,))
        with Clients.connect(big.endpoints()) as clients, Journal(tmp_path / "journal.sqlite") as journal:
            applied = apply_plan(Plan("missing_customer", "create", (failure.hubspot_invoice_id,), (change,)),
                                 journal, clients)
        assert applied.ok
        n = len(big.app.requests)
        checked = verify(path, big.endpoints(), [failure.hubspot_invoice_id], touched=touched_by(applied))
        targeted = len(big.app.requests) - n
        assert "missing_customer" not in checked.still_failing.get(failure.hubspot_invoice_id, [])
        assert targeted <= 8 and targeted * 3 < full.hubspot_requests + full.qbo_requests
        app.refresh(big.endpoints(), reference, mode="full")
        assert outcome(path)[:2] == outcome(reference)[:2]  # the same diagnosis a full refresh gives

        n = len(big.app.requests)
        verify(path, big.endpoints(), [failure.hubspot_invoice_id])  # no `touched`: an incremental refresh
        incremental = len(big.app.requests) - n
        assert incremental < full.hubspot_requests + full.qbo_requests
