"""Shared setup of the fix tests: a company refreshed into a cache and diagnosed, a failure picked, a plan made and
applied through a journal.

Test modules take the fixtures under their own names (``demo, db = fixes.demo, fixes.db``); pytest then gives each
module its own copy, so a module-scoped cache is still made once per module.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils

from core import app
from core.diagnose import Diagnosis
from core.failures.base import Failure
from core.fixes.apply import ApplyResult, apply_plan
from core.fixes.clients import Clients
from core.fixes.model import Plan
from core.fixes.plans import plan_for
from core.journal import Journal
from core.sandbox.server import Sandbox
from core.store.db import open_db

Cached = tuple[Path, Diagnosis]


def refresh_and_diagnose(endpoints: app.Endpoints, path: Path) -> Diagnosis:
    app.refresh(endpoints, path)
    return app.diagnose(path)


def cached_company(scenario: Any, path: Path) -> Cached:
    """The company refreshed into the cache at `path`, diagnosed once its sandbox is stopped: a plan made from it
    cannot use the network."""
    with Sandbox(scenario) as sb:
        app.refresh(sb.endpoints(), path)
    return path, app.diagnose(path)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Cached:
    """The demo company cached once per module."""
    return cached_company("demo", tmp_path_factory.mktemp("demo") / "cache.db")


@contextmanager
def opened(path: Path) -> Iterator[sqlite_utils.Database]:
    database = open_db(path)
    try:
        yield database
    finally:
        database.close()


@pytest.fixture
def db(demo: Cached) -> Iterator[sqlite_utils.Database]:
    with opened(demo[0]) as database:
        yield database


def failures_of(diagnosis: Diagnosis, kind: str, *invoice_ids: str) -> list[Failure]:
    """The failures of one kind, on the given invoices only when some are named."""
    return [f for f in diagnosis.failures
            if f.kind == kind and (not invoice_ids or f.hubspot_invoice_id in invoice_ids)]


def failure_of(diagnosis: Diagnosis, kind: str, invoice_id: str) -> Failure:
    return next(f for f in diagnosis.failures if f.kind == kind and f.hubspot_invoice_id == invoice_id)


def picker(kind: str) -> Callable[[Cached, str], Failure]:
    """`kind`'s failure on one invoice of a cached company: `failure = fixes.picker(KIND)`, then
    `failure(demo, "9017")`."""
    def failure(cached: Cached, invoice_id: str) -> Failure:
        return failure_of(cached[1], kind, invoice_id)

    return failure


def qbo_raw(database: sqlite_utils.Database, table: str, record_id: str) -> dict[str, Any]:
    """A QuickBooks record as the cache keeps it (the `raw` JSON of its row in `table`)."""
    return dict(json.loads(database.execute(f"SELECT raw FROM {table} WHERE id = ?", [record_id]).fetchone()[0]))


def plan_from(path: Path, kind: str, failures: Sequence[Failure], option: str,
              params: Mapping[str, Any] | None = None) -> Plan:
    """A plan made from the cache at `path`, which is closed again afterwards."""
    with opened(path) as database:
        return plan_for(database, kind, failures, option, params)


def apply_journaled(plan: Plan, endpoints: app.Endpoints, journal_path: Path) -> ApplyResult:
    """`plan` applied over fresh clients, journaled at `journal_path`."""
    with Journal(journal_path) as journal, Clients.connect(endpoints) as clients:
        return apply_plan(plan, journal, clients)
