"""After an incremental refresh only the invoices it touched get their facts rebuilt — and the facts are exactly
what a rebuild of the whole table gives, whatever changed: invoices, contacts, companies, line items, links, and
QuickBooks customers, vendors and documents whose emails, names or numbers other invoices are compared with."""

from __future__ import annotations

import random
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from core import app
from core.errors import ApiError
from core.hubspot.writes import HubSpotWriter
from core.qbo.writes import QboWriter
from core.sandbox import qbo_store
from core.sandbox.server import Sandbox
from core.store import facts
from core.store.db import open_db
from tests.helpers.changes import twenty_changes_and_a_moved_link


@pytest.fixture
def sb() -> Iterator[Sandbox]:
    with Sandbox("scale:400,seed=7") as sandbox:
        yield sandbox


def facts_rows(path: Path) -> list[tuple[Any, ...]]:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT * FROM facts_invoices ORDER BY id").fetchall()


def rebuilt_whole(path: Path, tmp: Path) -> list[tuple[Any, ...]]:
    copy = tmp / "whole.db"
    with sqlite3.connect(path) as src, sqlite3.connect(copy) as dst:
        src.backup(dst)
    db = open_db(copy)
    facts.rebuild(db)
    db.close()
    return facts_rows(copy)


class Changes:
    """Changes a bookkeeper's week makes, through the services' write APIs."""

    def __init__(self, sb: Sandbox, rng: random.Random) -> None:
        ep = sb.endpoints()
        self.sb, self.rng = sb, rng
        self.hs = HubSpotWriter(ep.hubspot_api, ep.hubspot_token)
        self.qbo = QboWriter(ep.qbo_api, ep.qbo_token, ep.qbo_realm)

    def close(self) -> None:
        self.hs.close()
        self.qbo.close()

    def pick(self, kind: str) -> str:
        objects = self.sb.state.hubspot.objects[kind]
        return self.rng.choice(sorted(k for k, v in objects.items() if not v.get("archived")))

    def qbo_pick(self, entity: str) -> dict[str, Any]:
        records = self.sb.state.qbo.entities[entity]
        return dict(records[self.rng.choice(sorted(records))])

    def contact_email(self) -> None:   # its invoices' customer matches change
        customer = self.qbo_pick("Customer")
        email = (customer.get("PrimaryEmailAddr") or {}).get("Address") or "someone@example.com"
        try:
            self.hs.patch_object("contacts", self.pick("contacts"), {"email": email})
        except ApiError:   # HubSpot keeps contact emails unique: that customer's contact exists already
            self.hs.patch_object("contacts", self.pick("contacts"), {"email": f"{uuid.uuid4().hex[:8]}@example.com"})

    def company_name(self) -> None:    # every invoice of its contacts gets another would-be name
        customer = self.qbo_pick("Customer")
        self.hs.patch_object("companies", self.pick("companies"), {"name": customer["DisplayName"]})

    def invoice_number(self) -> None:  # may now collide with a QuickBooks document, or find its counterpart
        doc = self.qbo_pick("Invoice")
        self.hs.patch_object("invoices", self.pick("invoices"), {"hs_number": doc.get("DocNumber") or "X-1"})

    def line_item(self) -> None:
        self.hs.patch_object("line_items", self.pick("line_items"), {"quantity": str(self.rng.randint(1, 9))})

    def relink(self) -> None:          # the bill-to contact of an unchanged invoice moves
        invoice = self.pick("invoices")
        for old in self.hs.associations("invoices", invoice, "contacts"):
            self.hs.dissociate("invoices", invoice, "contacts", old)
        self.hs.associate("invoices", invoice, "contacts", self.pick("contacts"))

    def archive_invoice(self) -> None:
        invoice = self.pick("invoices")
        with self.sb.state.lock:   # the sandbox serves no archive route; archived records are listed as such
            self.sb.state.hubspot.objects["invoices"][invoice]["archived"] = True

    def customer_email(self) -> None:  # counts and counterparts by email move, old and new
        customer = self.qbo_pick("Customer")
        contact = self.sb.state.hubspot.objects["contacts"][self.pick("contacts")]
        email = contact["properties"].get("email") or "x@example.com"
        self.qbo.update("Customer", {"Id": customer["Id"], "SyncToken": customer["SyncToken"], "sparse": True,
                                     "PrimaryEmailAddr": {"Address": email}}, uuid.uuid4().hex)

    def customer_name(self) -> None:   # a name taken or freed
        customer = self.qbo_pick("Customer")
        company = self.sb.state.hubspot.objects["companies"][self.pick("companies")]
        name = company["properties"].get("name") or f"Name {uuid.uuid4().hex[:6]}"
        for attempt in (name, f"{name} {uuid.uuid4().hex[:4]}"):   # QuickBooks keeps names unique
            try:
                self.qbo.update("Customer", {"Id": customer["Id"], "SyncToken": customer["SyncToken"],
                                             "sparse": True, "DisplayName": attempt}, uuid.uuid4().hex)
                return
            except ApiError:
                continue

    def document_number(self) -> None:  # a number taken or freed; a counterpart found or lost
        doc = self.qbo_pick("Invoice")
        invoice = self.sb.state.hubspot.objects["invoices"][self.pick("invoices")]
        number = invoice["properties"].get("hs_number") or "X-2"
        self.qbo.update("Invoice", {"Id": doc["Id"], "SyncToken": doc["SyncToken"], "sparse": True,
                                    "DocNumber": number}, uuid.uuid4().hex)

    def delete_document(self) -> None:
        doc = self.qbo_pick("Invoice")
        self.qbo.delete("Invoice", doc["Id"], doc["SyncToken"], uuid.uuid4().hex)

    def all(self) -> list[Callable[[], None]]:
        return [self.contact_email, self.company_name, self.invoice_number, self.line_item, self.relink,
                self.archive_invoice, self.customer_email, self.customer_name, self.document_number,
                self.delete_document]


