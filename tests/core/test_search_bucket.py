"""HubSpot's CRM search has its own bucket (5 per second) and, like the v4 association batch calls, is exempt from
the ten-secondly one (HUBSPOT_API.md §4, §6): they must neither wait on nor use up the budget of list and batch
reads."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from core.hubspot.client import HubSpotClient
from core.sandbox.server import Options, Sandbox


@pytest.fixture
def sb() -> Iterator[Sandbox]:
    with Sandbox("demo", options=Options(hubspot_limit=4, hubspot_window=10.0)) as sandbox:
        yield sandbox


def test_searches_leave_the_ten_secondly_budget_to_the_reads(sb: Sandbox) -> None:
    ep = sb.endpoints()
    client = HubSpotClient(ep.hubspot_api, ep.hubspot_token)
    try:
        started = time.monotonic()
        counts = [client.count(kind) for kind in ("companies", "contacts", "invoices", "line_items")]
        pages = [page for kind in ("companies", "contacts", "invoices", "line_items")
                 for page in client.fetch_objects(kind)][:4]
        took = time.monotonic() - started
    finally:
        client.close()
    assert all(isinstance(n, int) and n > 0 for n in counts) and len(pages) == 4
    # Four reads fit the four-per-ten-seconds budget only if the four counts did not take it first.
    assert took < 5, took
    assert not [r for r in sb.app.requests if r["status"] == 429]


def test_association_batch_reads_leave_the_ten_secondly_budget_to_the_reads(sb: Sandbox) -> None:
    ep = sb.endpoints()
    client = HubSpotClient(ep.hubspot_api, ep.hubspot_token)
    try:
        invoices = [str(o["id"]) for page in client.fetch_objects("invoices") for o in page][:30]
        started = time.monotonic()
        links = [rows for _ in range(5) for rows in client.fetch_associations("invoices", "contacts", invoices)]
        pages = [page for kind in ("companies", "contacts", "line_items") for page in client.fetch_objects(kind)][:3]
        took = time.monotonic() - started
    finally:
        client.close()
    assert len(links) == 5 and all(links) and len(pages) == 3
    # One invoice page, five association reads and three pages fit four turns per ten seconds only if the
    # association reads took none of them (nor, on the sandbox's side, counted against the window).
    assert took < 5, took
    assert not [r for r in sb.app.requests if r["status"] == 429]
    assert client.association_throttle is not client.api.throttle
