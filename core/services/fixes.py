"""The core calls the fix wizards, the undo dialog and the activity view make, as plain job functions for the
task bridge.

No Qt here: each function is called as job(progress, cancel) on a worker thread (bind the rest with
functools.partial) and returns plain data.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from core import app as core_app
from core.errors import UserError
from core.failures import registry
from core.failures.base import Failure
from core.fixes import apply as apply_mod
from core.fixes import plan_file, plans, recovery, undo_plan
from core.fixes import undo as undo_mod
from core.fixes import verify as verify_mod
from core.fixes.apply import ApplyResult
from core.fixes.clients import Clients
from core.fixes.model import Choice, Plan
from core.i18n import render
from core.journal import Journal
from core.store.db import open_db
from core.types import Progress


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
            evidence = dict(item.evidence)
            known = registry.BY_ID.get(item.kind)
            # the panel keeps no summary of a known kind: it is rebuilt from the evidence, as everywhere else
            summary = item.summary or (render(known.summary(evidence)) if known else "")
            out.append(Failure(item.kind, item.hubspot_invoice_id, item.invoice_number, summary, evidence,
                               bool(getattr(item, "root", False))))
    return out


def failures_for(db_path: Path, kind: str, invoice_ids: Sequence[str]) -> list[Failure]:
    """The stored failures of `kind` for these invoices, from the newest diagnosis."""
    wanted = set(invoice_ids)
    rows = core_app.load_failure_rows(db_path)
    return as_failures(r for r in rows if r.kind == kind and r.hubspot_invoice_id in wanted)


# ---- planning (reads the cache; no network) --------------------------------------------------------------
def load_options(db_path: Path, kind: str, failures: Sequence[Failure],
                 progress: Progress, cancel: threading.Event) -> list[Choice]:
    del progress, cancel
    db = open_db(db_path)
    try:
        return list(plans.options_for(db, kind, list(failures)))
    finally:
        db.close()


def build_plan(db_path: Path, kind: str, failures: Sequence[Failure], option_id: str, params: Mapping[str, Any],
               progress: Progress, cancel: threading.Event) -> Plan:
    del progress, cancel
    db = open_db(db_path)
    try:
        plan: Plan = plans.plan_for(db, kind, list(failures), option_id, dict(params))
        return plan
    finally:
        db.close()


@dataclasses.dataclass(frozen=True)
class Replanned:
    plan: Plan | None             # None: after the refresh the invoices no longer have this problem
    failures: list[Failure]


def refresh_and_plan(endpoints: core_app.Endpoints, db_path: Path, kind: str, invoice_ids: Sequence[str],
                     option_id: str, params: Mapping[str, Any],
                     progress: Progress, cancel: threading.Event) -> Replanned:
    """After a conflict: fetch both systems again, re-diagnose, and plan the same choice on what is there now."""
    core_app.refresh(endpoints, db_path, progress, cancel)
    progress("diagnose", 0, 0)
    core_app.diagnose(db_path)
    failures = failures_for(db_path, kind, invoice_ids)
    if not failures:
        return Replanned(None, [])
    return Replanned(build_plan(db_path, kind, failures, option_id, params, progress, cancel), failures)


def load_card(db_path: Path, invoice_id: str, progress: Progress, cancel: threading.Event) -> Any:
    """The invoice card (HubSpot beside QuickBooks, lines paired) for the evidence views."""
    del progress, cancel
    from core.card import invoice_card  # lazy, as in core.services.panel.load_card

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


def propose_undo(profile: str, endpoints: core_app.Endpoints, run_id: str, progress: Progress,
                 cancel: threading.Event) -> undo_plan.UndoProposal:
    """What undoing a run would write (later fixes that depend on it included); reads, writes nothing.
    UndoRefused propagates with its plain reason."""
    del progress, cancel
    with Journal.for_profile(profile) as journal, Clients.connect(endpoints) as clients:
        return undo_plan.propose(journal, run_id, clients)


def apply_undo(profile: str, endpoints: core_app.Endpoints, proposal: undo_plan.UndoProposal, progress: Progress,
               cancel: threading.Event) -> undo_plan.UndoOutcome:
    """Apply a previewed undo, journaled and locked like any fix: done, refused or partly done."""
    with Journal.for_profile(profile) as journal, Clients.connect(endpoints) as clients:
        return undo_plan.apply_undo(proposal, journal, clients, progress=progress, cancel=cancel)


def resume(profile: str, endpoints: core_app.Endpoints, run_id: str, progress: Progress,
           cancel: threading.Event) -> ApplyResult:
    """Finish a run a crash interrupted (resend what may not have arrived, same request ids)."""
    with Journal.for_profile(profile) as journal, Clients.connect(endpoints) as clients:
        return recovery.resume(run_id, journal, clients, progress=progress, cancel=cancel)


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


# ---- saving a plan for later, and loading it back -------------------------------------------------------
def plan_to_json(plan: Plan) -> dict[str, Any]:
    """The plan alone as plain JSON (the file adds the format tag and the company: core.fixes.plan_file)."""
    return plan_file.plan_to_json(plan)


def save_plan(plan: Plan, path: Path, *, profile: str, db_path: Path) -> Path:
    """Write the plan to `path` in the versioned plan format, with the company of the cache it was made on."""
    return plan_file.save(plan, path, profile=profile, db_path=db_path)


def load_plan(path: Path, db_path: Path, qbo_realm: str | None = None) -> plan_file.SavedPlan:
    """A saved plan, checked to be for the company of the cache at `db_path` (and of the live connection's
    realm when given); a UserError saying why it cannot be applied here otherwise."""
    saved = plan_file.load(path)
    plan_file.check_company(saved, db_path, qbo_realm=qbo_realm)
    return saved


def saved_failures(db_path: Path, saved: plan_file.SavedPlan) -> list[Failure]:
    """The failures a saved plan fixes, for its wizard: as diagnosed now when the cache still has them (Back to
    Choose then re-plans on today's data), else as saved, else the bare invoice ids."""
    kind, ids = saved.plan.kind, list(saved.plan.invoice_ids)
    try:
        current = {f.hubspot_invoice_id: f for f in failures_for(db_path, kind, ids)}
    except UserError:   # an unreadable cache: the saved copy still names the invoices
        current = {}
    stored = {f.hubspot_invoice_id: f for f in saved.failures if f.kind == kind}
    return [current.get(i) or stored.get(i) or Failure(kind, i, i, "") for i in ids]
