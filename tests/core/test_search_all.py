"""Invoices read whole through CRM search (core.hubspot.client.search_all), over real HTTP to the sandbox: keyset
paging by record id reaches every record past the 10,000-result cap, a reply that does not move forward is an
error instead of an endless loop, and a full refresh reads its invoices this way with their links."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlite_utils

from core.errors import MalformedReplyError
from core.hubspot import client as hs_client
from core.refresh import full_refresh
from core.sandbox import hubspot_search
from core.sandbox.limits import RollingWindow
from core.sandbox.server import Sandbox


@pytest.fixture
def sb() -> Iterator[Sandbox]:
    with Sandbox("demo") as sandbox:
        yield sandbox


def small_pages(sb: Sandbox, monkeypatch: pytest.MonkeyPatch, cap: int) -> None:
    """Scaled down: pages of 2 and a cap of `cap` results per query stand for 200 and 10,000; the search
    buckets are widened so the many small pages do not wait."""
    monkeypatch.setattr(hubspot_search, "MAX_RESULTS", cap)
    monkeypatch.setattr(hs_client, "SEARCH_LIMIT", 2)
    monkeypatch.setattr(hs_client, "SEARCHES_PER_S", 1000)
    sb.state.hubspot.search_window = RollingWindow(1000, 1.0)


def search_invoices(sb: Sandbox) -> list[list[dict[str, object]]]:
    ep = sb.endpoints()
    client = hs_client.HubSpotClient(ep.hubspot_api, ep.hubspot_token)
    try:
        return list(client.search_all("invoices"))
    finally:
        client.close()


def search_paths(sb: Sandbox) -> list[str]:
    return [r["path"] for r in sb.app.requests if r["path"].endswith("/invoices/search")]


def test_keyset_pages_reach_every_record_past_the_cap(sb: Sandbox, monkeypatch: pytest.MonkeyPatch) -> None:
    small_pages(sb, monkeypatch, 5)
    pages = search_invoices(sb)
    seen = [int(o["id"]) for page in pages for o in page]
    expected = sorted(int(i) for i in sb.state.hubspot.objects["invoices"])
    assert len(expected) > 5 * 2   # several times past the (scaled) cap
    assert seen == expected        # each once, in id order
    assert all(len(page) <= 2 for page in pages)
    assert len(search_paths(sb)) == -(-len(expected) // 2)   # ⌈n/2⌉: no empty page after the last


def test_a_reply_that_does_not_move_forward_is_an_error(sb: Sandbox, monkeypatch: pytest.MonkeyPatch) -> None:
    small_pages(sb, monkeypatch, 10_000)
    real = hubspot_search.run

    def stuck(hs: object, otype: str, body: dict[str, object]) -> dict[str, object]:
        body = {**body, "filterGroups": []}   # ignores the keyset filter: the same first page every time
        return real(hs, otype, body)  # type: ignore[arg-type]

    monkeypatch.setattr(hubspot_search, "run", stuck)
    with pytest.raises(MalformedReplyError, match="not in record id order"):
        search_invoices(sb)
    assert len(search_paths(sb)) == 2


@pytest.mark.parametrize("odd_id", ["²", "12a", "-5", "1" * 40])
def test_a_record_id_keyset_paging_cannot_use_is_an_error(sb: Sandbox, monkeypatch: pytest.MonkeyPatch,
                                                          odd_id: str) -> None:
    small_pages(sb, monkeypatch, 10_000)
    real = hubspot_search.run

    def odd(hs: object, otype: str, body: dict[str, object]) -> dict[str, object]:
        reply = real(hs, otype, body)  # type: ignore[arg-type]
        reply["results"][-1]["id"] = odd_id
        return reply

    monkeypatch.setattr(hubspot_search, "run", odd)
    with pytest.raises(MalformedReplyError, match="not in record id order"):
        search_invoices(sb)


def test_a_page_out_of_order_is_an_error_not_records_skipped(sb: Sandbox, monkeypatch: pytest.MonkeyPatch) -> None:
    small_pages(sb, monkeypatch, 10_000)
    real = hubspot_search.run

    def reversed_pages(hs: object, otype: str, body: dict[str, object]) -> dict[str, object]:
        reply = real(hs, otype, body)  # type: ignore[arg-type]
        reply["results"].reverse()   # the largest id first: paging on from it would skip the page's others
        return reply

    monkeypatch.setattr(hubspot_search, "run", reversed_pages)
    with pytest.raises(MalformedReplyError, match="not in record id order"):
        search_invoices(sb)


def test_full_refresh_reads_invoices_by_search_with_their_links(sb: Sandbox, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    small_pages(sb, monkeypatch, 5)
    path = tmp_path / "cache.db"
    full_refresh(sb.endpoints(), path)
    assert not [r for r in sb.app.requests if r["path"].rstrip("/").endswith("/objects/invoices")]
    assert len(search_paths(sb)) > 5   # past the (scaled) cap
    db = sqlite_utils.Database(path)
    try:
        cached = {str(r[0]) for r in db.execute("SELECT id FROM hs_invoices")}
        links = {(str(a), str(b)) for a, b in db.execute(
            "SELECT from_id, to_id FROM hs_associations WHERE from_type = 'invoices' AND to_type = 'line_items'")}
        items = {str(r[0]) for r in db.execute("SELECT id FROM hs_line_items")}
    finally:
        db.close()
    hs = sb.state.hubspot
    assert cached == set(hs.objects["invoices"])
    # Every link the sandbox holds from an invoice to a line item arrived, and every such line item was read.
    expected = {(a, b) for a, b in _links(sb, "invoices", "line_items")}
    assert expected and links == expected
    assert {b for _, b in expected} <= items


def _links(sb: Sandbox, from_type: str, to_type: str) -> set[tuple[str, str]]:
    ep = sb.endpoints()
    client = hs_client.HubSpotClient(ep.hubspot_api, ep.hubspot_token)
    try:
        ids = list(sb.state.hubspot.objects[from_type])
        return {(a, b) for rows in client.fetch_associations(from_type, to_type, ids) for a, b, _ in rows}
    finally:
        client.close()
