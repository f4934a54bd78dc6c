"""The core calls the fix wizards and the activity view make, as plain job functions for the task bridge.

No Qt here: each function is called as job(progress, cancel) on a worker thread (bind the rest with
functools.partial) and returns plain data. The fix machinery is imported lazily, so a missing piece of core
becomes one plain error on the page that needs it instead of a window that cannot open.
"""

from __future__ import annotations

import dataclasses
import json
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from enum import Enum
from pathlib import Path
from typing import Any

from core import app as core_app
from core.errors import UserError
from core.failures import registry
from core.failures.base import Failure
from core.fixes.model import Option, Plan
from core.store.db import open_db

Progress = Callable[[str, int, int], None]


class FixUnavailable(UserError):
    """This part of fixing is not available in this build (a core module is missing)."""


def _need(module: str) -> Any:
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as exc:  # only while core is being written; the message is what the user sees
        raise FixUnavailable("This fix cannot be done from this version of Sync Doctor yet.") from exc


def has_planner(kind: str) -> bool:
    """Whether core can plan fixes for the kind (data fixes, or a guide plan for kinds without them)."""
    import importlib.util

    return registry.get(kind) is not None and importlib.util.find_spec("core.fixes.plans") is not None


def as_failures(items: Iterable[Any]) -> list[Failure]:
    """Failure records from core Failures or the panel's FailureRows (same fields, different class)."""
    out = []
    for item in items:
        if isinstance(item, Failure):
            out.append(item)
        else:
            out.append(Failure(item.kind, item.hubspot_invoice_id, item.invoice_number, item.summary,
                               dict(item.evidence), bool(getattr(item, "root", False))))
    return out


def failures_for(db_path: Path, kind: str, invoice_ids: Sequence[str]) -> list[Failure]:
    """The stored failures of `kind` for these invoices, from the newest diagnosis."""
    wanted = set(invoice_ids)
    rows = core_app.load_failure_rows(db_path)
    return as_failures(r for r in rows if r.kind == kind and r.hubspot_invoice_id in wanted)


# ---- planning (reads the cache; no network) --------------------------------------------------------------
def load_options(db_path: Path, kind: str, failures: Sequence[Failure], lang: str,
                 progress: Progress, cancel: threading.Event) -> list[Option]:
    del progress, cancel
    plans = _need("core.fixes.plans")
    db = open_db(db_path)
    try:
        return list(plans.options_for(db, kind, list(failures), lang))
    finally:
        db.close()


def build_plan(db_path: Path, kind: str, failures: Sequence[Failure], option_id: str, params: Mapping[str, Any],
               lang: str, progress: Progress, cancel: threading.Event) -> Plan:
    del progress, cancel
    plans = _need("core.fixes.plans")
    db = open_db(db_path)
    try:
        plan: Plan = plans.plan_for(db, kind, list(failures), option_id, dict(params), lang)
        return plan
    finally:
        db.close()


@dataclasses.dataclass(frozen=True)
class Replanned:
    plan: Plan | None             # None: after the refresh the invoices no longer have this problem
    failures: list[Failure]


def refresh_and_plan(endpoints: core_app.Endpoints, db_path: Path, kind: str, invoice_ids: Sequence[str],
                     option_id: str, params: Mapping[str, Any], lang: str,
                     progress: Progress, cancel: threading.Event) -> Replanned:
    """After a conflict: fetch both systems again, re-diagnose, and plan the same choice on what is there now."""
    core_app.refresh(endpoints, db_path, progress, cancel)
    progress("diagnose", 0, 0)
    core_app.diagnose(db_path)
    failures = failures_for(db_path, kind, invoice_ids)
    if not failures:
        return Replanned(None, [])
    return Replanned(build_plan(db_path, kind, failures, option_id, params, lang, progress, cancel), failures)


