"""Undo as a fix like any other: a proposal to preview (the later fixes that depend on the run included), then
an apply whose outcome is honest: done, refused (with the service's words) or partly done.

A later fix depends on a run when it is still in place and
- wrote one of the records the run wrote (undoing the run alone would overwrite it, or be refused), or
- wrote a record that refers to one the run wrote (an invoice pushed under the customer the run corrected or
  created: undoing the run would leave that invoice resting on a record put back as it was);
and, in turn, every fix that depends on such a fix. They are undone together, newest first, or not at all:
when one of them cannot be undone, the proposal is refused with its reason.

Applying stops at the first run that is not wholly undone: an older fix is never undone while a newer one that
relies on it stays in place. The first run's plan is applied exactly as previewed; each older one is planned
again just before it is sent, against what the newer undos left (its preview assumed them done).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Literal

from core.failures import registry
from core.fixes.apply import ApplyResult, ChangeResult, Progress, apply_plan
from core.fixes.clients import Clients
from core.fixes.errors import UndoRefused
from core.fixes.model import JSON, Action, Change, EntryState, Plan
from core.fixes.undo import Key, done_entries, key_of, undo_plan, undoable
from core.i18n import N_, Message, verbatim
from core.journal import Journal, StoredEntry

SAME_RECORD = N_("Undo", "A later fix ({cause}) changed {label} again.")
RELIES_ON = N_("Undo", "A later fix ({cause}) wrote {later}, which refers to {label}.")
PUSHED = N_("Undo", "invoice sent to QuickBooks by Sync Doctor")
DEPENDENT_REFUSED = N_("Undo", "A later fix ({cause}) depends on this one and cannot be undone: {reason}")

State = Literal["done", "refused", "partly"]


@dataclass(frozen=True)
class Dependent:
    """A later run that must be undone first, and why (one reason per record it relies on, the first kept)."""

    run_id: str
    kind: str
    reason: Message


@dataclass(frozen=True)
class UndoProposal:
    run_id: str
    run_ids: tuple[str, ...]             # what will be undone, newest first: the dependents, then run_id
    plans: tuple[Plan, ...]              # the inverse of each, same order (older ones as they will be)
    dependents: tuple[Dependent, ...]    # newest first

    @property
    def changes(self) -> tuple[Change, ...]:
        return tuple(c for p in self.plans for c in p.changes)


@dataclass(frozen=True)
class UndoOutcome:
    """What an undo did: the result of each run's undo applied (newest first), and what was left."""

    results: tuple[ApplyResult, ...]
    not_tried: tuple[str, ...] = ()      # run ids left in place because a newer one was not wholly undone
    refused: Message | None = None       # why an older run could not be planned once the newer ones were undone

    @property
    def items(self) -> tuple[ChangeResult, ...]:
        return tuple(r for result in self.results for r in result.results)

    @property
    def undone(self) -> tuple[ChangeResult, ...]:
        return tuple(r for r in self.items if r.status == EntryState.DONE)

    @property
    def not_undone(self) -> tuple[ChangeResult, ...]:
        return tuple(r for r in self.items if r.status != EntryState.DONE)

    @property
    def state(self) -> State:
        if not self.undone:
            return "refused"
        return "partly" if self.not_undone or self.not_tried or self.refused is not None else "done"


def _title(kind: str) -> Message:
    if kind == "push":   # the sync engine's runs (core.sync), not a failure kind
        return PUSHED
    known = registry.get(kind)
    return known.title if known is not None else verbatim(kind)


def _refs(body: Any) -> Iterator[tuple[str, str]]:
    """(entity, id) of every QuickBooks reference in a body: {"CustomerRef": {"value": "12"}} → ("Customer", "12")."""
    if isinstance(body, dict):
        for key, value in body.items():
            if key.endswith("Ref") and isinstance(value, dict) and value.get("value") is not None:
                yield key[:-3], str(value["value"])
            yield from _refs(value)
    elif isinstance(body, list):
        for value in body:
            yield from _refs(value)