def test_the_issue_change_set_updates_few_rows_and_equals_a_whole_rebuild(sb: Sandbox, tmp_path: Path) -> None:
    cache = tmp_path / "cache.db"
    app.refresh(sb.endpoints(), cache)
    twenty_changes_and_a_moved_link(sb)
    stats = app.refresh(sb.endpoints(), cache, mode="incremental")
    assert stats.facts_updated is not None and 0 < stats.facts_updated < 100, stats.facts_updated
    assert facts_rows(cache) == rebuilt_whole(cache, tmp_path)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_changes_leave_the_facts_a_whole_rebuild_makes(sb: Sandbox, tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    cache = tmp_path / "cache.db"
    app.refresh(sb.endpoints(), cache)
    changes = Changes(sb, rng)
    try:
        for _ in range(3):   # three refreshes in a row: each update starts from the last one's facts
            for change in rng.sample(changes.all(), 6):
                try:
                    change()
                except ApiError:   # refused by the service (a number or name taken): nothing changed
                    continue
            stats = app.refresh(sb.endpoints(), cache, mode="incremental")
            assert stats.mode == "incremental" and stats.facts_updated is not None
            assert facts_rows(cache) == rebuilt_whole(cache, tmp_path), seed
    finally:
        changes.close()


def test_a_changed_item_list_rebuilds_the_facts_whole(sb: Sandbox, tmp_path: Path) -> None:
    cache = tmp_path / "cache.db"
    app.refresh(sb.endpoints(), cache)
    with sb.state.lock:   # the sandbox writes no items: renamed as an administrator would in QuickBooks
        item = next(iter(sb.state.qbo.entities["Item"].values()))
        item["Name"] = f"{item['Name']} 2"
        qbo_store.touch(item, qbo_store.stamp(sb.state.qbo))
    stats = app.refresh(sb.endpoints(), cache, mode="incremental")
    assert stats.facts_updated is None   # every invoice's unknown-item count may have moved
    assert facts_rows(cache) == rebuilt_whole(cache, tmp_path)