def load_card(db_path: Path, invoice_id: str, progress: Progress, cancel: threading.Event) -> Any:
    """The invoice card (HubSpot beside QuickBooks, lines paired) for the evidence views."""
    del progress, cancel
    from core.card import invoice_card

    db = open_db(db_path)
    try:
        return invoice_card(db, invoice_id)
    finally:
        db.close()


# ---- writing (journal + both services) -------------------------------------------------------------------
def _journal(profile: str) -> Any:
    return _need("core.journal").Journal.for_profile(profile)


def _clients(endpoints: core_app.Endpoints) -> Any:
    return _need("core.fixes.clients").Clients.connect(endpoints)


def apply(profile: str, endpoints: core_app.Endpoints, plan: Plan, progress: Progress,
          cancel: threading.Event) -> Any:
    """Send every change of the plan, each journaled before it is sent. Returns core's ApplyResult."""
    apply_mod = _need("core.fixes.apply")
    with _journal(profile) as journal, _clients(endpoints) as clients:
        return apply_mod.apply_plan(plan, journal, clients, progress=progress, cancel=cancel)


def verify(db_path: Path, endpoints: core_app.Endpoints, invoice_ids: Sequence[str],
           progress: Progress, cancel: threading.Event) -> Any:
    """Refresh, re-diagnose, and say which of the invoices still fail. Returns core's VerifyResult."""
    del cancel
    progress("check", 0, 0)
    return _need("core.fixes.verify").verify(db_path, endpoints, list(invoice_ids))


def undo(profile: str, endpoints: core_app.Endpoints, run_id: str, progress: Progress,
         cancel: threading.Event) -> Any:
    """Build the inverse of a run and apply it; UndoRefused propagates with its plain reason."""
    with _journal(profile) as journal, _clients(endpoints) as clients:
        plan = _need("core.fixes.undo").undo_plan(journal, run_id, clients)
        return _need("core.fixes.apply").apply_plan(plan, journal, clients, progress=progress, cancel=cancel)


def resume(profile: str, endpoints: core_app.Endpoints, run_id: str, progress: Progress,
           cancel: threading.Event) -> Any:
    """Finish a run a crash interrupted (resend what may not have arrived, same request ids)."""
    with _journal(profile) as journal, _clients(endpoints) as clients:
        return _need("core.fixes.recovery").resume(run_id, journal, clients, progress=progress, cancel=cancel)


def finish_and_undo(profile: str, endpoints: core_app.Endpoints, run_id: str, progress: Progress,
                    cancel: threading.Event) -> Any:
    """Undo of an interrupted run: finish it first (so what reached the services is known), then reverse it."""
    resume(profile, endpoints, run_id, progress, cancel)
    return undo(profile, endpoints, run_id, progress, cancel)


@dataclasses.dataclass(frozen=True)
class JournalView:
    runs: list[Any]                      # RunSummary, newest first
    entries: dict[str, list[Any]]        # run id → its JournalEntry list, in plan order
    unfinished: set[str]                 # run ids a crash or a lost connection left half-done


def load_journal(profile: str, progress: Progress, cancel: threading.Event) -> JournalView:
    del progress, cancel
    journal = _journal(profile)
    try:
        by_run: dict[str, list[Any]] = {}
        for entry in sorted(journal.entries(), key=lambda e: e.id):
            by_run.setdefault(entry.run_id, []).append(entry)
        return JournalView(list(journal.runs()), by_run, set(journal.unfinished()))
    finally:
        journal.close()


# ---- saving a plan for later -----------------------------------------------------------------------------
def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [_plain(v) for v in value]
    return value


def plan_to_json(plan: Plan) -> dict[str, Any]:
    """The plan as plain JSON (core's own serialiser when it has one)."""
    to_json = getattr(plan, "to_json", None)
    return dict(to_json()) if callable(to_json) else {"format": "syncdoctor-plan/1", **_plain(plan)}


def save_plan(plan: Plan, path: Path) -> None:
    path.write_text(json.dumps(plan_to_json(plan), ensure_ascii=False, indent=2), encoding="utf-8")
