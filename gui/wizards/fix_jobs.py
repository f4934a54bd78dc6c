"""The core calls the fix wizards and the activity view make, as plain job functions for the task bridge.

No Qt here: each function is called as job(progress, cancel) on a worker thread (bind the rest with
functools.partial) and returns plain data.
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
from core.failures import registry
from core.failures.base import Failure
from core.fixes import apply as apply_mod
from core.fixes import plans, recovery
from core.fixes import undo as undo_mod
from core.fixes import verify as verify_mod
from core.fixes.apply import ApplyResult
from core.fixes.clients import Clients
from core.fixes.model import Option, Plan
from core.journal import Journal
from core.store.db import open_db

Progress = Callable[[str, int, int], None]


def has_planner(kind: str) -> bool:
    """Whether core can plan fixes for the kind (data fixes, or a guide plan for kinds without them)."""
    return registry.get(kind) is not None


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
    db = open_db(db_path)
    try:
        return list(plans.options_for(db, kind, list(failures), lang))
    finally:
        db.close()


def build_plan(db_path: Path, kind: str, failures: Sequence[Failure], option_id: str, params: Mapping[str, Any],
               lang: str, progress: Progress, cancel: threading.Event) -> Plan:
    del progress, cancel
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
def apply(profile: str, endpoints: core_app.Endpoints, plan: Plan, progress: Progress,
          cancel: threading.Event) -> ApplyResult:
    """Send every change of the plan, each journaled before it is sent."""
    with Journal.for_profile(profile) as journal, Clients.connect(endpoints) as clients:
        return apply_mod.apply_plan(plan, journal, clients, progress=progress, cancel=cancel)


def verify(db_path: Path, endpoints: core_app.Endpoints, invoice_ids: Sequence[str],
           applied: ApplyResult | None, progress: Progress, cancel: threading.Event) -> verify_mod.VerifyResult:
    """Re-read what the fix touched (all that changed, with no apply result), re-diagnose, and say which of
    the invoices still fail."""
    progress("check", 0, 0)
    touched = verify_mod.touched_by(applied) if applied is not None else None
    return verify_mod.verify(db_path, endpoints, list(invoice_ids), cancel=cancel, touched=touched)


def undo(profile: str, endpoints: core_app.Endpoints, run_id: str, progress: Progress,
         cancel: threading.Event) -> ApplyResult:
    """Build the inverse of a run and apply it; UndoRefused propagates with its plain reason."""
    with Journal.for_profile(profile) as journal, Clients.connect(endpoints) as clients:
        plan = undo_mod.undo_plan(journal, run_id, clients)
        return apply_mod.apply_plan(plan, journal, clients, progress=progress, cancel=cancel)


def resume(profile: str, endpoints: core_app.Endpoints, run_id: str, progress: Progress,
           cancel: threading.Event) -> ApplyResult:
    """Finish a run a crash interrupted (resend what may not have arrived, same request ids)."""
    with Journal.for_profile(profile) as journal, Clients.connect(endpoints) as clients:
        return recovery.resume(run_id, journal, clients, progress=progress, cancel=cancel)


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
    with Journal.for_profile(profile) as journal:
        by_run: dict[str, list[Any]] = {}
        for entry in sorted(journal.entries(), key=lambda e: e.id):
            by_run.setdefault(entry.run_id, []).append(entry)
        return JournalView(list(journal.runs()), by_run, set(journal.unfinished()))


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