def _relation(s: StoredEntry, labels: dict[Key, Message]) -> Message | None:
    """Why entry `s` depends on a record in `labels`, or None."""
    cause = _title(s.entry.kind)
    key = key_of(s)
    if key in labels:
        return SAME_RECORD.format(cause=cause, label=labels[key])
    if s.change.system == "quickbooks":
        for entity, record_id in _refs(s.change.body):
            found = labels.get(("quickbooks", entity, record_id))
            if found is not None:
                return RELIES_ON.format(cause=cause, later=s.change.label, label=found)
    return None


def find_dependents(journal: Journal, run_id: str) -> list[Dependent]:
    """The later runs still in place that rely on `run_id`, directly or through one another; newest first."""
    own = done_entries(journal, run_id)
    if not own:
        return []
    labels: dict[Key, Message] = {key_of(s): s.change.label for s in own}
    later: dict[str, list[StoredEntry]] = {}
    for s in journal.done_since(min(s.entry.id for s in own)):
        if s.entry.run_id != run_id:
            later.setdefault(s.entry.run_id, []).append(s)
    found: dict[str, Dependent] = {}
    grew = True
    while grew:   # a fix that depends on a dependent depends on the run too
        grew = False
        for other, entries in later.items():
            if other in found:
                continue
            reason = next((r for r in (_relation(s, labels) for s in entries) if r is not None), None)
            if reason is not None:
                found[other] = Dependent(other, entries[0].entry.kind, reason)
                labels.update({key_of(s): s.change.label for s in entries})
                grew = True
    newest = {run: max(s.entry.id for s in entries) for run, entries in later.items()}
    return sorted(found.values(), key=lambda d: newest[d.run_id], reverse=True)


def _will_be(s: StoredEntry) -> JSON | None:
    """The record as this entry's undo leaves it (its before-image), for planning older undos ahead of time."""
    if s.change.action != Action.UPDATE or not s.change.before:
        return None
    before = s.change.before
    if s.change.system == "hubspot" and not isinstance(before.get("properties"), dict):
        return {"properties": dict(before)}
    return dict(before)


def propose(journal: Journal, run_id: str, clients: Clients) -> UndoProposal:
    """What undoing `run_id` would write, dependents first; UndoRefused when it (or a dependent) cannot be
    undone. Reads the records, writes nothing."""
    undoable(journal, run_id)   # the run's own refusals come first and plainly
    dependents = find_dependents(journal, run_id)
    plans: list[Plan] = []
    will_be: dict[Key, JSON] = {}
    for dep in dependents:
        try:
            plans.append(undo_plan(journal, dep.run_id, clients, will_be=will_be))
        except UndoRefused as exc:
            raise UndoRefused(DEPENDENT_REFUSED.format(cause=_title(dep.kind), reason=exc.reason)) from exc
        for s in done_entries(journal, dep.run_id):
            image = _will_be(s)
            if image is not None:
                will_be[key_of(s)] = image
    plans.append(undo_plan(journal, run_id, clients, will_be=will_be))
    return UndoProposal(run_id, (*(d.run_id for d in dependents), run_id), tuple(plans), tuple(dependents))


def apply_undo(proposal: UndoProposal, journal: Journal, clients: Clients, *, progress: Progress | None = None,
               cancel: threading.Event | None = None) -> UndoOutcome:
    """Undo the proposal's runs, newest first, each journaled and locked like any fix; stop at the first one that
    is not wholly undone."""
    results: list[ApplyResult] = []
    expected: dict[Key, str] = {}
    for index, run_id in enumerate(proposal.run_ids):
        left = proposal.run_ids[index + 1:]
        try:
            plan = proposal.plans[0] if index == 0 else undo_plan(journal, run_id, clients, expected=expected)
        except UndoRefused as exc:
            return UndoOutcome(tuple(results), (run_id, *left), exc.reason)
        result = apply_plan(plan, journal, clients, progress=progress, cancel=cancel)
        results.append(result)
        if not result.ok:
            return UndoOutcome(tuple(results), left)
        for r in result.results:
            stored = journal.stored(r.entry_id)
            expected[(r.change.system, r.change.entity, r.record_id or r.change.record_id)] = stored.new_version
    return UndoOutcome(tuple(results))
