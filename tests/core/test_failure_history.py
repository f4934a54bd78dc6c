"""When a failure was first seen (kept across diagnoses, forgotten once it is gone) and QuickBooks' own reply
to a refused write, read back from the journal: over the demo company in the sandbox and a real cache."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from core import app
from core.failure_history import TABLE, history, last_reply
from core.sandbox.server import Sandbox
from core.store.db import open_db
from core.sync import engine

OLD = "2026-01-05T09:30:00+00:00"


@pytest.fixture
def sb() -> Iterator[Sandbox]:
    with Sandbox("demo") as sandbox:
        yield sandbox


def _seen(cache: Path) -> dict[tuple[str, str], str]:
    db = open_db(cache)
    try:
        return {(i, k): at for i, k, at in db.execute(f"SELECT hubspot_invoice_id, kind, first_seen FROM {TABLE}")}
    finally:
        db.close()


def test_first_seen_is_kept_while_the_failure_lasts(sb: Sandbox, tmp_path: Path) -> None:
    cache = tmp_path / "cache.db"
    app.refresh(sb.endpoints(), cache)
    app.diagnose(cache)
    seen = _seen(cache)
    assert ("9012", "missing_customer") in seen and ("9012", "revenue_recognition_service_date") in seen
    db = open_db(cache)
    with db.atomic():   # as if the first diagnosis had run in January
        db.execute(f"UPDATE {TABLE} SET first_seen = ?", [OLD])
    db.close()

    with sb.state.lock:   # the service-date failures go away; the missing customer stays
        sb.state.qbo.preferences["ProductAndServicesPrefs"]["RevenueRecognitionEnabled"] = False
    app.refresh(sb.endpoints(), cache)
    app.diagnose(cache)
    seen = _seen(cache)
    assert seen[("9012", "missing_customer")] == OLD
    assert not [key for key in seen if key[1] == "revenue_recognition_service_date"]
    db = open_db(cache)
    try:
        found = history(db, "9012")
        assert found.first_seen == OLD and found.last_checked and found.last_checked > OLD and found.reply is None
        assert history(db, "9001").first_seen is None   # a synced invoice has no failure to date
    finally:
        db.close()

    with sb.state.lock:   # back on: the service-date failures are new again, dated by this diagnosis
        sb.state.qbo.preferences["ProductAndServicesPrefs"]["RevenueRecognitionEnabled"] = True
    app.refresh(sb.endpoints(), cache)
    app.diagnose(cache)
    assert _seen(cache)[("9012", "revenue_recognition_service_date")] > OLD


def test_quickbooks_own_reply_to_a_refused_push(sb: Sandbox, tmp_path: Path) -> None:
    cache, journal = tmp_path / "cache.db", tmp_path / "journal.sqlite"
    assert last_reply(journal, "9012") is None   # no journal yet
    app.refresh(sb.endpoints(), cache)
    app.diagnose(cache)
    engine.push(sb.endpoints(), cache, journal, ["9012"])   # no customer with its contact's email: refused
    reply = last_reply(journal, "9012")
    assert reply is not None and reply.code == "2020" and "CustomerRef" in reply.text and reply.at
    assert last_reply(journal, "9016") is None   # another invoice's history is its own
